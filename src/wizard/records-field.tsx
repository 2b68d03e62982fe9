import { createContext, useContext, useEffect, useState } from 'react';
import { useFieldArray, type ArrayPath, type FieldArray, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import type { ListMove } from '../lib/list-moves';
import type { LawInForce } from '../requirements';
import { itemInWords } from './answer-words';
import { flushPendingEdits } from './pending-edits';
import { MovedStatus, moveButtonAfter, RecordSummary } from './record-list';
import { itemName } from './record-names';
import { RemovedNotice } from './removed-notice';
import { hintText, type FieldSpec } from './section-fields';
import { fieldId } from './steps';

interface Props<T extends FieldValues> {
  spec: Extract<FieldSpec, { kind: 'records' }>;
  form: UseFormReturn<T>;
  at: string;
  law: LawInForce;
  roster: ReadonlyArray<readonly [string, string]>;
}

/** Opens an item's own page ("terms.1"), focusing the first of `focus` there; given by the section's step. */
export const ItemPageContext = createContext<(item: string, focus: string[]) => void>(() => {});

/**
 * Told of each move of an item within its list ("definitions.terms"), and of its removal and its
 * undoing, so that the browser's entries for items' pages, which name them by their place, follow
 * them (app/item-entries.ts). Adding at the end moves no item.
 */
export const ListMovedContext = createContext<(list: string, move: ListMove) => void>(() => {});

/** An item removed from a section's list (its field's id), as its notice and its Undo need it. */
export interface ItemRemoved {
  list: string;
  index: number;
  value: unknown;
  title: string;
}

/** An item removed on its own page, handed to its list, which shows the notice and its Undo when it opens. */
export const ItemRemovalHandover = createContext<{ handed: ItemRemoved | null; hand: (removed: ItemRemoved | null) => void }>({ handed: null, hand: () => {} });

/** How the notice names a removed item: by what was typed in it ("the term “Advocate”"), as the numbers of the items left change. */
export function removedItemTitle(spec: Extract<FieldSpec, { kind: 'records' }>, value: unknown, index: number): string {
  const typed = String((value as Record<string, unknown> | undefined)?.[spec.fields[0]!.name] ?? '').trim();
  if (typed) return `the ${spec.noun} “${typed}”`;
  const title = itemName(spec, value, index);
  return `${title.charAt(0).toLowerCase()}${title.slice(1)}`;
}

/** The notice of a removal from the list whose field's id is `listId`, where focus goes once it is made. */
export const removedItemNoticeId = (listId: string) => `${listId}-removed`;

/** The id of an item's Change button, by its place: the form's own keys for its items do not outlast the page. */
export const itemChangeId = (listId: string, index: number) => `${listId}-${index}-change`;

/**
 * A list inside a section (terms, services), as agencies are listed: each item in brief with
 * Change (its own page), reordering and Remove (with undo), then "Add a term". The items are the
 * step's form's, so they are checked and kept with the rest of the section.
 */
export function RecordsField<T extends FieldValues>({ spec, form, at, law, roster }: Props<T>) {
  const { fields, append, remove, move, insert } = useFieldArray({ control: form.control, name: spec.name as ArrayPath<T> });
  const openItem = useContext(ItemPageContext);
  // The list as the items' pages name it: the section's step, then the list ("definitions.terms").
  const listMoved = useContext(ListMovedContext);
  const moved = (move: ListMove) => listMoved(`${at.replace(/^sections\./, '')}.${spec.name}`, move);
  const id = fieldId(at ? `${at}.${spec.name}` : spec.name);
  const items = form.watch(spec.name as Path<T>) as Array<Record<string, unknown>> | undefined;
  const titleOf = (index: number) => itemName(spec, items?.[index], index);
  // The item's other answers in one line; an agency by its name.
  const summaryOf = (index: number) => itemInWords(spec, items?.[index], (value) => roster.find(([key]) => key === value)?.[1]) || 'nothing else answered yet';
  const hint = hintText(spec.hint, law);
  // As for agencies: a removal can be undone, and focus follows each action rather than falling to the page.
  const handover = useContext(ItemRemovalHandover);
  const [removed, setRemoved] = useState<ItemRemoved | null>(() => (handover.handed?.list === id ? handover.handed : null));
  useEffect(() => {
    if (handover.handed?.list === id) handover.hand(null);
  }, [handover, id]);
  const [focus, setFocus] = useState<string | null>(null);
  const noticeId = removedItemNoticeId(id);
  // The item last moved, by the form's key for it: where it is now is read from the list.
  const [movedKey, setMovedKey] = useState<string | null>(null);
  const movedAt = movedKey ? fields.findIndex((field) => field.id === movedKey) : -1;
  useEffect(() => {
    if (!focus) return;
    document.getElementById(focus)?.focus();
    setFocus(null);
  }, [focus, fields]);
  // The draft takes what the list holds first (a move or an undo a moment ago): the page reads the item from it.
  const open = (index: number, focus = [fieldId(`${at}.${spec.name}.${index}.${spec.fields[0]!.name}`)]) => {
    flushPendingEdits();
    openItem(`${spec.name}.${index}`, focus);
  };
  // A new item's page opens once the form holds it and the draft has taken it (at once, not as
  // typing stops), so that the page finds it there.
  const [adding, setAdding] = useState<number | null>(null);
  useEffect(() => {
    if (adding === null || fields.length <= adding) return;
    setAdding(null);
    // A new page: its heading takes focus, as on every other page opened.
    open(adding, ['step-heading']);
  });
  const add = () => {
    setRemoved(null);
    setMovedKey(null);
    append(spec.blank as FieldArray<T, ArrayPath<T>>, { shouldFocus: false });
    setAdding(fields.length);
  };
  const moveItem = (from: number, to: number) => {
    move(from, to);
    moved({ kind: 'move', from, to });
    setMovedKey(fields[from]!.id);
    setFocus(moveButtonAfter(id, fields[from]!.id, from, to, fields.length));
  };
  const removeItem = (index: number) => {
    const value = form.getValues(`${spec.name}.${index}` as never) as unknown;
    remove(index);
    moved({ kind: 'remove', at: index });
    setMovedKey(null);
    setRemoved({ list: id, index, value, title: removedItemTitle(spec, value, index) });
    setFocus(noticeId);
  };
  const undo = () => {
    if (!removed) return;
    setMovedKey(null);
    insert(removed.index, removed.value as FieldArray<T, ArrayPath<T>>, { shouldFocus: false });
    moved({ kind: 'restore', at: removed.index });
    setFocus(itemChangeId(id, removed.index));
    setRemoved(null);
  };
  return (
    <fieldset className="field records-field" id={id} tabIndex={-1}>
      <legend className="field__label">{spec.label}</legend>
      {hint && <p className="usa-hint">{hint}</p>}
      <RemovedNotice removed={removed} id={noticeId} onUndo={undo} />
      <MovedStatus moved={movedAt < 0 ? null : { title: titleOf(movedAt), index: movedAt, count: fields.length }} />
      {fields.length > 0 && (
        <ol className="records">
          {fields.map((item, index) => (
            <RecordSummary key={item.id} testId="section-item" summary={summaryOf(index)} list={id} id={item.id} title={titleOf(index)} index={index} count={fields.length}
              changeId={itemChangeId(id, index)} onChange={() => open(index)} onMove={(to) => moveItem(index, to)} onRemove={() => removeItem(index)} />
          ))}
        </ol>
      )}
      <button type="button" className="usa-button usa-button--outline" onClick={add}>{fields.length ? `Add another ${spec.noun}` : `Add a ${spec.noun}`}</button>
    </fieldset>
  );
}
