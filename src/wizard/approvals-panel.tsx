import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { formatLongDate } from '../lib/dates';
import { approvalStandings, type Agency, type ApprovalStanding, type Draft } from '../model';
import { addUnsent } from './pending-edits';

interface Props {
  draft: Draft;
  onApprove: (agencyId: string, by: string) => void;
  onWithdraw: (agencyId: string) => void;
}

const TAG: Record<ApprovalStanding['kind'], { words: string; className: string }> = {
  approved: { words: 'Approved', className: 'approval__tag--approved' },
  outdated: { words: 'Needs to approve again', className: 'approval__tag--outdated' },
  none: { words: 'Not approved yet', className: 'approval__tag--none' },
};

const agencyName = (agency: Agency) => agency.name.trim() || 'An unnamed agency';

/** One signing agency: its approval's standing, and recording (again) or withdrawing it. */
function AgencyApproval({ agency, standing, onApprove, onWithdraw }: { agency: Agency; standing: ApprovalStanding } & Omit<Props, 'draft'>) {
  const [by, setBy] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Typed and not yet recorded: closing the tab or leaving the draft asks first (pending-edits.ts).
  const typed = useRef(by);
  typed.current = by;
  useEffect(() => addUnsent(() => [{ what: `Who approved the text for ${agencyName(agency)}`, words: typed.current }]), [agency]);
  // Withdrawing loses who approved and when, which only the agency's counsel can give again: it is asked first.
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  // "Keep the approval" takes focus back to the Withdraw button, once it is there again.
  const withdrawButton = useRef<HTMLButtonElement>(null);
  const [kept, setKept] = useState(0);
  useEffect(() => {
    if (kept > 0) withdrawButton.current?.focus();
  }, [kept]);
  const id = `approved-by-${agency.id}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!by.trim()) {
      setError(`Enter who approved the text for ${agencyName(agency)}.`);
      document.getElementById(id)?.focus();
      return;
    }
    setError(null);
    setBy('');
    onApprove(agency.id, by.trim());
  };
  // Recording or withdrawing replaces the controls: focus goes to the agency's new standing.
  const first = useRef(true);
  const who = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    if (who.current?.closest('li')?.contains(document.activeElement) || document.activeElement === document.body) who.current?.focus();
  }, [standing.kind]);
  const tag = TAG[standing.kind];
  return (
    <li className="approval" data-testid={`approval-${agency.id}`}>
      <p className="approval__who" ref={who} tabIndex={-1}>
        <span className={`usa-tag approval__tag ${tag.className}`}>{tag.words}</span> <strong>{agencyName(agency)}</strong>
      </p>
      {standing.kind !== 'none' && (
        <p className="approval__when">
          Approved by {standing.approval.by} on {formatLongDate(standing.approval.on)}
          {standing.kind === 'outdated' ? ': the text that binds the agency has changed since, so it must approve again.' : '.'}
        </p>
      )}
      {standing.kind !== 'approved' && (
        <form noValidate onSubmit={submit} className={`approval__form usa-form-group${error ? ' usa-form-group--error' : ''}`}>
          <label className="usa-label" htmlFor={id}>Approved for {agencyName(agency)} by (name and title)</label>
          {error && <span className="usa-error-message" id={`${id}-error`} role="alert">{error}</span>}
          <input id={id} className={`usa-input${error ? ' usa-input--error' : ''}`} value={by}
            aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => setBy(event.currentTarget.value)} />
          <button type="submit" className="usa-button usa-button--outline">Record the approval<span className="usa-sr-only"> of {agencyName(agency)}</span></button>
        </form>
      )}
      {standing.kind !== 'none' && !confirming && (
        <button type="button" ref={withdrawButton} className="usa-button usa-button--unstyled link-button" onClick={() => setConfirming(true)}>
          Withdraw the approval<span className="usa-sr-only"> of {agencyName(agency)}</span>
        </button>
      )}
      {standing.kind !== 'none' && confirming && (
        <div className="approval__confirm" data-testid="withdraw-confirm">
          <p ref={confirmRef} tabIndex={-1}>
            Withdraw the approval given by {standing.approval.by} on {formatLongDate(standing.approval.on)}? The agency would have to approve again.
          </p>
          <button type="button" className="usa-button usa-button--secondary" onClick={() => { setConfirming(false); onWithdraw(agency.id); }}>
            Withdraw it
          </button>
          <button type="button" className="usa-button usa-button--unstyled link-button" onClick={() => {
            setConfirming(false);
            setKept((n) => n + 1);
          }}>Keep the approval</button>
        </div>
      )}
    </li>
  );
}

/**
 * Each signing agency's approval of the text that binds it (the sections, the parties and its own
 * duties), as its counsel gives it. An approval is recorded against that text: when the text
 * changes, the agency is listed as needing to approve again, as contract tools reset approvals on
 * a changed clause.
 */
export function ApprovalsPanel({ draft, onApprove, onWithdraw }: Props) {
  // A hash of the whole text per signing agency: computed again only when the draft changes.
  const standings = useMemo(() => approvalStandings(draft), [draft]);
  if (standings.length === 0) return null;
  const count = (kind: ApprovalStanding['kind']) => standings.filter((s) => s.standing.kind === kind).length;
  return (
    <section className="panel approvals" aria-labelledby="approvals-heading" data-testid="approvals">
      <h2 id="approvals-heading">Approval by each signing agency</h2>
      <p>
        Each signing agency’s counsel approves the text that binds it: every section, the parties, and the
        agency’s own roles and duties. When that text changes after an approval, the agency must approve again.
      </p>
      <p className="approvals__summary" data-testid="approvals-summary">
        <strong>{count('approved')} of {standings.length} approved</strong>
        {count('outdated') > 0 && <>; {count('outdated')} {count('outdated') === 1 ? 'needs' : 'need'} to approve again</>}.
      </p>
      <ul className="approvals__list">
        {standings.map(({ agency, standing }) => (
          <AgencyApproval key={agency.id} agency={agency} standing={standing} onApprove={onApprove} onWithdraw={onWithdraw} />
        ))}
      </ul>
    </section>
  );
}
