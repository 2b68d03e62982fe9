import type { Heading, Inline, List, Paragraph, TitleBlock } from '../../document';
import { breakLines } from './line-break';
import type { Metrics } from './metrics';
import type { Slice } from './slices';
import { lineHeight, lineMarks, textSlices } from './slices';
import type { TextStyle } from './styles';
import { structNode, type StructNode } from './structure';
import { CONTENT_WIDTH, LIST, TEXT, TITLE_BLOCK } from './styles';

export interface LayoutContext {
  metrics: Metrics;
  /** Characters the font lacks, as the user typed them. */
  missing: Set<string>;
}

/** A block's slices and the space it wants below it (collapsed with the next block's space above). */
export interface BlockLayout { slices: Slice[]; spaceAfter: number }

const text = (value: string): Inline[] => [{ type: 'text', text: value }];

/** A structure element of a block written in another language than the document's. */
export function inLanguage(node: StructNode, lang: string | undefined): StructNode {
  if (lang !== undefined) node.lang = lang;
  return node;
}

function setText(content: readonly Inline[], style: TextStyle, block: number, ctx: LayoutContext, tag: StructNode, x = 0, width = CONTENT_WIDTH): Slice[] {
  const lines = breakLines(content, { face: style.face, size: style.size, width }, ctx.metrics, ctx.missing, tag);
  return textSlices(lines, style, x, width, block, ctx.metrics.ascent, ctx.metrics.descent, tag);
}

export function paragraphLayout(node: Paragraph, block: number, ctx: LayoutContext): BlockLayout {
  const style = TEXT[node.style];
  const slices = setText(node.content, style, block, ctx, inLanguage(structNode('P'), node.lang));
  const last = slices[slices.length - 1];
  if (node.keepWithNext && last) slices[slices.length - 1] = { ...last, keepWithNext: true };
  return { slices, spaceAfter: style.spaceAfter };
}

/** Every line of a heading is kept with the next, so a heading never ends a page. */
export function headingLayout(node: Heading, block: number, headingIndex: number, ctx: LayoutContext): BlockLayout {
  const style = TEXT[`heading${node.level}`];
  const tag = inLanguage(structNode(`H${node.level}`), node.lang);
  const slices = setText(text(node.text), style, block, ctx, tag).map((slice) => ({ ...slice, role: 'heading' as const, keepWithNext: true }));
  // An empty heading still gets a (blank) line, so that every heading has a page for the contents.
  const first = slices[0] ?? { role: 'heading', block, height: lineHeight(style), spaceBefore: style.spaceBefore, keepWithNext: true, marks: [] };
  if (slices.length === 0) slices.push(first);
  first.heading = { text: node.text, level: node.level, index: headingIndex };
  first.structure = [tag];
  return { slices, spaceAfter: style.spaceAfter };
}

/** The title and subtitle lines stay together at the top of the first page. */
export function titleLayout(node: TitleBlock, block: number, ctx: LayoutContext): BlockLayout {
  // The document's title is its first heading; each subtitle line is a paragraph.
  const title = setText(text(node.text), TEXT.title, block, ctx, structNode('H1'));
  const subtitle = node.subtitle.flatMap((line, i) =>
    setText(text(line), { ...TEXT.subtitle, spaceBefore: i === 0 ? TITLE_BLOCK.subtitleGap : 0 }, block, ctx, structNode('P')));
  const slices = [...title, ...subtitle].map((slice) => ({ ...slice, role: 'title' as const, keepWithNext: true }));
  const last = slices[slices.length - 1];
  if (last) last.keepWithNext = false;
  return { slices, spaceAfter: TITLE_BLOCK.spaceAfter };
}

/** A list with hanging indents: the marker in the indent, every line of an item's text aligned. */
export function listLayout(node: List, block: number, ctx: LayoutContext): BlockLayout {
  if (node.centered) return centeredListLayout(node, block, ctx);
  const style = TEXT.listItem;
  const textX = LIST.indent + LIST.hang;
  const width = CONTENT_WIDTH - textX;
  const list = structNode('L');
  const slices = node.items.flatMap((item, i) => {
    const entry = structNode('LI', list);
    const label = structNode('Lbl', entry);
    const lines = setText(item, style, block, ctx, structNode('LBody', entry), textX, width);
    const first = lines[0];
    if (!first) return [];
    first.spaceBefore = i === 0 ? LIST.spaceBefore : style.spaceAfter;
    const marker = node.ordered ? `${i + 1}.` : '\u2022';
    const markerWidth = ctx.metrics.width(marker, style.face, style.size);
    const markerX = node.ordered ? textX - LIST.markerGap - markerWidth : LIST.indent;
    const [markerMark] = lineMarks(
      { fragments: [{ text: marker, face: style.face, x: 0, width: markerWidth }], width: markerWidth, joined: false },
      style, markerX, 0, ctx.metrics.ascent, ctx.metrics.descent, label);
    if (markerMark) first.marks.unshift(markerMark);
    return lines;
  });
  return { slices, spaceAfter: LIST.spaceAfter };
}

/**
 * A list set as centred paragraphs, each item spaced as a paragraph of its own would be: a list
 * of items without labels (L, LI, LBody) to a screen reader, which says how many there are.
 */
function centeredListLayout(node: List, block: number, ctx: LayoutContext): BlockLayout {
  const style = TEXT.center;
  const list = structNode('L');
  const slices = node.items.flatMap((item, i) => {
    const lines = setText(item, style, block, ctx, structNode('LBody', structNode('LI', list)));
    if (lines[0] && i > 0) lines[0].spaceBefore = Math.max(style.spaceBefore, style.spaceAfter);
    return lines;
  });
  return { slices, spaceAfter: style.spaceAfter };
}
