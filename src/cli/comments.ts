import { readFile } from 'node:fs/promises';
import { applyEdit, commentState, contentHash, describeCounties, describeReviewFileError, restoreDraft, restoreReview, reviewedDraftInWords, reviewOfAnotherCounty, reviewOfAnotherTitle, serializeDraft, type Draft } from '../model';
import { commentsInWords } from '../review/comments-text';
import { EXIT, OPEN_WITH_NEWER_CLI, parseArguments, readFileArgument, readRestoredArgument, UsageError, type Io } from './io';
import { oneLine, printable } from './printable';
import { fileIdentity, WriteError, writeAll } from './write-files';

/** Reads a review file, or says on stderr why it cannot be used and returns null. */
async function readReview(file: string, io: Io) {
  const bytes = await readFileArgument(file, io, 'a review file');
  if (bytes === null) return null;
  const read = restoreReview(bytes);
  if (!read.ok) {
    // The app's words name its buttons; here the commands that do the same are named.
    const why = read.error.kind === 'draftFile'
      ? 'This is a draft file, not a review file. To see what changed between it and your draft, run: csec-mou compare YOUR-DRAFT THIS-FILE'
      : describeReviewFileError(read.error, { openWithNewer: OPEN_WITH_NEWER_CLI, unchanged: '' });
    io.err(printable(`Cannot open ${file} as a review file. ${why}\n`));
    return null;
  }
  for (const note of read.value.skipped) io.err(printable(`Note: ${file}: ${note}\n`));
  return read.value;
}

/**
 * Why `out` must not be written over, or null: a draft file is a committee's work, which cannot be
 * made again as an export can, so only a draft of this same protocol (an earlier merge) is
 * replaced; a file that is not a draft, or another protocol's draft, is kept.
 */
async function keptFromOverwriting(out: string, draft: Draft): Promise<string | null> {
  const bytes = await readFile(out).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? null : new Uint8Array()));
  if (bytes === null) return null;
  const there = restoreDraft(bytes);
  if (!there.ok) return `${out} already exists and is not a draft file`;
  const other = there.value.draft;
  return reviewOfAnotherCounty(other, draft) || reviewOfAnotherTitle(other, draft) ? `${out} already holds ${reviewedDraftInWords(other)}` : null;
}

/**
 * `csec-mou comments FILE [REVIEW...] [--out MERGED.csecmou.json] [--open] [--other-title]`: the draft's comments
 * and verdicts part by part, after taking in reviewers' review files; --out writes the draft with
 * them merged. Exit 0 when no comment is open, 1 when some are, 2 for unreadable input.
 */
export async function commentsCommand(args: readonly string[], io: Io): Promise<number> {
  const { positional, flags, values } = parseArguments(args, { flags: ['--open', '--other-title'], values: ['--out'] });
  if (positional.length < 1) throw new UsageError('Name a draft file, then any review files to take in.');
  const [file, ...reviews] = positional as [string, ...string[]];
  const out = values.get('--out');
  // A draft file's name, so that a slip (--out mou.pdf) cannot put a draft's JSON over an exported MOU.
  if (out !== undefined && !/\.json$/i.test(out)) throw new UsageError(`--out names a draft file ending in .csecmou.json, such as ${out.replace(/\.[^./\\]*$/, '') || 'merged'}.csecmou.json.`);
  if (out !== undefined) {
    const target = await fileIdentity(out);
    for (const input of positional) {
      if (target === await fileIdentity(input)) {
        io.err(`--out names ${input}, which this command reads; nothing was written. Choose another name.\n`);
        return EXIT.unreadable;
      }
    }
  }
  const restored = await readRestoredArgument(file, io);
  if (!restored) return EXIT.unreadable;
  let { draft } = restored;
  for (const review of reviews) {
    const read = await readReview(review, io);
    if (!read) return EXIT.unreadable;
    if (read.about && reviewOfAnotherCounty(read.about, draft)) {
      io.err(printable(`${review} is a review of ${reviewedDraftInWords(read.about)}, not of this one; nothing was taken in.\n`));
      return EXIT.unreadable;
    }
    // Another protocol of the county (a companion protocol), or this one retitled since: only the
    // user knows which, and comments taken in cannot be taken out.
    if (!flags.has('--other-title') && reviewOfAnotherTitle(read.about, draft)) {
      io.err(printable(`${review} is a review of ${reviewedDraftInWords(read.about!)}, and this draft is “${draft.title}”; nothing was taken in. If this draft was retitled since, name --other-title to take it in.\n`));
      return EXIT.unreadable;
    }
    // As the app says it: the comments may be about words changed since.
    if (read.about && read.about.contentHash !== contentHash(draft)) io.err(printable(`Note: ${review} was written on an earlier text of this draft: check that its comments still apply.\n`));
    draft = applyEdit(draft, { kind: 'mergeReview', comments: read.comments, sectionReviews: read.sectionReviews });
  }
  if (out !== undefined) {
    const kept = await keptFromOverwriting(out, draft);
    if (kept) {
      io.err(printable(`${kept}; nothing was written. Name a new file for the merged draft.\n`));
      return EXIT.unreadable;
    }
    try {
      // Fields of the file this version does not know are kept, as the app keeps them.
      await writeAll([{ path: out, bytes: new TextEncoder().encode(serializeDraft(draft, { envelopeExtras: restored.envelopeExtras })) }]);
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      io.err(`${error.message} Nothing was written.\n`);
      return EXIT.unreadable;
    }
  }
  io.out(printable(`${[oneLine(`${draft.title} · ${describeCounties(draft.counties)}`), ...commentsInWords(draft, { openOnly: flags.has('--open') })].join('\n')}\n`));
  if (out !== undefined) io.out(printable(`Wrote ${out}: the draft with the review files’ comments and verdicts taken in; its text is as it was.\n`));
  return draft.comments.some((c) => commentState(c) === 'open') ? EXIT.differences : EXIT.ok;
}
