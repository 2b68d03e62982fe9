import { useEffect, useState } from 'react';
import { applyEdit, type Draft, type DraftEdit } from '../model';
import { moveButtonAfter } from './record-list';
import { fieldId } from './steps';

type List = 'agencies' | 'mdtTiers';

interface Removed {
  record: Draft[List][number];
  index: number;
  title: string;
  /** The draft just before, put back whole when nothing else has changed since (memberships too). */
  before: Draft;
  after: Draft;
}

/**
 * Add, move and remove for a list of records, with an undo for the last removal and focus that
 * follows each action (to the new record's name, to the undo notice, back to the record).
 */
export function useListEdits(list: List, draft: Draft, onEdit: (edits: DraftEdit | DraftEdit[]) => void, onReplace: (draft: Draft) => void) {
  const [removed, setRemoved] = useState<Removed | null>(null);
  const [focus, setFocus] = useState<string | null>(null);
  const noticeId = `${list}-removed`;

  useEffect(() => {
    const target = focus ? document.getElementById(focus) : null;
    if (!target) return;
    target.focus();
    setFocus(null);
  }, [focus, draft, removed]);

  // The draft after the removal, once it arrives, is the one an undo can put back whole.
  useEffect(() => {
    if (removed && removed.after === removed.before && draft !== removed.before) setRemoved({ ...removed, after: draft });
  }, [draft, removed]);

  return {
    removed,
    noticeId,
    add() {
      onEdit({ kind: 'add', list });
      setFocus(fieldId(`${list}.${draft[list].length}.name`));
    },
    move(id: string, to: number) {
      const from = draft[list].findIndex((record) => record.id === id);
      onEdit({ kind: 'move', list, id, to });
      setFocus(moveButtonAfter(list, id, from, to, draft[list].length));
    },
    /**
     * Removes the record at `index`. `latest` is what its card holds, typed in the last moment and
     * not yet sent: it is kept first, so that an undo brings the record back as it was last seen.
     */
    remove(index: number, title: string, latest: Draft[List][number] | null = null) {
      const shown = draft[list][index];
      if (!shown) return;
      const keep: DraftEdit[] = latest ? [{ kind: 'update', list, id: shown.id, path: [], value: latest }] : [];
      const before = keep.reduce(applyEdit, draft);
      onEdit([...keep, { kind: 'remove' as const, list, id: shown.id }]);
      setRemoved({ record: before[list][index]!, index, title, before, after: before });
      setFocus(noticeId);
    },
    undo() {
      if (!removed) return;
      if (draft === removed.after) onReplace(removed.before);
      else onEdit({ kind: 'insert', list, record: removed.record, index: removed.index });
      setFocus(fieldId(`${list}.${removed.index}.name`));
      setRemoved(null);
    },
  };
}
