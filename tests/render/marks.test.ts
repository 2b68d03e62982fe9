import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import type { Face } from '../../src/render/pdf/faces';
import { MarkAnchors } from '../../src/render/font/mark-anchors';
import { TrueTypeFont } from '../../src/render/font/truetype';
import { GlyphEncoder } from '../../src/render/pdf/glyph-encoder';
import { testFonts } from '../support/fonts';

interface Shaper {
  unitsPerEm: number;
  layout(text: string): { glyphs: Array<{ id: number }>; positions: Array<{ xOffset: number; yOffset: number }> };
}

// Combining marks that no precomposed letter holds ("n̈", "X̱", "k̓") are set on their letter.
// fontkit, a general font engine, places them by the font's anchors (GPOS), as LibreOffice and
// browsers do: the reference ours must meet.
describe('a combining mark in the PDF', () => {
  const faces = async (face: Face, withoutAnchors = false) => {
    const bytes = (await testFonts())[face];
    const font = new TrueTypeFont(bytes);
    // A font without anchors for its marks, as some are: the writer places them on its own.
    if (withoutAnchors) font.tables.delete('GPOS');
    return { font, encoder: new GlyphEncoder(font), shaper: fontkit.create(bytes) as unknown as Shaper };
  };

  /** Each mark's move after its letter: ours, and the font engine's (thousandths of an em), and whether both use the same glyphs. */
  const moves = async (face: Face, text: string, withoutAnchors = false) => {
    const { font, encoder, shaper } = await faces(face, withoutAnchors);
    const codePoints = [...text].map((c) => c.codePointAt(0)!);
    const [letter, ...marks] = codePoints;
    // An i or j under a mark above is drawn dotless, and its marks go on the dotless letter.
    const base = encoder.dotless(letter!, String.fromCodePoint(...marks))?.base ?? letter!;
    const ours = marks.map((mark, i) => encoder.placeMark(base, mark, i === 0) ?? { dx: 0, rise: 0 });
    const run = shaper.layout(text);
    const scale = 1000 / shaper.unitsPerEm;
    const theirs = run.positions.slice(1).map((p) => ({ dx: Math.round(p.xOffset * scale), rise: Math.round(p.yOffset * scale) }));
    const sameGlyphs = run.glyphs.map((g) => g.id).join() === [base, ...marks].map((c) => font.glyphId(c)).join();
    return { ours, theirs, sameGlyphs };
  };

  const FACES = ['regular', 'bold', 'italic', 'boldItalic'] as const;
  // Over and under round letters, stems, capitals and descenders; at an edge (ogonek, cedilla);
  // across two letters (a tie); and stacked, with and without the font's anchors between marks.
  const TEXTS = [
    'n\u0308', 'm\u0313', 'k\u0313', 'M\u0313', 'h\u0301', 'x\u0301', 'X\u0331', 'p\u0331', 'o\u0328', 'n\u0327', 't\u0361',
    'n\u0308\u0304', 'k\u0313\u0304', 'O\u0323\u0300', 'q\u0300\u0301\u0302\u0303',
    // An i or j loses its dot under a mark above, not under one below; a dot typed as a mark stays.
    'i\u0313', 'j\u0308', 'i\u0308\u0304', 'i\u0307\u0301', 'i\u0331', 'j\u0323',
  ];

  it.each(FACES)('goes where the %s face’s own anchors put it', async (face) => {
    for (const text of TEXTS) {
      const { ours, theirs, sameGlyphs } = await moves(face, text);
      // The engine substitutes no glyph here but the dotless i and j, which ours does too, so the two are comparable.
      expect(sameGlyphs, text).toBe(true);
      expect(ours, text).toEqual(theirs);
    }
  });

  it.each(FACES)('comes within a twentieth of an em of them in the %s face, where a font has no anchors', async (face) => {
    // Letters whose ink is centred on their body; on a stem (h, k, p), the font's anchor is over
    // the stem, which a centred mark misses by up to a seventh of an em.
    for (const text of ['n\u0308', 'm\u0313', 'M\u0313', 'X\u0331', 'a\u0301', 'n\u0308\u0304', 'O\u0323\u0300']) {
      const [{ ours }, { theirs }] = [await moves(face, text, true), await moves(face, text)];
      ours.forEach((move, i) => {
        expect(Math.abs(move.dx - theirs[i]!.dx), `${text}: across`).toBeLessThanOrEqual(50);
        expect(Math.abs(move.rise - theirs[i]!.rise), `${text}: up`).toBeLessThanOrEqual(50);
      });
    }
  });

  it('without anchors, clears a tall letter and stacks over the mark before it', async () => {
    const { ours } = await moves('regular', 'k\u0313\u0304', true);
    expect(ours[0]!.rise).toBeGreaterThan(300);
    expect(ours[1]!.rise).toBeGreaterThan(ours[0]!.rise + 100);
    const { ours: under } = await moves('regular', 'p\u0331', true);
    expect(under[0]!.rise).toBeLessThan(-200);
    const { encoder } = await faces('regular', true);
    // Marks that belong at an edge, or span two letters, stay where the font draws them; so does
    // a round letter's mark, which its overshoot of the x-height does not lift.
    for (const mark of [0x328, 0x327, 0x361]) expect(encoder.placeMark(0x6f, mark, true)).toBeNull();
    expect(encoder.placeMark(0x6f, 0x308, true)?.rise ?? 0).toBe(0);
  });

  it('is drawn as it is after a space, or when it is no mark of no width', async () => {
    const { encoder } = await faces('regular');
    expect(encoder.placeMark(0x20, 0x308, true)).toBeNull();
    expect(encoder.placeMark(0x6e, 0x6f, true)).toBeNull();
  });

  it('reads a mark-positioning table cut short or pointing outside itself as holding no anchors', async () => {
    const font = new TrueTypeFont((await testFonts()).regular);
    const gpos = font.tables.get('GPOS')!;
    const n = font.glyphId(0x6e);
    const diaeresis = font.glyphId(0x308);
    expect(new MarkAnchors(gpos).onBase(n, diaeresis)).toEqual({ x: 344, y: 0 });
    for (const bytes of [gpos.slice(0, 20), gpos.slice(0, gpos.length / 2), new Uint8Array(64).fill(0xff), undefined]) {
      const anchors = new MarkAnchors(bytes);
      expect(anchors.onBase(n, diaeresis)).toBeNull();
      expect(anchors.onMark(diaeresis, diaeresis)).toBeNull();
    }
  });
});
