// Forms flush their pending change before the page goes away or an export starts, so that
// nothing typed in the last moment is lost. Kept apart from the forms so that the first page can
// call it without loading them.
const flushers = new Set<() => void>();

export function addFlusher(flush: () => void): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

export const flushPendingEdits = () => flushers.forEach((flush) => flush());

// Words typed but not yet added to the draft (a comment or a reply): closing the tab asks first,
// as it does for changes kept nowhere, and a tab that hands the draft to another shows them.
const unsent = new Set<() => string>();

export function addUnsent(words: () => string): () => void {
  unsent.add(words);
  return () => unsent.delete(words);
}

/** The words typed and not yet added, each trimmed; none empty. */
export const unsentWords = (): string[] => [...unsent].map((words) => words().trim()).filter((words) => words !== '');
export const hasUnsentWords = () => unsentWords().length > 0;
