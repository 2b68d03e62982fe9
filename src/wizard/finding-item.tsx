import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { formatLongDate } from '../lib/dates';
import type { Draft, FindingIdentity } from '../model';
import { findingId, type Finding } from '../requirements';
import { checkFilled } from './check-filled';
import { addUnsent } from './pending-edits';
import { placeInWords } from './places';

interface Props {
  finding: Finding;
  draft: Draft;
  /** What its buttons' names say of it (its county and title, numbered among findings of the same), after their words. */
  name: string;
  onFix?: (finding: Finding) => void;
  onAcknowledge?: (finding: FindingIdentity, by: string, reason: string) => void;
  /** `at`: the finding's own field, for an acknowledgement that names it rather than its record. */
  onWithdraw?: (finding: FindingIdentity, at: string | null) => void;
}

/**
 * Whom an acknowledgement names: a record's id rather than its place in the list, so that
 * reordering the agencies keeps it.
 */
export const identityOf = (finding: Finding): FindingIdentity => ({
  ruleId: finding.ruleId,
  county: (finding.county ?? null) as FindingIdentity['county'],
  recordId: finding.recordId ?? null,
  path: finding.recordId ? null : finding.path ?? null,
  ...(finding.about !== undefined ? { about: finding.about } : {}),
});

/**
 * The finding to give focus to once it is drawn again: acknowledging a warning or withdrawing
 * that moves it to another group, where it is a new element, and focus must not fall to the page.
 */
let focusAfterMove: string | null = null;

/** One finding: what is wrong, under which law, for which county, and a link to the field that fixes it. */
export function FindingItem({ finding, draft, name, onFix, onAcknowledge, onWithdraw }: Props) {
  const ack = finding.acknowledged;
  const key = findingId(finding);
  const title = useRef<HTMLParagraphElement>(null);
  const askButton = useRef<HTMLButtonElement>(null);
  const [cancelled, setCancelled] = useState(0);
  useEffect(() => {
    if (focusAfterMove !== key) return;
    focusAfterMove = null;
    title.current?.focus();
  }, [key, ack]);
  useEffect(() => {
    if (cancelled > 0) askButton.current?.focus();
  }, [cancelled]);
  const place = placeInWords(finding, draft);
  const [asking, setAsking] = useState(false);
  const [by, setBy] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  // Typed in the open form and not yet an acknowledgement: closing the tab asks first (pending-edits.ts).
  const typed = useRef({ by: '', reason: '' });
  typed.current = asking ? { by, reason } : { by: '', reason: '' };
  useEffect(() => addUnsent(() => [
    { what: 'Who accepts a warning', words: typed.current.by },
    { what: 'Why a warning is acceptable', words: typed.current.reason },
  ]), []);
  const id = useId();
  const byId = `${id}-by`;
  const reasonId = `${id}-reason`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkFilled([
      { id: byId, value: by, missing: 'Enter the name and role of whoever accepts the warning.' },
      { id: reasonId, value: reason, missing: 'Enter why the warning is acceptable.' },
    ]);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    focusAfterMove = key;
    onAcknowledge?.(identityOf(finding), by.trim(), reason.trim());
    setAsking(false);
  };
  // Every finding has these buttons: their names say which finding (`name`), after the words they show.
  return (
    <li className={`finding finding--${finding.severity}${ack ? ' finding--acknowledged' : ''}`}>
      <p className="finding__title" ref={title} tabIndex={-1}>
        {finding.title}
        {ack && <span className="finding__tag">Acknowledged</span>}
      </p>
      <p className="finding__message">{finding.message}</p>
      {finding.note && <p className="finding__note">{finding.note}</p>}
      <dl className="finding__facts">
        <div>
          <dt>Citation</dt>
          <dd>{finding.citation}</dd>
        </div>
        {finding.county && (
          <div>
            <dt>County</dt>
            <dd>{finding.county}</dd>
          </div>
        )}
        <div>
          <dt>Where to fix it</dt>
          <dd>
            {onFix ? <button type="button" className="usa-button usa-button--unstyled link-button" onClick={() => onFix(finding)}
              aria-label={`${place} (to fix: ${name})`}>{place}</button> : place}
          </dd>
        </div>
        {ack && (
          <div>
            <dt>Accepted by</dt>
            <dd>
              {ack.by}
              {ack.on && ` on ${formatLongDate(ack.on)}`}: “{ack.reason}”
            </dd>
          </div>
        )}
      </dl>
      {ack && onWithdraw && (
        <button type="button" className="usa-button usa-button--unstyled link-button" aria-label={`Withdraw the acknowledgement: ${name}`} onClick={() => {
          focusAfterMove = key;
          onWithdraw(identityOf(finding), finding.path ?? null);
        }}>Withdraw the acknowledgement</button>
      )}
      {!ack && finding.severity === 'warning' && onAcknowledge && !asking && (
        <button type="button" ref={askButton} className="usa-button usa-button--unstyled link-button" onClick={() => setAsking(true)}
          aria-label={`Acknowledge this warning: ${name}`}>Acknowledge this warning</button>
      )}
      {asking && (
        <form className="acknowledge" onSubmit={submit} noValidate aria-label={`Acknowledge: ${finding.title}`}>
          <div className={`usa-form-group${errors[byId] ? ' usa-form-group--error' : ''}`}>
            <label className="usa-label" htmlFor={byId}>Who accepts it (name and role)</label>
            {errors[byId] && <span className="usa-error-message" id={`${byId}-error`}>{errors[byId]}</span>}
            <input className={`usa-input${errors[byId] ? ' usa-input--error' : ''}`} id={byId} type="text" value={by} autoFocus
              aria-invalid={errors[byId] ? true : undefined} aria-describedby={errors[byId] ? `${byId}-error` : undefined}
              onChange={(e) => setBy(e.currentTarget.value)} />
          </div>
          <div className={`usa-form-group${errors[reasonId] ? ' usa-form-group--error' : ''}`}>
            <label className="usa-label" htmlFor={reasonId}>Why it is acceptable</label>
            {errors[reasonId] && <span className="usa-error-message" id={`${reasonId}-error`}>{errors[reasonId]}</span>}
            <textarea className={`usa-textarea${errors[reasonId] ? ' usa-input--error' : ''}`} id={reasonId} rows={3} value={reason}
              aria-invalid={errors[reasonId] ? true : undefined} aria-describedby={errors[reasonId] ? `${reasonId}-error` : undefined}
              onChange={(e) => setReason(e.currentTarget.value)} />
          </div>
          <button type="submit" className="usa-button usa-button--outline">Acknowledge</button>{' '}
          <button type="button" className="usa-button usa-button--unstyled link-button" onClick={() => {
            setAsking(false);
            setErrors({});
            setCancelled((n) => n + 1);
          }}>Cancel</button>
        </form>
      )}
    </li>
  );
}
