import type { Face } from './faces';
import type { BreakOptions, Fragment, Line, Run } from './line-break';
import type { Metrics } from './metrics';
import { LINE_BREAK } from './text';

// Besides spaces, a line may break after a hyphen, a dash or a slash ("county-wide", "and/or")...
function isBreakAfter(code: number): boolean {
  return code === 0x2d || code === 0x2f || code === 0x2010 || code === 0x2013 || code === 0x2014;
}
// ...but only after a letter, so that "2026-11-28" and "-5" stay whole.
const ENDS_WITH_LETTER = /\p{L}$/u;
const SPACE = 0x20;
const NEWLINE = LINE_BREAK.charCodeAt(0);
/** A character and the combining marks on it, which a line never splits. */
const UNIT = /\P{M}\p{M}*|\p{M}+/gu;

/**
 * Greedy line filling, left to right, as the text is scanned: each word (the text between two
 * break opportunities, possibly in several faces, "CSEC" bold then ":") is placed on the line as
 * soon as it ends. Nothing is built per word but its pieces, kept in arrays reused for the next:
 * this runs over every character of the document, and a fresh process runs it before the JIT has
 * compiled it, where every object and call counts.
 */
class LineFiller {
  readonly lines: Line[] = [];
  private fragments: Fragment[] = [];
  private width = 0;
  /**
   * The texts of the line's last fragment, joined once it is complete. This array and the
   * pieces' are reused and counted rather than emptied: setting an array's length is a call into
   * the runtime, which a fresh process would make for every word.
   */
  private readonly texts: string[] = [];
  private textCount = 0;
  // The word being scanned: its pieces (text, face, width), its width and the space before it.
  private readonly pieceTexts: string[] = [];
  private readonly pieceFaces: Face[] = [];
  private readonly pieceWidths: number[] = [];
  private pieceCount = 0;
  private wordWidth = 0;
  private spaceFace: Face | null = null;
  private spaceWidth = 0;
  /** Whether a word has been placed since the start of the text or the last line break: spaces before the first word go. */
  private afterWord = false;
  private readonly spaceWidths = new Map<Face, number>();

  constructor(private readonly metrics: Metrics, private readonly size: number, private readonly max: number) {}

  newline(): void {
    this.endWord();
    this.finish();
    this.afterWord = false;
    this.spaceFace = null;
  }

  /** Spaces collapse to one, and none is kept at the start of the text or of a line. */
  spaces(face: Face): void {
    this.endWord();
    if (!this.afterWord) return;
    let width = this.spaceWidths.get(face);
    if (width === undefined) this.spaceWidths.set(face, width = this.metrics.width(' ', face, this.size));
    this.spaceFace = face;
    this.spaceWidth = width;
  }

  piece(text: string, face: Face, width: number): void {
    const n = this.pieceCount++;
    this.pieceTexts[n] = text;
    this.pieceFaces[n] = face;
    this.pieceWidths[n] = width;
    this.wordWidth += width;
  }

  /** Places the word scanned so far: on this line after its space, or at the start of the next. */
  endWord(): void {
    const count = this.pieceCount;
    if (count === 0) return;
    const { max } = this;
    const empty = this.fragments.length === 0;
    const space = empty || this.spaceFace === null ? 0 : this.spaceWidth;
    // With no space before the word, the line breaks inside a word: after a hyphen or a slash.
    if (!empty && this.width + space + this.wordWidth > max) this.finish(this.spaceFace === null);
    else if (space > 0) this.add(' ', this.spaceFace!, space);
    if (this.wordWidth <= max - this.width) {
      for (let i = 0; i < count; i++) this.add(this.pieceTexts[i]!, this.pieceFaces[i]!, this.pieceWidths[i]!);
    } else {
      // A word wider than the line (a pasted URL, a 10,000-letter word) is broken between characters.
      for (let i = 0; i < count; i++) {
        const face = this.pieceFaces[i]!;
        for (const [unit] of this.pieceTexts[i]!.matchAll(UNIT)) {
          const width = this.metrics.width(unit, face, this.size);
          if (this.fragments.length > 0 && this.width + width > max) this.finish(true);
          this.add(unit, face, width);
        }
      }
    }
    this.pieceCount = 0;
    this.wordWidth = 0;
    this.spaceFace = null;
    this.afterWord = true;
  }

  private add(text: string, face: Face, width: number): void {
    const { fragments } = this;
    const last = fragments[fragments.length - 1];
    if (last && last.face === face) {
      this.texts[this.textCount++] = text;
      last.width += width;
    } else {
      this.joinLast();
      this.texts[this.textCount++] = text;
      fragments.push({ text, face, x: this.width, width });
    }
    this.width += width;
  }

  /** Ends the line (an empty one too: a line break on an empty line keeps its height). */
  finish(joined = false): void {
    this.joinLast();
    this.lines.push({ fragments: this.fragments, width: this.width, joined });
    this.fragments = [];
    this.width = 0;
  }

  close(): Line[] {
    this.endWord();
    if (this.fragments.length > 0) this.finish();
    return this.lines;
  }

  /** Gives the last fragment its text, joined from `texts` (one flat string, not a chain of concatenations), and starts `texts` again. */
  private joinLast(): void {
    const last = this.fragments[this.fragments.length - 1];
    if (last && this.textCount > 1) last.text = this.texts.slice(0, this.textCount).join('');
    this.textCount = 0;
  }
}

/**
 * The line breaker in JavaScript, for where WebAssembly cannot run (line-break.ts): the same
 * breaks as wasm/line-break.ts, to the bit, which a test checks on random text.
 */
export function breakLinesInJs(runs: readonly Run[], opts: BreakOptions, metrics: Metrics): Line[] {
  const out = new LineFiller(metrics, opts.size, Math.max(opts.width, opts.size));
  for (let n = 0; n < runs.length; n++) {
    const run = runs[n]!;
    if (run === null) {
      out.newline();
      continue;
    }
    const { text, face } = run;
    const advances = metrics.advances(face);
    const known = advances.units;
    let i = 0;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === NEWLINE) { out.newline(); i++; continue; }
      if (code === SPACE) {
        while (i < text.length && text.charCodeAt(i) === SPACE) i++;
        out.spaces(face);
        continue;
      }
      // One piece: characters up to and including a run of hyphens, dashes or slashes, or up to
      // a space or line break. `breaks` is where the run starts; `units` the width in font units.
      let end = i;
      let breaks = -1;
      let units = 0;
      while (end < text.length) {
        let unit = text.charCodeAt(end);
        if (unit === SPACE || unit === NEWLINE) break;
        // Letters and digits are neither spaces nor break characters: tested first, inline.
        if (unit >= 0x30 && unit < 0x2010 || !isBreakAfter(unit)) {
          if (breaks >= 0) break;
        } else if (breaks < 0) breaks = end;
        if (unit >= 0xd800 && unit <= 0xdbff && end + 1 < text.length) {
          unit = text.codePointAt(end) ?? unit;
          if (unit > 0xffff) end++;
        }
        const advance = unit < known.length ? known[unit]! : 0;
        units += advance > 0 ? advance : advances.measure(unit);
        end++;
      }
      out.piece(text.slice(i, end), face, (units * opts.size) / advances.unitsPerEm);
      const wordGoesOn = end < text.length && text.charCodeAt(end) !== SPACE && text.charCodeAt(end) !== NEWLINE;
      if (breaks > i && wordGoesOn && ENDS_WITH_LETTER.test(text.slice(i, breaks))) out.endWord();
      i = end;
    }
  }
  return out.close();
}
