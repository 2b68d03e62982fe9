import { basename } from 'node:path';
import { todayIso } from '../lib/dates';
import { describeCounties, reviewedDraftInWords, reviewOfAnotherCounty, reviewOfAnotherTitle } from '../model';
import { compareDrafts, hasDifferences } from '../review/compare';
import { comparisonInWords } from '../review/compare-text';
import { EXIT, parseArguments, readDraftArgument, UsageError, withEnding, type Io } from './io';
import { printable } from './printable';
import { fileIdentity, WriteError, writeAll } from './write-files';

/**
 * `csec-mou compare OLD NEW [--docx REDLINE.docx [--author NAME]]`: what changed from the older
 * draft to the newer, section by section; with --docx, also the newer MOU as a Word file with
 * the changes as tracked changes.
 */
export async function compareCommand(args: readonly string[], io: Io, today = todayIso()): Promise<number> {
  const { positional, flags, values } = parseArguments(args, { flags: ['--json'], values: ['--docx', '--author'] });
  if (positional.length !== 2) throw new UsageError('Name two draft files: the older, then the newer.');
  const [oldFile, newFile] = positional as [string, string];
  const redlinePath = values.get('--docx');
  if (values.has('--author') && redlinePath === undefined) throw new UsageError('--author names who the tracked changes of --docx are by: name a Word file with --docx too.');
  if (redlinePath !== undefined && !/\.docx$/i.test(redlinePath)) throw new UsageError(`--docx names a Word file ending in .docx, such as ${withEnding(redlinePath, '.docx')}.`);
  if (redlinePath !== undefined) {
    const target = await fileIdentity(redlinePath);
    if (target === await fileIdentity(oldFile) || target === await fileIdentity(newFile)) {
      io.err(`--docx names one of the draft files (${redlinePath}); nothing was written. Choose another name.\n`);
      return EXIT.unreadable;
    }
  }
  const before = await readDraftArgument(oldFile, io);
  if (!before) return EXIT.unreadable;
  const after = await readDraftArgument(newFile, io);
  if (!after) return EXIT.unreadable;
  // Drafts received by email are easily mixed up: two of different protocols compare, but say so first.
  if (reviewOfAnotherCounty(before, after) || reviewOfAnotherTitle(before, after)) {
    io.err(printable(`Note: ${oldFile} is ${reviewedDraftInWords(before)} and ${newFile} is ${reviewedDraftInWords(after)}: they may be drafts of different protocols.\n`));
  }
  const comparison = compareDrafts(before, after, today);
  if (redlinePath !== undefined) {
    const { writeRedline } = await import('./redline');
    const author = values.get('--author')?.trim() || 'csec-mou compare';
    try {
      await writeAll([{ path: redlinePath, bytes: await writeRedline(before, after, { author, today, since: `the file ${basename(oldFile)}` }) }]);
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      io.err(`${error.message} Nothing was written.\n`);
      return EXIT.unreadable;
    }
  }
  if (flags.has('--json')) io.out(`${JSON.stringify(comparison, null, 2)}\n`);
  else {
    const heading = [`Comparing ${oldFile} (older) with ${newFile} (newer)`, `${after.title} · ${describeCounties(after.counties)}`];
    io.out(printable(`${[...heading, ...comparisonInWords(comparison)].join('\n')}\n`));
    if (redlinePath !== undefined) io.out(printable(`Wrote ${redlinePath}: the newer MOU with the changes as tracked changes by ${values.get('--author')?.trim() || 'csec-mou compare'}.\n`));
  }
  return hasDifferences(comparison) ? EXIT.differences : EXIT.ok;
}
