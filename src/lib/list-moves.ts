/**
 * A change to the order of a list: an item moved from one place to another, removed, or put in
 * (an undone removal). Adding at the end moves nothing and is not one.
 */
export type ListMove =
  | { kind: 'move'; from: number; to: number }
  | { kind: 'remove'; at: number }
  | { kind: 'insert'; at: number };

/** Where the item at `index` is after `moves`, in order; null once it has been removed. */
export function indexAfter(index: number, moves: readonly ListMove[]): number | null {
  let at: number | null = index;
  for (const move of moves) {
    if (at === null) return null;
    if (move.kind === 'remove') at = at === move.at ? null : at > move.at ? at - 1 : at;
    else if (move.kind === 'insert') at = at >= move.at ? at + 1 : at;
    else if (at === move.from) at = move.to;
    else {
      // Out of its place, then into its new one, as an array's move does.
      const without: number = at > move.from ? at - 1 : at;
      at = without >= move.to ? without + 1 : without;
    }
  }
  return at;
}
