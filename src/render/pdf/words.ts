import type { Inline } from '../../document';
import type { Face } from './faces';
import { faceOf } from './faces';
import type { Metrics } from './metrics';
import { cleanText, LINE_BREAK } from './text';

export interface BreakOptions { face: Face; size: number; width: number }

/** A piece of a word in one face. */
export interface Box { text: string; face: Face; width: number }
/** The text between two break opportunities, possibly in several faces ("CSEC" bold then ":"). */
export interface Word { boxes: Box[]; width: number; space: { face: Face; width: number } | null }
export type Item = Word | 'newline';

// Besides spaces, a line may break after a hyphen, a dash or a slash ("county-wide", "and/or")...
function isBreakAfter(code: number): boolean {
  return code === 0x2d || code === 0x2f || code === 0x2010 || code === 0x2013 || code === 0x2014;
}
// ...but only after a letter, so that "2026-11-28" and "-5" stay whole.
const ENDS_WITH_LETTER = /\p{L}$/u;
const SPACE = 0x20;
const NEWLINE = LINE_BREAK.charCodeAt(0);

/** The words of one block's text, collected as `words` scans it. */
class WordList {
  readonly items: Item[] = [];
  private word: Word | null = null;
  /** The space before the next word, if any. */
  private space: Word['space'] = null;
  private readonly spaceOf = new Map<Face, NonNullable<Word['space']>>();

  constructor(private readonly metrics: Metrics, private readonly size: number) {}

  newline(): void {
    this.endWord();
    this.items.push('newline');
    this.space = null;
  }

  /** Spaces collapse to one, and none is kept at the start of the text or of a line. */
  spaces(face: Face): void {
    this.endWord();
    const last = this.items[this.items.length - 1];
    if (last === undefined || last === 'newline') return;
    let space = this.spaceOf.get(face);
    if (!space) this.spaceOf.set(face, space = { face, width: this.metrics.width(' ', face, this.size) });
    this.space = space;
  }

  piece(text: string, face: Face, width: number): void {
    const box = { text, face, width };
    if (this.word === null) {
      // Most words are one piece: an array made with its one box is one slot long, where pushing
      // onto an empty array reserves seventeen.
      this.word = { boxes: [box], width, space: this.space };
      this.space = null;
    } else {
      this.word.boxes.push(box);
      this.word.width += width;
    }
  }

  endWord(): void {
    if (this.word) this.items.push(this.word);
    this.word = null;
  }
}

/**
 * Splits text into words at spaces, hyphens and `break`s, measuring each piece as it goes. One
 * scan by character codes, rather than regular expressions and a second pass to measure (and a
 * class rather than closures): this runs over every character of the document.
 */
export function words(content: readonly Inline[], opts: BreakOptions, metrics: Metrics, missing: Set<string>): Item[] {
  const list = new WordList(metrics, opts.size);
  for (const inline of content) {
    if (inline.type === 'break') { list.newline(); continue; }
    const face = faceOf(opts.face, inline.bold, inline.italic);
    const advances = metrics.advances(face);
    const table = advances.table;
    const text = cleanText(inline.text, face, metrics, missing);
    let i = 0;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === NEWLINE) { list.newline(); i++; continue; }
      if (code === SPACE) {
        while (i < text.length && text.charCodeAt(i) === SPACE) i++;
        list.spaces(face);
        continue;
      }
      // One piece: characters up to and including a run of hyphens, dashes or slashes, or up to
      // a space or line break. `breaks` is where the run starts; `units` the width in 1/1000 em.
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
        const known = unit < table.length ? table[unit]! : NaN;
        units += known === known ? known : advances.advance(unit); // NaN until measured
        end++;
      }
      list.piece(text.slice(i, end), face, (units * opts.size) / 1000);
      const wordGoesOn = end < text.length && text.charCodeAt(end) !== SPACE && text.charCodeAt(end) !== NEWLINE;
      if (breaks > i && wordGoesOn && ENDS_WITH_LETTER.test(text.slice(i, breaks))) list.endWord();
      i = end;
    }
  }
  list.endWord();
  return list.items;
}
