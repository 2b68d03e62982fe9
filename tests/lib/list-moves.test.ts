import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexAfter, type ListMove } from '../../src/lib/list-moves';

/** The moves done to a real array, as the wizard's lists do them (react-hook-form's move, remove and insert for Undo). */
function apply(items: string[], moves: readonly ListMove[]): string[] {
  const list = [...items];
  let removed: string | null = null;
  for (const move of moves) {
    if (move.kind === 'remove') removed = list.splice(move.at, 1)[0] ?? null;
    else if (move.kind === 'restore') {
      list.splice(move.at, 0, removed!);
      removed = null;
    } else list.splice(move.to, 0, ...list.splice(move.from, 1));
  }
  return list;
}

/** A start length and moves each valid for the list as it is then: only the latest removal is undone, once. */
const movesOnAList = fc.integer({ min: 1, max: 8 }).chain((length) =>
  fc.array(fc.tuple(fc.constantFrom('move', 'remove', 'restore'), fc.nat(), fc.nat()), { maxLength: 12 }).map((raw) => {
    const moves: ListMove[] = [];
    let size = length;
    let undoable = false;
    for (const [kind, a, b] of raw) {
      if (kind === 'restore') {
        if (!undoable) continue;
        moves.push({ kind, at: a % (size + 1) });
        size++;
        undoable = false;
      } else if (size === 0) {
        continue;
      } else if (kind === 'remove') {
        moves.push({ kind, at: a % size });
        size--;
        undoable = true;
      } else {
        moves.push({ kind: 'move', from: a % size, to: b % size });
      }
    }
    return { length, moves };
  }));

describe('following an item through changes to its list', () => {
  it('finds each item where the changes put it, and none once removed', () => {
    fc.assert(fc.property(movesOnAList, ({ length, moves }) => {
      const items = Array.from({ length }, (_, i) => `item ${i}`);
      const after = apply(items, moves);
      items.forEach((item, index) => {
        const now = indexAfter(index, moves);
        expect(now === null ? null : after[now]).toBe(after.includes(item) ? item : null);
      });
    }));
  });

  it('follows a move down, a move up, a removal before it, and its own removal undone', () => {
    expect(indexAfter(0, [{ kind: 'move', from: 0, to: 2 }])).toBe(2);
    expect(indexAfter(2, [{ kind: 'move', from: 0, to: 2 }])).toBe(1);
    expect(indexAfter(1, [{ kind: 'move', from: 2, to: 0 }])).toBe(2);
    expect(indexAfter(3, [{ kind: 'remove', at: 1 }])).toBe(2);
    expect(indexAfter(1, [{ kind: 'remove', at: 1 }])).toBeNull();
    expect(indexAfter(1, [{ kind: 'remove', at: 1 }, { kind: 'move', from: 0, to: 1 }, { kind: 'restore', at: 1 }])).toBe(1);
    expect(indexAfter(2, [{ kind: 'remove', at: 1 }, { kind: 'restore', at: 1 }])).toBe(2);
    // Removed before another removal: Undo brings back only the other one.
    expect(indexAfter(0, [{ kind: 'remove', at: 0 }, { kind: 'remove', at: 0 }, { kind: 'restore', at: 0 }])).toBeNull();
  });
});
