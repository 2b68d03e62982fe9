import { useEffect, useState, type MouseEvent, type ReactNode } from 'react';
import { todayIso } from '../lib/dates';
import { distinctNames } from '../lib/words';
import type { Draft } from '../model';
import { stepAnswers } from './answers';
import { fieldId, isStepId, STEPS, stepTitle, type StepId } from './steps';

interface Props {
  draft: Draft;
  /**
   * Opens a step, or a record's own page on it (`item`, by id), focusing the given controls' first
   * one that exists; `from` is the Change button pressed, where focus comes back to.
   */
  onChange: (step: StepId, fields: string[], item?: string, from?: string) => void;
  /** The export choices, shown between the answers and the preview. */
  children?: ReactNode;
  /** A reviewer goes to a step to comment on it, not to change it. */
  reviewing?: boolean;
}

/** Waits this long after the last change before the preview is rebuilt: typing is never slowed by it. */
const PREVIEW_DELAY_MS = 400;

/** GOV.UK's "check your answers": every answer by step, each with a link to change it, then the MOU itself. */
export function Review({ draft, onChange, children, reviewing = false }: Props) {
  const steps = STEPS.map((step) => ({ step, answers: stepAnswers(draft, step.id) }));
  // A question asked in several steps ("Further provisions (optional)") would give their buttons
  // one name: those names say the step.
  const rows = steps.flatMap(({ step, answers }) => answers.map(({ question }) => ({ step, question })));
  const names = distinctNames(rows.map((row) => row.question), (question, i) => `${question} (${stepTitle(rows[i]!.step)})`);
  let row = 0;
  // Each Change button's id, from the field it opens and its record, so that focus comes back to
  // the same answer after a change even when rows before it came or went.
  const seen = new Map<string, number>();
  const changeId = (field: string, item: string | undefined) => {
    const base = `review-${field}${item ? `-${item}` : ''}`.replace(/[^\w-]/g, '-');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
  return (
    <section className="panel review" aria-labelledby="review-heading">
      <h2 id="review-heading" tabIndex={-1}>{reviewing ? 'Every answer, and the MOU' : 'Check your answers'}</h2>
      {/* The previews come after every answer and the panels: on a phone, screens below. Focus is
          moved rather than the link followed, since a fragment would read as leaving the draft. */}
      <p className="review__skip">
        <a href="#preview-mou-heading" onClick={(event) => {
          const target = document.getElementById('preview-mou-heading');
          if (!target) return;
          event.preventDefault();
          target.focus();
          target.scrollIntoView();
        }}>Go to the preview of the MOU</a>
      </p>
      {steps.map(({ step, answers: list }) => (
        // A heading each, not a landmark each: a region for every step would bury the page's own.
        <div key={step.id} className="review__step">
          <h3 id={`review-${step.id}`}>{stepTitle(step)}</h3>
          <dl className="summary-list">
            {list.map(({ question, answer, field, item, lang }, index) => (
              <div key={`${field}-${index}`} className="summary-list__row">
                <dt>{question}</dt>
                <dd lang={lang}>{answer}</dd>
                <dd className="summary-list__action">
                  <button type="button" id={changeId(field, item)} className="usa-button usa-button--unstyled link-button" onClick={(event) => onChange(step.id, [field], item, event.currentTarget.id)}>
                    {reviewing ? 'Comment' : 'Change'}<span className="usa-sr-only"> {reviewing ? 'on ' : ''}{names[row++]}</span>
                  </button>
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
      {children}
      <Previews draft={draft} onOpen={onChange} />
    </section>
  );
}

/** Each preview is a part of the page under its h2: the document's title an h3, its outline h4–h6. */
const PREVIEW_LEVELS = { titleLevel: 3 } as const;

const PREVIEWS = {
  mou: {
    heading: 'Preview of the MOU',
    hint: 'As the Word file and PDF will read, marked DRAFT. Clicking a part opens the step that wrote it; from the keyboard, the Change buttons above do the same.',
  },
  report: {
    heading: 'Preview of the compliance report',
    hint: 'A document of its own, apart from the MOU: each requirement and its standing, the warnings the committee accepted, and the findings still open.',
  },
} as const;

type Built = { mou: string; report: string } | null;

/**
 * The whole MOU and the compliance report as the HTML writer renders them, built together from
 * one check of the draft; clicking a part of the MOU opens the step that produced it.
 */
function Previews({ draft, onOpen }: { draft: Draft; onOpen: Props['onChange'] }) {
  const [html, setHtml] = useState<Built>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(async () => {
      try {
        // The templates and the HTML writer load with the preview, never with the first page.
        const [{ prepareDocuments }, { renderHtml }] = await Promise.all([import('../document'), import('../render/html')]);
        const prepared = prepareDocuments(draft, { final: false, today: todayIso() }, { mou: true, report: true });
        if (current && prepared.ok) setHtml({ mou: renderHtml(prepared.value.mou!, PREVIEW_LEVELS), report: renderHtml(prepared.value.report!, PREVIEW_LEVELS) });
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
    if (index >= 0) onOpen(step, [fieldId(`agencies.${index}.name`)], step === 'agencies' ? record : undefined);
    else onOpen(step, []);
  };

  // The previews' contents lists link to their headings by fragment. Followed by the browser, a
  // fragment is a new address, which the app reads as leaving the draft: the preview moves focus
  // to the heading itself, within its own preview (the two previews number their headings alike).
  const followLink = (event: MouseEvent<HTMLDivElement>): boolean => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[href^="#"]');
    if (!link) return false;
    event.preventDefault();
    const id = link.getAttribute('href')!.slice(1);
    const target = [...event.currentTarget.querySelectorAll<HTMLElement>('[id]')].find((element) => element.id === id);
    if (target) {
      target.tabIndex = -1;
      target.focus();
    }
    return true;
  };

  const preview = (kind: keyof typeof PREVIEWS) => (
    <section className="preview" aria-labelledby={`preview-${kind}-heading`}>
      <h2 id={`preview-${kind}-heading`} tabIndex={-1}>{PREVIEWS[kind].heading}</h2>
      <p className="usa-hint">{PREVIEWS[kind].hint}</p>
      {/* Both are built together, so a failure or the wait is said once, under the first. */}
      {failure && kind === 'mou' && <p className="usa-alert usa-alert--error usa-alert--slim usa-alert__text" role="alert">The previews could not be built ({failure}). Your draft has not been changed.</p>}
      {html === null && !failure && kind === 'mou' && <p className="status" role="status">Preparing the previews…</p>}
      {/* The HTML writer escapes every character the committee typed; the page's CSP allows no script in it. */}
      {html !== null && <div className="preview__page" data-testid={kind === 'mou' ? 'preview' : 'report-preview'} onClick={(event) => {
        if (!followLink(event) && kind === 'mou') open(event);
      }} dangerouslySetInnerHTML={{ __html: html[kind] }} />}
    </section>
  );
  return <>{preview('mou')}{preview('report')}</>;
}
