import { useEffect, useState } from 'react';
import { useFieldArray, type ArrayPath, type FieldArray, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import type { LawInForce } from '../requirements';
import { capitalise } from '../lib/words';
// An item's questions are Fields, and a Field of kind "records" is this list.
import { Field } from './fields';
import { moveButtonAfter, RecordActions } from './record-list';
import { RemovedNotice } from './removed-notice';
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
  const { fields, append, remove, move, insert } = useFieldArray({ control: form.control, name: spec.name as ArrayPath<T> });
  const id = fieldId(at ? `${at}.${spec.name}` : spec.name);
  // Each item is named by what was typed in its first question ("Advocate"), as agencies are by
  // their names; "Term 2" until then.
  const items = form.watch(spec.name as Path<T>) as Array<Record<string, unknown>> | undefined;
  const titleOf = (index: number) =>
    String(items?.[index]?.[spec.fields[0]!.name] ?? '').trim() || `${capitalise(spec.noun)} ${index + 1}`;
  const hint = hintText(spec.hint, law);
  // As for agencies: a removal can be undone, and focus follows each action rather than falling to the page.
  const [removed, setRemoved] = useState<{ index: number; value: FieldArray<T, ArrayPath<T>>; title: string } | null>(null);
  const [focus, setFocus] = useState<string | null>(null);
  const noticeId = `${id}-removed`;
  useEffect(() => {
    if (!focus) return;
    document.getElementById(focus)?.focus();
    setFocus(null);
  }, [focus, fields]);
  const add = () => {
    setRemoved(null);
    append(spec.blank as FieldArray<T, ArrayPath<T>>, { focusName: `${spec.name}.${fields.length}.${spec.fields[0]!.name}` });
  };
  const moveItem = (from: number, to: number) => {
    move(from, to);
    setFocus(moveButtonAfter(id, fields[from]!.id, from, to, fields.length));
  };
  const removeItem = (index: number, title: string) => {
    const value = form.getValues(`${spec.name}.${index}` as never) as FieldArray<T, ArrayPath<T>>;
    // Named by what was typed in it ("the term “Advocate”"): the numbers of the items left change.
    const typed = String((value as Record<string, unknown>)[spec.fields[0]!.name] ?? '').trim();
    remove(index);
    setRemoved({ index, value, title: typed ? `the ${spec.noun} “${typed}”` : `${title.charAt(0).toLowerCase()}${title.slice(1)}` });
    setFocus(noticeId);
  };
  const undo = () => {
    if (!removed) return;
    insert(removed.index, removed.value, { focusName: `${spec.name}.${removed.index}.${spec.fields[0]!.name}` });
    setRemoved(null);
  };
  return (
    <fieldset className="field records-field" id={id} tabIndex={-1}>
      <legend className="field__label">{spec.label}</legend>
      {hint && <p className="usa-hint">{hint}</p>}
      <RemovedNotice removed={removed} id={noticeId} onUndo={undo} />
      {fields.length > 0 && (
        <ol className="records">
          {fields.map((item, index) => {
            const title = titleOf(index);
            return (
              <li key={item.id} className="record">
                <fieldset className="record__fields">
                  <legend className="record__title"><h3>{title}</h3></legend>
                  {spec.fields.map((sub) => (
                    <Field key={sub.name} spec={{ ...sub, name: `${spec.name}.${index}.${sub.name}` }} form={form} at={at} law={law} resets={resets} roster={roster} />
                  ))}
                </fieldset>
                <RecordActions list={id} id={item.id} title={title} index={index} count={fields.length} onMove={(to) => moveItem(index, to)} onRemove={() => removeItem(index, title)} />
              </li>
            );
          })}
        </ol>
      )}
      <button type="button" className="usa-button usa-button--outline" onClick={add}>Add a {spec.noun}</button>
    </fieldset>
  );
}
