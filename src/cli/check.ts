import { checkDraft, hasBlocking } from '../requirements';
import { findingsAsJson, formatFindings } from './format-findings';
import { EXIT, parseArguments, readDraftArgument, UsageError, type Io } from './io';

export async function checkCommand(args: readonly string[], io: Io, today?: string): Promise<number> {
  const { positional, flags } = parseArguments(args, { flags: ['--json'], values: [] });
  if (positional.length !== 1) throw new UsageError('Name exactly one draft file.');
  const draft = await readDraftArgument(positional[0]!, io);
  if (!draft) return EXIT.unreadable;
  const findings = checkDraft(draft, today ? { today } : {});
  io.out(flags.has('--json') ? `${JSON.stringify(findingsAsJson(findings), null, 2)}\n` : formatFindings(draft, findings));
  return hasBlocking(findings) ? EXIT.blocking : EXIT.ok;
}
