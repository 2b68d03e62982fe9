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
// as it does for changes kept nowhere.
const unsent = new Set<() => boolean>();

export function addUnsent(has: () => boolean): () => void {
  unsent.add(has);
  return () => unsent.delete(has);
}

export const hasUnsentWords = () => [...unsent].some((has) => has());
