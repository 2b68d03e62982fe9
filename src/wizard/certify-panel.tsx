import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { formatLongDate, todayIso } from '../lib/dates';
import { approvalStandings, signatureStandings, type Draft } from '../model';
import { CHECKING_FINAL_PDF } from '../document/unshown';
import { addUnsent } from './pending-edits';

/** The packet being made, what came of it, or that the one saved no longer shows the signatures (`outdated`). */
export type PacketState = { kind: 'busy'; words: string } | { kind: 'said'; words: string; failed: boolean } | { kind: 'outdated'; words: string } | null;

interface Props {
  draft: Draft;
  blockingCount: number;
  /** Certifies the text as final in the name of `by`. */
  /** Certifies, once it has checked that the final PDF can print the text (a second or more the first time). */
  onCertify: (by: string) => Promise<void> | void;
  /** Starts a new version of a certified text: it can be edited again. */
  onReopen: () => void;
  /** Records a signing agency's signature date, or null for pending. */
  onSigned: (agencyId: string, signedOn: string | null) => void;
  packet: PacketState;
  onPacket: () => void;
}

/**
 * Each signing agency with the date it signed this text, entered as the signed copies come back.
 * A signature of an earlier text (changed since, in a new version) is not carried over: it is
 * shown as such, and the agency's date of signing this text is asked again.
 */
