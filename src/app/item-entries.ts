import { listMovesInThisTab, type MovesSeen } from '../storage/list-moves';
import { sectionItemOf } from '../wizard/steps';

/** An entry's place, as far as its item goes: a page of a kept draft, maybe an item's page on it. */
interface ItemPlace {
  at: 'start' | 'draft';
  id?: string | null;
  page?: string | null;
  item?: string;
  part?: number;
  /** For a section item's page ("terms.1"), the draft's list moves the entry has seen (storage/list-moves.ts). */
  seen?: MovesSeen;
}

const sectionItemIn = (place: ItemPlace) =>
  place.at === 'draft' && place.id && place.page ? sectionItemOf(place.item) : null;

/** The place as an entry written now holds it: a section item's page records the moves seen so far. */
export function withMovesSeen<P extends ItemPlace>(place: P): P {
  return sectionItemIn(place) ? { ...place, seen: listMovesInThisTab.seen(place.id!) } : place;
}

/**
 * The place an entry holds, after the moves made since it was written: a section item's page is
 * that item's wherever it is now, and the list once it has gone (or when what happened to the
 * list is not known). An entry that has seen no moves (an address typed, followed or bookmarked)
 * names the item now in its place, and follows it from now on. The same place when nothing has
 * moved, and for any other place.
 */
export function followMoves<P extends ItemPlace>(place: P): P {
  const item = sectionItemIn(place);
  if (!item) return place;
  if (!place.seen) return withMovesSeen(place);
  const seenNow = listMovesInThisTab.seen(place.id!);
  if (seenNow.log === place.seen.log && seenNow.count === place.seen.count) return place;
  const index = listMovesInThisTab.follow(place.id!, `${place.page}.${item.name}`, item.index, place.seen);
  if (index !== null) return { ...place, item: `${item.name}.${index}`, seen: seenNow };
  const { item: _item, part: _part, seen: _seen, ...list } = place;
  return list as P;
}
