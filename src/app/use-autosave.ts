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
  /**
   * `neverKept`: the draft has no record in the browser yet (a new one whose first save failed);
   * `keptFromOtherTab`: another tab asked for the draft, and this one kept it, since it would open without the changes.
   */
  | { kind: 'failed'; problem: SaveProblem; neverKept?: boolean; keptFromOtherTab?: boolean }
  /** This tab has stopped writing (another tab's revision, a newer app): only a reload goes on. */
  | { kind: 'stopped'; problem: SaveProblem; neverKept?: boolean; keptFromOtherTab?: boolean }
  | { kind: 'idle' };

/**
 * Keeps the open draft in the browser as it changes: within SAVE_DELAY_MS of a change (even while
 * typing goes on), and at once when the tab is hidden or closed. Saves run one after another, so
 * an older draft never lands over a newer one. `flush` saves what is pending and resolves, once it
 * has landed or failed, to whether the draft as it is is kept (stashed, if its save failed): for
 * handing the draft to another tab. A draft `unsaved` (not what the database holds) is saved at once.
 */
export function useAutosave(store: DraftStore | null, session: KeptSession | null, unsaved = false) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const flusher = useMemo(() => ({ flush: async () => true }), []);
  useEffect(() => {
    setState({ kind: 'idle' });
    if (!store || !session) return;
    let savedRevision = unsaved ? -1 : store.getState().revision;
    // The revision the browser's storage surely holds: a save under way has not landed yet.
    let landedRevision = savedRevision;
    // The revision last stashed: a closing tab is left twice (hidden, then the page goes), and a
    // large draft's stash takes long enough that a busy browser may end the page during a second.
    let stashedRevision = -1;
    const stash = () => {
      const { draft, revision } = store.getState();
      if (revision === landedRevision || revision === stashedRevision) return true;
      if (!session.stash(draft)) return false;
      stashedRevision = revision;
      return true;
    };
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
          const neverKept = !session.kept();
          if (stopsWriting(problem)) return setState({ kind: 'stopped', problem, neverKept });
          setState({ kind: 'failed', problem, neverKept });
          // Nothing counts as saved until a save works: try again shortly (a draft too large, only
          // once changed), and with every change.
          if (savedRevision === revision) savedRevision = -1;
          if (!closed && problem.kind !== 'tooLarge') timer ??= setTimeout(run, RETRY_MS);
        },
      );
      return queue;
    };
    flusher.flush = async () => {
      flushPendingEdits();
      await run();
      return stash();
    };
    const unsubscribe = store.subscribe(() => {
      timer ??= setTimeout(run, SAVE_DELAY_MS);
    });
    // A closing tab may not finish an IndexedDB save, one under way included: the draft is also
    // stashed synchronously until a save of it has landed.
    const leave = () => {
      flushPendingEdits();
      stash();
      void run();
    };
    const hidden = () => {
      if (document.visibilityState === 'hidden') leave();
    };
    document.addEventListener('visibilitychange', hidden);
    window.addEventListener('pagehide', leave);
    if (unsaved) void run();
    return () => {
      document.removeEventListener('visibilitychange', hidden);
      window.removeEventListener('pagehide', leave);
      unsubscribe();
      closed = true;
      flusher.flush = async () => true;
      void run();
    };
  }, [store, session, flusher, unsaved]);
  return { state, flush: () => flusher.flush() };
}
