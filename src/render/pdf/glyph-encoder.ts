import { MarkAnchors } from '../font/mark-anchors';
import type { TrueTypeFont } from '../font/truetype';
import { codeBytes, FIRST_OTHER_CID, isPrintableAscii, MAX_GLYPHS } from './code-maps';
import { EMPTY_GLYPH } from './font-subset';

/**
 * Encodes characters of one face as glyph codes (code-maps.ts), adding each glyph to the face's
 * subset the first time it is met. Each character is set with its own glyph: no ligature or
 * contextual form, so the drawn widths are the measured ones (metrics.ts).
 */
export class GlyphEncoder {
  /** Codes by code point below TABLE_SIZE, read directly by ContentWriter.glyphCodes for text that is not plain ASCII. */
  readonly table: (string | undefined)[] = new Array<string | undefined>(TABLE_SIZE);
  /**
   * Matches text whose glyph codes are its characters as they are: printable ASCII already in
   * the subset, less the three characters a literal string escapes. Made again when asked for
   * after new ASCII characters were met, not as each is met: a fresh process compiles each new
   * regular expression, some 25 µs each here, and that made 182 of them for the bench's large
   * draft where this makes 70.
   */
  get plain(): RegExp {
    if (this.plainIsOld) {
      this.plainRegExp = new RegExp(`^[${this.plainCharacters}]*$`);
      this.plainIsOld = false;
    }
    return this.plainRegExp;
  }

  private plainRegExp = /^$/;
  private plainIsOld = false;
  private plainCharacters = '';
  private readonly codes = new Map<number, string>();
  /** The codes of i and j drawn dotless, by letter (`dotless`). */
  private readonly dotlessCodes = new Map<number, string>();
  /**
   * The face's glyphs by CID: glyph 0, .notdef, first; printable ASCII at its own code point,
   * other characters' glyphs from FIRST_OTHER_CID on, and EMPTY_GLYPH in the slots no text uses.
   */
  readonly subsetGlyphs: number[] = [0];
  private readonly subsetIds = new Map<number, number>([[0, 0]]);
  /** Each CID given, with the code point it was given for: [CID, code point]. */
  readonly glyphs: [number, number][] = [];

  /** The first mark's placement on each base, which depends on nothing else. */
  private readonly placements = new Map<number, PlacedMark>();
  /** Where the marks set so far on the current base reach, above and below (font units). */
  private stack: Stack = { top: 0, bottom: 0, last: null, marks: null };
  /** The font's own anchors for marks, read when the first mark is met. */
  private anchors: MarkAnchors | undefined;
  private readonly anchorsOf = () => (this.anchors ??= new MarkAnchors(this.font.tables.get('GPOS')));

  constructor(readonly font: TrueTypeFont) {}

  /**
   * Where to draw the combining mark `mark` (U+0301 and the like) over or under the character
   * `base` before it, for a mark that no precomposed letter holds ("n̈", "ą́", "X̱"); `first` for
   * the first mark after its base, a later one going over (or under) the marks before it.
   * Drawn as it is, a mark stands where the font's designer left it, often straddling the base's
   * right edge: it goes where the font's own anchors put it (GPOS, as LibreOffice and browsers
   * place it), or, for a pair the font has none for, where `fallbackMove` puts it. Null: the
   * mark is drawn as it is, as is any glyph that is not a mark of no width.
   */
  placeMark(base: number, mark: number, first: boolean): MarkPlacement | null {
    let placed: PlacedMark | undefined;
    if (first) {
      const key = base * 0x110000 + mark;
      placed = this.placements.get(key);
      if (placed === undefined) {
        placed = markPlacement(this.font, this.anchorsOf, base, mark, null);
        this.placements.set(key, placed);
      }
    } else placed = markPlacement(this.font, this.anchorsOf, base, mark, this.stack);
    this.stack = placed.stack;
    return placed.placement;
  }

  /**
   * The dotless i or j that a soft-dotted letter is drawn as when one of the combining marks
   * after it (`marks`, code units) sits above it: the dot gives way to the mark, as Unicode has
   * it and as fonts' ccmp feature draws it (a dot is kept as a mark of its own, U+0307). `code`
   * draws the dotless glyph and reads as the letter; `base` is the letter drawn, whose anchors
   * the marks go on. Null: the letter keeps its dot, or the font has no dotless form.
   */
  dotless(letter: number, marks: string): { code: string; base: number } | null {
    const drawn = letter === 0x69 ? 0x131 : letter === 0x6a ? 0x237 : 0;
    const glyph = drawn && this.font.glyphId(drawn);
    if (!glyph || !this.anyAbove(marks)) return null;
    let code = this.dotlessCodes.get(letter);
    if (code === undefined) {
      // A CID of its own, not the dotless letter's: its ToUnicode entry reads as the letter.
      const cid = this.nextCid();
      this.place(cid, glyph, letter);
      code = codeBytes(cid).map(literalByte).join('');
      this.dotlessCodes.set(letter, code);
    }
    return { code, base: drawn };
  }

