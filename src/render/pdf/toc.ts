import type { Heading } from '../../document';
import { inLanguage, type BlockLayout, type LayoutContext } from './blocks';
import { breakLines } from './line-break';
import { structNode, type StructNode } from './structure';
import type { Slice } from './slices';
import { baselineOffset, lineHeight, lineMarks } from './slices';
import { CONTENT_WIDTH, TEXT, TOC } from './styles';

/**
 * The contents list: one entry per heading, indented by level, with dot leaders to its page
 * number. `pages` is null on the first layout pass; the entries' heights do not depend on the
 * numbers (they sit in a column of their own), so the second pass paginates the same way.
 */
export function tocLayout(headings: readonly Heading[], pages: readonly number[] | null, block: number, ctx: LayoutContext): BlockLayout {
  const { metrics } = ctx;
  const titleStyle = TEXT.tocTitle;
  const [titleLine] = breakLines([{ type: 'text', text: 'Contents' }], { face: titleStyle.face, size: titleStyle.size, width: CONTENT_WIDTH }, metrics, ctx.missing);
  // "Contents" is the list's own heading, an H1 that a screen reader's list of headings reaches,
  // though neither the bookmarks nor the list itself name it; then a TOC of one TOCI per entry,
  // each a Reference holding the Link to its heading (a TOCI may hold only Lbl, Reference,
  // NonStruct, P and TOC: ISO 32000-1 Table 333, Matterhorn 09-006), and the entries under a
  // heading in a TOC of their own inside its TOCI (§14.8.4.3.2), so that the list's levels are in
  // the structure as on the page.
  const title: Slice = {
    role: 'toc', block, height: lineHeight(titleStyle), spaceBefore: titleStyle.spaceBefore, keepWithNext: headings.length > 0,
    marks: titleLine ? lineMarks(titleLine, titleStyle, 0, 0, metrics.ascent, metrics.descent, structNode('H1')) : [],
  };
  const toc = structNode('TOC');
  // The TOCI of the last entry at each level, and the TOC its deeper entries go in, made when the first of them is.
  const items: StructNode[] = [];
  const lists = new Map<StructNode, StructNode>();
  const listFor = (level: number): StructNode => {
    const above = items.slice(0, level - 1).reverse().find(Boolean);
    if (!above) return toc;
    let list = lists.get(above);
    if (!list) lists.set(above, (list = structNode('TOC', above)));
    return list;
  };
  const style = TEXT.tocEntry;
  const height = lineHeight(style);
  const numberRight = CONTENT_WIDTH;
  // Each line of an entry is a slice of its own, kept with the next, so that an entry moves to the
  // next page whole, and one taller than a page (a heading of a 3,000-character name) runs on to
  // the next page line by line rather than off the bottom of this one.
  const entries = headings.flatMap((heading, index): Slice[] => {
    const x = (heading.level - 1) * TOC.levelIndent;
    const face = heading.level === 1 ? 'bold' : 'regular';
    const width = CONTENT_WIDTH - x - TOC.numberColumn;
    // The entry reads the heading's words, in the heading's language.
    const item = inLanguage(structNode('TOCI', listFor(heading.level)), heading.lang);
    items[heading.level - 1] = item;
    items.length = heading.level;
    const link = structNode('Link', structNode('Reference', item));
    const lines = breakLines([{ type: 'text', text: heading.text }], { face, size: style.size, width }, metrics, ctx.missing, link);
    const slices = (lines.length > 0 ? lines : [null]).map((line, i, all): Slice => ({
      role: 'toc', block, height, spaceBefore: i > 0 ? 0 : index > 0 ? style.spaceAfter : titleStyle.spaceAfter, keepWithNext: i < all.length - 1,
      marks: line ? lineMarks(line, style, x, 0, metrics.ascent, metrics.descent, link) : [],
      links: [{ heading: index, y: 0, height, tag: link }],
      structure: [link],
    }));
    const page = pages?.[index];
    const last = lines[lines.length - 1];
    if (page !== undefined && last) {
      const baseline = baselineOffset(style, metrics.ascent, metrics.descent);
      const number = String(page);
      const numberWidth = metrics.width(number, 'regular', style.size);
      const dot = metrics.width('.', 'regular', style.size);
      const from = x + last.width + TOC.leaderGap;
      const count = Math.floor((numberRight - numberWidth - TOC.leaderGap - from) / dot);
      const marks = slices[slices.length - 1]!.marks;
      // The title is read with a space before its page ("Purpose 4", not "Purpose4"), which the
      // leader between them, an artifact, does not give.
      const titleEnd = marks[marks.length - 1];
      if (titleEnd?.kind === 'text' && !titleEnd.text.endsWith(' ')) titleEnd.spaceAfter = true;
      // The dot leader is decoration: an artifact, so a screen reader hears the title and the page.
      if (count > 1) marks.push({ kind: 'text', x: numberRight - numberWidth - TOC.leaderGap - count * dot, baseline, text: '.'.repeat(count), face: 'regular', size: style.size, gray: TOC.leaderGray });
      marks.push({ kind: 'text', x: numberRight - numberWidth, baseline, text: number, face: 'regular', size: style.size, tag: link });
      // The Link's text as typed, where its title has replaced characters, ends with its page too.
      if (link.actualText !== undefined) link.actualText += ` ${number}`;
    }
    return slices;
  });
  // No entry alone at the top of a page: the last goes over with the one before it.
  const lastEntry = entries.length - (entries.length > 0 ? entryLines(entries) : 0);
  if (lastEntry > 0) entries[lastEntry - 1] = { ...entries[lastEntry - 1]!, keepWithNext: true };
  return { slices: [title, ...entries], spaceAfter: TOC.spaceAfter };
}

/** How many lines (slices) the last entry of the list has: those after the last that does not keep with the next. */
function entryLines(entries: readonly Slice[]): number {
  let lines = 1;
  while (lines < entries.length && entries[entries.length - 1 - lines]!.keepWithNext) lines++;
  return lines;
}
