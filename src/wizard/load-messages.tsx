import { useEffect, useRef } from 'react';
import type { Repair } from '../model';
import { repairsInWords, repairsLeaveOut } from '../review/repairs-text';
import { Alert } from './alert';

interface Props {
  /** Polite announcement of what was opened; always rendered so screen readers hear changes. */
  status: string;
  /**
   * What went wrong with the last file (or kept draft, or version), or null; its heading says
   * what failed, "The file could not be opened" unless given.
   */
  error: { id: number; message: string; heading?: string } | null;
  /** What was mended while opening the last file (references to agencies it did not hold). */
  repairs?: readonly Repair[];
  /** Counts the actions whose status takes focus (UX.md: after saving, focus moves to what says so). */
  statusFocus?: number;
}

/**
 * The page's status, by its id: the heading that takes focus as a draft opens or closes is
 * described by it, so that a screen reader says what happened with the heading, even where it
 * drops a polite message queued as focus moves.
 */
export const LOAD_STATUS_ID = 'load-status';

/** The live region for successful loads and the alert for files that could not be opened. */
export function LoadMessages({ status, error, repairs = [], statusFocus = 0 }: Props) {
  // A file can be chosen far down the page (replacing the open draft from its history): the
  // message takes focus, which brings it into view, so that no one is left looking at an input
  // where nothing seems to have happened.
  const alert = useRef<HTMLDivElement>(null);
  const errorId = error?.id;
  useEffect(() => {
    if (errorId !== undefined) alert.current?.focus();
  }, [errorId]);
  const said = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (statusFocus > 0) said.current?.focus();
  }, [statusFocus]);
  return (
    <>
      <p className="status" role="status" aria-live="polite" aria-atomic="true" id={LOAD_STATUS_ID} data-testid="load-status" tabIndex={-1} ref={said}>
        {status}
      </p>
      {repairs.length > 0 && (
        <Alert kind="warning" heading={repairsLeaveOut(repairs) ? 'Left out or mended while opening this file' : 'Mended while opening this file'} data-testid="load-repairs">
          <ul className="usa-list">
            {repairsInWords(repairs).map((repair, index) => (
              <li key={index}>{repair}</li>
            ))}
          </ul>
          <p>Save a copy to keep the mended draft.</p>
        </Alert>
      )}
      {error && (
        // Keyed by attempt so that a second bad file is announced again even with the same text.
        <Alert key={error.id} ref={alert} tabIndex={-1} kind="error" heading={error.heading ?? 'The file could not be opened'} role="alert" data-testid="load-error">
          <p>{error.message}</p>
        </Alert>
      )}
    </>
  );
}
