import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useForm, type FieldErrors, type Resolver, type UseFormRegister } from 'react-hook-form';
import { todayIso } from '../lib/dates';
import { focusField } from './error-summary';
import { usePageTitle } from './page-title';
import { CALIFORNIA, lawInForce } from '../requirements';
import { asksProgramPerCounty, dateBoxValue, FIRST_DEVELOPED_HINT, readBasics, type Basics, type BasicsForm } from './basics-schema';
import { CountyChooser, useCountyChooser } from './county-chooser';
import { hintText, outsideProgramField } from './section-fields';

const resolver: Resolver<BasicsForm> = (values) => {
  const read = readBasics(values);
  if (read.ok) return { values, errors: {} };
  const errors: FieldErrors<BasicsForm> = {};
  for (const [field, message] of Object.entries(read.errors)) {
    (errors as Record<string, { type: string; message: string }>)[field] = { type: 'schema', message };
  }
  return { values: {}, errors };
};

// Where each field's error summary link lands.
const FIELD_IDS: Record<string, string> = {
  counties: 'new-county', kind: 'new-kind-program', companionSetting: 'new-setting', countiesNotInCsecProgram: 'new-outside', firstDevelopedOn: 'new-first-developed',
};

// Read from the statute data, never retyped: the section that requires a county's protocol.
const law = lawInForce(CALIFORNIA, todayIso());
const programSection = law.program?.value.protocolSection;

/**
 * Starting a protocol is a linear sub-flow (UX.md): one question per step, each step's heading
 * the question, with "Step 2 of 3" above it.
 */
const PARTS = [
  { question: 'Which county or counties will the protocol cover?', fields: ['counties'] },
  { question: 'What kind of protocol is it?', fields: ['kind', 'companionSetting', 'participatesInCsecProgram', 'countiesNotInCsecProgram'] },
  { question: 'When was the protocol first developed?', fields: ['firstDevelopedOn'] },
] as const;

const BLANK: BasicsForm = { counties: [], kind: 'csec-program', companionSetting: '', participatesInCsecProgram: true, countiesNotInCsecProgram: [], firstDevelopedOn: '' };

// The answers given so far, kept while this tab is open: leaving the start page for a moment (the
// sample, a kept draft) and coming back finds them, and the step, as they were.
let answersSoFar: BasicsForm = BLANK;

interface Props {
  onCreate: (basics: Basics) => void;
  /**
   * What this form says (its error summary, a county added or removed) is the page's latest news:
   * the page's earlier message goes, so that one live region at a time speaks (UX.md).
   */
  onNews?: () => void;
  /** The step shown (from 1); each step has an entry in the browser's history, so Back returns to the one before. */
  step: number;
  /** Goes to another step: a new entry, in place of this one (`replace`), or as Back would (`previous`). */
  onStep: (step: number, how?: 'replace' | 'previous') => void;
}

