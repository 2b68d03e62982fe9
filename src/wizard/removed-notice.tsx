import { listInWords } from '../lib/words';

/**
 * Says what was just removed from a list, and what went with it (an agency's places in the MDT
 * tiers and services), and offers to put it back; focus moves here after a removal.
 */
export function RemovedNotice({ removed, id, onUndo }: { removed: { title: string; alsoFrom?: readonly string[] } | null; id: string; onUndo: () => void }) {
  if (!removed) return null;
  const also = removed.alsoFrom?.length ? ` It is no longer ${listInWords(removed.alsoFrom)}.` : '';
  return (
    <div className="usa-alert usa-alert--info usa-alert--slim" id={id} tabIndex={-1} data-testid="removed-notice">
      <div className="usa-alert__body">
        <p className="usa-alert__text">
          Removed {removed.title}.{also}{' '}
          <button type="button" className="usa-button usa-button--outline" onClick={onUndo}>Undo</button>
        </p>
      </div>
    </div>
  );
}
