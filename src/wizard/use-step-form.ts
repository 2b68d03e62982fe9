import { useCallback, useEffect, useRef, useState } from 'react';
import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { capitalise } from '../lib/words';
import { flattenErrors } from './error-summary';
import { useLeaveCheckFor, useReportErrors } from './leave-checks';
import { addFlusher, addUnsent } from './pending-edits';
import { questionAt, questionName, type FieldSpec } from './section-fields';
import { fieldId } from './steps';

const NO_QUESTIONS: readonly FieldSpec[] = [];

/** Wait after the last keystroke before the draft takes the change: typing never re-checks per key. */
export const COMMIT_DELAY_MS = 300;

/**
 * The form's values checked: the good values, or the errors as react-hook-form keeps them, each
 * issue the message of its field, which names the field's question from `questions` (the step's
 * field definitions), so that two wrong numbers on one page are two different links in its error
 * summary.
 */
function checkForm<T extends FieldValues>(schema: z.ZodType<T>, values: FieldValues, questions: readonly FieldSpec[]):
  { ok: true; values: T } | { ok: false; errors: FieldErrors<T> } {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, values: parsed.data };
  const emptiable = mayBeLeftEmpty(schema, values, parsed.error.issues.filter(notANumber).map((issue) => issue.path));
  const errors: Record<string, unknown> = {};
  for (const issue of parsed.error.issues) {
    let node = errors;
    const path = issue.path.map(String);
    const name = path.join('.');
    path.forEach((key, i) => {
      if (i === path.length - 1) node[key] ??= { type: issue.code, message: plainMessage(issue, questionAt(questions, name), emptiable.has(name)) };
      else node = (node[key] ??= {}) as Record<string, unknown>;
    });
  }
  return { ok: false, errors: errors as FieldErrors<T> };
}

/** A zod schema as a react-hook-form resolver, its messages naming the questions. */
export function schemaResolver<T extends FieldValues>(schema: z.ZodType<T>, questions: readonly FieldSpec[] = []): Resolver<T> {
  return (values) => {
    const checked = checkForm(schema, values, questions);
    return checked.ok ? { values: checked.values, errors: {} } : { values: {}, errors: checked.errors };
  };
}

const notANumber = (issue: z.core.$ZodIssue) => issue.code === 'invalid_type' && issue.expected === 'number';

/**
 * Which of these fields the schema would take empty: "or leave it empty" is offered only there.
 * The values are checked again with all of them emptied at once, so that a rule over the whole
 * form (a tier that meets "within" must say within how long) runs and can refuse the empty field.
 */
function mayBeLeftEmpty(schema: z.ZodType, values: FieldValues, paths: ReadonlyArray<readonly PropertyKey[]>): Set<string> {
  if (paths.length === 0) return new Set();
  const emptied = structuredClone(values) as Record<PropertyKey, unknown>;
  for (const path of paths) {
    let node: unknown = emptied;
    for (const key of path.slice(0, -1)) node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (node && typeof node === 'object') (node as Record<PropertyKey, unknown>)[path[path.length - 1]!] = null;
  }
  const parsed = schema.safeParse(emptied);
  const refused = new Set(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.map(String).join('.')));
  return new Set(paths.map((path) => path.map(String).join('.')).filter((name) => !refused.has(name)));
}

/**
 * Zod's messages are for programmers; these are for a committee member typing a number or a date.
 * Each starts with the question's own label (GOV.UK: say which answer is wrong, not only how).
 */
function plainMessage(issue: z.core.$ZodIssue, question: FieldSpec | undefined, emptiable: boolean): string {
  const unit = question?.kind === 'number' && question.unit ? ` of ${question.unit}` : '';
  const ask = (words: string) => (question ? `${questionName(question)}: ${words}` : capitalise(words));
  if (notANumber(issue)) return ask(`enter a number${unit}, such as 24${emptiable ? ', or leave it empty' : ''}.`);
  if (issue.code === 'invalid_type' && issue.expected === 'int') return ask(`enter a whole number${unit}.`);
  if (issue.code === 'too_small' && issue.origin === 'number') return ask(issue.inclusive ? `enter ${String(issue.minimum)} or more.` : `enter a number above ${String(issue.minimum)}.`);
  if (issue.code === 'too_big' && issue.origin === 'number') return ask(`enter ${String(issue.maximum)} or less.`);
  if (issue.code === 'invalid_format' && issue.format === 'date') return ask('enter a real date.');
  return issue.message;
}

/**
 * The form's values checked, with each answer in error put back to the draft's (`held`, in the
 * form's shape): what the draft can take of them. A rule over the whole form (an issue with no
 * field) keeps them all back.
 */
