/**
 * A change to the order of a list: an item moved from one place to another, removed, or the item
 * removed last put back (Undo). Adding at the end moves nothing and is not one.
 */
export type ListMove =
  | { kind: 'move'; from: number; to: number }
  | { kind: 'remove'; at: number }
  | { kind: 'restore'; at: number };

/** Where the item at `index` is after `moves`, in order; null while it is removed. */
export function indexAfter(index: number, moves: readonly ListMove[]): number | null {
  let at: number | null = index;
  // Which of the moves removed the item, and which removal a restore would undo (the latest not yet undone).
  let removedBy = -1;
  let lastRemoval = -1;
  moves.forEach((move, i) => {
    if (move.kind === 'remove') {
      lastRemoval = i;
      if (at === move.at) {
        at = null;
        removedBy = i;
      } else if (at !== null && at > move.at) at--;
    } else if (move.kind === 'restore') {
      if (at === null) at = removedBy === lastRemoval ? move.at : null;
      else if (at >= move.at) at++;
      lastRemoval = -1;
    } else if (at === move.from) {
      at = move.to;
    } else if (at !== null) {
      // Out of its place, then into its new one, as an array's move does.
      const without: number = at > move.from ? at - 1 : at;
      at = without >= move.to ? without + 1 : without;
    }
  });
  return at;
}
