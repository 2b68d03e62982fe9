import { useFieldArray, type ArrayPath, type FieldArray, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { LawInForce } from '../requirements';
// An item's questions are Fields, and a Field of kind "records" is this list.
import { Field } from './fields';
import { RecordActions } from './record-list';
import { hintText, type FieldSpec } from './section-fields';
import { fieldId } from './steps';

interface Props<T extends FieldValues> {
  spec: Extract<FieldSpec, { kind: 'records' }>;
  form: UseFormReturn<T>;
  at: string;
  law: LawInForce;
  resets: number;
  roster: ReadonlyArray<readonly [string, string]>;
}

/** A list inside a section (terms, services): add, edit, reorder and remove items in the step's form. */
export function RecordsField<T extends FieldValues>({ spec, form, at, law, resets, roster }: Props<T>) {
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: spec.name as ArrayPath<T> });
  const id = fieldId(at ? `${at}.${spec.name}` : spec.name);
  const hint = hintText(spec.hint, law);
  const add = () => {
    append(spec.blank as FieldArray<T, ArrayPath<T>>, { focusName: `${spec.name}.${fields.length}.${spec.fields[0]!.name}` });
  };
  return (
    <fieldset className="field records-field" id={id} tabIndex={-1}>
      <legend className="field__label">{spec.label}</legend>
      {hint && <p className="usa-hint">{hint}</p>}
      {fields.length > 0 && (
        <ol className="records">
          {fields.map((item, index) => {
            const title = `${spec.noun.charAt(0).toUpperCase()}${spec.noun.slice(1)} ${index + 1}`;
            return (
              <li key={item.id} className="record">
                <fieldset className="record__fields">
                  <legend className="record__title"><h3>{title}</h3></legend>
                  {spec.fields.map((sub) => (
                    <Field key={sub.name} spec={{ ...sub, name: `${spec.name}.${index}.${sub.name}` }} form={form} at={at} law={law} resets={resets} roster={roster} />
                  ))}
                </fieldset>
                <RecordActions title={title} index={index} count={fields.length} onMove={(to) => move(index, to)} onRemove={() => remove(index)} />
              </li>
            );
          })}
        </ol>
      )}
      <button type="button" className="usa-button usa-button--outline" onClick={add}>Add a {spec.noun}</button>
    </fieldset>
  );
}
