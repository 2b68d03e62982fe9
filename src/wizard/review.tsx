import { useEffect, useState, type MouseEvent, type ReactNode } from 'react';
import { todayIso } from '../lib/dates';
import type { Draft } from '../model';
import { stepAnswers } from './answers';
import { fieldId, isStepId, STEPS, stepTitle, type StepId } from './steps';

interface Props {
  draft: Draft;
  /** Opens a step, focusing the given controls' first one that exists. */
  onChange: (step: StepId, fields: string[]) => void;
  /** The export choices, shown between the answers and the preview. */
  children?: ReactNode;
}

/** Waits this long after the last change before the preview is rebuilt: typing is never slowed by it. */
const PREVIEW_DELAY_MS = 400;

/** GOV.UK's "check your answers": every answer by step, each with a link to change it, then the MOU itself. */
export function Review({ draft, onChange, children }: Props) {
  return (
    <section className="panel review" aria-labelledby="review-heading">
      <h2 id="review-heading" tabIndex={-1}>Check your answers</h2>
      {STEPS.map((step) => (
        <section key={step.id} className="review__step" aria-labelledby={`review-${step.id}`}>
          <h3 id={`review-${step.id}`}>{stepTitle(step)}</h3>
          <dl className="summary-list">
            {stepAnswers(draft, step.id).map(({ question, answer, field }, index) => (
              <div key={`${field}-${index}`} className="summary-list__row">
                <dt>{question}</dt>
                <dd>{answer}</dd>
                <dd className="summary-list__action">
                  <button type="button" className="usa-button usa-button--unstyled link-button" onClick={() => onChange(step.id, [field])}>
                    Change<span className="visually-hidden"> {question}</span>
                  </button>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      {children}
      <MouPreview draft={draft} onOpen={onChange} />
    </section>
  );
}

/** The whole MOU as the HTML writer renders it; clicking a part opens the step that produced it. */
function MouPreview({ draft, onOpen }: { draft: Draft; onOpen: Props['onChange'] }) {
  const [html, setHtml] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(async () => {
      try {
        // The templates and the HTML writer load with the preview, never with the first page.
        const [{ prepareExport }, { renderHtml }] = await Promise.all([import('../document'), import('../render/html')]);
        const prepared = prepareExport(draft, { final: false, today: todayIso() });
        if (current && prepared.ok) setHtml(renderHtml(prepared.value));
      } catch (error) {
        if (current) setFailure(error instanceof Error ? error.message : String(error));
      }
    }, html === null ? 0 : PREVIEW_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // The first build is immediate; later ones wait for typing to stop.
  }, [draft]);

  const open = (event: MouseEvent<HTMLDivElement>) => {
    const part = (event.target as Element).closest<HTMLElement>('[data-section]');
    const section = part?.dataset.section;
    if (!section || event.defaultPrevented || (event.target as Element).closest('a')) return;
    const step = section === 'signatures' ? 'agencies' : section;
    if (!isStepId(step)) return;
    const record = part.dataset.record;
    const index = record ? draft.agencies.findIndex((a) => a.id === record) : -1;
    onOpen(step, index >= 0 ? [fieldId(`agencies.${index}.name`)] : []);
  };

  return (
    <section className="preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">Preview of the MOU</h3>
      <p className="usa-hint">As the Word file and PDF will read, marked DRAFT. Click a part to change the step that wrote it.</p>
      {failure && <p className="usa-alert usa-alert--error usa-alert--slim usa-alert__text" role="alert">The preview could not be built ({failure}). Your draft has not been changed.</p>}
      {html === null && !failure && <p className="status" role="status">Preparing the preview…</p>}
      {/* The HTML writer escapes every character the committee typed; the page's CSP allows no script in it. */}
      {html !== null && <div className="preview__page" data-testid="preview" onClick={open} dangerouslySetInnerHTML={{ __html: html }} />}
    </section>
  );
}
