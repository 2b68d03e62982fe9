import type { Inline } from '../../document';
import type { Face } from './faces';
import { faceOf } from './faces';
import type { Metrics } from './metrics';
import { cleanText, LINE_BREAK } from './text';

/** A stretch of one line in one face; `x` is from the line's start. */
export interface Fragment { text: string; face: Face; x: number; width: number }
export interface Line { fragments: Fragment[]; width: number }

export interface BreakOptions { face: Face; size: number; width: number }

interface Box { text: string; face: Face; width: number }
/** The text between two break opportunities, possibly in several faces ("CSEC" bold then ":"). */
interface Word { boxes: Box[]; width: number; space: { face: Face; width: number } | null }
type Item = Word | 'newline';

// Besides spaces, a line may break after a hyphen, a dash or a slash ("county-wide", "and/or").
const SEGMENT = /[^ \n\u2010\u2013\u2014/-]*[\u2010\u2013\u2014/-]+|[^ \n\u2010\u2013\u2014/-]+/gu;
// ...but only after a letter, so that "2026-11-28" and "-5" stay whole.
const ENDS_BREAKABLE = /\p{L}[\u2010\u2013\u2014/-]+$/u;

/** Splits text into words at spaces, hyphens and `break`s, measuring each piece once. */
function words(content: readonly Inline[], opts: BreakOptions, metrics: Metrics, missing: Set<string>): Item[] {
  const items: Item[] = [];
  let word: Word | null = null;
  let space: Word['space'] = null;
  const endWord = () => { if (word) items.push(word); word = null; };
  for (const inline of content) {
    if (inline.type === 'break') { endWord(); items.push('newline'); space = null; continue; }
    const face = faceOf(opts.face, inline.bold, inline.italic);
    const text = cleanText(inline.text, face, metrics, missing);
    for (const chunk of text.split(/( +|\n)/)) {
      if (chunk === '') continue;
      if (chunk === LINE_BREAK) { endWord(); items.push('newline'); space = null; continue; }
      if (chunk.startsWith(' ')) {
        endWord();
        if (items.length > 0 && items[items.length - 1] !== 'newline') space = { face, width: metrics.width(' ', face, opts.size) };
        continue;
      }
      for (const match of chunk.matchAll(SEGMENT)) {
        const piece = match[0];
        const box = { text: piece, face, width: metrics.width(piece, face, opts.size) };
        if (word === null) { word = { boxes: [], width: 0, space }; space = null; }
        word.boxes.push(box);
        word.width += box.width;
        if (ENDS_BREAKABLE.test(piece) && match.index + piece.length < chunk.length) endWord();
      }
    }
  }
  endWord();
  return items;
}

class LineBuilder {
  readonly lines: Line[] = [];
  private current: Line = { fragments: [], width: 0 };

  get width(): number { return this.current.width; }
  get empty(): boolean { return this.current.fragments.length === 0; }

  add(text: string, face: Face, width: number): void {
    const last = this.current.fragments[this.current.fragments.length - 1];
    if (last && last.face === face) { last.text += text; last.width += width; }
    else this.current.fragments.push({ text, face, x: this.current.width, width });
    this.current.width += width;
  }

  finish(): void {
    this.lines.push(this.current);
    this.current = { fragments: [], width: 0 };
  }

  close(): Line[] {
    if (!this.empty) this.finish();
    return this.lines;
  }
}

/**
 * Greedy line filling, left to right. A word wider than the line is broken between characters
 * (a pasted URL or a 10,000-letter word must still fit the page); combining marks stay with
 * their base letter.
 */
export function breakLines(content: readonly Inline[], opts: BreakOptions, metrics: Metrics, missing: Set<string>): Line[] {
  const max = Math.max(opts.width, opts.size);
  const out = new LineBuilder();
  for (const item of words(content, opts, metrics, missing)) {
    if (item === 'newline') { out.finish(); continue; }
    const space = out.empty || !item.space ? 0 : item.space.width;
    if (!out.empty && out.width + space + item.width > max) out.finish();
    else if (space > 0 && item.space) out.add(' ', item.space.face, space);
    if (item.width <= max - out.width) { for (const box of item.boxes) out.add(box.text, box.face, box.width); continue; }
    for (const box of item.boxes) {
      for (const [unit] of box.text.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
        const width = metrics.width(unit, box.face, opts.size);
        if (!out.empty && out.width + width > max) out.finish();
        out.add(unit, box.face, width);
      }
    }
  }
  return out.close();
}
