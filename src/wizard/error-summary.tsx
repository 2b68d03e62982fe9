import { useEffect, useRef, type MouseEvent } from 'react';
import type { FieldErrors } from 'react-hook-form';
import { fieldId } from './steps';

/** Moves focus to the field without changing the address (the step is not in the URL). */
function focusField(event: MouseEvent, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.focus();
}

/** Every message in a form's errors with the dotted name of its field. */
export function flattenErrors(errors: FieldErrors, prefix = ''): Array<{ name: string; message: string }> {
  const out: Array<{ name: string; message: string }> = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object') continue;
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof (value as { message?: unknown }).message === 'string') out.push({ name, message: (value as { message: string }).message });
    else out.push(...flattenErrors(value as FieldErrors, name));
  }
  return out;
}

/**
 * GOV.UK's error summary (USWDS has none): what to correct on this page, each linking to its
 * field. It is announced as it appears; it takes focus when the user tries to leave the step
 * (`attempts` counts those tries), never in the middle of typing.
 */
export function ErrorSummary({ errors, at, attempts }: { errors: Array<{ name: string; message: string }>; at: string; attempts: number }) {
  const box = useRef<HTMLDivElement>(null);
  const shown = errors.length > 0;
  useEffect(() => {
    if (attempts > 0) box.current?.focus();
  }, [attempts]);
  if (!shown) return null;
  return (
    <div className="usa-alert usa-alert--error error-summary" role="alert" tabIndex={-1} ref={box} data-testid="step-errors">
      <div className="usa-alert__body">
      <p className="usa-alert__heading">There is a problem</p>
      <p className="usa-alert__text">Correct these answers; until then the draft keeps the last good one.</p>
      <ul className="usa-list">
        {errors.map(({ name, message }) => (
          <li key={name}><a href={`#${fieldId(at ? `${at}.${name}` : name)}`} onClick={(e) => focusField(e, fieldId(at ? `${at}.${name}` : name))}>{message}</a></li>
        ))}
      </ul>
      </div>
    </div>
  );
}
