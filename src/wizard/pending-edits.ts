// Forms flush their pending change before the page goes away or an export starts, so that
// nothing typed in the last moment is lost. Kept apart from the forms so that the first page can
// call it without loading them.
const flushers = new Set<() => void>();

export function addFlusher(flush: () => void): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

export const flushPendingEdits = () => flushers.forEach((flush) => flush());
