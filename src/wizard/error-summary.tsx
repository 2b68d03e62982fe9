import { useEffect, useRef, type MouseEvent } from 'react';
import type { FieldErrors } from 'react-hook-form';
import type { StepError } from './leave-checks';
import { fieldId } from './steps';

/**
 * An error link's way to its field, without changing the address: the question is scrolled to the top of the window, then the
 * field takes focus where it is. Focus alone scrolls the field itself to the edge, and the
 * question that says what to enter (a fieldset's legend, or the field's label) went out of sight.
 */
export function focusField(event: MouseEvent, id: string) {
  // The app's pages live in the address's hash: following "#field" would leave the page.
  event.preventDefault();
  const field = document.getElementById(id);
  if (!field) return;
  const legend = field.closest('fieldset')?.querySelector(':scope > legend');
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
  // A legend half a window or more above the field is a larger group's, not this question's.
  const near = legend && field.getBoundingClientRect().top - legend.getBoundingClientRect().top < window.innerHeight / 2;
  (near ? legend : label ?? field).scrollIntoView({ block: 'start' });
  field.focus({ preventScroll: true });
  if (field.getBoundingClientRect().bottom > window.innerHeight) field.scrollIntoView({ block: 'nearest' });
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

/** The errors in the order their fields come on the page, as a reader meets them. */
function inPageOrder(errors: readonly StepError[]): StepError[] {
  const at = (error: StepError) => document.getElementById(fieldId(error.name));
  return [...errors].sort((a, b) => {
    const [x, y] = [at(a), at(b)];
    if (!x || !y || x === y) return 0;
    return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

/**
 * GOV.UK's error summary (USWDS has none): what to correct on this step, each linking to its
 * field, for every form on the step at once. The step shows it when the user tries to leave with
 * an answer the draft cannot take, never in the middle of typing; it takes focus at each such
 * try (`attempts` counts them).
 */
export function ErrorSummary({ errors, attempts, onLeaveAnyway }: { errors: readonly StepError[]; attempts: number; onLeaveAnyway?: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  const shown = errors.length > 0;
  // At each try, once the forms have reported what is wrong.
  useEffect(() => {
    if (attempts > 0 && shown) box.current?.focus();
  }, [attempts, shown]);
  if (!shown) return null;
  return (
    <div className="usa-alert usa-alert--error error-summary" role="alert" tabIndex={-1} ref={box} data-testid="step-errors">
      <div className="usa-alert__body">
      <h3 className="usa-alert__heading">There is a problem</h3>
      <p className="usa-alert__text">Correct these answers; until then the draft keeps the last good one.</p>
      <ul className="usa-list">
        {inPageOrder(errors).map(({ name, message }) => (
          <li key={name}><a href={`#${fieldId(name)}`} onClick={(e) => focusField(e, fieldId(name))}>{message}</a></li>
        ))}
      </ul>
      {/* No trap: the draft keeps the last good answers, so leaving drops only what was typed wrong. */}
      {onLeaveAnyway && (
        <p className="usa-alert__text">
          <button type="button" className="usa-button usa-button--unstyled link-button" onClick={onLeaveAnyway}>
            Leave this page without these answers
          </button>
        </p>
      )}
      </div>
    </div>
  );
}
