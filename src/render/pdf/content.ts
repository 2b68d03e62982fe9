/**
 * Pages' content streams, written straight into bytes. pdf-lib's drawing methods build an object
 * per operator and per number and wrap every string in its own q/BT/ET/Q with the full font name,
 * which made serialising and compressing the pages most of the writer's time. Here each operator
 * is a line of text, and colour, line width and font are set only when they change: text state
 * and colour persist across BT/ET (ISO 32000-1 §9.3.1), and nothing here uses q/Q.
 *
 * One writer serves every page of a document (`page()` hands over a page's bytes and starts the
 * next), so that its buffer is allocated once.
 */

/** Points to three decimals (a thousandth of a point is a third of a micrometre)... */
const round = (n: number): number => Math.round(n * 1000) / 1000;
/** ...written never in exponent form. */
export const num = (n: number): string => String(round(n));

/** Each character's glyph code as the bytes of a literal string (glyph-encoder.ts). */
export interface GlyphCodes {
  /** Matches text that is its own glyph codes, byte for character (printable ASCII already met, none escaped). */
  readonly plain: RegExp;
  /** Codes by code unit, for the characters met so far below the table's length. */
  readonly table: readonly (string | undefined)[];
  /** The code of any code point, adding its glyph to the subset when new. */
  code(codePoint: number): string;
  /** The dotless glyph for i or j under the marks `marks`, with the letter drawn; null to keep the dot. */
  dotless(letter: number, marks: string): { code: string; base: number } | null;
  /** Where a combining mark goes over or under the character before it; null where it is drawn as it is. */
  placeMark(base: number, mark: number, first: boolean): { dx: number; rise: number } | null;
}

/** The blocks of combining marks: diacritical marks, their extended and supplementary sets, for symbols, half marks. */
const isCombiningMark = (c: number): boolean =>
  (c >= 0x300 && c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f);

/** The combining marks right after `text[i]`. */
function marksAfter(text: string, i: number): string {
  let end = i + 1;
  while (isCombiningMark(text.charCodeAt(end))) end++;
  return text.slice(i + 1, end);
}

/** UTF-8, which is ASCII byte for byte for the text it is given (GlyphCodes.plain). */
const ASCII = new TextEncoder();

export class ContentWriter {
  private buffer = new Uint8Array(1 << 16);
  private length = 0;
  private inText = false;
  private marked = false;
  private fillGray = 0;
  private strokeGray = 0;
  private lineWidth = 1;
  private font = '';
  private size = 0;
  /** Where the last move put the start of the text line (rounded as written), and the leading (TL). */
  private lineX = 0;
  private lineY = 0;
  private leading = 0;

  constructor() {
    this.reset();
  }

  /**
   * Opens a string set with its baseline's start at (x, y) in font resource `font`; the caller
   * writes the glyph codes (`latin1`), then `closeString()`.
   */
  openString(font: string, size: number, x: number, y: number, gray: number): void {
    this.setFill(gray);
    if (!this.inText) {
      this.latin1('BT\n');
      this.inText = true;
      this.lineX = 0;
      this.lineY = 0;
    }
    if (font !== this.font || size !== this.size) {
      this.latin1(`/${font} ${num(size)} Tf\n`);
      this.font = font;
      this.size = size;
    }
    // Moves are from the start of the previous line, by differences of the rounded positions, so
    // that no rounding error builds up along a page. TD also sets the leading, so that the next
    // line down by as much is just T* (most lines of a page).
    const rx = round(x);
    const ry = round(y);
    const dx = round(rx - this.lineX);
    const dy = round(ry - this.lineY);
    if (dx === 0 && dy !== 0 && dy === -this.leading) this.latin1('T*\n(');
    else if (dy !== 0) {
      this.latin1(`${num(dx)} ${num(dy)} TD\n(`);
      this.leading = -dy;
    } else this.latin1(`${num(dx)} 0 Td\n(`);
    this.lineX = rx;
    this.lineY = ry;
  }

  closeString(): void {
    this.latin1(') Tj\n');
  }

  line(x1: number, y1: number, x2: number, y2: number, thickness: number, gray: number): void {
    this.endText();
    if (gray !== this.strokeGray) {
      this.latin1(`${num(gray)} G\n`);
      this.strokeGray = gray;
    }
    if (thickness !== this.lineWidth) {
      this.latin1(`${num(thickness)} w\n`);
      this.lineWidth = thickness;
    }
    this.latin1(`${num(x1)} ${num(y1)} m\n${num(x2)} ${num(y2)} l\nS\n`);
  }

  rect(x: number, y: number, width: number, height: number, gray: number): void {
    this.endText();
    this.setFill(gray);
    this.latin1(`${num(x)} ${num(y)} ${num(width)} ${num(height)} re\nf\n`);
  }