  private anyAbove(marks: string): boolean {
    for (let i = 0; i < marks.length; i++) {
      const box = inkBox(this.font, this.font.glyphId(marks.charCodeAt(i)));
      if (box && sideOf(this.font, box) === 'above') return true;
    }
    return false;
  }

  /** The code of `codePoint`'s glyph in the subset, escaped for a literal string. */
  code(codePoint: number): string {
    return (codePoint < TABLE_SIZE ? this.table[codePoint] : this.codes.get(codePoint)) ?? this.add(codePoint);
  }

  private add(codePoint: number): string {
    const glyph = this.font.glyphId(codePoint);
    const cid = isPrintableAscii(codePoint) ? this.addAscii(codePoint, glyph) : this.addOther(codePoint, glyph);
    const code = codeBytes(cid).map(literalByte).join('');
    if (codePoint < TABLE_SIZE) this.table[codePoint] = code;
    else this.codes.set(codePoint, code);
    return code;
  }

  /** Printable ASCII: its own CID, whether or not another character drew the same glyph first. */
  private addAscii(codePoint: number, glyph: number): number {
    this.place(codePoint, glyph, codePoint);
    if (!this.subsetIds.has(glyph)) this.subsetIds.set(glyph, codePoint);
    if (!ESCAPED_ASCII.includes(codePoint)) {
      this.plainCharacters += `\\x${codePoint.toString(16).padStart(2, '0')}`;
      this.plainIsOld = true;
    }
    return codePoint;
  }

  /** Any other character: the CID of its glyph if the subset has it, else the next one. */
  private addOther(codePoint: number, glyph: number): number {
    const known = this.subsetIds.get(glyph);
    if (known !== undefined) return known;
    const cid = this.nextCid();
    this.place(cid, glyph, codePoint);
    this.subsetIds.set(glyph, cid);
    return cid;
  }

  private nextCid(): number {
    const cid = Math.max(this.subsetGlyphs.length, FIRST_OTHER_CID);
    if (cid >= MAX_GLYPHS) throw new RangeError(`renderPdf: the text uses more than ${MAX_GLYPHS - FIRST_OTHER_CID} glyphs of one face beyond ASCII.`);
    return cid;
  }

  private place(cid: number, glyph: number, codePoint: number): void {
    while (this.subsetGlyphs.length < cid) this.subsetGlyphs.push(EMPTY_GLYPH);
    this.subsetGlyphs[cid] = glyph;
    this.glyphs.push([cid, codePoint]);
  }
}

/** A combining mark's move, in thousandths of the font size: `dx` to the right, `rise` up. */
export interface MarkPlacement { dx: number; rise: number }

/**
 * The marks set so far on the current base: how far their ink reaches above and below its
 * baseline, and the last one's glyph and move (font units), for the next to go on.
 */
interface Stack {
  top: number;
  bottom: number;
  last: { glyph: number; dx: number; rise: number } | null;
  /** How far the marks alone reach, above and below; null before the first. */
  marks: { top: number; bottom: number } | null;
}

interface PlacedMark { placement: MarkPlacement | null; stack: Stack }

/**
 * Combining marks that, without the font's anchors, are drawn where the font puts them: those at
 * an edge of their base (comma above right, horn, hooks below, cedilla, ogonek) and those that
 * span it and the next letter (ties, double breves and macrons).
 */
const UNPLACED_MARKS = new Set([0x315, 0x31a, 0x31b, 0x321, 0x322, 0x327, 0x328, 0x358, ...Array.from({ length: 0x362 - 0x35c + 1 }, (_, i) => 0x35c + i)]);

/** The least move worth making for a first mark, in thousandths of an em: more than any overshoot of the x-height. */
const MIN_RISE = 60;
/** The least room between a mark and the ink it goes over or under, in thousandths of an em. */
const MIN_GAP = 40;

/**
 * A mark's move from where it would be drawn (at its base's end): by the font's anchors where it
 * has them (on its base, or on the mark before it), else centred and cleared (`fallbackMove`).
 */
