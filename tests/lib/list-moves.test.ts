import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexAfter, type ListMove } from '../../src/lib/list-moves';

/** The moves done to a real array, as the wizard's lists do them (react-hook-form's move, remove and insert). */
function apply(items: string[], moves: readonly ListMove[]): string[] {
  const list = [...items];
  let fresh = 0;
  for (const move of moves) {
    if (move.kind === 'remove') list.splice(move.at, 1);
    else if (move.kind === 'insert') list.splice(move.at, 0, `new ${fresh++}`);
    else list.splice(move.to, 0, ...list.splice(move.from, 1));
  }
  return list;
}

/** A start length and moves each valid for the list as it is then. */
const movesOnAList = fc.integer({ min: 1, max: 8 }).chain((length) =>
  fc.array(fc.tuple(fc.constantFrom('move', 'remove', 'insert'), fc.nat(), fc.nat()), { maxLength: 12 }).map((raw) => {
    const moves: ListMove[] = [];
    let size = length;
    for (const [kind, a, b] of raw) {
      if (kind === 'insert') {
        moves.push({ kind, at: a % (size + 1) });
        size++;
      } else if (size === 0) {
        continue;
      } else if (kind === 'remove') {
        moves.push({ kind, at: a % size });
        size--;
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

  it('follows a move down, a move up, a removal before it and an undone removal', () => {
    expect(indexAfter(0, [{ kind: 'move', from: 0, to: 2 }])).toBe(2);
    expect(indexAfter(2, [{ kind: 'move', from: 0, to: 2 }])).toBe(1);
    expect(indexAfter(1, [{ kind: 'move', from: 2, to: 0 }])).toBe(2);
    expect(indexAfter(3, [{ kind: 'remove', at: 1 }])).toBe(2);
    expect(indexAfter(1, [{ kind: 'remove', at: 1 }, { kind: 'insert', at: 1 }])).toBeNull();
    expect(indexAfter(2, [{ kind: 'remove', at: 1 }, { kind: 'insert', at: 1 }])).toBe(2);
  });
});
