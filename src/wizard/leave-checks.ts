import { createContext, useCallback, useContext, useEffect, useMemo, useRef } from 'react';

/** A message about one field, by the field's dotted name in the draft ("mdtTiers.0.amount"). */
export interface StepError {
  name: string;
  message: string;
}

/** What the step's one error summary shows: every form's errors, once the user has tried to leave. */
export interface StepErrors {
  errors: StepError[];
  /** Failed tries to leave since the step last had no errors: the summary shows from the first and takes focus at each. */
  attempts: number;
  /** Whether the last failed try can go ahead anyway, dropping the answers in error. */
  canLeaveAnyway: boolean;
}

/**
 * The checks a step runs before the user leaves it: every form on the step (a section's, and each
 * agency's or tier's card) adds its own, so that a value the draft cannot take (a number typed
 * as "2 4") stops the user with its message instead of being dropped in silence. The forms also
 * report their errors here, so that the step shows them in one summary at its top (UX.md: never
 * several live regions at once).
 */
export interface LeaveChecks {
  /** A check run before leaving; a form's (`form`) may be left anyway, dropping its answers in error. */
  add(check: () => Promise<boolean>, form?: boolean): () => void;
  /**
   * Runs every check; when one fails, the step's error summary takes focus, and `then`, where it
   * was leaving for, is kept for leaveAnyway.
   */
  run(then?: () => void): Promise<boolean>;
  /** Leaves as the last failed try meant to, without the answers in error (the draft keeps the last good ones). */
  leaveAnyway(): void;
  /** The current errors of one form (`owner`), replacing what it reported before. */
  report(owner: object, errors: StepError[]): void;
  subscribe(listener: () => void): () => void;
  errors(): StepErrors;
}

export function createLeaveChecks(): LeaveChecks {
  // Each check, and whether it is a form's.
  const checks = new Map<() => Promise<boolean>, boolean>();
  const byForm = new Map<object, StepError[]>();
  const listeners = new Set<() => void>();
  let state: StepErrors = { errors: [], attempts: 0, canLeaveAnyway: false };
  // Where the last failed try was leaving for: Back and Forward made again, or a button's page.
  let pending: (() => void) | null = null;
  const update = (attempts: number) => {
    if (attempts === 0) pending = null;
    state = { errors: [...byForm.values()].flat(), attempts, canLeaveAnyway: pending !== null };
    listeners.forEach((listener) => listener());
  };
  return {
    add(check, form = false) {
      checks.set(check, form);
      return () => checks.delete(check);
    },
    async run(then) {
      const entries = [...checks];
      const results = await Promise.all(entries.map(([check]) => check()));
      if (results.every(Boolean)) return true;
      // Only answers in error may be left behind: a comment written but not added stops the user
      // with its own message, and no way round it.
      const onlyForms = entries.every(([, form], i) => form || results[i]);
      // Each form's check has reported its errors by now. A check that fails with none (a comment
      // not yet added says so itself) leaves the summary as it was, and cannot be left anyway.
      if (byForm.size > 0) {
        pending = onlyForms ? then ?? null : null;
        update(state.attempts + 1);
      }
      return false;
    },
    leaveAnyway() {
      const go = pending;
      pending = null;
      go?.();
    },
    report(owner, errors) {
      if (errors.length === 0) byForm.delete(owner);
      else byForm.set(owner, errors);
      // With nothing left to correct, the next error waits for the next try to leave.
      update(byForm.size === 0 ? 0 : state.attempts);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    errors: () => state,
  };
}

export const LeaveChecksContext = createContext<LeaveChecks | null>(null);

/** A step's checks, made once for the step's life. */
export const useNewLeaveChecks = (): LeaveChecks => useMemo(createLeaveChecks, []);

/** Adds a form's check to the step it is on, for as long as the form is shown. */
export function useLeaveCheckFor(check: () => Promise<boolean>, form = false): void {
  const checks = useContext(LeaveChecksContext);
  useEffect(() => checks?.add(check, form), [checks, check, form]);
}

/**
 * Reports a form's errors to the step it is on, named under `at`, as the form draws them and
 * until it goes; the function it gives reports them at once (from the form's leave check).
 */
export function useReportErrors(at: string, errors: StepError[]): (now: StepError[]) => void {
  const checks = useContext(LeaveChecksContext);
  const owner = useRef({}).current;
  const named = useCallback((list: StepError[]) => list.map((e) => ({ name: at ? `${at}.${e.name}` : e.name, message: e.message })), [at]);
  const key = JSON.stringify(named(errors));
  useEffect(() => {
    checks?.report(owner, JSON.parse(key) as StepError[]);
  }, [checks, owner, key]);
  useEffect(() => () => checks?.report(owner, []), [checks, owner]);
  return useCallback((now) => checks?.report(owner, named(now)), [checks, owner, named]);
}