function markPlacement(font: TrueTypeFont, anchors: () => MarkAnchors, base: number, mark: number, stacked: Stack | null): PlacedMark {
  const markGlyph = font.glyphId(mark);
  const baseGlyph = font.glyphId(base);
  const markBox = inkBox(font, markGlyph);
  const baseBox = inkBox(font, baseGlyph);
  const stack = stacked ?? { top: baseBox?.yMax ?? 0, bottom: baseBox?.yMin ?? 0, last: null, marks: null };
  if (!markBox || !baseBox || font.advance(markGlyph) !== 0) return { placement: null, stack };
  const em = font.unitsPerEm / 1000;
  const onMark = stack.last && anchors().onMark(stack.last.glyph, markGlyph);
  const onBase = onMark ? null : anchors().onBase(baseGlyph, markGlyph);
  let move = onMark ? { dx: stack.last!.dx + onMark.x, rise: stack.last!.rise + onMark.y }
    : onBase ? { dx: onBase.x - font.advance(baseGlyph), rise: onBase.y }
    : UNPLACED_MARKS.has(mark) || font.xHeight <= 0 ? null : fallbackMove(font, markBox, baseBox, baseGlyph, stacked === null ? null : stack);
  if (!move) return { placement: null, stack };
  // On its base's anchor after marks the font has no anchor on, a mark would be drawn into them
  // (as a shaping engine draws it): it goes on over (or under) them.
  if (onBase && stack.marks) {
    const gap = MIN_GAP * em;
    const side = sideOf(font, markBox);
    if (side === 'above') move = { ...move, rise: Math.max(move.rise, stack.marks.top + gap - markBox.yMin) };
    else if (side === 'below') move = { ...move, rise: Math.min(move.rise, stack.marks.bottom - gap - markBox.yMax) };
  }
  const top = markBox.yMax + move.rise;
  const bottom = markBox.yMin + move.rise;
  const next = {
    top: Math.max(stack.top, top),
    bottom: Math.min(stack.bottom, bottom),
    last: { glyph: markGlyph, ...move },
    marks: { top: Math.max(stack.marks?.top ?? top, top), bottom: Math.min(stack.marks?.bottom ?? bottom, bottom) },
  };
  const placement = { dx: Math.round(move.dx / em), rise: Math.round(move.rise / em) };
  return { placement: placement.dx === 0 && placement.rise === 0 ? null : placement, stack: next };
}

/**
 * Where a font without anchors for it would want a mark: centred on the base's ink, as
 * HarfBuzz's fallback does (along the slant in an italic face), and raised until it clears what
 * is under it (or lowered under what is above it).
 */
function fallbackMove(font: TrueTypeFont, markBox: InkBox, baseBox: InkBox, baseGlyph: number, stacked: Stack | null): { dx: number; rise: number } {
  const em = font.unitsPerEm / 1000;
  const top = stacked?.top ?? baseBox.yMax;
  const bottom = stacked?.bottom ?? baseBox.yMin;
  // Over what is under it, with the room its designer left over the x-height, or under what is
  // above it, with the room left under the baseline; an overlay (a stroke through) stays put.
  const side = sideOf(font, markBox);
  let rise = side === 'above' ? Math.max(0, top + Math.max(MIN_GAP * em, markBox.yMin - font.xHeight) - markBox.yMin)
    : side === 'below' ? Math.min(0, bottom - Math.max(MIN_GAP * em, -markBox.yMax) - markBox.yMax) : 0;
  // A round letter's overshoot of the x-height is no reason to lift a first mark (nor to break
  // the line in text extraction, which reads a rise as another baseline).
  if (stacked === null && Math.abs(rise) < MIN_RISE * em) rise = 0;
  // From the mark's origin, which is the base's end, the base's ink runs from -advance + xMin.
  // In an italic face the letter leans: the higher the mark, the further right its centre.
  const baseCentre = -font.advance(baseGlyph) + (baseBox.xMin + baseBox.xMax) / 2;
  const lean = Math.tan((-font.italicAngle * Math.PI) / 180);
  const height = (markBox.yMin + markBox.yMax) / 2 + rise - (baseBox.yMin + baseBox.yMax) / 2;
  return { dx: baseCentre - (markBox.xMin + markBox.xMax) / 2 + height * lean, rise };
}

interface InkBox { xMin: number; yMin: number; xMax: number; yMax: number }

/** Where a mark's ink sits: over the x-height's middle, under the baseline, or through its letter. */
const sideOf = (font: TrueTypeFont, mark: InkBox): 'above' | 'below' | 'through' =>
  (mark.yMin >= font.xHeight / 2 ? 'above' : mark.yMax <= 0 ? 'below' : 'through');

/** A glyph's ink box from its glyf header, in font units; null for a glyph without outlines. */
function inkBox(font: TrueTypeFont, glyph: number): InkBox | null {
  if (glyph === 0) return null;
  const bytes = font.outlineBytes(glyph);
  if (bytes.length < 10) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, 10);
  return { xMin: view.getInt16(2), yMin: view.getInt16(4), xMax: view.getInt16(6), yMax: view.getInt16(8) };
}

/** Parentheses and backslash: printable, but escaped in a literal string. */
const ESCAPED_ASCII = [0x28, 0x29, 0x5c];

/**
 * Latin, Greek and Cyrillic; the codes of other characters are in a Map. The table is made for
 * every export, and at 0x3000 entries the four faces' tables were 390 kB of the heap, which a
 * fresh process copied at each collection of the young generation while it grew.
 */
const TABLE_SIZE = 0x800;

/**
 * A byte inside a literal string: raw, as it takes half the room of hex (and half the time to
 * compress), except for the delimiters and backslash, and CR and LF, which a reader would turn
 * into a plain LF (ISO 32000-1 §7.3.4.2). A one-byte code can be a parenthesis or the backslash;
 * CR and LF can only be the second byte of a two-byte code.
 */
function literalByte(byte: number): string {
  switch (byte) {
    case 0x0a: return '\\n';
    case 0x0d: return '\\r';
    case 0x28: case 0x29: case 0x5c: return `\\${String.fromCharCode(byte)}`;
    default: return String.fromCharCode(byte);
  }
}
