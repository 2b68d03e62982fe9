import { useEffect, useRef } from 'react';
import type { Draft } from '../model';
import { AgenciesStep } from './agencies-step';
import { BasicsStep, TermFields } from './basics-step';
import { MdtTiers } from './mdt-step';
import { AgencyResponsibilities } from './roles-step';
import { SectionStep, type StepProps } from './section-step';
import { STEPS, stepTitle, type StepId } from './steps';

interface Props extends StepProps {
  step: StepId;
  onGo: (step: StepId | 'review' | null) => void;
  onReplace: (draft: Draft) => void;
}

/** One step of the wizard: where it sits among the others, its questions, and the way on. */
export function StepPage({ step, onGo, onReplace, ...props }: Props) {
  const index = STEPS.findIndex((s) => s.id === step);
  const current = STEPS[index]!;
  const previous = STEPS[index - 1];
  const next = STEPS[index + 1];
  const heading = useRef<HTMLHeadingElement>(null);

  const footer = (check: () => Promise<boolean>) => {
    const go = async (target: StepId | 'review' | null) => {
      if (await check()) onGo(target);
    };
    return (
      <nav className="step-nav" aria-label="Move between steps">
        {previous && <button type="button" className="button button--secondary" onClick={() => go(previous.id)}>Previous: {stepTitle(previous)}</button>}
        {next ? <button type="button" className="button" onClick={() => go(next.id)}>Next: {stepTitle(next)}</button>
          : <button type="button" className="button" onClick={() => go('review')}>Check your answers</button>}
        <button type="button" className="link-button" onClick={() => go(null)}>Back to the task list</button>
      </nav>
    );
  };
  const always = async () => true;

  let body;
  if (step === 'basics') body = <><BasicsStep {...props} />{footer(always)}</>;
  else if (step === 'agencies') body = <><AgenciesStep {...props} onReplace={onReplace} />{footer(always)}</>;
  else {
    const extra = step === 'mdt' ? <MdtTiers {...props} onReplace={onReplace} /> : step === 'roles' ? <AgencyResponsibilities {...props} /> : step === 'administration' ? <TermFields {...props} /> : null;
    body = <SectionStep key={step} sectionKey={step} {...props} footer={footer}>{extra}</SectionStep>;
  }

  // A new step is a new page: focus its heading, as a page load would put the reader at the top.
  useEffect(() => {
    heading.current?.focus();
  }, [step]);

  return (
    <section className="panel step" aria-labelledby="step-heading" data-testid="step">
      <div className="step-indicator" aria-hidden="true">
        <ol className="step-indicator__segments">
          {STEPS.map((s, i) => <li key={s.id} className={`step-indicator__segment${i < index ? ' is-complete' : i === index ? ' is-current' : ''}`} />)}
        </ol>
      </div>
      <p className="step-indicator__counter">Step {index + 1} of {STEPS.length}</p>
      <h2 id="step-heading" ref={heading} tabIndex={-1}>{stepTitle(current)}</h2>
      {body}
    </section>
  );
}
