import { createContext, useContext, useEffect, useMemo } from 'react';

/**
 * The checks a step runs before the user leaves it: every form on the step (a section's, and each
 * agency's or tier's card) adds its own, so that a value the draft cannot take (a number typed
 * as "2 4") stops the user with its message instead of being dropped in silence.
 */
export interface LeaveChecks {
  add(check: () => Promise<boolean>): () => void;
  /** Runs every check; when one fails, focus goes to the first field in error. */
  run(): Promise<boolean>;
}

export function createLeaveChecks(): LeaveChecks {
  const checks = new Set<() => Promise<boolean>>();
  return {
    add(check) {
      checks.add(check);
      return () => checks.delete(check);
    },
    async run() {
      const results = await Promise.all([...checks].map((check) => check()));
      if (results.every(Boolean)) return true;
      // After React has drawn the messages and marked the fields.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="step"] [aria-invalid="true"]')?.focus());
      return false;
    },
  };
}

export const LeaveChecksContext = createContext<LeaveChecks | null>(null);

/** A step's checks, made once for the step's life. */
export const useNewLeaveChecks = (): LeaveChecks => useMemo(createLeaveChecks, []);

/** Adds a form's check to the step it is on, for as long as the form is shown. */
export function useLeaveCheckFor(check: () => Promise<boolean>): void {
  const checks = useContext(LeaveChecksContext);
  useEffect(() => checks?.add(check), [checks, check]);
}
