import { createContext, useContext, useEffect, useState } from 'react';
import { freshRecordId, type Draft, type DraftEdit } from '../model';
import { changeButtonId, moveButtonAfter } from './record-list';
import { agencyReferences, recordName } from './record-names';

export type List = 'agencies' | 'mdtTiers' | 'customSections';

export interface Removed {
  list: List;
  record: Draft[List][number];
  index: number;
  title: string;
  /** For an agency, where else the draft named it, which the removal took away too. */
  alsoFrom: string[];
  /** The draft just before, put back whole when nothing else has changed since (memberships too). */
  before: Draft;
  after: Draft;
}

/** How the notice names a record removed from `list`: the agency itself, or “the tier …”. */
export function removedTitle(draft: Draft, list: List, index: number): string {
  const name = recordName(draft, list, index);
  return list === 'agencies' ? name : `the ${list === 'mdtTiers' ? 'tier' : 'section'} “${name}”`;
}

/** The removal of the record at `index` as its notice and its undo need it, before the edit. */
export function removalOf(draft: Draft, list: List, index: number): Removed | null {
  const record = draft[list][index];
  if (!record) return null;
  const alsoFrom = list === 'agencies' ? agencyReferences(draft, record.id) : [];
  return { list, record, index, title: removedTitle(draft, list, index), alsoFrom, before: draft, after: draft };
}

/** The notice of a removal from `list`, where focus goes once it is made. */
export const removedNoticeId = (list: List) => `${list}-removed`;

/**
 * A removal made on a record's own page, handed to its list, which shows the notice and its Undo
 * when it opens: the list's page is not there while the record's is.
 */
export const RemovalHandover = createContext<{ handed: Removed | null; hand: (removed: Removed | null) => void }>({ handed: null, hand: () => {} });

/** Where a page shows only part of a list (the sections added after one section of the outline). */
interface Part {
  /** The records shown, in order, each with its place in the whole list. */
  shown: (draft: Draft) => ReadonlyArray<{ index: number }>;
  /** What a record added here holds from the start (the section it follows). */
  start: Record<string, unknown>;
}

/**
 * Where in the whole list a record goes that moves from `from` to `to` among the records a page
 * shows (`order`, their places in the whole list): next to the record now at `to`, before it going
 * up and after it going down, counted once the moving record is taken out (as the draft's move
 * edit counts). The page's order need not be the list's: the last section's page lists the
 * sections placed after it before those placed at the end of the body, wherever each stands.
 */
export function placeInList(order: readonly number[], from: number, to: number): number {
  const neighbour = order[to]! - (order[from]! < order[to]! ? 1 : 0);
  return to < from ? neighbour : neighbour + 1;
}

/**
 * Add, move and remove for a list of records each with a page of its own (`onOpen`), with an undo
 * for the last removal and focus that follows each action: to the new record's page at its heading,
 * to the undo notice, back to the record's Change button. Given `part`, moves are within the
 * records shown, and a record moved past one takes its place in the MOU as well (`after`).
 */
