import type { Face } from './faces';
import type { StructNode } from './structure';
import type { Line } from './line-break';
import type { TextStyle } from './styles';

/**
 * The layout's intermediate output, which tests read (STYLE.md, habit 7). Blocks become slices:
 * the smallest pieces that pagination may not split (a line of a paragraph, a table row, a whole
 * signature block). Positions are in points from the slice's top-left, y growing downwards.
 */
export type Mark =
  /**
   * `tag`: the structure element the text belongs to; text without one is an artifact.
   * `spaceAfter`: the element's text goes on further along the same line, apart from this (a
   * contents entry's page number), so a space is set after it for the element to read right.
   */
  | { kind: 'text'; x: number; baseline: number; text: string; face: Face; size: number; gray?: number; tag?: StructNode; joinsNext?: true; spaceAfter?: true }
  | { kind: 'rule'; x1: number; y1: number; x2: number; y2: number; thickness: number }
  | { kind: 'fill'; x: number; y: number; width: number; height: number; gray: number };

export type SliceRole = 'title' | 'toc' | 'heading' | 'line' | 'tableHeader' | 'tableRow' | 'signature' | 'pageBreak';

export interface Slice {
  role: SliceRole;
  /** Index of the block it came from. */
  block: number;
  height: number;
  /** Space above, dropped at the top of a page. */
  spaceBefore: number;
  /** Must end up on the same page as the slice after it (headings, orphan and widow control). */
  keepWithNext: boolean;
  marks: Mark[];
  /** For a heading's first line: what the contents list and the bookmarks show. */
  heading?: { text: string; level: 1 | 2 | 3; index: number };
  /** For a table row: the header row to repeat when the row starts a page. */
  repeatHeader?: Slice;
  /** For the contents list: where each entry points, by heading index (link annotations), and the Link element it belongs to. */
  links?: { heading: number; y: number; height: number; tag?: StructNode }[];
  /** Structure elements to place in the tree, in order, when the slice is drawn, even those with no content (an empty table cell). */
  structure?: StructNode[];
  /** A table header set again at the top of a later page: drawn as an artifact, as its cells are already in the structure. */
  repeated?: boolean;
  /**
   * For a table row of more than one line: the row cut between lines into a first piece of at
   * most `room` points and the rest, or null when not even two lines fit in `room`.
   */
  cut?: (room: number) => Slice[] | null;
}

/** The marks of one line set in `style`, its top at `top`, starting at `x`. */
export function lineMarks(line: Line, style: TextStyle, x: number, top: number, ascent: number, descent: number, tag?: StructNode): Mark[] {
  const baseline = top + baselineOffset(style, ascent, descent);
  // Made at the fragments' length and cut to the marks made: an empty array's first push makes
  // room for 17. Indexed: a for-of loop made an iterator result per fragment in a fresh process.
  const marks = new Array<Mark>(line.fragments.length);
  let made = 0;
  for (let f = 0; f < line.fragments.length; f++) {
    const fragment = line.fragments[f]!;
    // Blank fragments (spaces only) draw nothing; \S is what trim() keeps, without copying the line.
    if (NOT_BLANK.test(fragment.text)) marks[made++] = { kind: 'text', x: x + fragment.x, baseline, text: fragment.text, face: fragment.face, size: style.size, tag };
  }
  marks.length = made;
  // The line ends inside a word: its last mark's text goes on, with no space, on the next line.
  if (line.joined && made > 0) (marks[made - 1] as Extract<Mark, { kind: 'text' }>).joinsNext = true;
  return marks;
}

const NOT_BLANK = /\S/;

/** The baseline's distance from the top of a line: the font's extent centred in the line. */
export function baselineOffset(style: TextStyle, ascent: number, descent: number): number {
  return (lineHeight(style) - (ascent + descent) * style.size) / 2 + ascent * style.size;
}

export function lineHeight(style: TextStyle): number {
  return style.size * style.leading;
}

/**
 * One slice per line, with orphan and widow control: the first two lines stay together (no
 * single first line at a page's foot) and so do the last two (no single last line at a head).
 */
export function textSlices(lines: Line[], style: TextStyle, x: number, width: number, block: number, ascent: number, descent: number, tag?: StructNode): Slice[] {
  const height = lineHeight(style);
  return lines.map((line, i) => {
    const left = style.align === 'center' ? x + Math.max(0, (width - line.width) / 2) : x;
    return {
      role: 'line' as const,
      block,
      height,
      spaceBefore: i === 0 ? style.spaceBefore : 0,
      keepWithNext: lines.length > 1 && (i === 0 || i === lines.length - 2),
      marks: lineMarks(line, style, left, 0, ascent, descent, tag),
    };
  });
}
