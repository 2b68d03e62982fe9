import { timeInWords } from '../lib/dates';
import type { SaveProblem } from '../storage/save-problem';
import type { SaveProblemWords } from '../wizard/editor';
import type { SaveState } from './use-autosave';

const RETRYING = 'Keep this page open: saving is tried again every few seconds and with every change, and this message goes away once it works.';
const STOPPED_WAY_ON = 'Save a copy of this draft to keep what is on this page, then reload.';

/** Why a save failed, in words: each browser names a full disk or a closed database differently. */
function cause(problem: SaveProblem): string {
  switch (problem.kind) {
    case 'full': return 'The browser has no room left to keep it (its storage is full).';
    // The browser's own words for it ("The database connection is closing") say nothing more to a reader.
    case 'closed': return 'The browser closed its storage while the app was using it (this happens when site data is cleared).';
    case 'blocked': return 'Another tab with an older version of this app is holding the drafts open: close or reload that tab.';
    case 'notKept': return 'The browser said it kept the draft, but what it kept was not what was written.';
    case 'other': return `The browser refused to keep it (${problem.detail}).`;
    case 'conflict': return 'Another tab or window saved this draft after this tab last did, so this tab has stopped saving rather than write over that work.';
    case 'newerApp': return 'A newer version of this app has been opened in another tab, so this tab has stopped saving rather than write over that version’s work.';
  }
}

export function saveProblemWords(state: SaveState): SaveProblemWords | null {
  if (state.kind === 'failed') return { heading: 'Your latest changes are not saved in this browser', text: `${cause(state.problem)} ${RETRYING}`, stopped: false };
  if (state.kind === 'stopped') return { heading: 'This tab has stopped saving the draft', text: `${cause(state.problem)} ${STOPPED_WAY_ON}`, stopped: true };
  return null;
}

/** Said on the list of drafts after a draft is closed: where it is kept, and whether it was saved as a file. */
export function closedWords({ reviewing, fileSavedAt }: { reviewing: boolean; fileSavedAt: Date | null }): string {
  if (reviewing) {
    return `Your review is kept in this browser: continue it from the list below. ${fileSavedAt
      ? `Your review file was last saved at ${timeInWords(fileSavedAt)}.`
      : 'Your review file was not saved this time: continue the review and save your review file to send it.'}`;
  }
  return `The protocol is kept in this browser: continue it from the list below. ${fileSavedAt
    ? `It was last saved as a file at ${timeInWords(fileSavedAt)}.`
    : 'It was not saved as a file this time: browsers can clear what they keep, so continue it and save a copy of this draft too.'}`;
}
