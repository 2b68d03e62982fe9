import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { formatLongDate } from '../lib/dates';
import type { Draft, FindingIdentity } from '../model';
import { findingId, type Finding } from '../requirements';
import { placeInWords } from './places';

interface Props {
  finding: Finding;
  draft: Draft;
  onFix?: (finding: Finding) => void;
  onAcknowledge?: (finding: FindingIdentity, by: string, reason: string) => void;
  onWithdraw?: (finding: FindingIdentity) => void;
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
});

/**
 * The finding to give focus to once it is drawn again: acknowledging a warning or withdrawing
 * that moves it to another group, where it is a new element, and focus must not fall to the page.
 */
let focusAfterMove: string | null = null;

/** One finding: what is wrong, under which law, for which county, and a link to the field that fixes it. */
export function FindingItem({ finding, draft, onFix, onAcknowledge, onWithdraw }: Props) {
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
  const [problem, setProblem] = useState('');
  const id = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!by.trim() || !reason.trim()) {
      setProblem(!by.trim() ? 'Say who acknowledges the warning.' : 'Say why the warning is acceptable.');
      return;
    }
    focusAfterMove = key;
    onAcknowledge?.(identityOf(finding), by.trim(), reason.trim());
    setAsking(false);
  };
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
            {onFix ? <button type="button" className="usa-button usa-button--unstyled link-button" onClick={() => onFix(finding)}>{place}</button> : place}
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
        <button type="button" className="usa-button usa-button--unstyled link-button" onClick={() => {
          focusAfterMove = key;
          onWithdraw(identityOf(finding));
        }}>Withdraw the acknowledgement</button>
      )}
      {!ack && finding.severity === 'warning' && onAcknowledge && !asking && (
        <button type="button" ref={askButton} className="usa-button usa-button--unstyled link-button" onClick={() => setAsking(true)}>Acknowledge this warning</button>
      )}
      {asking && (
        <form className="acknowledge" onSubmit={submit} noValidate aria-label={`Acknowledge: ${finding.title}`}>
          {problem && <span className="usa-error-message" role="alert">{problem}</span>}
          <label className="usa-label" htmlFor={`${id}-by`}>Who accepts it (name and role)</label>
          <input className="usa-input" id={`${id}-by`} type="text" value={by} onChange={(e) => setBy(e.currentTarget.value)} autoFocus />
          <label className="usa-label" htmlFor={`${id}-reason`}>Why it is acceptable</label>
          <textarea className="usa-textarea" id={`${id}-reason`} rows={3} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
          <button type="submit" className="usa-button usa-button--outline">Acknowledge</button>{' '}
          <button type="button" className="usa-button usa-button--unstyled link-button" onClick={() => {
            setAsking(false);
            setCancelled((n) => n + 1);
          }}>Cancel</button>
        </form>
      )}
    </li>
  );
}
