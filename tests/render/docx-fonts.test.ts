import fontkit from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { subsetFace } from '../../src/render/docx/font-subset';
import { everyNodeDocument } from '../support/documents';
import { docxParts, part } from '../support/docx-xml';
import { testFonts } from '../support/fonts';
import { renderDocx } from '../../src/render/docx';
import { unzip } from '../support/zip';

const latin = (code: number) => code <= 0x17f;

describe('the copy of a face embedded in the Word file', () => {
  it('keeps the glyphs, numbers and widths of the characters it keeps, and maps nothing else', async () => {
    const original = fontkit.create((await testFonts()).regular);
    const copy = fontkit.create(subsetFace((await testFonts()).regular, latin));
    expect(copy.familyName).toBe(original.familyName);
    expect(copy.numGlyphs).toBe(original.numGlyphs);
    for (const char of 'Aa zé Ññ ŁŒ 1.') {
      const code = char.codePointAt(0)!;
      const [before, after] = [original.glyphForCodePoint(code), copy.glyphForCodePoint(code)];
      expect(after.id, char).toBe(before.id);
      expect(after.advanceWidth, char).toBe(before.advanceWidth);
      expect(after.path.toSVG(), char).toBe(before.path.toSVG());
    }
    // Cyrillic and Greek letters are in Noto Serif but not in the copy: they fall back to another font.
    for (const char of 'ЖΩ') {
      expect(original.hasGlyphForCodePoint(char.codePointAt(0)!)).toBe(true);
      expect(copy.hasGlyphForCodePoint(char.codePointAt(0)!)).toBe(false);
    }
    // An accented letter drawn from other glyphs brings them along.
    expect(copy.glyphForCodePoint('é'.codePointAt(0)!).path.toSVG().length).toBeGreaterThan(0);
  });

  it('keeps, beyond the usual ranges, the letters the document itself prints, whatever comes before them', async () => {
    const fonts = await testFonts();
    const doc = everyNodeDocument();
    // A name in Cyrillic and Greek after a character beyond the Basic Multilingual Plane, which
    // the text is read past as one code point (two UTF-16 units).
    doc.blocks.push({ type: 'paragraph', style: 'body', content: [{ type: 'text', text: 'Liaison: \u{1D49C} Жанна Ωμέγα' }] });
    const files = new Map(unzip(await renderDocx(doc, fonts)).map((entry) => [entry.path, entry.bytes]));
    const table = new TextDecoder().decode(files.get('word/fontTable.xml'));
    const rels = new TextDecoder().decode(files.get('word/_rels/fontTable.xml.rels'));
    const [, id, key] = /<w:embedRegular r:id="(rId\d)" w:fontKey="\{([0-9A-F-]{36})\}"\/>/.exec(table)!;
    const target = new RegExp(`Id="${id}" Type="[^"]+/font" Target="([^"]+)"`).exec(rels)![1]!;
    const face = files.get(`word/${target}`)!.slice();
    const bytes = key!.replace(/-/g, '').match(/../g)!.map((h) => parseInt(h, 16)).reverse();
    for (let i = 0; i < 32; i++) face[i]! ^= bytes[i % 16]!;
    const copy = fontkit.create(face);
    for (const char of 'ЖаннаΩμέγ') expect(copy.hasGlyphForCodePoint(char.codePointAt(0)!), char).toBe(true);
    // Letters of the same scripts that the document does not print are left out.
    for (const char of 'ЩΨ') expect(copy.hasGlyphForCodePoint(char.codePointAt(0)!), char).toBe(false);
  });

  it('is the same copy for documents that differ only in Latin letters, as an MOU and its report do', async () => {
    const fonts = await testFonts();
    const fontParts = async (name: string) => {
      const doc = everyNodeDocument();
      doc.blocks.push({ type: 'paragraph', style: 'body', content: [{ type: 'text', text: `Liaison: ${name}` }] });
      return unzip(await renderDocx(doc, fonts)).filter((entry) => entry.path.startsWith('word/fonts/')).map((entry) => [entry.path, entry.bytes]);
    };
    // Vietnamese, Polish and Latin Extended-B letters, and an accent typed apart from its letter.
    const withNames = await fontParts('Nguyễn Thị Hoa, Łucja Wróbel, Ǆemal, Jose\u0301');
    expect(withNames).toHaveLength(4);
    expect(withNames).toEqual(await fontParts('Maria Lopez'));
  });

  it('is a fraction of the face, with the checksums a font reader checks', async () => {
    const face = (await testFonts()).bold;
    const copy = subsetFace(face, latin);
    expect(copy.length).toBeLessThan(face.length / 3);
    const view = new DataView(copy.buffer, copy.byteOffset, copy.byteLength);
    let sum = 0;
    for (let i = 0; i < copy.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
    // The whole file sums to the magic number once head's checksum adjustment is in (OpenType, "head").
    expect(sum).toBe(0xb1b0afba);
  });

  it('is embedded under the name the styles use, in all four faces, each hidden with the key the font table gives', async () => {
    const fonts = await testFonts();
    const parts = await docxParts(everyNodeDocument());
    const table = part(parts, 'word/fontTable.xml');
    expect(table).toMatch(/<w:font w:name="Noto Serif">/);
    expect(part(parts, 'word/styles.xml')).toMatch(/<w:rFonts w:ascii="Noto Serif"/);
    expect(part(parts, 'word/settings.xml')).toContain('<w:embedTrueTypeFonts/>');
    const keys = [...table.matchAll(/<w:(embed\w+) r:id="(rId\d)" w:fontKey="\{([0-9A-F-]{36})\}"\/>/g)];
    expect(keys.map((k) => k[1])).toEqual(['embedRegular', 'embedBold', 'embedItalic', 'embedBoldItalic']);
    const rels = part(parts, 'word/_rels/fontTable.xml.rels');
    const files = new Map(unzip(await renderDocx(everyNodeDocument(), fonts)).map((entry) => [entry.path, entry.bytes]));
    for (const [, , id, key] of keys) {
      const target = new RegExp(`Id="${id}" Type="[^"]+/font" Target="([^"]+)"`).exec(rels)![1]!;
      const hidden = files.get(`word/${target}`)!;
      // Undoing the obfuscation (ECMA-376 §17.8.1) gives a font fontkit reads.
      const bytes = key!.replace(/-/g, '').match(/../g)!.map((h) => parseInt(h, 16)).reverse();
      const face = hidden.slice();
      for (let i = 0; i < 32; i++) face[i]! ^= bytes[i % 16]!;
      expect(fontkit.create(face).familyName).toBe('Noto Serif');
    }
  });
});
