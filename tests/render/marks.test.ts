import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { TrueTypeFont } from '../../src/render/font/truetype';
import { GlyphEncoder } from '../../src/render/pdf/glyph-encoder';
import { testFonts } from '../support/fonts';

interface Box { minX: number; maxX: number; minY: number; maxY: number }
interface Glyph { advanceWidth: number; bbox: Box }

// Combining marks that no precomposed letter holds ("n̈", "X̱", "k̓") are set over their base:
// fontkit, a general font engine, gives the glyphs' ink boxes the placement is checked against.
describe('a combining mark in the PDF', () => {
  const faces = async () => {
    const bytes = (await testFonts()).bold;
    const theirs = fontkit.create(bytes) as unknown as { unitsPerEm: number; xHeight: number; glyphForCodePoint(c: number): Glyph };
    return { encoder: new GlyphEncoder(new TrueTypeFont(bytes)), theirs };
  };

  it.each([['n', 0x308], ['X', 0x331], ['W', 0x331], ['m', 0x313], ['a', 0x301]])('is centred on the ink of %s', async (letter, mark) => {
    const { encoder, theirs } = await faces();
    const base = theirs.glyphForCodePoint(letter.codePointAt(0)!);
    const glyph = theirs.glyphForCodePoint(mark);
    const placement = encoder.placeMark(letter.codePointAt(0)!, mark)!;
    // From the base's origin: the mark is drawn at the base's end, moved by dx (thousandths of an em).
    const dx = (placement.dx * theirs.unitsPerEm) / 1000;
    const markCentre = base.advanceWidth + dx + (glyph.bbox.minX + glyph.bbox.maxX) / 2;
    expect(Math.abs(markCentre - (base.bbox.minX + base.bbox.maxX) / 2)).toBeLessThanOrEqual(1);
    // Drawn as the font has it, the diaeresis would straddle the base's right edge.
    if (mark === 0x308) expect(glyph.bbox.minX).toBeLessThan(0);
  });

  it('is raised over a letter taller than the x-height, and lowered under a descender, not moved for a round letter', async () => {
    const { encoder, theirs } = await faces();
    const rise = (letter: string, mark: number) => encoder.placeMark(letter.codePointAt(0)!, mark)?.rise ?? 0;
    const k = theirs.glyphForCodePoint(0x6b);
    expect(rise('k', 0x313)).toBe(Math.round(((k.bbox.maxY - theirs.xHeight) * 1000) / theirs.unitsPerEm));
    expect(rise('M', 0x308)).toBeGreaterThan(100);
    expect(rise('o', 0x308)).toBe(0);
    expect(rise('p', 0x331)).toBeLessThan(-100);
    expect(rise('n', 0x331)).toBe(0);
  });

  it('is drawn as the font has it where it belongs at an edge (ogonek, cedilla), after a space, or with no base', async () => {
    const { encoder } = await faces();
    expect(encoder.placeMark(0x6f, 0x328)).toBeNull();
    expect(encoder.placeMark(0x6e, 0x327)).toBeNull();
    expect(encoder.placeMark(0x20, 0x308)).toBeNull();
    expect(encoder.placeMark(0x6e, 0x6f)).toBeNull();
  });
});
