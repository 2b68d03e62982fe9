import { useEffect, useRef, useState } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { formatLongDate } from '../lib/dates';
import { listInWords } from '../lib/words';
import { CALIFORNIA_COUNTIES, type County } from '../model';
import { CALIFORNIA, partnerListChanges } from '../requirements';
import { readBasics, type Basics, type BasicsForm } from './basics-schema';

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
const FIELD_IDS: Record<string, string> = { counties: 'new-county', kind: 'new-kind-program', companionSetting: 'new-setting', firstDevelopedOn: 'new-first-developed' };

// Read from the statute data, never retyped: when the law changed the required partners.
const changes = partnerListChanges(CALIFORNIA);

/** Start a new protocol: its county or counties, its kind, and when it was first developed. */
export function NewProtocol({ onCreate }: { onCreate: (basics: Basics) => void }) {
  const { register, handleSubmit, setValue, watch, reset, formState: { errors, submitCount } } = useForm<BasicsForm>({
    resolver,
    defaultValues: { counties: [], kind: 'csec-program', companionSetting: '', participatesInCsecProgram: true, firstDevelopedOn: '' },
  });
  const [choice, setChoice] = useState('');
  const summary = useRef<HTMLDivElement>(null);
  const counties = watch('counties');
  const kind = watch('kind');
  const messages = Object.entries(errors).map(([field, error]) => ({ field, message: String(error?.message ?? '') }));

  // GOV.UK error summary: after a failed submit, focus moves to the list of what to fix.
  useEffect(() => {
    if (submitCount > 0 && messages.length > 0) summary.current?.focus();
  }, [submitCount]);

  const addCounty = () => {
    if (choice && !counties.includes(choice as County)) setValue('counties', [...counties, choice as County], { shouldValidate: submitCount > 0 });
    setChoice('');
  };
  const submit = handleSubmit((values) => {
    const read = readBasics(values);
    if (!read.ok) return;
    onCreate(read.value);
    // The protocol has started; the form is ready for another one.
    reset();
  });

  return (
    <section className="panel new-protocol" aria-labelledby="new-heading">
      <h2 id="new-heading">Start a new protocol</h2>
      {messages.length > 0 && (
        <div className="alert" role="alert" tabIndex={-1} ref={summary} data-testid="error-summary">
          <p className="alert__title">There is a problem</p>
          <ul>
            {messages.map(({ field, message }) => (
              <li key={field}><a href={`#${FIELD_IDS[field] ?? 'new-county'}`}>{message}</a></li>
            ))}
          </ul>
        </div>
      )}
      <form onSubmit={submit} noValidate>
        <fieldset className="field">
          <legend className="start__label">County or counties</legend>
          <p className="hint" id="new-county-hint">A regional protocol names each county it covers.</p>
          {errors.counties && <p className="field__error" id="new-county-error">{errors.counties.message}</p>}
          {counties.length > 0 && (
            <ul className="chosen" data-testid="chosen-counties">
              {counties.map((county) => (
                <li key={county}>
                  {county} County{' '}
                  <button type="button" className="link-button" onClick={() => setValue('counties', counties.filter((c) => c !== county))} aria-label={`Remove ${county} County`}>
                    Remove
                  </button>
                </li>
              ))}
            </ul>
          )}
          <label htmlFor="new-county" className="visually-hidden">County</label>
          <select id="new-county" value={choice} onChange={(e) => setChoice(e.currentTarget.value)}
            aria-describedby={errors.counties ? 'new-county-hint new-county-error' : 'new-county-hint'} aria-invalid={errors.counties ? true : undefined}>
            <option value="">Choose a county</option>
            {CALIFORNIA_COUNTIES.filter((c) => !counties.includes(c)).map((county) => <option key={county} value={county}>{county}</option>)}
          </select>{' '}
          <button type="button" className="button button--secondary" onClick={addCounty}>Add county</button>
        </fieldset>
        <fieldset className="field">
          <legend className="start__label">Kind of protocol</legend>
          <label><input type="radio" id="new-kind-program" value="csec-program" {...register('kind')} /> The county’s interagency protocol (WIC 16524.8)</label>
          <label><input type="radio" value="companion" {...register('kind')} /> A companion protocol for one setting, such as juvenile hall</label>
          {kind === 'companion' && (
            <p>
              <label htmlFor="new-setting" className="start__label">Setting</label>
              <input id="new-setting" type="text" {...register('companionSetting')} />
            </p>
          )}
        </fieldset>
        <p className="field">
          <label><input type="checkbox" {...register('participatesInCsecProgram')} /> The county has elected to receive CSEC Program funds</label>
        </p>
        <p className="field">
          <label htmlFor="new-first-developed" className="start__label">First developed on (optional)</label>
          <span className="hint" id="new-first-developed-hint">
            Leave empty for a protocol written now.{changes.length > 0 && ` A date before ${listInWords(changes.map(formatLongDate), 'or')} changes which partners are required.`}
          </span>
          <input id="new-first-developed" type="date" aria-describedby="new-first-developed-hint" {...register('firstDevelopedOn')} />
        </p>
        <button type="submit" className="button">Start the protocol</button>
      </form>
    </section>
  );
}
