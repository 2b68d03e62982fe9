import fontkit from '@pdf-lib/fontkit';
import type { Font } from '@pdf-lib/fontkit';
import type { Face, PdfFonts } from './faces';
import { FACES } from './faces';

/** What layout needs to know about the fonts: widths and coverage. */
export interface Metrics {
  /** Width in points of `text` set in `face` at `size`. */
  width(text: string, face: Face, size: number): number;
  /** Whether `face` has a glyph for the code point. */
  has(codePoint: number, face: Face): boolean;
  /** The outlines of `text` as an SVG path, y pointing down, in thousandths of an em from the start of its baseline. */
  outline(text: string, face: Face): string;
  /** The font's PostScript name, for naming the embedded subset. */
  postscriptName(face: Face): string;
  /** Height above and below the baseline, as fractions of the size (the same for every face). */
  ascent: number;
  descent: number;
}

/**
 * Measuring through fontkit's `layout()` runs the whole shaping engine per call and was the hot
 * spot of the writer (most of the time of a 40-page document). Every width the writer needs is a
 * sum of advance widths, because pdf-lib positions glyphs by their advances alone (no kerning),
 * so each face keeps a cache of advance widths per code point.
 */
class FaceMetrics {
  private readonly advances = new Map<number, number>();
  private readonly coverage = new Map<number, boolean>();
  private readonly font: Font;

  constructor(bytes: Uint8Array) {
    this.font = fontkit.create(bytes);
  }

  get unitsPerEm(): number { return this.font.unitsPerEm; }
  get rawAscent(): number { return this.font.ascent; }
  get rawDescent(): number { return this.font.descent; }

  has(codePoint: number): boolean {
    let known = this.coverage.get(codePoint);
    if (known === undefined) {
      known = this.font.hasGlyphForCodePoint(codePoint);
      this.coverage.set(codePoint, known);
    }
    return known;
  }

  get postscriptName(): string { return this.font.postscriptName ?? 'Font'; }

  outline(text: string): string {
    const scale = 1000 / this.font.unitsPerEm;
    let x = 0;
    let path = '';
    for (const char of text) {
      const glyph = this.font.glyphForCodePoint(char.codePointAt(0) ?? 0);
      // fontkit's SVG is "M x y L x y Q ... Z" in font units with y up.
      path += glyph.path.toSVG().replace(/([MLQCZ])([^MLQCZ]*)/g, (_, command: string, args: string) => {
        const numbers = args.trim() === '' ? [] : args.trim().split(/[\s,]+/).map(Number);
        return command + numbers.map((n, i) => round(i % 2 === 0 ? x + n * scale : -n * scale)).join(' ');
      });
      x += glyph.advanceWidth * scale;
    }
    return path;
  }

  /** Width of `text` in thousandths of an em. */
  width(text: string): number {
    let total = 0;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
        code = text.codePointAt(i) ?? code;
        if (code > 0xffff) i++;
      }
      let advance = this.advances.get(code);
      if (advance === undefined) {
        advance = (this.font.glyphForCodePoint(code).advanceWidth * 1000) / this.font.unitsPerEm;
        this.advances.set(code, advance);
      }
      total += advance;
    }
    return total;
  }
}

/** Parses the four faces once; the result is cheap to call from the line breaker. */
export function createMetrics(fonts: PdfFonts): Metrics {
  const faces = Object.fromEntries(FACES.map((face) => [face, new FaceMetrics(fonts[face])])) as Record<Face, FaceMetrics>;
  const regular = faces.regular;
  return {
    width: (text, face, size) => (faces[face].width(text) * size) / 1000,
    has: (codePoint, face) => faces[face].has(codePoint),
    outline: (text, face) => faces[face].outline(text),
    postscriptName: (face) => faces[face].postscriptName,
    ascent: regular.rawAscent / regular.unitsPerEm,
    descent: Math.abs(regular.rawDescent) / regular.unitsPerEm,
  };
}

const round = (n: number) => Math.round(n * 100) / 100;
