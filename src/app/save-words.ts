import { momentInWords, savedWhenInWords } from '../lib/dates';
import { listInWords, plural } from '../lib/words';
import { describeLimit, type RecordsKept } from '../model';
import type { SaveProblem } from '../storage/save-problem';
import type { SaveProblemWords } from '../wizard/editor';
import type { SaveState } from './use-autosave';

const RETRYING = 'Keep this page open: saving is tried again every few seconds and with every change, and this message goes away once it works.';
const SMALLER = 'Keep this page open: this message goes away once the draft is small enough to keep.';
const STOPPED_WAY_ON = 'Save a copy of this draft to keep what is on this page, then reload.';

/** Why a save failed, in words: each browser names a full disk or a closed database differently. */
function cause(problem: SaveProblem): string {
  switch (problem.kind) {
    case 'full': return 'The browser has no room left to keep it (its storage is full).';
    // The browser's own words for it ("The database connection is closing") say nothing more to a reader.
    case 'closed': return 'The browser closed its storage while the app was using it (this happens when site data is cleared).';
    case 'blocked': return 'Another tab with an older version of this app is holding the drafts open: close or reload that tab.';
    case 'tooLarge': return `The draft has become too large to keep: kept as it is, the app could not open it again. ${describeLimit(problem.exceeded)} Shorten the longest texts, or take out what is no longer needed.`;
    case 'notKept': return 'The browser said it kept the draft, but what it kept was not what was written.';
    case 'other': return `The browser refused to keep it (${problem.detail}).`;
    case 'conflict': return 'Another tab or window saved this draft after this tab last did, so this tab has stopped saving rather than write over that work.';
    case 'newerApp': return 'A newer version of this app has been opened in another tab, so this tab has stopped saving rather than write over that version’s work.';
  }
}

const asked = (state: { keptFromOtherTab?: boolean }) => (state.keptFromOtherTab ? { asked: KEPT_HERE } : {});

export function saveProblemWords(state: SaveState, reviewing = false): SaveProblemWords | null {
  if (state.kind === 'failed') {
    // Only a change can bring a draft back within its limits: it is not tried again meanwhile.
    const wayOn = state.problem.kind === 'tooLarge' ? SMALLER : RETRYING;
    return { heading: state.neverKept ? `${reviewing ? 'This review' : 'This protocol'} is not kept in this browser yet` : 'Your latest changes are not saved in this browser', text: `${cause(state.problem)} ${wayOn}`, stopped: false, ...asked(state) };
  }
  if (state.kind === 'stopped') return { heading: 'This tab has stopped saving the draft', text: `${cause(state.problem)} ${STOPPED_WAY_ON}`, stopped: true, ...asked(state) };
  return null;
}

/**
 * Asked to hand the open draft to another tab, a tab whose latest changes are not kept keeps it:
 * the other tab would open the draft without them. What the tab that asked says.
 */
export const KEPT_IN_OTHER_TAB = {
  heading: 'The other tab goes on editing this draft',
  message: 'Its latest changes are not kept in this browser, so it did not hand the draft over: here, the draft would open without them. That tab says why and what to do. Once it can keep its changes, try again here.',
} as const;

/** What the tab that kept the draft says, in its save banner, until a save lands. */
const KEPT_HERE = 'Another tab asked to edit this draft. This tab goes on editing it until its latest changes are kept, since that tab would open the draft without them; then the other tab can take it over.';

/** What the list of drafts says of a draft left while its latest changes could not be kept. */
function unkeptWords(unkept: 'all' | 'latest', reviewing: boolean, fileSavedAt: Date | null): string {
  const what = reviewing ? 'Your review' : 'The protocol';
  const file = fileSavedAt ? `${reviewing ? 'Your review file' : 'It'} was last saved as a file ${savedWhenInWords(fileSavedAt)}.` : 'It was not saved as a file this time.';
  if (unkept === 'all') return `${what} was left without being kept in this browser: the browser could not save it. ${file}`;
  return `${what} is kept in this browser as it was last saved there, without your latest changes: continue it from the list below. ${file}`;
}

/**
 * What the list says after a draft is closed: at once (nothing while its saves were failing), and
 * once the last try, or the closing tab's stash, has kept the changes or not (null: as said).
 */
