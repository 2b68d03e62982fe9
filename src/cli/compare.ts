import { todayIso } from '../lib/dates';
import { describeCounties } from '../model';
import { compareDrafts, hasDifferences } from '../review/compare';
import { comparisonInWords } from '../review/compare-text';
import { EXIT, parseArguments, readDraftArgument, UsageError, type Io } from './io';
import { printable } from './printable';

/** `csec-mou compare OLD NEW`: what changed from the older draft to the newer, section by section. */
export async function compareCommand(args: readonly string[], io: Io, today = todayIso()): Promise<number> {
  const { positional, flags } = parseArguments(args, { flags: ['--json'], values: [] });
  if (positional.length !== 2) throw new UsageError('Name two draft files: the older, then the newer.');
  const [oldFile, newFile] = positional as [string, string];
  const before = await readDraftArgument(oldFile, io);
  if (!before) return EXIT.unreadable;
  const after = await readDraftArgument(newFile, io);
  if (!after) return EXIT.unreadable;
  const comparison = compareDrafts(before, after, today);
  if (flags.has('--json')) io.out(`${JSON.stringify(comparison, null, 2)}\n`);
  else {
    const heading = [`Comparing ${oldFile} (older) with ${newFile} (newer)`, `${after.title} · ${describeCounties(after.counties)}`];
    io.out(printable(`${[...heading, ...comparisonInWords(comparison)].join('\n')}\n`));
  }
  return hasDifferences(comparison) ? EXIT.differences : EXIT.ok;
}
