interface Props {
  /** Polite announcement of what was opened; always rendered so screen readers hear changes. */
  status: string;
  /** What went wrong with the last file, or null. */
  error: { id: number; message: string } | null;
}

/** The live region for successful loads and the alert for files that could not be opened. */
export function LoadMessages({ status, error }: Props) {
  return (
    <>
      <p className="status" role="status" aria-live="polite" aria-atomic="true" data-testid="load-status">
        {status}
      </p>
      {error && (
        // Keyed by attempt so that a second bad file is announced again even with the same text.
        <div key={error.id} className="alert" role="alert" data-testid="load-error">
          <p className="alert__title">The file could not be opened</p>
          <p>{error.message}</p>
        </div>
      )}
    </>
  );
}
