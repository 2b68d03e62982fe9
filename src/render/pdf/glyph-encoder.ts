import type { TrueTypeFont } from '../font/truetype';
import { codeBytes, MAX_GLYPHS } from './code-maps';

/**
 * Encodes characters of one face as glyph codes (code-maps.ts), adding each glyph to the face's
 * subset the first time it is met. Each character is set with its own glyph: no ligature or
 * contextual form, so the drawn widths are the measured ones (metrics.ts).
 */
export class GlyphEncoder {
  /** Codes by code point below TABLE_SIZE (Latin, punctuation), read directly by TextSetter.encode for every character set. */
  readonly table: (string | undefined)[] = new Array<string | undefined>(TABLE_SIZE);
  private readonly codes = new Map<number, string>();
  /** The face's glyphs in the subset's order; glyph 0, .notdef, is always the first. */
  readonly subsetGlyphs: number[] = [0];
  private readonly subsetIds = new Map<number, number>([[0, 0]]);
  /** Each glyph added, with the code point it was added for: [subset glyph id, code point]. */
  readonly glyphs: [number, number][] = [];

  constructor(readonly font: TrueTypeFont) {}

  /** The code of `codePoint`'s glyph in the subset, escaped for a literal string. */
  code(codePoint: number): string {
    return (codePoint < TABLE_SIZE ? this.table[codePoint] : this.codes.get(codePoint)) ?? this.add(codePoint);
  }

  private add(codePoint: number): string {
    const glyph = this.font.glyphId(codePoint);
    let subsetId = this.subsetIds.get(glyph);
    if (subsetId === undefined) {
      subsetId = this.subsetGlyphs.length;
      if (subsetId >= MAX_GLYPHS) throw new RangeError(`renderPdf: the text uses more than ${MAX_GLYPHS - 1} glyphs of one face.`);
      this.subsetGlyphs.push(glyph);
      this.subsetIds.set(glyph, subsetId);
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