/** Start a new protocol: its county or counties, its kind, and when it was first developed. */
export function NewProtocol({ onCreate, onNews = () => {}, step, onStep }: Props) {
  const { register, handleSubmit, setValue, watch, reset, trigger, clearErrors, formState: { errors } } = useForm<BasicsForm>({
    resolver,
    defaultValues: answersSoFar,
  });
  useEffect(() => {
    const subscription = watch((values) => { answersSoFar = { ...BLANK, ...values } as BasicsForm; });
    return () => subscription.unsubscribe();
  }, [watch]);
  const part = Math.min(Math.max(step, 1), PARTS.length);
  const summary = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const counties = watch('counties');
  const kind = watch('kind');
  const participates = watch('participatesInCsecProgram');
  const asksPerCounty = asksProgramPerCounty({ kind, counties, participatesInCsecProgram: participates });
  // A question no longer asked has no error: the summary would link to nothing.
  useEffect(() => {
    if (!asksPerCounty) clearErrors('countiesNotInCsecProgram');
  }, [asksPerCounty, clearErrors]);
  // Its first step is part of the start page, which the app's name alone titles.
  usePageTitle(part > 1 ? `Start a new protocol: step ${part} of ${PARTS.length}` : null);
  const messages = Object.entries(errors).map(([field, error]) => ({ field, message: String(error?.message ?? '') }));

  // GOV.UK error summary: after a failed try to go on, focus moves to the list of what to fix.
  const [failures, setFailures] = useState(0);
  useEffect(() => {
    if (failures > 0) summary.current?.focus();
  }, [failures]);
  // A new step is a new page: its question takes focus; the first, as the start page opens, does not.
  const shown = useRef(part);
  useEffect(() => {
    if (shown.current === part) return;
    shown.current = part;
    // Another step's errors are not this one's: its summary would link to fields not on the page.
    clearErrors();
    heading.current?.focus();
  }, [part, clearErrors]);
  // A later step without the answers of the first (the page opened again, the form reset) starts over.
  useEffect(() => {
    if (part > 1 && counties.length === 0) onStep(1, 'replace');
  }, [part, counties.length, onStep]);

  const chooser = useCountyChooser(counties, (next) => {
    onNews();
    setValue('counties', next, { shouldValidate: Boolean(errors.counties), shouldDirty: true });
  }, 'new-county');
  const submit = handleSubmit((values) => {
    const read = readBasics(values);
    if (!read.ok) return;
    onCreate(read.value);
    // The protocol has started; the form is ready for another one.
    answersSoFar = BLANK;
    reset(BLANK);
  });
  /** Each step's answers are checked before the next; the last step starts the protocol. */
  const next = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // A county chosen in the list but not added with its button is what the user meant: it is taken, not refused as missing.
    if (part === 1) chooser.take();
    if (!(await trigger([...PARTS[part - 1]!.fields]))) {
      onNews();
      setFailures((n) => n + 1);
      return;
    }
    if (part < PARTS.length) onStep(part + 1);
    else await submit();
  };
  // The step's question is its heading: a fieldset's legend, or the one field's label (GOV.UK).
  const question = (label?: string) => (
    <h3 className="new-protocol__question" id="new-question" ref={heading} tabIndex={-1}>
      {label ? <label htmlFor={label}>{PARTS[part - 1]!.question} (optional)</label> : PARTS[part - 1]!.question}
    </h3>
  );

  return (
    <section className="panel new-protocol" aria-labelledby="new-heading">
      <h2 id="new-heading">Start a new protocol</h2>
      {messages.length > 0 && (
        <div className="usa-alert usa-alert--error error-summary" role="alert" tabIndex={-1} ref={summary} data-testid="error-summary">
          <div className="usa-alert__body">
            <h3 className="usa-alert__heading">There is a problem</h3>
            <ul className="usa-list">
              {messages.map(({ field, message }) => (
                <li key={field}><a href={`#${FIELD_IDS[field] ?? 'new-county'}`} onClick={(e) => focusField(e, FIELD_IDS[field] ?? 'new-county')}>{message}</a></li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <p className="step__caption" data-testid="new-step">Step {part} of {PARTS.length}</p>
      <form onSubmit={next} noValidate>
        {part === 1 && (
          <fieldset className={`usa-fieldset usa-form-group field${errors.counties ? ' usa-form-group--error' : ''}`}>
            <legend className="usa-legend field__label">{question()}</legend>
            <div className="usa-hint" id="new-county-hint">A regional protocol names each county it covers.</div>
            {errors.counties && <span className="usa-error-message" id="new-county-error">{errors.counties.message}</span>}
            <CountyChooser chooser={chooser} selectLabel="County" testId="chosen-counties"
              describedBy={['new-county-hint', errors.counties && 'new-county-error']} invalid={Boolean(errors.counties)} />
          </fieldset>
        )}
        {part === 2 && (
          <fieldset className="usa-fieldset usa-form-group field">
            <legend className="usa-legend field__label">{question()}</legend>
            <div className="usa-radio">
              <input className="usa-radio__input" type="radio" id="new-kind-program" value="csec-program" {...register('kind')} />
              <label className="usa-radio__label" htmlFor="new-kind-program">The county or regional interagency protocol{programSection && ` (${programSection})`}</label>
            </div>
            <div className="usa-radio">
              <input className="usa-radio__input" type="radio" id="new-kind-companion" value="companion" {...register('kind')} />
              <label className="usa-radio__label" htmlFor="new-kind-companion">A companion protocol for one setting, such as juvenile hall</label>
            </div>
            {kind === 'companion' && (
              <div className={`usa-form-group${errors.companionSetting ? ' usa-form-group--error' : ''}`}>
                <label htmlFor="new-setting" className="usa-label field__label">Setting (optional)</label>
                {errors.companionSetting && <span className="usa-error-message" id="new-setting-error">{errors.companionSetting.message}</span>}
                <input className={`usa-input${errors.companionSetting ? ' usa-input--error' : ''}`} id="new-setting" type="text"
                  aria-invalid={errors.companionSetting ? true : undefined} aria-describedby={errors.companionSetting ? 'new-setting-error' : undefined} {...register('companionSetting')} />
              </div>
            )}
            <div className="usa-checkbox new-protocol__funds">
              <input className="usa-checkbox__input" type="checkbox" id="new-participates" {...register('participatesInCsecProgram')} />
              <label className="usa-checkbox__label" htmlFor="new-participates">The protocol’s county or counties have elected to receive CSEC Program funds</label>
            </div>
            {asksPerCounty && <OutsideProgram counties={counties} error={errors.countiesNotInCsecProgram?.message} register={register} />}
          </fieldset>
        )}
        {part === 3 && (
          <div className={`usa-form-group field${errors.firstDevelopedOn ? ' usa-form-group--error' : ''}`}>
            {question('new-first-developed')}
            <div className="usa-hint" id="new-first-developed-hint">
              {FIRST_DEVELOPED_HINT}
            </div>
            {errors.firstDevelopedOn && <span className="usa-error-message" id="new-first-developed-error">{errors.firstDevelopedOn.message}</span>}
            <input className={`usa-input usa-input--medium${errors.firstDevelopedOn ? ' usa-input--error' : ''}`} id="new-first-developed" type="date"
              aria-invalid={errors.firstDevelopedOn ? true : undefined}
              aria-describedby={errors.firstDevelopedOn ? 'new-first-developed-hint new-first-developed-error' : 'new-first-developed-hint'} {...register('firstDevelopedOn', { setValueAs: dateBoxValue('new-first-developed') })} />
          </div>
        )}
        <div className="step-nav">
          {part > 1 && <button type="button" className="usa-button usa-button--outline" onClick={() => onStep(part - 1, 'previous')}>Previous step</button>}
          <button type="submit" className="usa-button">{part < PARTS.length ? 'Continue' : 'Start the protocol'}</button>
        </div>
      </form>
    </section>
  );
}

/** In a region that elected the program, the counties that have not, one box each (the basics step asks the same). */
function OutsideProgram({ counties, error, register }: { counties: string[]; error: string | undefined; register: UseFormRegister<BasicsForm> }) {
  const spec = outsideProgramField(counties);
  return (
    <fieldset className={`usa-fieldset usa-form-group new-protocol__outside${error ? ' usa-form-group--error' : ''}`}
      aria-describedby={error ? 'new-outside-hint new-outside-error' : 'new-outside-hint'}>
      <legend className="usa-legend field__label">{spec.label}</legend>
      <div className="usa-hint" id="new-outside-hint">{hintText(spec.hint, law)}</div>
      {error && <span className="usa-error-message" id="new-outside-error">{error}</span>}
      {counties.map((county, i) => {
        const id = i === 0 ? 'new-outside' : `new-outside-${i}`;
        return (
          <div className="usa-checkbox" key={county}>
            <input className="usa-checkbox__input" type="checkbox" id={id} value={county} {...register('countiesNotInCsecProgram')} />
            <label className="usa-checkbox__label" htmlFor={id}>{county} County</label>
          </div>
        );
      })}
    </fieldset>
  );
}
