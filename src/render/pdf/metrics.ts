import { parseFont } from '../font/parsed';
import type { TrueTypeFont } from '../font/truetype';
import type { Face, PdfFonts } from './faces';
import { FACES } from './faces';
import type { Outline } from './glyph-outline';
import { outline } from './glyph-outline';

/** One face's advance widths. */
export interface Advances {
  /**
   * The advances in font units of code points below its length, 0 where not yet measured
   * (`measure` fills them in; a glyph of no width is measured each time): read directly by the
   * JavaScript line breaker's scan. Whole numbers, so that a fresh process, which runs the scan
   * before the JIT has compiled it, adds them without making a heap number per character.
   */
  readonly units: Int32Array;
  readonly unitsPerEm: number;
  /** The advance of `codePoint` in font units, recorded in `units`. */
  measure(codePoint: number): number;
  /** The advance of `codePoint`'s glyph in thousandths of an em; `width` is the sum of these, times the size. */
  advance(codePoint: number): number;
}

/** What layout needs to know about the fonts: widths and coverage. */
export interface Metrics {
  /** Width in points of `text` set in `face` at `size`. */
  width(text: string, face: Face, size: number): number;
  /** The face's advances, for measuring while scanning text (the line breaker). */
  advances(face: Face): Advances;
  /** Whether `face` has a glyph for the code point. */
  has(codePoint: number, face: Face): boolean;
  /** The outlines of `text` as PDF path operators, in thousandths of an em from the start of its baseline, y up. */
  outline(text: string, face: Face): Outline;
  /** The font's PostScript name, for naming the embedded subset. */
  postscriptName(face: Face): string;
  /** Height above and below the baseline, as fractions of the size (the same for every face). */
  ascent: number;
  descent: number;
}

/**
 * Every width the writer needs is a sum of advance widths, because the PDF positions glyphs by
 * their advances alone (no kerning, no shaping), so each face keeps a cache of advance widths per
 * code point.
 */
class FaceMetrics implements Advances {
  /**
   * Advances of the code points below TABLE_SIZE (Latin, general punctuation), 0 until first
   * asked for (a glyph of no width is then kept in the Map below). Not filled with a marker: that
   * wrote every page of the four faces' 580 kB of tables, which a fresh process pays for a page
   * at a time, where a document touches a few.
   */
  private readonly table = new Float64Array(TABLE_SIZE);
  readonly units = new Int32Array(TABLE_SIZE);
  /** ...and of the others. */
  private readonly advances = new Map<number, number>();
  private readonly coverage = new Map<number, boolean>();
  private readonly outlines = new Map<string, Outline>();

  constructor(private readonly font: TrueTypeFont) {}

  get unitsPerEm(): number { return this.font.unitsPerEm; }

  measure(codePoint: number): number {
    const units = this.font.advance(this.font.glyphId(codePoint));
    if (codePoint < TABLE_SIZE) this.units[codePoint] = units;
    return units;
  }
  get rawAscent(): number { return this.font.ascent; }
  get rawDescent(): number { return this.font.descent; }

  has(codePoint: number): boolean {
    let known = this.coverage.get(codePoint);
    if (known === undefined) {
      known = this.font.hasGlyph(codePoint);
      this.coverage.set(codePoint, known);
    }
    return known;
  }

  get postscriptName(): string { return this.font.postscriptName; }

  /** Memoised: the DRAFT mark is the same outline in every draft. */
  outline(text: string): Outline {
    let found = this.outlines.get(text);
    if (!found) this.outlines.set(text, found = outline(this.font, text));
    return found;
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
      total += this.advance(code);
    }
    return total;
  }

  advance(code: number): number {
    const known = code < TABLE_SIZE ? this.table[code]! : 0;
    return known !== 0 ? known : this.measureThousandths(code);
  }

  private measureThousandths(code: number): number {
    let advance = this.advances.get(code);
    if (advance === undefined) {
      advance = (this.font.advance(this.font.glyphId(code)) * 1000) / this.font.unitsPerEm;
      if (code < TABLE_SIZE && advance !== 0) this.table[code] = advance;
      else this.advances.set(code, advance);
    }
    return advance;
  }
}

const TABLE_SIZE = 0x3000;

/** Each parsed font's metrics, kept as long as the font: what they cache depends on the font alone. */
const faceMetrics = new WeakMap<TrueTypeFont, FaceMetrics>();

function metricsOf(bytes: Uint8Array): FaceMetrics {
  const font = parseFont(bytes);
  let metrics = faceMetrics.get(font);
  if (!metrics) {
    metrics = new FaceMetrics(font);
    faceMetrics.set(font, metrics);
  }
  return metrics;
}

/**
 * The four faces' metrics. A class, not an object of arrow functions made anew for each
 * document: the line breaker asks for an advance for every character, and with the same methods
 * behind every document's metrics V8 can inline them into its loop.
 */
class DocumentMetrics implements Metrics {
  readonly ascent: number;
  readonly descent: number;

  constructor(private readonly faces: Record<Face, FaceMetrics>) {
    this.ascent = faces.regular.rawAscent / faces.regular.unitsPerEm;
    this.descent = Math.abs(faces.regular.rawDescent) / faces.regular.unitsPerEm;
  }

  width(text: string, face: Face, size: number): number { return (this.faces[face].width(text) * size) / 1000; }
  advances(face: Face): Advances { return this.faces[face]; }
  has(codePoint: number, face: Face): boolean { return this.faces[face].has(codePoint); }
  outline(text: string, face: Face): Outline { return this.faces[face].outline(text); }
  postscriptName(face: Face): string { return this.faces[face].postscriptName; }
}

/** Parses the four faces once; the result is cheap to call from the line breaker. */
export function createMetrics(fonts: PdfFonts): Metrics {
  return new DocumentMetrics(Object.fromEntries(FACES.map((face) => [face, metricsOf(fonts[face])])) as Record<Face, FaceMetrics>);
}