function Signatures({ draft, onSigned }: Pick<Props, 'draft' | 'onSigned'>) {
  const standings = useMemo(() => signatureStandings(draft), [draft]);
  // The agencies whose dates were refused, with each date as typed: it stays in its box beside
  // its message until corrected, whatever is entered for the other agencies meanwhile.
  const [wrong, setWrong] = useState<ReadonlyMap<string, string>>(new Map());
  const today = todayIso();
  const count = standings.filter(({ standing }) => standing.kind === 'signed').length;
  const record = (agencyId: string, value: string) => {
    const others = new Map(wrong);
    others.delete(agencyId);
    // A signature cannot come back before it is made: a year mistyped would go to CDSS as is.
    if (value > today) return setWrong(others.set(agencyId, value));
    setWrong(others);
    onSigned(agencyId, value || null);
  };
  return (
    <fieldset className="usa-fieldset signatures" data-testid="signatures">
      <legend className="usa-legend">Signatures: {count} of {standings.length} signed</legend>
      <p className="usa-hint">Enter the date each agency signed as its signed copy comes back; leave it empty while it is pending. The signature status sheet in the packet lists them.</p>
      <ul className="signatures__list">
        {standings.map(({ agency, standing }) => {
          const id = `signed-${agency.id}`;
          const refused = wrong.get(agency.id);
          // Not refused: signed copies may be recorded for a text certified here after it was signed.
          const early = standing.kind === 'signed' && draft.certification && standing.signedOn < draft.certification.on;
          const status = early ? `Signed on a date before the text was certified (${formatLongDate(draft.certification!.on)}): check the date`
            : standing.kind === 'signed' ? 'Signed'
            : standing.kind === 'earlier-text' ? `Signed an earlier text on ${formatLongDate(standing.signedOn)}: enter the date it signs this one`
            : 'Pending';
          return (
            <li key={agency.id} className={`signatures__item${refused !== undefined ? ' usa-form-group--error' : ''}`}>
              <label className="usa-label" htmlFor={id}>{agency.name.trim() || 'An unnamed agency'}: signed on</label>
              {/* Said as it appears: focus stays in the date, and nothing else would tell a screen reader. */}
              {refused !== undefined && <span className="usa-error-message" id={`${id}-error`} role="alert">Enter the date it signed: today or earlier.</span>}
              <input id={id} className={`usa-input signatures__date${refused !== undefined ? ' usa-input--error' : ''}`} type="date" max={today}
                value={refused ?? (standing.kind === 'signed' ? standing.signedOn : '')} aria-describedby={`${id}-status${refused !== undefined ? ` ${id}-error` : ''}`}
                aria-invalid={refused !== undefined || undefined} onChange={(event) => record(agency.id, event.currentTarget.value)} />
              <span className={`signatures__status${standing.kind === 'earlier-text' || early ? ' signatures__status--own-line' : ''}`} id={`${id}-status`}>{status}</span>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

/**
 * Said before certifying, since the law asks no approval and certifying does not wait for one:
 * the signing agencies that have not approved this text (under “Approval by each signing
 * agency”), or null when all have.
 */
function approvalsInWords(draft: Draft): string | null {
  const standings = approvalStandings(draft);
  const none = standings.filter(({ standing }) => standing.kind === 'none').length;
  const outdated = standings.filter(({ standing }) => standing.kind === 'outdated').length;
  if (none + outdated === 0) return null;
  const parts = [none && `${none} ${none === 1 ? 'has' : 'have'} not approved it`, outdated && `${outdated} approved an earlier text and must approve again`].filter(Boolean);
  return `Of the ${standings.length} signing agencies, ${parts.join(' and ')} (see “Approval by each signing agency”). Certifying does not wait for them.`;
}

/**
 * The coordinator's certification of the final text: once the committee has agreed it, the text
 * is locked and its content hash is what every final MOU carries. A certified text is changed only
 * by starting a new version; the certified one stays among the earlier versions.
 */
export function CertifyPanel({ draft, blockingCount, onCertify, onReopen, onSigned, packet, onPacket }: Props) {
  const { certification } = draft;
  const [name, setName] = useState('');
  // Typed and not yet certified: closing the tab or leaving the draft asks first (pending-edits.ts).
  const typed = useRef(name);
  typed.current = name;
  useEffect(() => addUnsent(() => [{ what: 'The name of the coordinator certifying the text', words: typed.current }]), []);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Certifying or starting a new version replaces the panel's controls: focus goes to its new
  // heading rather than being lost (the status above says what happened).
  const certified = certification !== null;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    document.getElementById('certify-heading')?.focus();
  }, [certified]);
  // After the packet is made or refused, focus goes to the words that say so.
  const said = packet?.kind === 'said' ? packet.words : null;
  useEffect(() => {
    if (said) document.getElementById('packet-message')?.focus();
  }, [said]);

  if (certification) {
    return (
      <section className="panel certify" aria-labelledby="certify-heading" data-testid="certify">
        <h2 id="certify-heading" tabIndex={-1}>Certified final</h2>
        <p>
          Certified final by <strong>{certification.by}</strong> on {formatLongDate(certification.on)}. The text is locked:
          every final MOU made from it carries this content hash in its footer and properties, so a PDF can be
          checked against this draft file.
        </p>
        <p className="certify__hash">Content hash: <code data-testid="content-hash">{certification.contentHash}</code></p>
        <Signatures draft={draft} onSigned={onSigned} />
        <h3>Submission packet</h3>
        <p id="packet-hint">One zip for CDSS: the final MOU as PDF and Word, the final compliance report, the signature status sheet and this draft file, named by county and date.</p>
        {/* aria-disabled, not disabled, while it works: a disabled button would drop focus to the page. */}
        <button type="button" className="usa-button" aria-describedby="packet-hint" aria-disabled={packet?.kind === 'busy'}
          onClick={() => { if (packet?.kind !== 'busy') onPacket(); }}>Download the submission packet (.zip)</button>
        {packet?.kind === 'busy' && <p className="status-inline" role="status">{packet.words}…</p>}
        {packet?.kind === 'said' && (
          <p id="packet-message" tabIndex={-1} className={packet.failed ? 'certify__failed' : 'certify__saved'} data-testid="packet-message">{packet.words}</p>
        )}
        {packet?.kind === 'outdated' && <p className="usa-hint" data-testid="packet-message">{packet.words}</p>}
        <h3>Changing the text</h3>
        <p id="reopen-hint" className="usa-hint">Starting a new version unlocks the text. The certified version stays among the earlier versions.</p>
        <button type="button" className="usa-button usa-button--outline" aria-describedby="reopen-hint" onClick={onReopen}>Start a new version</button>
      </section>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError('Enter your name: the certification says who certified the text.');
      document.getElementById('certify-by')?.focus();
      return;
    }
    setError(null);
    if (checking) return;
    setChecking(true);
    void Promise.resolve(onCertify(name.trim())).finally(() => setChecking(false));
  };
  const unapproved = approvalsInWords(draft);
  return (
    <section className="panel certify" aria-labelledby="certify-heading" data-testid="certify">
      <h2 id="certify-heading" tabIndex={-1}>Certify the final text</h2>
      <p>
        When the committee has agreed the final text, the coordinator certifies it. The text is then
        locked, and a content hash (a fingerprint of every answer) is printed in each final MOU’s
        footer and properties, so that anyone can check a PDF against this draft file.
      </p>
      {blockingCount > 0 ? (
        <p className="certify__blocked" data-testid="certify-blocked">
          The text can be certified once no blocking finding stands: {blockingCount === 1 ? '1 is' : `${blockingCount} are`} left to resolve (see “What the protocol still needs”).
        </p>
      ) : (
        <form noValidate onSubmit={submit} className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
          <label className="usa-label" htmlFor="certify-by">Your name, as the coordinator certifying the text</label>
          {error && <span className="usa-error-message" id="certify-by-error" role="alert">{error}</span>}
          {unapproved && <p className="usa-hint" id="certify-approvals" data-testid="certify-approvals">{unapproved}</p>}
          <input id="certify-by" className={`usa-input${error ? ' usa-input--error' : ''}`} value={name} autoComplete="name"
            aria-invalid={error ? true : undefined} aria-describedby={[error && 'certify-by-error', unapproved && 'certify-approvals'].filter(Boolean).join(' ') || undefined}
            onChange={(event) => setName(event.currentTarget.value)} />
          <button type="submit" className="usa-button" aria-disabled={checking}>Certify as final</button>
          {/* Beside the button, where the coordinator looks; the page's status line announces it. */}
          {checking && <p className="status-inline" data-testid="certify-checking">{CHECKING_FINAL_PDF}</p>}
        </form>
      )}
    </section>
  );
}
