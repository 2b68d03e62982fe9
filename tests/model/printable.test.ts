import { describe, expect, it } from 'vitest';
import { printable, printableDraft } from '../../src/model';
import { completeDraft, withChange } from '../support/drafts';

describe('text as the documents print it', () => {
  it('leaves plain text as it is, the same string', () => {
    const text = 'Yolo County Probation Department\nSecond line\twith a tab';
    expect(printable(text)).toBe(text);
  });

  it('composes a letter and its accent, and makes every kind of line end a newline', () => {
    expect(printable('Salud Pu\u0301blica')).toBe('Salud Pública');
    expect(printable('Alpha\u2028Beta\u2029Gamma\u0085Delta\r\nEpsilon\rZeta')).toBe('Alpha\nBeta\n\nGamma\nDelta\nEpsilon\nZeta');
  });

  it('drops control characters (a space between words), and empties text with nothing visible in it', () => {
    expect(printable('Probation\u0001 Department\u0007')).toBe('Probation Department');
    // Between two words, one stood for a gap; a vertical tab is Word's line break.
    expect(printable('Probation\u0007Department')).toBe('Probation Department');
    expect(printable('First line\u000bSecond line\u000cThird')).toBe('First line\nSecond line\nThird');
    for (const blank of ['\u200b', '\u2060\u00ad', ' \u00a0\u3000', '\u0007\u0001', '\ufe0f', '\u200e\u200f\u202a']) expect(printable(blank)).toBe('');
    // A format character inside visible text stays: the Word file keeps a Persian zero-width non-joiner.
    expect(printable('می\u200cخواهم')).toBe('می\u200cخواهم');
  });

  it('gives the same draft back when nothing needed it, and shares the parts that did not change', () => {
    const plain = completeDraft();
    expect(printableDraft(plain)).toBe(plain);
    const odd = withChange(completeDraft(), (d) => { d.agencies[1]!.name = '\u200b'; });
    const printed = printableDraft(odd);
    expect(printed).not.toBe(odd);
    expect(printed.agencies[1]!.name).toBe('');
    expect(printed.agencies[0]).toBe(odd.agencies[0]);
    expect(printed.sections).toBe(odd.sections);
    expect(odd.agencies[1]!.name).toBe('\u200b');
  });
});
