import type { Change } from './compare';

// Lists whose records have ids (agencies, MDT tiers, added sections), compared between two
// drafts: a record is the same record whatever its name or place, so a reordered list is a move,
// not a removal and an addition.

/**
 * Records with ids, matched by id: added, removed, changed field by field, and moved when their
 * order changed (unless `moves` is false: the caller says moves its own way).
 */
export function byId<T extends { id: string }>(before: readonly T[], after: readonly T[], noun: string, nameOf: (item: T) => string, changed: (old: T, now: T) => Change[], moves = true): Change[] {
  const changes: Change[] = [];
  const ids = new Set(after.map((item) => item.id));
  for (const old of before) if (!ids.has(old.id)) changes.push({ kind: 'removed', what: noun, detail: nameOf(old) });
  for (const now of after) {
    const old = before.find((item) => item.id === now.id);
    if (!old) changes.push({ kind: 'added', what: noun, detail: nameOf(now) });
    else changes.push(...changed(old, now));
  }
  if (moves) changes.push(...movesIn(before, after, noun, nameOf, ''));
  return changes;
}

/**
 * The records of one list (or of one part of it) that moved, among those both orders hold:
 * "…, now 3 of 8", with `where` after the count ("of 3 after Section 11. Training").
 */
export function movesIn<T extends { id: string }>(before: readonly T[], after: readonly T[], noun: string, nameOf: (item: T) => string, where: string): Change[] {
  const ids = new Set(after.map((item) => item.id));
  const oldIds = new Set(before.map((item) => item.id));
  const keptBefore = before.filter((item) => ids.has(item.id)).map((item) => item.id);
  const keptAfter = after.filter((item) => oldIds.has(item.id));
  const stayed = longestCommonOrder(keptBefore, keptAfter.map((item) => item.id));
  const moved = keptAfter.filter((item) => !stayed.has(item.id));
  // A few moves are named one by one; a list turned over is said once, with its new order.
  if (moved.length === 0) return [];
  if (moved.length <= MOVES_NAMED) return moved.map((item) => ({ kind: 'moved', what: noun, detail: `${nameOf(item)}, now ${after.indexOf(item) + 1} of ${after.length}${where}` }));
  return [{ kind: 'moved', what: noun, detail: `The order changed${where}: ${after.map(nameOf).join('; ')}` }];
}

const MOVES_NAMED = 3;

/** The ids of the longest run of records that kept their order (a longest common subsequence of the two orders). */
function longestCommonOrder(before: readonly string[], after: readonly string[]): Set<string> {
  const n = before.length;
  const m = after.length;
  const table = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = before[i] === after[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < n && j < m;) {
    if (before[i] === after[j]) { kept.add(before[i]!); i++; j++; } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++; else j++;
  }
  return kept;
}