function goodAnswers<T extends FieldValues>(schema: z.ZodType<T>, values: FieldValues, held: FieldValues) {
  const parsed = schema.safeParse(values);
  if (parsed.success || parsed.error.issues.some((issue) => issue.path.length === 0)) return parsed;
  const mended = structuredClone(values) as Record<PropertyKey, unknown>;
  for (const { path } of parsed.error.issues) {
    let node: unknown = mended;
    let good: unknown = held;
    for (const key of path.slice(0, -1)) {
      node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
      good = good && typeof good === 'object' ? (good as Record<PropertyKey, unknown>)[key] : undefined;
    }
    const last = path[path.length - 1]!;
    if (node && typeof node === 'object') (node as Record<PropertyKey, unknown>)[last] = good && typeof good === 'object' ? (good as Record<PropertyKey, unknown>)[last] : undefined;
  }
  return schema.safeParse(mended);
}

/** JSON with each object's keys sorted: the same answers compare equal whatever order built them. */
const canonical = (value: unknown) => JSON.stringify(value, (_key, node: unknown) =>
  node && typeof node === 'object' && !Array.isArray(node)
    ? Object.fromEntries(Object.entries(node).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    : node);

/**
 * One step's form over a part of the draft. The draft stays the one source: the form starts from
 * `value`, sends each valid change to `commit` a moment after typing stops (or at once when the
 * page hides or the step closes), and takes a new `value` from outside (undo, another step) as
 * long as it is not the one this form just sent. Its errors go to the step's one summary, under
 * the form's place in the draft (`at`, "mdtTiers.0"), and name the questions of `questions`, the
 * form's fields.
 */
export function useStepForm<T extends FieldValues>(schema: z.ZodType<T>, value: T, commit: (next: T) => void,
  { at = '', questions = NO_QUESTIONS }: { at?: string; questions?: readonly FieldSpec[] } = {}) {
  // Checked as typing stops (below) and on leaving, never on blur: a message appearing as focus
  // leaves a field moves the page under the pointer, and the click on "Next" would be lost.
  const form = useForm<T>({ defaultValues: value as DefaultValues<T>, resolver: schemaResolver(schema, questions), mode: 'onSubmit' });
  const sent = useRef(canonical(value));
  // The answers the draft holds, as the form reads them: an answer in error falls back to its own.
  const lastGood = useRef(value);
  lastGood.current = value;
  const commitRef = useRef(commit);
  commitRef.current = commit;

  // Counts resets from outside, so that controls holding their own text can start again.
  const [resets, setResets] = useState(0);

  useEffect(() => {
    const incoming = canonical(value);
    if (incoming === sent.current) return;
    sent.current = incoming;
    form.reset(value);
    setResets((n) => n + 1);
  }, [value, form]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The fields the user has changed: only their messages show as typing stops. A question that
    // has only just appeared ("meets within", after choosing "within a set time") is not yet wrong.
    const changed = new Set<string>();
    const flush = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      timer = undefined;
      // The changed fields' messages come or go. The draft takes every good answer at once; an
      // answer in error keeps the draft's until it is corrected, so that leaving the page (or a
      // reload) loses only what was typed wrong, as the error summary says.
      void form.trigger([...changed] as never);
      const parsed = goodAnswers(schema, form.getValues(), lastGood.current);
      if (!parsed.success) return;
      const next = canonical(parsed.data);
      if (next === sent.current) return;
      sent.current = next;
      commitRef.current(parsed.data);
    };
    const subscription = form.watch((_values, { name }) => {
      // Only changes to a field: a reset from the draft names none and is not an edit.
      if (!name) return;
      changed.add(name);
      clearTimeout(timer);
      timer = setTimeout(flush, COMMIT_DELAY_MS);
    });
    const forget = addFlusher(flush);
    return () => {
      flush();
      forget();
      subscription.unsubscribe();
    };
  }, [form, schema]);

  // An answer the draft cannot take ("2 days" where hours are asked) is nowhere but in its box:
  // closing the tab asks first, and a tab that hands the draft over shows it as typed.
  useEffect(() => addUnsent(() => {
    const checked = checkForm(schema, form.getValues(), questions);
    if (checked.ok) return [];
    return flattenErrors(checked.errors).flatMap(({ name }) => {
      const box = document.getElementById(fieldId(at ? `${at}.${name}` : name));
      const typed = box instanceof HTMLTextAreaElement || (box instanceof HTMLInputElement && box.type === 'text') ? box.value : '';
      const question = questionAt(questions, name);
      return [{ what: question ? `“${questionName(question)}”` : 'An answer', words: typed }];
    });
  }), [form, schema, questions, at]);

  // The step does not let the user leave while this form holds a value the draft cannot take.
  const reportNow = useReportErrors(at, flattenErrors(form.formState.errors));
  useLeaveCheckFor(useCallback(async () => {
    const ok = await form.trigger();
    // Read from the schema: the form's own record of its errors is drawn only at the next render.
    const checked = checkForm(schema, form.getValues(), questions);
    reportNow(checked.ok ? [] : flattenErrors(checked.errors));
    return ok;
  }, [form, schema, questions, reportNow]), true);

  return { form, resets };
}
