import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { FACES } from '../../src/render/pdf/faces';
import { TrueTypeFont } from '../../src/render/font/truetype';
import { pathCommands } from '../../src/render/pdf/glyph-outline';
import { testFonts } from '../support/fonts';

/** fontkit's path commands, which its type declarations leave out. */
interface PathCommand { command: string; args: number[] }

// fontkit, a general font engine, is the reference: our reader must read the same numbers from each face.
describe('the TrueType reader', () => {
  it.each(FACES)('reads the %s face as fontkit does: names, metrics, every character’s glyph and advance', async (face) => {
    const bytes = (await testFonts())[face];
    const ours = new TrueTypeFont(bytes);
    const theirs = fontkit.create(bytes);
    expect(ours.postscriptName).toBe(theirs.postscriptName);
    expect(ours.familyName).toBe(theirs.familyName);
    expect([ours.unitsPerEm, ours.ascent, ours.descent, ours.numGlyphs]).toEqual([theirs.unitsPerEm, theirs.ascent, theirs.descent, theirs.numGlyphs]);
    expect([ours.capHeight, ours.xHeight, ours.italicAngle]).toEqual([theirs.capHeight, theirs.xHeight, theirs.italicAngle]);
    expect(ours.bbox).toEqual([theirs.bbox.minX, theirs.bbox.minY, theirs.bbox.maxX, theirs.bbox.maxY]);
    const font = theirs as unknown as { head: { macStyle: { italic: boolean } }; post: { isFixedPitch: number }; 'OS/2': { sFamilyClass: number } };
    expect(ours.italic).toBe(font.head.macStyle.italic);
    expect(ours.fixedPitch).toBe(font.post.isFixedPitch !== 0);
    expect(ours.familyClass).toBe(font['OS/2'].sFamilyClass);

    const characters = theirs.characterSet.filter((code) => theirs.glyphForCodePoint(code).id !== 0);
    expect(characters.length).toBeGreaterThan(2000);
    expect(ours.characterSet()).toEqual([...characters].sort((a, b) => a - b));
    for (const code of characters) {
      const glyph = theirs.glyphForCodePoint(code);
      expect(ours.glyphId(code), String(code)).toBe(glyph.id);
      expect(ours.advance(glyph.id), String(code)).toBe(glyph.advanceWidth);
    }
    // Characters the face lacks, in and beyond the Basic Multilingual Plane.
    for (const code of [0x4e00, 0xfffd + 1, 0x1f600, 0x10ffff]) {
      expect(ours.hasGlyph(code)).toBe(theirs.hasGlyphForCodePoint(code));
    }
  });

  it('reads outlines as fontkit does, composite glyphs (accented letters) included', async () => {
    const bytes = (await testFonts()).bold;
    const ours = new TrueTypeFont(bytes);
    const theirs = fontkit.create(bytes);
    for (const char of 'DRAFT éÅŒ&ß8') {
      const glyph = theirs.glyphForCodePoint(char.codePointAt(0)!);
      const expected = (glyph.path as unknown as { commands: PathCommand[] }).commands.map(({ command, args }) => ({ command, args }));
      expect(pathCommands(ours.contours(glyph.id)), char).toEqual(expected);
    }
  });

  it('refuses what is not a font with a plain message', () => {
    expect(() => new TrueTypeFont(new Uint8Array(8))).toThrow(/too short to be a TrueType font/);
    const directory = new Uint8Array(28);
    new DataView(directory.buffer).setUint16(4, 1);
    directory.set([0x68, 0x65, 0x61, 0x64], 12);
    new DataView(directory.buffer).setUint32(20, 1000);
    expect(() => new TrueTypeFont(directory)).toThrow(/head table lies outside the file/);
  });
});
