import { get, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import type { LawInForce } from '../requirements';
import { RecordsField } from './records-field';
import { hintText, type FieldSpec } from './section-fields';
import { fieldId } from './steps';
import { dateBoxValue } from './basics-schema';

interface Props<T extends FieldValues> {
  spec: FieldSpec;
  form: UseFormReturn<T>;
  /** Where the form's values sit in the draft, e.g. "sections.reporting": the fields' ids follow it. */
  at: string;
  law: LawInForce;
  /** Changes when the form is reset from the draft, so that self-managed controls start again. */
  resets: number;
  /** The protocol's agencies (id, name), for questions that name one. */
  roster?: ReadonlyArray<readonly [string, string]>;
}

const numberOrNull = (value: unknown) => (value === '' || value === null || value === undefined ? null : Number(value));
const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter((line) => line !== '');

/** One question of a step: its label, help with the citation, the control and its error. */
export function Field<T extends FieldValues>({ spec, form, at, law, resets, roster = [] }: Props<T>) {
  if (spec.kind === 'records') return <RecordsField spec={spec} form={form} at={at} law={law} roster={roster} />;
  const name = spec.name as Path<T>;
  const id = fieldId(at ? `${at}.${spec.name}` : spec.name);
  const hint = hintText(spec.hint, law);
  const error = (get(form.formState.errors, spec.name) as { message?: string } | undefined)?.message;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const invalid = error ? true : undefined;
  const hintLine = hint ? <div className="usa-hint" id={`${id}-hint`}>{hint}</div> : null;
  const errorLine = error ? <span className="usa-error-message" id={`${id}-error`}>{error}</span> : null;
  const group = `usa-form-group field${error ? ' usa-form-group--error' : ''}`;

  if (spec.kind === 'choices' || spec.kind === 'radios') {
    const kind = spec.kind === 'choices' ? 'checkbox' : 'radio';
    return (
      <fieldset className={`usa-fieldset ${group}`} aria-describedby={describedBy}>
        <legend className="usa-legend field__label">{spec.label}</legend>
        {hintLine}
        {errorLine}
        {spec.options.map(([value, words, own], i) => {
          // A value may have spaces (a county's name), which an id may not.
          const optionId = i === 0 ? id : `${id}-${value.replace(/\s+/g, '-') || 'none'}`;
          return (
            <div key={value} className={`usa-${kind}`}>
              <input className={`usa-${kind}__input`} type={kind} value={value} id={optionId} {...form.register(name)} />
              <label className={`usa-${kind}__label`} htmlFor={optionId}>{words}{own && <> (<span lang={own.lang}>{own.words}</span>)</>}</label>
            </div>
          );
        })}
      </fieldset>
    );
  }
  if (spec.kind === 'checkbox') {
    return (
      <div className={group}>
        <div className="usa-checkbox">
          <input className="usa-checkbox__input" type="checkbox" id={id} aria-describedby={describedBy} {...form.register(name)} />
          <label className="usa-checkbox__label" htmlFor={id}>{spec.label}</label>
        </div>
        {hintLine}
      </div>
    );
  }
  const label = <label htmlFor={id} className="usa-label field__label">{spec.label}</label>;
  if (spec.kind === 'lines') {
    const current = (form.getValues(name) as string[] | undefined) ?? [];
    return (
      <div className={group}>
        {label}
        {hintLine}
        {errorLine}
        <textarea key={resets} className="usa-textarea" id={id} rows={4} defaultValue={current.join('\n')} aria-describedby={describedBy} aria-invalid={invalid}
          onChange={(e) => form.setValue(name, lines(e.currentTarget.value) as never, { shouldDirty: true })} />
      </div>
    );
  }
  if (spec.kind === 'agency') {
    return (
      <div className={group}>
        {label}
        {hintLine}
        <select className="usa-select" id={id} aria-describedby={describedBy} {...form.register(name, { setValueAs: (v: unknown) => v || null })}>
          <option value="">Not decided yet</option>
          {roster.map(([value, words]) => <option key={value} value={value}>{words}</option>)}
        </select>
      </div>
    );
  }
  if (spec.kind === 'date') {
    return (
      <div className={group}>
        {label}
        {hintLine}
        {errorLine}
        <input className="usa-input usa-input--medium" type="date" id={id} aria-describedby={describedBy} aria-invalid={invalid} {...form.register(name, { setValueAs: dateBoxValue(id) })} />
      </div>
    );
  }
  if (spec.kind === 'number') {
    return (
      <div className={group}>
        {label}
        {hintLine}
        {errorLine}
        <span className="field__number">
          {/* The unit is read with the field ("hours"), first, as it is seen right after the box. */}
          <input className={`usa-input usa-input--small${error ? ' usa-input--error' : ''}`} type="text" inputMode="numeric" id={id}
            aria-describedby={[`${id}-unit`, describedBy].filter(Boolean).join(' ')} aria-invalid={invalid}
            {...form.register(name, { setValueAs: numberOrNull })} />{' '}
          <span id={`${id}-unit`}>{spec.unit}</span>
        </span>
      </div>
    );
  }
  return (
    <div className={group}>
      {label}
      {hintLine}
      {errorLine}
      {spec.kind === 'textarea'
        ? <textarea className="usa-textarea" id={id} rows={5} aria-describedby={describedBy} aria-invalid={invalid} {...form.register(name)} />
        : <input className={`usa-input${error ? ' usa-input--error' : ''}`} type="text" id={id} aria-describedby={describedBy} aria-invalid={invalid} {...form.register(name)} />}
    </div>
  );
}
