import { useEffect, useRef } from 'react';
import type { SaveState } from './use-autosave';

interface Asking {
  /** The open draft is edited in this tab: a tab that handed it to another saved it first. */
  editingHere: boolean;
  saveState: SaveState;
  /** Says why the user stays; null clears it. */
  say: (words: { heading: string; message: string } | null) => void;
  /** Saves what is pending; resolves to whether the draft as it is is kept. */
  flush: () => Promise<boolean>;
  /** A reviewer's draft: what they keep is their review file. */
  reviewing: boolean;
}

/**
 * Leaving a draft ("All protocols", Back out of it) while its latest changes could not be kept
 * asks first: leaving would drop them, and the list would say the protocol is kept. The returned
 * function tells whether to stay (true, having said why); pressed again, the user leaves. Once a
 * save lands again, nothing is at stake: the question goes, and a later failure asks again.
 */
export function useAskBeforeDropping({ editingHere, saveState, say, flush, reviewing }: Asking) {
  const asked = useRef(false);
  useEffect(() => {
    if (saveState.kind !== 'saved' || !asked.current) return;
    asked.current = false;
    say(null);
  }, [saveState.kind, say]);
  const failing = saveState.kind === 'failed' || saveState.kind === 'stopped';
  // `notKept`: a save tried just now (of a change typed a moment ago) did not keep the draft.
  const ask = (notKept = false) => {
    const unkept = editingHere && (notKept || failing);
    if (!unkept || asked.current) {
      asked.current = false;
      return false;
    }
    asked.current = true;
    say({ heading: 'Your latest changes are not kept in this browser',
      message: `They could not be saved here (the message under the draft’s title says why), and leaving would lose them. ${reviewing ? 'Save your review file' : 'Save a copy of this draft'} first. To leave without them, go back or press “All protocols” again.` });
    return true;
  };
  /**
   * Whether to stay rather than leave, having asked. With no save failing, a change typed a moment
   * ago is saved first: if it cannot be kept, the user is asked (once: pressed again, the save has
   * failed, and the question has been asked).
   */
  const stays = async () => ask() || (editingHere && !failing && !(await flush()) && ask(true));
  return {
    stays,
    /** "All protocols": leaves with `close` unless the user is asked first. */
    async leave(close: () => void) {
      if (!(await stays())) close();
    },
  };
}
