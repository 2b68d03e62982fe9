/** Says what was just removed from a list and offers to put it back; focus moves here after a removal. */
export function RemovedNotice({ removed, id, onUndo }: { removed: { title: string } | null; id: string; onUndo: () => void }) {
  if (!removed) return null;
  return (
    <div className="notice" id={id} tabIndex={-1} data-testid="removed-notice">
      Removed {removed.title}.{' '}
      <button type="button" className="button button--secondary" onClick={onUndo}>Undo</button>
    </div>
  );
}