export function closedWordsFor(failing: boolean, neverKept: boolean, said: { reviewing: boolean; fileSavedAt: Date | null }) {
  return {
    now: failing ? '' : closedWords(said),
    after: (allKept: boolean) => (allKept && !failing ? null : closedWords({ ...said, unkept: allKept ? null : neverKept ? 'all' : 'latest' })),
  };
}

/**
 * A kept draft that could not be opened, in words; `removedHere`: the draft is gone because it was
 * removed on this page, whose notice still offers to undo that (named as it says: “title” and what
 * tells it apart), after undoing `later` removals made since.
 */
export function describeKeptProblem(error: { kind: 'notFound' } | { kind: 'damaged' }, removedHere: { named: string; later: number } | null = null): string {
  if (error.kind === 'notFound' && removedHere !== null) {
    // Undo puts back the newest removal first: a draft removed before others takes a press for each.
    const { named, later } = removedHere;
    return `${named} was removed from this browser on this page. To open it again, ${later === 0 ? 'first press Undo in the notice below the list of drafts.'
      : `press Undo in the notice below the list of drafts ${later + 1} times: the ${later === 1 ? 'draft removed after it comes' : `${later} drafts removed after it come`} back first.`}`;
  }
  return error.kind === 'notFound'
    ? 'That draft is not kept in this browser: it was removed, perhaps in another tab, or another tab has not been able to keep it yet. Open a saved draft file instead.'
    : 'The copies of that draft kept in this browser are damaged and none can be read. Open a saved draft file instead.';
}

/** Said on the list of drafts after a draft is closed: where it is kept, and whether it was saved as a file. */
export function closedWords({ reviewing, fileSavedAt, unkept = null }: { reviewing: boolean; fileSavedAt: Date | null; unkept?: 'all' | 'latest' | null }): string {
  if (unkept) return unkeptWords(unkept, reviewing, fileSavedAt);
  if (reviewing) {
    return `Your review is kept in this browser: continue it from the list below. ${fileSavedAt
      ? `Your review file was last saved ${savedWhenInWords(fileSavedAt)}.`
      : 'Your review file was not saved this time: continue the review and save your review file to send it.'}`;
  }
  return `The protocol is kept in this browser: continue it from the list below. ${fileSavedAt
    ? `It was last saved as a file ${savedWhenInWords(fileSavedAt)}.`
    : 'It was not saved as a file this time: browsers can clear what they keep, so continue it and save a copy of this draft too.'}`;
}

/**
 * After a restore or a replacement: the comments, replies, approvals and signatures the open
 * draft had that the version or file did not, which stay with the draft ("" when there were none).
 */
export function keptInWords({ comments, replies, approvals, signatures }: RecordsKept, from: string): string {
  const parts = [comments && plural(comments, 'comment'), replies && plural(replies, 'reply', 'replies'),
    approvals && plural(approvals, 'approval'), signatures && plural(signatures, 'signature')].filter(Boolean) as string[];
  if (parts.length === 0) return '';
  const one = comments + replies + approvals + signatures === 1;
  return ` The ${listInWords(parts)} that the draft had and ${from} did not ${one ? 'is' : 'are'} kept with it.`;
}

/**
 * What restoring `version` (as versionInWords names it) says, with the way back: for a certified version, whose text is locked
 * again, through a new version first, since a restore over a locked text is refused.
 */
export function restoredWords(version: string, certification: { by: string } | null, kept: RecordsKept): string {
  const back = certification
    ? `Its text is certified final (by ${certification.by}), so it is locked again. The draft as it was is kept among the earlier versions: to go back to it, start a new version under “Certified final”, then restore it.`
    : 'The draft as it was is kept among the earlier versions: restore it to undo.';
  return `Restored ${version}. ${back}${keptInWords(kept, 'that version')}`;
}

/**
 * An earlier version in the words of a comparison, a redline or a restore: to the second, as the
 * list of versions tells apart several of one minute; a certified one as what was certified, with
 * the start of its content hash as the final MOU's footer prints it.
 */
export function versionInWords(at: string, certification: { by: string; contentHash: string } | null = null): string {
  const version = `the version of ${momentInWords(at, true)}`;
  return certification ? `${version}, the text certified final by ${certification.by} (content hash ${certification.contentHash.replace(/^sha256:/, '').slice(0, 16)})` : version;
}
