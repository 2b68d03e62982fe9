import { useEffect, useMemo, useState } from 'react';
import { classifySaveError, stopsWriting, type SaveProblem } from '../storage/save-problem';
import { flushPendingEdits } from '../wizard';
import type { DraftStore } from './draft-store';
import type { KeptSession } from './kept-session';

/** At most this long after a change, the draft is in the browser's storage. */
export const SAVE_DELAY_MS = 500;

/** While saving fails (a full disk), how often it is tried again without a change. */
export const RETRY_MS = 3000;

export type SaveState =
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; problem: SaveProblem }
  /** This tab has stopped writing (another tab's revision, a newer app): only a reload goes on. */
  | { kind: 'stopped'; problem: SaveProblem }
  | { kind: 'idle' };

/**
 * Keeps the open draft in the browser as it changes: within SAVE_DELAY_MS of a change (even while
 * typing goes on), and at once when the tab is hidden or closed. Saves run one after another, so
 * an older draft never lands over a newer one. `flush` saves what is pending and resolves when it
 * has landed (or failed), for handing the draft to another tab.
 */
export function useAutosave(store: DraftStore | null, session: KeptSession | null) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const flusher = useMemo(() => ({ flush: async () => {} }), []);
  useEffect(() => {
    setState({ kind: 'idle' });
    if (!store || !session) return;
    let savedRevision = store.getState().revision;
    // The revision the browser's storage surely holds: a save under way has not landed yet.
    let landedRevision = savedRevision;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let queue = Promise.resolve();
    let closed = false;
    const run = () => {
      clearTimeout(timer);
      timer = undefined;
      const { draft, revision } = store.getState();
      if (revision === savedRevision || session.stopped()) return queue;
      savedRevision = revision;
      queue = queue.then(() => session.save(draft)).then(
        () => {
          landedRevision = revision;
          setState({ kind: 'saved', at: new Date() });
        },
        (error: unknown) => {
          const problem = classifySaveError(error);
          if (stopsWriting(problem)) return setState({ kind: 'stopped', problem });
          setState({ kind: 'failed', problem });
          // Nothing counts as saved until a save works: try again shortly, and with every change.
          if (savedRevision === revision) savedRevision = -1;
          if (!closed) timer ??= setTimeout(run, RETRY_MS);
        },
      );
      return queue;
    };
    flusher.flush = () => {
      flushPendingEdits();
      return run();
    };
    const unsubscribe = store.subscribe(() => {
      timer ??= setTimeout(run, SAVE_DELAY_MS);
    });
    // A closing tab may not finish an IndexedDB save, one under way included: the draft is also
    // stashed synchronously until a save of it has landed.
    const leave = () => {
      flushPendingEdits();
      if (store.getState().revision !== landedRevision) session.stash(store.getState().draft);
      void run();
    };
    const hidden = () => {
      if (document.visibilityState === 'hidden') leave();
    };
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('pagehide', leave);
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('pagehide', leave);
      unsubscribe();
      closed = true;
      flusher.flush = async () => {};
      void run();
    };
  }, [store, session, flusher]);
  return { state, flush: () => flusher.flush() };
}
