import { useEffect, useRef, useState } from 'react';
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
  /** A draft opened to review: its tabs review it, they do not edit it. */
  reviewing?: boolean;
  /** No tab holds the draft now (app/use-let-go.ts): the other tab closed it or went back to the list. */
  free?: boolean;
}

const SAID: Record<Props['editing'], string> = {
  elsewhere: 'Another tab or window of this browser is editing this draft. Only one tab edits a draft at a time, so the two never write over each other.',
  handedOver: 'You went on with this draft in another tab or window. This tab saved your changes and stopped editing, so the two never write over each other.',
  taken: 'Another tab or window took this draft over when this tab did not answer in time (it may have been busy, or asleep). Changes made here since this tab last saved may not be in the draft there: save a copy of this tab’s draft as a file to keep them.',
};

/** A review's words for the same: a reviewer's tabs review the draft, they do not edit it. */
const REVIEW_SAID: Record<Props['editing'], string> = {
  elsewhere: 'Another tab or window of this browser has this review open. Only one tab adds to a review at a time, so the two never write over each other.',
  handedOver: 'You went on with this review in another tab or window. This tab saved your comments and stopped, so the two never write over each other.',
  taken: 'Another tab or window took this review over when this tab did not answer in time (it may have been busy, or asleep). Comments added here since this tab last saved may not be in the review there: save this tab’s review file to keep them.',
};

/** One tab edits a draft at a time: this one says which, and can take the draft back. */
export function EditingElsewhere({ title, editing, unsent = [], onTakeOver, onClose, onSave, reviewing = false, free = false }: Props) {
  const handedOver = editing !== 'elsewhere';
  useEffect(() => {
    document.getElementById('elsewhere-heading')?.focus();
  }, [handedOver]);
  // Taking the draft back opens it without the words shown below to be copied: asked first.
  const [asking, setAsking] = useState(false);
  const warning = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (asking) warning.current?.focus();
  }, [asking]);
  const here = `${reviewing ? 'Review' : 'Edit'} it here${free ? '' : ' instead'}`;
  return (
    <section className="panel elsewhere" aria-labelledby="elsewhere-heading" data-testid="editing-elsewhere">
      <h2 id="elsewhere-heading" tabIndex={-1}>
        {free ? `“${title}” is no longer open in another tab`
          : handedOver ? `“${title}” is now ${reviewing ? 'being reviewed' : 'being edited'} in another tab` : `“${title}” is open in another tab`}
      </h2>
      {free && <p>The other tab or window has closed it, or gone back to the list of drafts, so no tab has it open now.</p>}
      {/* Once the other tab has let go, what it was doing is old news, except that this tab's changes may not be in the draft. */}
      {(!free || editing === 'taken') && <p>{(reviewing ? REVIEW_SAID : SAID)[editing]}</p>}
      {editing === 'taken' && (
        <p><button type="button" className="usa-button usa-button--outline" onClick={onSave}>{reviewing ? 'Save this tab’s review file' : 'Save a copy of this tab’s draft'}</button></p>
      )}
      {unsent.length > 0 && (
        // Not part of the draft, so not saved with it: shown to be copied rather than lost.
        <div className="usa-alert usa-alert--warning" data-testid="unsent-words">
          <div className="usa-alert__body">
            <h3 className="usa-alert__heading">Words typed here are not in the draft</h3>
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
      <p>
        {free ? `${reviewing ? 'Reviewing' : 'Editing'} it here opens its latest version here.`
          : reviewing ? 'Reviewing it here saves the other tab’s comments first, then opens the latest version here.' : 'Editing it here saves the other tab’s changes first, then opens the latest version here.'}
      </p>
      {asking && (
        <div className="usa-alert usa-alert--warning usa-alert--slim" role="alert" tabIndex={-1} ref={warning} data-testid="unsent-asked">
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              The words typed here, shown above, are not put back when it opens here. Copy them first, then choose “{here}” again to go on.
            </p>
          </div>
        </div>
      )}
      <div className="elsewhere__actions">
        <button type="button" className="usa-button" onClick={() => {
          if (unsent.length > 0 && !asking) setAsking(true);
          else onTakeOver();
        }}>{here}</button>
        <button type="button" className="usa-button usa-button--outline" onClick={onClose}>All protocols</button>
      </div>
    </section>
  );
}
