import { useState } from 'react';
import { describeLimit } from '../model';
import { saveDraftFile } from '../storage/draft-file';
import { COMMENT_CHANGE, COMMENT_OR_REPLY, flushPendingEdits, unsentWords } from '../wizard';
import type { DraftRepository } from '../storage/draft-repository';
import type { OpenDraft } from './use-protocol';

interface Saving {
  loaded: OpenDraft | null;
  /** Where the time of the file is recorded with the kept draft, for the next session. */
  repository: DraftRepository | null;
  /** Saves the reviewer's file and says so; null when there is no draft. */
  saveReviewFile: () => string | null;
  /** The draft as it is now has been saved as a file (the page no longer counts it as unsaved). */
  savedAsFile: () => void;
  say: (words: string) => void;
  clearError: () => void;
}

/**
 * "Save a copy of this draft", or for a reviewer "Save your review file", and when this draft was
 * last saved as a file: kept with the draft in this browser, so that a draft continued another
 * day still says so (each draft opened says when its own was: `openedAs`).
 */
export function useSaveFile({ loaded, repository, saveReviewFile, savedAsFile, say, clearError }: Saving) {
  const [fileSavedAt, setSavedAt] = useState<Date | null>(null);
  const setFileSavedAt = (at: Date) => {
    setSavedAt(at);
    // Only when the draft is written here: another tab's record is its own. A failure to record
    // it costs only the words "last saved as a file" another day: the file itself was saved.
    if (repository && loaded?.keptId && loaded.editing === 'here') void repository.savedAsFile(loaded.keptId, at).catch(() => {});
  };
  const save = () => {
    if (!loaded) return;
    // A comment or reply typed and not added, or a change not saved, is in no file: a reviewer would send one without it.
    const unsent = new Set(unsentWords().map(({ what }) => what));
    if (unsent.has(COMMENT_CHANGE)) {
      say(loaded.reviewing
        ? 'Your review file was not saved: a change to a comment is typed but not saved. Save the change, or cancel it, then save your review file again.'
        : 'No copy was saved: a change to a comment is typed but not saved. Save the change, or cancel it, then save a copy again.');
      return;
    }
    if (unsent.has(COMMENT_OR_REPLY)) {
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
  return { save, fileSavedAt, openedAs: setSavedAt };
}
