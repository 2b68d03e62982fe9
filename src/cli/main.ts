import { readFile } from 'node:fs/promises';
import { describeRestoreError, restoreDraft } from '../model';
import { checkDraft, hasBlocking } from '../requirements';
import { findingsAsJson, formatFindings } from './format-findings';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** Exit codes, as documented in the README. */
export const EXIT = { ok: 0, blocking: 1, unreadable: 2 } as const;

const USAGE = `Usage: csec-mou check FILE [--json]

  Checks a draft protocol file against SB 855 (WIC 16524.8) and related law.
  Exit status: 0 no blocking finding, 1 at least one blocking finding, 2 FILE is not a readable draft.
`;

export async function run(argv: readonly string[], io: Io, today?: string): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    io.out(USAGE);
    return EXIT.ok;
  }
  if (command !== 'check') {
    io.err(command ? `Unknown command "${command}".\n\n${USAGE}` : USAGE);
    return EXIT.unreadable;
  }
  const json = rest.includes('--json');
  const unknown = rest.filter((arg) => arg.startsWith('--') && arg !== '--json');
  const files = rest.filter((arg) => !arg.startsWith('--'));
  if (unknown.length > 0 || files.length !== 1) {
    io.err(`${unknown.length > 0 ? `Unknown option ${unknown[0]}.` : 'Name exactly one draft file.'}\n\n${USAGE}`);
    return EXIT.unreadable;
  }
  const file = files[0]!;

  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message;
    io.err(`Cannot read ${file}: ${why}.\n`);
    return EXIT.unreadable;
  }
  const restored = restoreDraft(text);
  if (!restored.ok) {
    io.err(`Cannot open ${file} as a draft. ${describeRestoreError(restored.error).replace(' Your current work has not been changed.', '')}\n`);
    return EXIT.unreadable;
  }
  // Notes go to stderr so that --json output stays a clean array.
  for (const repair of restored.value.repairs) io.err(`Note: ${repair}\n`);
  const findings = checkDraft(restored.value.draft, today ? { today } : {});
  io.out(json ? `${JSON.stringify(findingsAsJson(findings), null, 2)}\n` : formatFindings(restored.value.draft, findings));
  return hasBlocking(findings) ? EXIT.blocking : EXIT.ok;
}
