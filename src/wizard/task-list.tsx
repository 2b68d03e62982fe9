import type { Draft } from '../model';
import type { Finding } from '../requirements';
import { STATUS_WORDS, STEPS, stepStatus, stepTitle, type StepId } from './steps';

/** GOV.UK's task list: every step of the protocol with its state, each opening its page. */
export function TaskList({ draft, findings, onOpen }: { draft: Draft; findings: readonly Finding[]; onOpen: (step: StepId) => void }) {
  const statuses = STEPS.map((step) => ({ step, status: stepStatus(draft, findings, step.id) }));
  const done = statuses.filter((s) => s.status === 'completed').length;
  return (
    <section className="panel tasks" aria-labelledby="tasks-heading">
      <h2 id="tasks-heading" tabIndex={-1}>Write the protocol</h2>
      <p className="usa-hint">{done} of {STEPS.length} parts completed. Work in any order; every change is kept as you type.</p>
      <ol className="task-list" data-testid="task-list">
        {statuses.map(({ step, status }) => (
          <li key={step.id} className="task-list__item">
            <button type="button" className="usa-button usa-button--unstyled link-button task-list__link" onClick={() => onOpen(step.id)} aria-describedby={`task-${step.id}-status`}>
              {stepTitle(step)}
            </button>
            <span className={`usa-tag tag--${status}`} id={`task-${step.id}-status`}>{STATUS_WORDS[status]}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
