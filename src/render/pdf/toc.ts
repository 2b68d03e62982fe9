import type { Heading } from '../../document';
import type { BlockLayout, LayoutContext } from './blocks';
import { breakLines } from './line-break';
import { structNode } from './structure';
import type { Mark, Slice } from './slices';
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
  // "Contents" is the list's own heading (a paragraph: it is not one of the document's headings),
  // then a TOC of one TOCI per entry, each a Link to its heading.
  const title: Slice = {
    role: 'toc', block, height: lineHeight(titleStyle), spaceBefore: titleStyle.spaceBefore, keepWithNext: headings.length > 0,
    marks: titleLine ? lineMarks(titleLine, titleStyle, 0, 0, metrics.ascent, metrics.descent, structNode('P')) : [],
  };
  const toc = structNode('TOC');
  const style = TEXT.tocEntry;
  const height = lineHeight(style);
  const numberRight = CONTENT_WIDTH;
  const entries = headings.map((heading, index): Slice => {
    const x = (heading.level - 1) * TOC.levelIndent;
    const face = heading.level === 1 ? 'bold' : 'regular';
    const width = CONTENT_WIDTH - x - TOC.numberColumn;
    const lines = breakLines([{ type: 'text', text: heading.text }], { face, size: style.size, width }, metrics, ctx.missing);
    const link = structNode('Link', structNode('TOCI', toc));
    const marks: Mark[] = lines.flatMap((line, i) => lineMarks(line, style, x, i * height, metrics.ascent, metrics.descent, link));
    const page = pages?.[index];
    const last = lines[lines.length - 1];
    const baseline = (Math.max(1, lines.length) - 1) * height + baselineOffset(style, metrics.ascent, metrics.descent);
    if (page !== undefined && last) {
      const number = String(page);
      const numberWidth = metrics.width(number, 'regular', style.size);
      const dot = metrics.width('.', 'regular', style.size);
      const from = x + last.width + TOC.leaderGap;
      const count = Math.floor((numberRight - numberWidth - TOC.leaderGap - from) / dot);
      // The dot leader is decoration: an artifact, so a screen reader hears the title and the page.
      if (count > 1) marks.push({ kind: 'text', x: numberRight - numberWidth - TOC.leaderGap - count * dot, baseline, text: '.'.repeat(count), face: 'regular', size: style.size, gray: TOC.leaderGray });
      marks.push({ kind: 'text', x: numberRight - numberWidth, baseline, text: number, face: 'regular', size: style.size, tag: link });
    }
    const total = Math.max(1, lines.length) * height;
    return {
      role: 'toc', block, height: total, spaceBefore: index === 0 ? 0 : style.spaceAfter, keepWithNext: false, marks,
      links: [{ heading: index, y: 0, height: total, tag: link }],
      structure: [link],
    };
  });
  return { slices: [title, ...entries], spaceAfter: TOC.spaceAfter };
}
