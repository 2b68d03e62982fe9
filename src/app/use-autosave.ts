import { useEffect, useState } from 'react';
import type { Draft } from '../model';
import { flushPendingEdits } from '../wizard';
import type { DraftStore } from './draft-store';

/** At most this long after a change, the draft is in the browser's storage. */
export const SAVE_DELAY_MS = 500;

/** While saving fails (a full disk), how often it is tried again without a change. */
export const RETRY_MS = 3000;

export type SaveState = { kind: 'saved'; at: Date } | { kind: 'failed'; message: string } | { kind: 'idle' };

/**
 * Keeps the open draft in the browser as it changes: within SAVE_DELAY_MS of a change (even while
 * typing goes on), and at once when the tab is hidden or closed. Saves run one after another, so
 * an older draft never lands over a newer one.
 */
export function useAutosave(store: DraftStore | null, save: ((draft: Draft) => Promise<void>) | null, stash: (draft: Draft) => void) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  useEffect(() => {
    setState({ kind: 'idle' });
    if (!store || !save) return;
    let savedRevision = store.getState().revision;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let queue = Promise.resolve();
    let closed = false;
    const run = () => {
      clearTimeout(timer);
      timer = undefined;
      const { draft, revision } = store.getState();
      if (revision === savedRevision) return queue;
      savedRevision = revision;
      queue = queue.then(() => save(draft)).then(
        () => setState({ kind: 'saved', at: new Date() }),
        (error: unknown) => {
          setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
          // Nothing counts as saved until a save works: try again shortly, and with every change.
          if (savedRevision === revision) savedRevision = -1;
          if (!closed) timer ??= setTimeout(run, RETRY_MS);
        },
      );
      return queue;
    };
    const unsubscribe = store.subscribe(() => {
      timer ??= setTimeout(run, SAVE_DELAY_MS);
    });
    // A closing tab may not finish an IndexedDB save: the draft is also stashed synchronously.
    const leave = () => {
      flushPendingEdits();
      if (store.getState().revision !== savedRevision) stash(store.getState().draft);
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
      void run();
    };
  }, [store, save, stash]);
  return state;
}
