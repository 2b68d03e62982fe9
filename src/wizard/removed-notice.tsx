/** Says what was just removed from a list and offers to put it back; focus moves here after a removal. */
export function RemovedNotice({ removed, id, onUndo }: { removed: { title: string } | null; id: string; onUndo: () => void }) {
  if (!removed) return null;
  return (
    <div className="usa-alert usa-alert--info usa-alert--slim" id={id} tabIndex={-1} data-testid="removed-notice">
      <div className="usa-alert__body">
        <p className="usa-alert__text">
          Removed {removed.title}.{' '}
          <button type="button" className="usa-button usa-button--outline" onClick={onUndo}>Undo</button>
        </p>
      </div>
    </div>
  );
}
