import { readFile, stat } from 'node:fs/promises';
import { printable } from './printable';
import { describeRestoreError, LIMITS, restoreDraft, type Draft, type RestoredDraft } from '../model';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/** Exit codes, as documented in the README. */
export const EXIT = { ok: 0, blocking: 1, differences: 1, unreadable: 2 } as const;

export class UsageError extends Error {}

/** What to do with a file a newer version of the app saved, said by the command line. */
export const OPEN_WITH_NEWER_CLI = 'Run this command with that version of csec-mou or a later one.';

/** Why a file could not be read, in words: the system's own message only for what has none here. */
export function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'there is no such file';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'part of its path is not a folder';
  if (code === 'ELOOP') return 'a link in its path leads back to itself';
  if (code === 'ENAMETOOLONG') return 'its name is too long';
  return (error as Error).message;
}

/**
 * The bytes of FILE, `what` it should be ("a draft", "a review file"), for restoreDraft or
 * restoreReview to read as UTF-8; on failure says why on stderr and returns null. A file far past
 * the size limit is refused before it is read into memory (UTF-8 takes at most four bytes a
 * character), and a device or a pipe, which may never end, is refused too.
 */
export async function readFileArgument(file: string, io: Io, what: string): Promise<Uint8Array | null> {
  try {
    const info = await stat(file);
    const { size } = info;
    // A device or a pipe (/dev/zero) has no size to check and may never end.
    if (!info.isFile() && !info.isDirectory()) {
      io.err(`Cannot read ${file}: it is not a file.\n`);
      return null;
    }
    if (size > LIMITS.fileChars * 4) {
      io.err(`Cannot open ${file} as ${what}. ${describeRestoreError({ kind: 'tooLarge', exceeded: { limit: 'fileBytes', actual: size } }).replace(' Your current work has not been changed.', '').replace('to be a draft', `to be ${what}`)}\n`);
      return null;
    }
    return new Uint8Array(await readFile(file));
  } catch (error) {
    io.err(`Cannot read ${file}: ${readFailure(error)}.\n`);
    return null;
  }
}

/** Reads FILE through restoreDraft; on failure says why on stderr and returns null. */
export async function readDraftArgument(file: string, io: Io, options: ChangedFile = {}): Promise<Draft | null> {
  return (await readRestoredArgument(file, io, options))?.draft ?? null;
}

/**
 * For a final MOU or a packet for the state (`making`), a file changed after it was saved (its
 * checksum does not match) is refused unless `accepted` (--accept-changed), as the app asks before
 * opening one: the output would carry a fresh checksum, and the sign of the change would be lost.
 */
interface ChangedFile { making?: string; accepted?: boolean }

/** The option that takes a changed file for a final output, as the app's warning is accepted. */
export const ACCEPT_CHANGED = '--accept-changed';

/** As readDraftArgument, with what the file held around the draft (fields of the envelope this version does not know). */
export async function readRestoredArgument(file: string, io: Io, { making, accepted = false }: ChangedFile = {}): Promise<RestoredDraft | null> {
  const bytes = await readFileArgument(file, io, 'a draft');
  if (bytes === null) return null;
  const restored = restoreDraft(bytes);
  if (!restored.ok) {
    // In the wizard's words, as the app says it; loaded only for a file that cannot be opened.
    const { restoreErrorInWords } = await import('../review/restore-error-text');
    // The app's words for a review file name its panel; here the command that takes it in is named.
    const why = restored.error.kind === 'reviewFile'
      ? 'It is a review file: a reviewer’s comments, without the draft. Take it in with: csec-mou comments YOUR-DRAFT THIS-FILE'
      : restoreErrorInWords(restored.error, OPEN_WITH_NEWER_CLI).replace(' Your current work has not been changed.', '');
    io.err(printable(`Cannot open ${file} as a draft. ${why}\n`));
    return null;
  }
  // Warnings and notes go to stderr so that --json output stays clean.
  if (restored.value.integrity === 'mismatch') {
    const changed = 'was changed after it was saved: its contents do not match the checksum the app wrote into it (edited by hand or damaged on the way)';
    if (making && !accepted) {
      io.err(printable(`Cannot make ${making} from ${file}: it ${changed}. Check its answers (open it in the app, which asks first, and save it again), or name ${ACCEPT_CHANGED} to use it as it is. Nothing was written.\n`));
      return null;
    }
    io.err(printable(`Warning: ${file} ${changed}. Check its answers.\n`));
  }
  if (restored.value.repairs.length > 0) {
    // In the wizard's words, as the app shows them; loaded only for a file that needed mending.
    const { repairsInWords } = await import('../review/repairs-text');
    for (const repair of repairsInWords(restored.value.repairs)) io.err(printable(`Note: ${repair}\n`));
  }
  return restored.value;
}

/**
 * Splits arguments into positional ones, flags and options that take a value, refusing
 * anything else with a usage error.
 */
export function parseArguments(args: readonly string[], spec: { flags: string[]; values: string[] }) {
  const positional: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    // After `--`, every argument is a file, even one whose name starts with a dash.
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-') throw new UsageError('Reading from standard input is not supported: name the file.');
    if (/^-[^-]/.test(arg)) throw new UsageError(`Unknown option ${arg}. Options are written in full, such as --json or --out.`);
    if (!arg.startsWith('--')) positional.push(arg);
    else if (spec.flags.includes(arg)) flags.add(arg);
    else if (spec.values.includes(arg)) {
      const value = args[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} needs a value.`);
      // Each takes one value: a second would silently replace the first (a list of recipients
      // losing one, a file not written), so it is refused.
      if (values.has(arg)) throw new UsageError(`${arg} is given twice (${values.get(arg)} and ${value}): give it once${arg === '--expect-notified' ? ', with the values separated by commas' : ''}.`);
      values.set(arg, value);
    } else throw new UsageError(`Unknown option ${arg}.`);
  }
  return { positional, flags, values };
}

/**
 * The name an output option should have been given, for its message: `path` with `ending` in place
 * of another document's ending (the options swapped, --docx x.pdf), or added ("mou" for none).
 */
export const withEnding = (path: string, ending: string): string =>
  `${path.trim() === '' ? 'mou' : path.replace(/\.(pdf|docx?|json|zip)$/i, '')}${ending}`;
