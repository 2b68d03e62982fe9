import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formatLongDate } from '../lib/dates';
import type { Certification } from '../model';

interface Props {
  certification: Certification | null;
  blockingCount: number;
  /** Certifies the text as final in the name of `by`. */
  onCertify: (by: string) => void;
  /** Starts a new version of a certified text: it can be edited again. */
  onReopen: () => void;
}

/**
 * The coordinator's certification of the final text: once the committee has agreed it, the text
 * is locked and its content hash is what every final MOU carries. A certified text is changed only
 * by starting a new version; the certified one stays among the earlier versions.
 */
export function CertifyPanel({ certification, blockingCount, onCertify, onReopen }: Props) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Certifying or starting a new version replaces the panel's controls: focus goes to its new
  // heading rather than being lost (the status above says what happened).
  const certified = certification !== null;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) { first.current = false; return; }
    document.getElementById('certify-heading')?.focus();
  }, [certified]);

  if (certification) {
    return (
      <section className="panel certify" aria-labelledby="certify-heading" data-testid="certify">
        <h2 id="certify-heading" tabIndex={-1}>Certified final</h2>
        <p>
          Certified final by <strong>{certification.by}</strong> on {formatLongDate(certification.on)}. The text is locked:
          every final MOU made from it carries its content hash in the footer and properties, and{' '}
          <code>csec-mou verify</code> checks a PDF against this draft by it.
        </p>
        <p className="certify__hash">Content hash: <code data-testid="content-hash">{certification.contentHash}</code></p>
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
    onCertify(name.trim());
  };
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
          The text can be certified once no blocking finding stands: {blockingCount === 1 ? '1 is' : `${blockingCount} are`} left to resolve (see “What the law still requires”).
        </p>
      ) : (
        <form noValidate onSubmit={submit} className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
          <label className="usa-label" htmlFor="certify-by">Your name, as the coordinator certifying the text</label>
          {error && <span className="usa-error-message" id="certify-by-error" role="alert">{error}</span>}
          <input id="certify-by" className={`usa-input${error ? ' usa-input--error' : ''}`} value={name} autoComplete="name"
            aria-invalid={error ? true : undefined} aria-describedby={error ? 'certify-by-error' : undefined}
            onChange={(event) => setName(event.currentTarget.value)} />
          <button type="submit" className="usa-button">Certify as final</button>
        </form>
      )}
    </section>
  );
}
