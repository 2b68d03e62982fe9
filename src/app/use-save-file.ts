import { useState } from 'react';
import { describeLimit } from '../model';
import { saveDraftFile } from '../storage/draft-file';
import { COMMENT_OR_REPLY, flushPendingEdits, unsentWords } from '../wizard';
import type { OpenDraft } from './use-protocol';

interface Saving {
  loaded: OpenDraft | null;
  /** Saves the reviewer's file and says so; null when there is no draft. */
  saveReviewFile: () => string | null;
  /** The draft as it is now has been saved as a file (the page no longer counts it as unsaved). */
  savedAsFile: () => void;
  say: (words: string) => void;
  clearError: () => void;
}

/**
 * "Save a copy of this draft", or for a reviewer "Save your review file", and when this draft was
 * last saved as a file (null until it is, and again for each draft opened: `forget`).
 */
export function useSaveFile({ loaded, saveReviewFile, savedAsFile, say, clearError }: Saving) {
  const [fileSavedAt, setFileSavedAt] = useState<Date | null>(null);
  const save = () => {
    if (!loaded) return;
    // A comment or reply typed and not added is in no file: a reviewer would send one without it.
    if (unsentWords().some(({ what }) => what === COMMENT_OR_REPLY)) {
      say(loaded.reviewing
        ? 'Your review file was not saved: a comment or reply is typed but not added. Add it, or clear it, then save your review file again.'
        : 'No copy was saved: a comment or reply is typed but not added. Add it, or clear it, then save a copy again.');
      return;
    }
    if (loaded.reviewing) {
      const said = saveReviewFile();
      setFileSavedAt(new Date());
      clearError();
      if (said) say(said);
      return;
    }
    flushPendingEdits();
    const { name, exceeded } = saveDraftFile(loaded.store.getState().draft, { envelopeExtras: loaded.envelopeExtras });
    setFileSavedAt(new Date());
    savedAsFile();
    clearError();
    say(exceeded
      ? `Saved a copy as ${name} in your downloads. It is larger than a draft file may be, so the app will not open it as it is. ${describeLimit(exceeded)} Shorten the longest texts here, then save a copy again.`
      : `Saved a copy as ${name} in your downloads. The file holds the whole protocol: store it as you would any county document.`);
  };
  return { save, fileSavedAt, forget: () => setFileSavedAt(null) };
}
