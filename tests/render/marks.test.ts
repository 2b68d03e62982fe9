import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import type { Face } from '../../src/render/pdf/faces';
import { TrueTypeFont } from '../../src/render/font/truetype';
import { GlyphEncoder } from '../../src/render/pdf/glyph-encoder';
import { testFonts } from '../support/fonts';

interface Position { xOffset: number; yOffset: number }
interface Shaper { unitsPerEm: number; layout(text: string): { positions: Position[] } }

// Combining marks that no precomposed letter holds ("n̈", "X̱", "m̓") are set over their letter.
// fontkit, a general font engine, places them by the font's own mark positioning (GPOS), as
// LibreOffice and browsers do: that is the reference ours must come near.
describe('a combining mark in the PDF', () => {
  const faces = async (face: Face) => {
    const bytes = (await testFonts())[face];
    return { encoder: new GlyphEncoder(new TrueTypeFont(bytes)), shaper: fontkit.create(bytes) as unknown as Shaper };
  };

  /** Each mark's move after its letter: ours, and the font's (thousandths of an em). */
  const moves = async (face: Face, text: string) => {
    const { encoder, shaper } = await faces(face);
    const [base, ...marks] = [...text].map((c) => c.codePointAt(0)!);
    const ours = marks.map((mark, i) => encoder.placeMark(base!, mark, i === 0) ?? { dx: 0, rise: 0 });
    const scale = 1000 / shaper.unitsPerEm;
    const theirs = shaper.layout(text).positions.slice(1).map((p) => ({ dx: p.xOffset * scale, rise: p.yOffset * scale }));
    return { ours, theirs };
  };

  // Letters whose ink is centred on their body; on a stem (h, k, p), the font's anchor is over
  // the stem, which a centred mark misses by up to a seventh of an em.
  const CASES = [
    ['n\u0308', 'a diaeresis on n'], ['m\u0313', 'a comma above on m, which starts below the x-height'], ['M\u0313', 'a comma above on a capital'],
    ['X\u0331', 'a macron below'], ['a\u0301', 'an acute on a'], ['n\u0308\u0304', 'a macron over a diaeresis'], ['O\u0323\u0300', 'a dot below and a grave'],
  ] as const;

  it.each(['regular', 'bold', 'italic', 'boldItalic'] as const)('comes within a twentieth of an em of where the %s face puts it', async (face) => {
    for (const [text, what] of CASES) {
      const { ours, theirs } = await moves(face, text);
      ours.forEach((move, i) => {
        expect(Math.abs(move.dx - theirs[i]!.dx), `${what}: across`).toBeLessThanOrEqual(50);
        expect(Math.abs(move.rise - theirs[i]!.rise), `${what}: up`).toBeLessThanOrEqual(50);
      });
    }
  });

  it('clears a tall letter and stacks over the mark before it, never drawn into what is under it', async () => {
    const { ours, theirs } = await moves('regular', 'k\u0313\u0304');
    // Raised over the ascender, then the macron over the comma: as the font would within 5%.
    expect(ours[0]!.rise).toBeGreaterThan(300);
    expect(ours[1]!.rise).toBeGreaterThan(ours[0]!.rise + 100);
    ours.forEach((move, i) => expect(Math.abs(move.rise - theirs[i]!.rise)).toBeLessThanOrEqual(50));
    const { ours: under } = await moves('regular', 'p\u0331');
    expect(under[0]!.rise).toBeLessThan(-200);
  });

  it('is drawn as the font has it where it belongs at an edge, spans two letters, follows a space or has no width', async () => {
    const { encoder } = await faces('regular');
    expect(encoder.placeMark(0x6f, 0x328, true)).toBeNull(); // ogonek
    expect(encoder.placeMark(0x6e, 0x327, true)).toBeNull(); // cedilla
    expect(encoder.placeMark(0x74, 0x361, true)).toBeNull(); // the tie of "t͡s"
    expect(encoder.placeMark(0x20, 0x308, true)).toBeNull();
    expect(encoder.placeMark(0x6e, 0x6f, true)).toBeNull();
    // A round letter's overshoot of the x-height lifts nothing.
    expect(encoder.placeMark(0x6f, 0x308, true)?.rise ?? 0).toBe(0);
  });
});
