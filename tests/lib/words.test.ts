import { describe, expect, it } from 'vitest';
import { distinctNames, listInWords, lowerFirst, plural } from '../../src/lib/words';

describe('listInWords', () => {
  it.each([
    [[], ''],
    [['probation'], 'probation'],
    [['probation', 'the sheriff'], 'probation and the sheriff'],
    [['a', 'b', 'c'], 'a, b and c'],
  ])('writes %j as "%s"', (items, expected) => {
    expect(listInWords(items)).toBe(expected);
  });

  it('separates names that hold commas with semicolons, two of them too ("County of Yolo and Probation" would read as one)', () => {
    expect(listInWords(['Superior Court of California, County of Yolo', 'Probation', 'Sheriff']))
      .toBe('Superior Court of California, County of Yolo; Probation; and Sheriff');
    // Of two, a comma closes the first, as in a sentence; a semicolon sets off a second that holds one.
    expect(listInWords(['Superior Court of California, County of Yolo', 'Probation']))
      .toBe('Superior Court of California, County of Yolo, and Probation');
    expect(listInWords(['law enforcement, for entry into NCIC', 'NCMEC'])).toBe('law enforcement, for entry into NCIC, and NCMEC');
    expect(listInWords(["the youth’s parents", "for an Indian child, the child’s Tribe"])).toBe("the youth’s parents; and for an Indian child, the child’s Tribe");
  });

  it('takes another conjunction', () => {
    expect(listInWords(['a', 'b'], 'or')).toBe('a or b');
  });
});

describe('plural', () => {
  it('counts a noun, adding "s" unless told the plural', () => {
    expect([0, 1, 2].map((n) => plural(n, 'open comment'))).toEqual(['0 open comments', '1 open comment', '2 open comments']);
    expect([1, 3].map((n) => plural(n, 'agency', 'agencies'))).toEqual(['1 agency', '3 agencies']);
  });
});

describe('lowerFirst', () => {
  it('lowers only the capital that starts the words, so that names and abbreviations keep theirs', () => {
    expect(lowerFirst('Writing the final MOU, the compliance report and the signature status sheet'))
      .toBe('writing the final MOU, the compliance report and the signature status sheet');
    expect(lowerFirst('Writing the Word file')).toBe('writing the Word file');
    expect(lowerFirst('PDF pages')).toBe('PDF pages');
    expect(lowerFirst('')).toBe('');
  });
});

describe('distinctNames', () => {
  it('changes only the names that occur more than once, telling each its place among them', () => {
    expect(distinctNames(['Training', 'Funding', 'Training', 'Training'], (name, i, n, count) => `${name} (${n} of ${count}, at ${i})`))
      .toEqual(['Training (1 of 3, at 0)', 'Funding', 'Training (2 of 3, at 2)', 'Training (3 of 3, at 3)']);
    expect(distinctNames([], () => 'x')).toEqual([]);
  });
});
