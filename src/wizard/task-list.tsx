import { commentState, type Draft } from '../model';
import { REVIEW_STATUS_WORDS } from './comment-places';
import { useYourName } from './your-name';
import type { Finding } from '../requirements';
import { STATUS_WORDS, STEPS, stepStatus, stepTitle, type StepId } from './steps';
import { plural } from '../lib/words';

/** GOV.UK's task list: every step of the protocol with its state, each opening its page. */
export function TaskList({ draft, findings, onOpen, reviewing = false }: { draft: Draft; findings: readonly Finding[]; onOpen: (step: StepId) => void; reviewing?: boolean }) {
  const statuses = STEPS.map((step) => ({ step, status: stepStatus(draft, findings, step.id) }));
  const done = statuses.filter((s) => s.status === 'completed').length;
  const you = useYourName();
  const me = reviewing ? you.get().trim() : '';
  const openComments = (step: StepId) => draft.comments.filter((c) => c.anchor.section === step && commentState(c) === 'open').length;
  const verdict = (step: StepId) => REVIEW_STATUS_WORDS[draft.sectionReviews.find((r) => r.section === step && r.reviewer === me)?.status ?? 'not-reviewed'];
  // The committee sees which parts a reviewer wants changed without opening all sixteen.
  const requested = (step: StepId) => {
    const by = draft.sectionReviews.filter((r) => r.section === step && r.status === 'changes-requested').map((r) => r.reviewer);
    return by.length === 0 ? null : `${REVIEW_STATUS_WORDS['changes-requested']} by ${by.length === 1 ? by[0] : plural(by.length, 'reviewer')}`;
  };
  return (
    <section className="panel tasks" aria-labelledby="tasks-heading">
      <h2 id="tasks-heading" tabIndex={-1}>{reviewing ? 'Review the protocol' : 'Write the protocol'}</h2>
      <p className="usa-hint">{reviewing
        ? 'Open each part to read its answers, comment on them and give your verdict. Your comments and verdicts are kept in this browser as you add them.'
        : `${done} of ${STEPS.length} parts completed. Work in any order; every change is kept as you type.`}</p>
      <ol className="task-list" data-testid="task-list">
        {statuses.map(({ step, status }) => (
          <li key={step.id} className="task-list__item">
            <button type="button" className="usa-button usa-button--unstyled link-button task-list__link" onClick={() => onOpen(step.id)} aria-describedby={`task-${step.id}-status`}>
              {stepTitle(step)}
            </button>
            <span id={`task-${step.id}-status`} className="task-list__status">
              {reviewing ? <span className="usa-tag tag--review">{verdict(step.id)}</span> : <span className={`usa-tag tag--${status}`}>{STATUS_WORDS[status]}</span>}
              {!reviewing && requested(step.id) && <span className="usa-tag tag--review tag--requested"><span className="usa-sr-only">, </span>{requested(step.id)}</span>}
              {openComments(step.id) > 0 && <span className="usa-tag tag--comments"><span className="usa-sr-only">, </span>{plural(openComments(step.id), 'open comment')}</span>}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
