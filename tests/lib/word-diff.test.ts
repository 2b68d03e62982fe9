import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordDiff, type Segment } from '../../src/lib/word-diff';

const side = (segments: Segment[], kind: 'removed' | 'added') => segments.filter((s) => s.kind === 'same' || s.kind === kind).map((s) => s.text).join('');

describe('the word-by-word difference of two texts', () => {
  it('marks the words that changed and keeps the rest', () => {
    expect(wordDiff('the quick brown fox', 'the slow brown fox jumps')).toEqual([
      { kind: 'same', text: 'the ' },
      { kind: 'removed', text: 'quick' },
      { kind: 'added', text: 'slow' },
      { kind: 'same', text: ' brown fox' },
      { kind: 'added', text: ' jumps' },
    ]);
    expect(wordDiff('same text', 'same text')).toEqual([{ kind: 'same', text: 'same text' }]);
    expect(wordDiff('', 'new')).toEqual([{ kind: 'added', text: 'new' }]);
  });

  it('joins neighbouring changed words into one removal and one addition', () => {
    expect(wordDiff('The Parties make this MOU now.', 'A wholly new MOU now.')).toEqual([
      { kind: 'removed', text: 'The Parties make this' },
      { kind: 'added', text: 'A wholly new' },
      { kind: 'same', text: ' MOU now.' },
    ]);
  });

  it('gives texts that differ everywhere as one removal and one addition, however long', () => {
    const before = Array.from({ length: 5000 }, (_, i) => `old${i}`).join(' ');
    const after = Array.from({ length: 5000 }, (_, i) => `new${i}`).join(' ');
    const segments = wordDiff(before, after);
    expect(side(segments, 'removed')).toBe(before);
    expect(side(segments, 'added')).toBe(after);
    expect(segments.filter((s) => s.kind !== 'same')).toHaveLength(2);
  });

  it('always gives back both texts exactly: the older from kept and removed, the newer from kept and added', () => {
    const word = fc.constantFrom('the', 'agency', 'shall', 'youth', 'MDT', '72', 'hours', 'é', '—', '👩‍👧');
    const text = fc.array(fc.tuple(word, fc.constantFrom(' ', '  ', '\n', '\n\n')), { maxLength: 60 }).map((parts) => parts.flat().join(''));
    fc.assert(fc.property(text, text, (before, after) => {
      const segments = wordDiff(before, after);
      expect(side(segments, 'removed')).toBe(before);
      expect(side(segments, 'added')).toBe(after);
      if (before === after) expect(segments.every((s) => s.kind === 'same')).toBe(true);
    }), { numRuns: 300, seed: 20261202 });
  });
});
