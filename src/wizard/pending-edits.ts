// Forms flush their pending change before the page goes away or an export starts, so that
// nothing typed in the last moment is lost. Kept apart from the forms so that the first page can
// call it without loading them.
const flushers = new Set<() => void>();

export function addFlusher(flush: () => void): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

export const flushPendingEdits = () => flushers.forEach((flush) => flush());

// Words typed but not yet in the draft: a comment or a reply not yet added, or an answer the draft
// cannot take ("2 days" where hours are asked). Closing the tab asks first, as it does for
// changes kept nowhere, and a tab that hands the draft to another shows them, to be copied.
export interface UnsentWords {
  /** What the words were typed as: "Comment or reply", or the question's name. */
  what: string;
  words: string;
}

/** What a comment or a reply not yet added is typed as. */
export const COMMENT_OR_REPLY = 'Comment or reply';
/** What a change to a comment's words, not yet saved, is typed as. */
export const COMMENT_CHANGE = 'Change to a comment';

const unsent = new Set<() => UnsentWords[]>();

export function addUnsent(words: () => UnsentWords[]): () => void {
  unsent.add(words);
  return () => unsent.delete(words);
}

/** The words typed and not yet in the draft, each trimmed; none empty. */
export const unsentWords = (): UnsentWords[] => [...unsent].flatMap((words) => words())
  .map(({ what, words }) => ({ what, words: words.trim() })).filter(({ words }) => words !== '');
export const hasUnsentWords = () => unsentWords().length > 0;
