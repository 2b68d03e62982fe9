import type { Inline } from '../../document';
import type { Face } from './faces';
import type { Metrics } from './metrics';
import type { BreakOptions } from './words';
import { words } from './words';

/** A stretch of one line in one face; `x` is from the line's start. */
export interface Fragment { text: string; face: Face; x: number; width: number }
export interface Line { fragments: Fragment[]; width: number }

export type { BreakOptions } from './words';

class LineBuilder {
  readonly lines: Line[] = [];
  private current: Line = { fragments: [], width: 0 };
  /**
   * The texts of the line's last fragment, joined once it is complete: one flat string, where
   * adding word by word would leave a chain of concatenations to flatten when the text is drawn.
   */
  private readonly pieces: string[] = [];

  get width(): number { return this.current.width; }
  get empty(): boolean { return this.current.fragments.length === 0; }

  add(text: string, face: Face, width: number): void {
    const { fragments } = this.current;
    const last = fragments[fragments.length - 1];
    if (last && last.face === face) {
      this.pieces.push(text);
      last.width += width;
    } else {
      this.joinLast();
      this.pieces.push(text);
      const fragment = { text, face, x: this.current.width, width };
      // An array made with its first fragment is one slot long; pushing onto `[]` reserves seventeen.
      if (fragments.length === 0) this.current.fragments = [fragment];
      else fragments.push(fragment);
    }
    this.current.width += width;
  }

  finish(): void {
    this.joinLast();
    this.lines.push(this.current);
    this.current = { fragments: [], width: 0 };
  }

  close(): Line[] {
    if (!this.empty) this.finish();
    return this.lines;
  }

  /** Gives the last fragment its text and empties `pieces` (one array, reused) for the next. */
  private joinLast(): void {
    const last = this.current.fragments[this.current.fragments.length - 1];
    if (last && this.pieces.length > 1) last.text = this.pieces.join('');
    this.pieces.length = 0;
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
