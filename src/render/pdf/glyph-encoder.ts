import type { Font } from '@pdf-lib/fontkit';
import type { PDFFont } from 'pdf-lib';
import { CustomFontSubsetEmbedder } from 'pdf-lib';
import { codeBytes, MAX_GLYPHS } from './code-maps';

/** What pdf-lib reads of a glyph when it writes the subset's widths (/W) and its ToUnicode map. */
interface SubsetGlyph { id: number; advanceWidth: number; codePoints: number[] }

/**
 * The fields of pdf-lib 1.17.1's CustomFontSubsetEmbedder that its `encodeText` writes (see
 * node_modules/pdf-lib/cjs/core/embedders/CustomFontSubsetEmbedder.js). They are private API:
 * package.json pins pdf-lib to that exact version, and `subsetEmbedder` fails loudly if the
 * embedder is not the class this was written against.
 */
interface SubsetEmbedderFields {
  font: Font;
  subset: { includeGlyph(glyphId: number): number };
  /** Indexed by subset glyph id - 1 (id 0 is .notdef). */
  glyphs: SubsetGlyph[];
  /** Font glyph id → subset glyph id. */
  glyphIdMap: Map<number, number>;
  /** Memoises `glyphs` sorted for the widths; stale once a glyph is added. */
  glyphCache: { invalidate(): void };
}

function subsetEmbedder(font: PDFFont): SubsetEmbedderFields {
  const { embedder } = font as unknown as { embedder: unknown };
  if (!(embedder instanceof CustomFontSubsetEmbedder)) {
    throw new TypeError('renderPdf: expected a subset-embedded font (pdf.embedFont(bytes, { subset: true })) from pdf-lib 1.17.1.');
  }
  return embedder as unknown as SubsetEmbedderFields;
}

/**
 * Encodes characters of one embedded face as glyph codes (code-maps.ts), adding each glyph to the
 * subset the first time it is met. pdf-lib's `encodeText` does the same but finds the
 * glyphs with fontkit's `layout()`, the whole GSUB/GPOS shaping engine: for one character at a
 * time that is only ever the character's own glyph (no ligature or contextual form can apply),
 * so `glyphForCodePoint` gives the same glyph at a fraction of the cost. The widths pdf-lib writes
 * come out the same as through `encodeText`; the ToUnicode map is code-maps.ts's, from `glyphs`.
 *
 * The glyph is recorded as a plain object with the code point that asked for it, not fontkit's
 * cached Glyph: the parsed font is shared between documents (parsed-fonts.ts), and a cached
 * glyph's `codePoints` is whichever character first asked for it in any of them.
 */
export class GlyphEncoder {
  private readonly embedder: SubsetEmbedderFields;
  /** Codes by code point: an array for Latin and punctuation, as this is asked for every character set. */
  private readonly table: (string | undefined)[] = new Array<string | undefined>(TABLE_SIZE);
  private readonly codes = new Map<number, string>();
  /** Each glyph added, with the code point it was added for: [subset glyph id, code point]. */
  readonly glyphs: [number, number][] = [];

  constructor(font: PDFFont) {
    this.embedder = subsetEmbedder(font);
  }

  /** The code of `codePoint`'s glyph in the subset, escaped for a literal string. */
  code(codePoint: number): string {
    return (codePoint < TABLE_SIZE ? this.table[codePoint] : this.codes.get(codePoint)) ?? this.add(codePoint);
  }

  private add(codePoint: number): string {
    const { font, subset, glyphs, glyphIdMap, glyphCache } = this.embedder;
    const glyph = font.glyphForCodePoint(codePoint);
    const subsetId = subset.includeGlyph(glyph.id);
    if (subsetId >= MAX_GLYPHS) throw new RangeError(`renderPdf: the text uses more than ${MAX_GLYPHS - 1} glyphs of one face.`);
    if (!glyphIdMap.has(glyph.id)) {
      glyphs[subsetId - 1] = { id: glyph.id, advanceWidth: glyph.advanceWidth, codePoints: [codePoint] };
      glyphIdMap.set(glyph.id, subsetId);
      glyphCache.invalidate();
      this.glyphs.push([subsetId, codePoint]);
    }
    const code = codeBytes(subsetId).map(literalByte).join('');
    if (codePoint < TABLE_SIZE) this.table[codePoint] = code;
    else this.codes.set(codePoint, code);
    return code;
  }
}

const TABLE_SIZE = 0x3000;

/**
 * A byte inside a literal string: raw, as it takes half the room of hex (and half the time to
 * compress), except for the delimiters and backslash, and CR and LF, which a reader would turn
 * into a plain LF (ISO 32000-1 §7.3.4.2). Only the second byte of a two-byte code can be one of
 * these: the one-byte codes leave them out.
 */
function literalByte(byte: number): string {
  switch (byte) {
    case 0x0a: return '\\n';
    case 0x0d: return '\\r';
    case 0x28: case 0x29: case 0x5c: return `\\${String.fromCharCode(byte)}`;
    default: return String.fromCharCode(byte);
  }
}
