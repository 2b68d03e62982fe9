import { useEffect, useState } from 'react';
import { listInWords } from '../lib/words';

/**
 * Says what was just removed from a list, and what went with it (an agency's places in the MDT
 * tiers and services, its recorded approval and signature), and offers to put it back; focus moves here after a removal. Once put back,
 * it says so: focus then lands on the record's own button, which does not.
 */
export function RemovedNotice({ removed, id, onUndo }: { removed: { title: string; alsoFrom?: readonly string[] } | null; id: string; onUndo: () => void }) {
  const [putBack, setPutBack] = useState<string | null>(null);
  // A later removal is news of its own: what was put back before is no longer said.
  useEffect(() => {
    if (removed) setPutBack(null);
  }, [removed]);
  const also = removed?.alsoFrom?.length ? ` It is no longer ${listInWords(removed.alsoFrom)}.` : '';
  return (
    <>
      <p className="usa-sr-only" role="status" data-testid="put-back-status">{putBack ? `Put back ${putBack}.` : ''}</p>
      {removed && (
        <div className="usa-alert usa-alert--info usa-alert--slim" id={id} tabIndex={-1} data-testid="removed-notice">
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              Removed {removed.title}.{also}{' '}
              <button type="button" className="usa-button usa-button--outline" aria-label={`Undo: put back ${removed.title}`}
                onClick={() => { setPutBack(removed.title); onUndo(); }}>Undo</button>
            </p>
          </div>
        </div>
      )}
    </>
  );
}
