import { useEffect } from 'react';
import type { UnsentWords } from './pending-edits';

interface Props {
  title: string;
  /**
   * Another tab had the draft already ('elsewhere'); this tab handed it over, its changes kept
   * ('handedOver'); or another tab took it when this one did not answer in time ('taken').
   */
  editing: 'elsewhere' | 'handedOver' | 'taken';
  /** Words typed in this tab and not yet in the draft when it was handed over. */
  unsent?: readonly UnsentWords[];
  onTakeOver: () => void;
  onClose: () => void;
  /** Saves this tab's copy of the draft as a file: offered once the draft was taken. */
  onSave: () => void;
}

const SAID: Record<Props['editing'], string> = {
  elsewhere: 'Another tab or window of this browser is editing this draft. Only one tab edits a draft at a time, so the two never write over each other.',
  handedOver: 'You went on with this draft in another tab or window. This tab saved your changes and stopped editing, so the two never write over each other.',
  taken: 'Another tab or window took this draft over when this tab did not answer in time (it may have been busy, or asleep). Changes made here since this tab last saved may not be in the draft there: save a copy of this tab’s draft as a file to keep them.',
};

/** One tab edits a draft at a time: this one says which, and can take the draft back. */
export function EditingElsewhere({ title, editing, unsent = [], onTakeOver, onClose, onSave }: Props) {
  const handedOver = editing !== 'elsewhere';
  useEffect(() => {
    document.getElementById('elsewhere-heading')?.focus();
  }, [handedOver]);
  return (
    <section className="panel elsewhere" aria-labelledby="elsewhere-heading" data-testid="editing-elsewhere">
      <h2 id="elsewhere-heading" tabIndex={-1}>
        {handedOver ? `“${title}” is now being edited in another tab` : `“${title}” is open in another tab`}
      </h2>
      <p>{SAID[editing]}</p>
      {editing === 'taken' && (
        <p><button type="button" className="usa-button usa-button--outline" onClick={onSave}>Save a copy of this tab’s draft</button></p>
      )}
      {unsent.length > 0 && (
        // Not part of the draft, so not saved with it: shown to be copied rather than lost.
        <div className="usa-alert usa-alert--warning" data-testid="unsent-words">
          <div className="usa-alert__body">
            <p className="usa-alert__heading">Words typed here are not in the draft</p>
            <p className="usa-alert__text">The other tab does not have them. Copy them before you close this tab, then enter them there.</p>
            {unsent.map(({ what, words }, i) => (
              <div key={i} className="usa-form-group">
                <label className="usa-label" htmlFor={`unsent-${i}`}>{what} typed here{unsent.length > 1 ? ` (${i + 1} of ${unsent.length})` : ''}</label>
                <textarea className="usa-textarea" id={`unsent-${i}`} readOnly rows={3} value={words} />
              </div>
            ))}
          </div>
        </div>
      )}
      <p>Editing it here saves the other tab’s changes first, then opens the latest version here.</p>
      <div className="elsewhere__actions">
        <button type="button" className="usa-button" onClick={onTakeOver}>Edit it here instead</button>
        <button type="button" className="usa-button usa-button--outline" onClick={onClose}>All protocols</button>
      </div>
    </section>
  );
}
