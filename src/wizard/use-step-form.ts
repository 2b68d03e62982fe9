import { useCallback, useEffect, useRef, useState } from 'react';
import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { flattenErrors } from './error-summary';
import { useLeaveCheckFor, useReportErrors } from './leave-checks';
import { addFlusher } from './pending-edits';

/** Wait after the last keystroke before the draft takes the change: typing never re-checks per key. */
export const COMMIT_DELAY_MS = 300;

/** A zod schema's issues as react-hook-form's errors: each issue becomes the message of its field. */
function issuesAsErrors<T extends FieldValues>(issues: readonly z.core.$ZodIssue[]): FieldErrors<T> {
  const errors: Record<string, unknown> = {};
  for (const issue of issues) {
    let node = errors;
    const path = issue.path.map(String);
    path.forEach((key, i) => {
      if (i === path.length - 1) node[key] ??= { type: issue.code, message: plainMessage(issue) };
      else node = (node[key] ??= {}) as Record<string, unknown>;
    });
  }
  return errors as FieldErrors<T>;
}

/** A zod schema as a react-hook-form resolver. */
export function schemaResolver<T extends FieldValues>(schema: z.ZodType<T>): Resolver<T> {
  return (values) => {
    const parsed = schema.safeParse(values);
    return parsed.success ? { values: parsed.data, errors: {} } : { values: {}, errors: issuesAsErrors<T>(parsed.error.issues) };
  };
}

/** Zod's messages are for programmers; these are for a committee member typing a number or a date. */
function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.expected === 'number') return 'Enter a number, such as 24, or leave it empty.';
  if (issue.code === 'invalid_type' && issue.expected === 'int') return 'Enter a whole number.';
  if (issue.code === 'too_small' && issue.origin === 'number') return issue.inclusive ? `Enter ${String(issue.minimum)} or more.` : `Enter a number above ${String(issue.minimum)}.`;
  if (issue.code === 'too_big' && issue.origin === 'number') return `Enter ${String(issue.maximum)} or less.`;
  if (issue.code === 'invalid_format' && issue.format === 'date') return 'Enter a real date.';
  return issue.message;
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
 * the form's place in the draft (`at`, "mdtTiers.0").
 */
export function useStepForm<T extends FieldValues>(schema: z.ZodType<T>, value: T, commit: (next: T) => void, at = '') {
  // Checked as typing stops (below) and on leaving, never on blur: a message appearing as focus
  // leaves a field moves the page under the pointer, and the click on "Next" would be lost.
  const form = useForm<T>({ defaultValues: value as DefaultValues<T>, resolver: schemaResolver(schema), mode: 'onSubmit' });
  const sent = useRef(canonical(value));
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
      // The changed fields' messages come or go; the draft takes the answers once all are good.
      void form.trigger([...changed] as never);
      const parsed = schema.safeParse(form.getValues());
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

  // The step does not let the user leave while this form holds a value the draft cannot take.
  const reportNow = useReportErrors(at, flattenErrors(form.formState.errors));
  useLeaveCheckFor(useCallback(async () => {
    const ok = await form.trigger();
    // Read from the schema: the form's own record of its errors is drawn only at the next render.
    const parsed = schema.safeParse(form.getValues());
    reportNow(parsed.success ? [] : flattenErrors(issuesAsErrors(parsed.error.issues)));
    return ok;
  }, [form, schema, reportNow]));

  /** What the form holds now, typed but perhaps not yet sent, when it is valid; null when it is not. */
  const latest = (): T | null => {
    const parsed = schema.safeParse(form.getValues());
    return parsed.success ? parsed.data : null;
  };

  return { form, resets, latest };
}
