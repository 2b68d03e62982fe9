import type { TrueTypeFont } from '../font/truetype';
import { encodingCMap, ENCODING_NAME, toUnicodeCMap } from './code-maps';
import { num } from './content';
import type { ContentWriter } from './content';
import type { Face } from './faces';
import { FACES } from './faces';
import { EMPTY_GLYPH, subsetForPdf } from './font-subset';
import { GlyphEncoder } from './glyph-encoder';
import type { PdfWriter } from './writer';
import { name, ref } from './writer';

/** Each face's name in the pages' font resources: short, as it is written before every run of text. */
export const FONT_RESOURCE: Record<Face, string> = { regular: 'F1', bold: 'F2', italic: 'F3', boldItalic: 'F4' };

const CID_SYSTEM_INFO = '<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>';

/**
 * Sets text in the four faces and, once the pages are drawn, embeds each face's subset. Each
 * character is encoded once per face (glyph-encoder.ts) into compact one- or two-byte codes
 * (code-maps.ts), and the fonts' objects are numbered before the pages so that every page's
 * resources can point at them.
 */
export class TextSetter {
  private readonly encoders: Record<Face, GlyphEncoder>;
  /** The object number of each face's font dictionary. */
  readonly refs: Record<Face, number>;

  constructor(fonts: Record<Face, TrueTypeFont>, writer: PdfWriter) {
    this.encoders = Object.fromEntries(FACES.map((face) => [face, new GlyphEncoder(fonts[face])])) as Record<Face, GlyphEncoder>;
    this.refs = Object.fromEntries(FACES.map((face) => [face, writer.reserve()])) as Record<Face, number>;
  }

  /** Writes `text` in `face` into an open literal string (ContentWriter.openString). */
  encode(text: string, face: Face, out: ContentWriter): void {
    out.glyphCodes(text, this.encoders[face]);
  }

  /**
   * Writes each face as a Type 0 font (ISO 32000-1 §9.7) over a TrueType CIDFont holding the
   * subset, its glyph widths and descriptor, with the compact codes' encoding (one CMap for the
   * four faces) and a ToUnicode map for copying and searching. A subset's name starts with a
   * six-letter tag (§9.6.4); fixed tags keep the bytes reproducible.
   */
  writeFonts(writer: PdfWriter): void {
    const maxCid = Math.max(0, ...FACES.map((face) => this.encoders[face].subsetGlyphs.length - 1));
    const encoding = writer.stream(`/Type/CMap/CMapName${name(ENCODING_NAME)}/CIDSystemInfo${CID_SYSTEM_INFO}`, encodingCMap(maxCid));
    FACES.forEach((face, i) => {
      const encoder = this.encoders[face];
      const { font } = encoder;
      const baseFont = name(`CSECM${'ABCD'[i]}+${font.postscriptName}`);
      const scale = 1000 / font.unitsPerEm;
      const program = subsetForPdf(font, encoder.subsetGlyphs);
      const file = writer.stream(`/Length1 ${program.length}`, program);
      const [minX, minY, maxX, maxY] = font.bbox.map((n) => num(n * scale));
      const descriptor = writer.add(`<</Type/FontDescriptor/FontName${baseFont}/Flags ${fontFlags(font)}`
        + `/FontBBox[${minX} ${minY} ${maxX} ${maxY}]/ItalicAngle ${num(font.italicAngle)}`
        + `/Ascent ${num(font.ascent * scale)}/Descent ${num(font.descent * scale)}`
        + `/CapHeight ${num((font.capHeight || font.ascent) * scale)}/XHeight ${num(font.xHeight * scale)}/StemV 0/FontFile2 ${ref(file)}>>`);
      // The CIDs are 1 to n, their widths one run; a slot no text uses is as wide as nothing.
      const widths = encoder.subsetGlyphs.slice(1).map((glyph) => (glyph === EMPTY_GLYPH ? '0' : num(font.advance(glyph) * scale))).join(' ');
      const cidFont = writer.add(`<</Type/Font/Subtype/CIDFontType2/BaseFont${baseFont}/CIDSystemInfo${CID_SYSTEM_INFO}`
        + `/FontDescriptor ${ref(descriptor)}/CIDToGIDMap/Identity${widths ? `/W[1[${widths}]]` : ''}>>`);
      const toUnicode = writer.stream('', toUnicodeCMap(encoder.glyphs));
      writer.set(this.refs[face], `<</Type/Font/Subtype/Type0/BaseFont${baseFont}/Encoding ${ref(encoding)}`
        + `/DescendantFonts[${ref(cidFont)}]/ToUnicode ${ref(toUnicode)}>>`);
    });
  }
}

/** The font descriptor's flags (§9.8.2): fixed pitch, serif, symbolic (its glyphs are not the standard Latin set's), script, italic. */
function fontFlags(font: TrueTypeFont): number {
  const familyClass = font.familyClass >> 8; // the class; the low byte is the subclass
  let flags = 1 << 2; // symbolic
  if (font.fixedPitch) flags |= 1 << 0;
  if (familyClass >= 1 && familyClass <= 7) flags |= 1 << 1;
  if (familyClass === 10) flags |= 1 << 3;
  if (font.italic) flags |= 1 << 6;
  return flags;
}