  /**
   * Begins a marked-content sequence: content of a structure element (`/P <</MCID 3>> BDC`), or an
   * artifact (`/Artifact BMC`) when `mcid` is null. Sequences hold whole text objects, so that
   * BT/ET and BDC/EMC always nest; one ends where the next begins.
   */
  beginMarked(tag: string, mcid: number | null): void {
    this.endMarked();
    this.endText();
    this.latin1(mcid === null ? `/${tag} BMC\n` : `/${tag} <</MCID ${mcid}>> BDC\n`);
    this.marked = true;
  }

  endMarked(): void {
    if (!this.marked) return;
    this.endText();
    this.latin1('EMC\n');
    this.marked = false;
  }

  /** Paints a form XObject; `Do` saves and restores the graphics state around it. */
  xObject(name: string): void {
    this.endText();
    this.latin1(`/${name} Do\n`);
  }

  /**
   * Writes the glyph code of each character of `text` into an open string. Most runs of an MOU
   * are plain ASCII, which is its own codes and is copied in one native call; a fresh process
   * runs the loop over characters below, for the rest, before V8 has compiled it (when every run
   * went through it, it took 14-34 ms of a cold export of the bench's large draft, against 5-15).
   * In the loop, `glyphs.table[unit]` where known, else `glyphs.code(codePoint)`.
   */
  glyphCodes(text: string, glyphs: GlyphCodes): void {
    // A code is at most three bytes (two, the second escaped) and a character at least one unit.
    if (this.length + 3 * text.length > this.buffer.length) this.grow(3 * text.length);
    if (glyphs.plain.test(text)) {
      ASCII.encodeInto(text, this.buffer.subarray(this.length));
      this.length += text.length;
      return;
    }
    let { buffer } = this;
    const { table } = glyphs;
    let at = this.length;
    let base = -1;
    let marks = 0;
    for (let i = 0; i < text.length; i++) {
      let codePoint = text.charCodeAt(i);
      let code = codePoint < table.length ? table[codePoint] : undefined;
      if (code === undefined) {
        codePoint = text.codePointAt(i)!;
        if (codePoint > 0xffff) i++;
        code = glyphs.code(codePoint);
      }
      if (codePoint < 0x300 || !isCombiningMark(codePoint)) {
        base = codePoint;
        marks = 0;
        if ((codePoint === 0x69 || codePoint === 0x6a) && isCombiningMark(text.charCodeAt(i + 1))) {
          const dotless = glyphs.dotless(codePoint, marksAfter(text, i));
          if (dotless) ({ code, base } = dotless);
        }
      } else {
        const placement = base < 0 ? null : glyphs.placeMark(base, codePoint, marks++ === 0);
        if (placement) {
          this.length = at;
          this.placedMark(code, placement.dx, placement.rise);
          if (this.length + 3 * (text.length - i) > this.buffer.length) this.grow(3 * (text.length - i));
          ({ buffer } = this);
          at = this.length;
          continue;
        }
      }
      for (let k = 0; k < code.length; k++) buffer[at++] = code.charCodeAt(k);
    }
    this.length = at;
  }

  /**
   * Sets one combining mark `dx` thousandths of the font size to the right and `rise` up, in a
   * text object of its own between the open string's two halves: the next string goes on from
   * where the mark's width (none) left the pen, and the rise (Ts) is undone at once.
   */
  private placedMark(code: string, dx: number, rise: number): void {
    const raised = rise !== 0;
    this.latin1(`) Tj\n${raised ? `${num((rise * this.size) / 1000)} Ts\n` : ''}[${-dx}(`);
    this.latin1(code);
    this.latin1(`)${dx}] TJ\n${raised ? '0 Ts\n' : ''}(`);
  }

  /** Writes each character of `text` as one byte (operators are ASCII; glyph codes are bytes). */
  latin1(text: string): void {
    if (this.length + text.length > this.buffer.length) this.grow(text.length);
    const { buffer } = this;
    let at = this.length;
    for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i);
    this.length = at;
  }

  /**
   * The page's bytes, and a fresh start for the next page. The bytes are a view of the writer's
   * buffer, valid until it writes again: pdf.context.flateStream compresses them at once.
   */
  page(): Uint8Array {
    this.endMarked();
    this.endText();
    const bytes = this.buffer.subarray(0, this.length);
    this.reset();
    return bytes;
  }

  private reset(): void {
    // The PDF default graphics state: black fill and stroke, line width 1, no font.
    this.length = 0;
    this.inText = false;
    this.marked = false;
    this.fillGray = 0;
    this.strokeGray = 0;
    this.lineWidth = 1;
    this.font = '';
    this.size = 0;
    this.leading = 0;
  }

  private grow(needed: number): void {
    const bigger = new Uint8Array(Math.max(2 * this.buffer.length, this.length + needed));
    bigger.set(this.buffer.subarray(0, this.length));
    this.buffer = bigger;
  }

  private setFill(gray: number): void {
    if (gray === this.fillGray) return;
    this.latin1(`${num(gray)} g\n`);
    this.fillGray = gray;
  }

  private endText(): void {
    if (!this.inText) return;
    this.latin1('ET\n');
    this.inText = false;
  }
}