export function useListEdits(list: List, draft: Draft, onEdit: (edits: DraftEdit | DraftEdit[]) => void, onReplace: (draft: Draft) => void,
  onOpen: (id: string, focus: string[]) => void, part?: Part) {
  const handover = useContext(RemovalHandover);
  const [removed, setRemoved] = useState<Removed | null>(() => (handover.handed?.list === list ? handover.handed : null));
  const [focus, setFocus] = useState<string | null>(null);
  // Taken: the next time the list opens, it has nothing to say of that removal.
  useEffect(() => {
    if (handover.handed?.list === list) handover.hand(null);
  }, [handover, list]);
  // The record last moved: where it is now is read from the draft, once the move has reached it.
  const [movedId, setMovedId] = useState<string | null>(null);
  const noticeId = removedNoticeId(list);

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

  // The records as the page lists them, by their places in the whole list.
  const order = part ? part.shown(draft).map(({ index }) => index) : draft[list].map((_, index) => index);
  const at = movedId ? order.findIndex((index) => draft[list][index]?.id === movedId) : -1;
  return {
    removed,
    noticeId,
    /** Where the record last moved went, for MovedStatus. */
    moved: at < 0 ? null : { title: recordName(draft, list, order[at]!), index: at, count: order.length },
    /** Adds a record, with `start` as its first answers (an agency's county). */
    add(start: Record<string, unknown> = {}) {
      setMovedId(null);
      const id = freshRecordId(draft, list);
      onEdit({ kind: 'add', list, record: { ...part?.start, ...start, id } });
      // A new page: its heading takes focus, read with where it sits ("Adding a tier: step 1 of 3").
      onOpen(id, ['step-heading']);
    },
    /** Moves the record `id` to `to` among the records shown. */
    move(id: string, to: number) {
      const from = order.findIndex((index) => draft[list][index]?.id === id);
      const target = draft[list][order[to]!];
      if (from < 0 || !target) return;
      const place = 'after' in target ? [{ kind: 'update', list, id, path: ['after'], value: target.after } as const] : [];
      onEdit([{ kind: 'move', list, id, to: placeInList(order, from, to) }, ...place]);
      setMovedId(id);
      setFocus(moveButtonAfter(list, id, from, to, order.length));
    },
    /** Removes the record at `index`, with a notice that offers to put it back. */
    remove(index: number) {
      const removal = removalOf(draft, list, index);
      if (!removal) return;
      setMovedId(null);
      onEdit({ kind: 'remove', list, id: removal.record.id });
      setRemoved(removal);
      setFocus(noticeId);
    },
    undo() {
      if (!removed) return;
      setMovedId(null);
      if (draft === removed.after) onReplace(removed.before);
      else onEdit([{ kind: 'insert', list, record: removed.record, index: removed.index }, ...placesPutBack(removed, draft)]);
      setFocus(changeButtonId(list, removed.record.id));
      setRemoved(null);
    },
  };
}

/**
 * After other edits, an agency put back takes again the places the removal took from it, where
 * they are still there and free: its membership of each tier, a tier's convening, a service's
 * providing, and its recorded approval and signature, as they were recorded (an approval of an
 * older text still says so). Matched by the tier's id, and a service by its name, since the lists
 * may have moved.
 */
export function placesPutBack(removed: Pick<Removed, 'before' | 'record'>, draft: Draft): DraftEdit[] {
  const { before, record } = removed;
  if (!before.agencies.some((agency) => agency.id === record.id)) return [];
  const id = record.id;
  const edits: DraftEdit[] = [];
  for (const was of before.mdtTiers) {
    const tier = draft.mdtTiers.find((t) => t.id === was.id);
    if (!tier) continue;
    const place = was.memberAgencyIds.indexOf(id);
    if (place >= 0 && !tier.memberAgencyIds.includes(id)) {
      // Where it stood among the members that are still there, which the MOU lists in order.
      const at = tier.memberAgencyIds.filter((member) => { const i = was.memberAgencyIds.indexOf(member); return i >= 0 && i < place; }).length;
      edits.push({ kind: 'update', list: 'mdtTiers', id: tier.id, path: ['memberAgencyIds'], value: [...tier.memberAgencyIds.slice(0, at), id, ...tier.memberAgencyIds.slice(at)] });
    }
    if (was.convenerAgencyId === id && tier.convenerAgencyId === null) {
      edits.push({ kind: 'update', list: 'mdtTiers', id: tier.id, path: ['convenerAgencyId'], value: id });
    }
  }
  before.sections.services.offered.forEach((was) => {
    if (was.providerAgencyId !== id) return;
    const index = draft.sections.services.offered.findIndex((s) => s.name === was.name && s.providerAgencyId === null);
    if (index >= 0) edits.push({ kind: 'set', path: ['sections', 'services', 'offered', index, 'providerAgencyId'], value: id });
  });
  for (const key of ['approvals', 'signatures'] as const) {
    const was = before[key].filter((entry) => entry.agencyId === id);
    if (was.length > 0 && !draft[key].some((entry) => entry.agencyId === id)) edits.push({ kind: 'set', path: [key], value: [...draft[key], ...was] });
  }
  return edits;
}
