import { describe, expect, it } from 'vitest';
import { formatLongDate, momentInWords, savedWhenInWords } from '../../src/lib/dates';

describe('dates in words', () => {
  it('writes a date in the U.S. form county agreements use', () => {
    expect(formatLongDate('2026-01-01')).toBe('January 1, 2026');
    expect(formatLongDate('2018-12-31')).toBe('December 31, 2018');
    expect(formatLongDate('0026-07-04')).toBe('July 4, 0026');
  });

  it('writes a moment with the time, and leaves a value that is not one as it is', () => {
    expect(momentInWords('2026-11-20T17:30:00Z')).toMatch(/^November 2[01], 2026, \d{1,2}:30 [AP]M$/);
    expect(momentInWords('2026-11-20T17:30:07Z', true)).toMatch(/^November 2[01], 2026, \d{1,2}:30:07 [AP]M$/);
    expect(momentInWords('not a date')).toBe('not a date');
  });

  it('says when a file was saved by its time today, and with its day another day', () => {
    const at = new Date(2026, 11, 5, 15, 4);
    expect(savedWhenInWords(at, new Date(2026, 11, 5, 23, 59))).toBe('at 3:04 PM');
    expect(savedWhenInWords(at, new Date(2026, 11, 7, 9, 0))).toBe('on December 5, 2026, at 3:04 PM');
  });
});
