import { applyEdit, applyReviewerEdit, type Draft, type DraftEdit } from '../model';
import { checkDraft, type Finding } from '../requirements';

export interface DraftState {
  draft: Draft;
  /** Derived from the draft, never stored apart from it. */
  findings: readonly Finding[];
  /** Counts every accepted edit, so savers and views can tell a new draft from an old one. */
  revision: number;
}

/**
 * The one owner of the working draft (STYLE.md habit 14): screens send it edits, read its state
 * with useSyncExternalStore, and never hold a second copy of the draft.
 */
export interface DraftStore {
  getState(): DraftState;
  /**
   * Applies an edit, or several as one change; returns false, changing nothing, when none of
   * them applies.
   */
  dispatch(edit: DraftEdit | readonly DraftEdit[]): boolean;
  /** Puts a whole draft in place: one opened from a file or from storage. */
  replace(draft: Draft): void;
  subscribe(listener: () => void): () => void;
}

export interface StoreOptions {
  today?: () => string;
  /**
   * Re-check in a task of its own after each change (the page): the new draft is on screen at
   * once and its findings follow a moment later, so that neither task holds the main thread long.
   * Off, findings are derived in the same call (tests, the command line).
   */
  deferChecks?: boolean;
  /** A reviewer's copy of a received draft: only what a reviewer may do applies (model/edits.ts, reviewerMay). */
  reviewing?: boolean;
}

export function createDraftStore(initial: Draft, options: StoreOptions = {}): DraftStore {
  const check = (draft: Draft) => checkDraft(draft, options.today ? { today: options.today() } : {});
  let state: DraftState = { draft: initial, findings: check(initial), revision: 0 };
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  let pending: ReturnType<typeof setTimeout> | undefined;
  const recheck = () => {
    pending = undefined;
    state = { ...state, findings: check(state.draft) };
    notify();
  };
  const publish = (draft: Draft) => {
    if (options.deferChecks) {
      state = { draft, findings: state.findings, revision: state.revision + 1 };
      pending ??= setTimeout(recheck, 0);
    } else {
      state = { draft, findings: check(draft), revision: state.revision + 1 };
    }
    notify();
  };
  return {
    getState: () => state,
    dispatch(edit) {
      const edits: readonly DraftEdit[] = Array.isArray(edit) ? edit : [edit as DraftEdit];
      const next = edits.reduce(options.reviewing ? applyReviewerEdit : applyEdit, state.draft);
      if (next === state.draft) return false;
      publish(next);
      return true;
    },
    replace: publish,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
