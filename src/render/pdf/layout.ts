import type { Block, Heading, MouDocument } from '../../document';
import { assertNever } from '../../lib/assert-never';
import type { BlockLayout, LayoutContext } from './blocks';
import { headingLayout, listLayout, paragraphLayout, titleLayout } from './blocks';
import type { Metrics } from './metrics';
import type { LaidPage } from './paginate';
import { paginate } from './paginate';
import { signatureLayout } from './signature';
import type { Slice } from './slices';
import { CONTENT_HEIGHT } from './styles';
import { tableLayout } from './table';
import { tocLayout } from './toc';

/** Where a heading landed: its 1-based page and its top within the text area. */
export interface PlacedHeading { text: string; level: 1 | 2 | 3; page: number; top: number }

export interface DocumentLayout {
  /** The blocks as laid out: the document's, but for a list said otherwise for want of room (fitFirstPage). */
  blocks: readonly Block[];
  pages: LaidPage[];
  headings: PlacedHeading[];
  /** Characters the font lacks, each once, in the order met. */
  missing: string[];
}

/** A block's layout and the characters it found missing, in the order met. */
interface LaidBlock { laid: BlockLayout; missing: Set<string> }

/** Every block but the contents list, which is laid out on each pass (null in its place). */
function layoutBlocks(doc: MouDocument, metrics: Metrics): (LaidBlock | null)[] {
  let headingsSeen = 0;
  return doc.blocks.map((block, index) => {
    if (block.type === 'toc') return null;
    const ctx: LayoutContext = { metrics, missing: new Set() };
    return { laid: blockLayout(block, index, () => headingsSeen++, ctx), missing: ctx.missing };
  });
}

function blockLayout(block: Exclude<Block, { type: 'toc' }>, index: number, nextHeading: () => number, ctx: LayoutContext): BlockLayout {
  switch (block.type) {
    case 'title': return titleLayout(block, index, ctx);
    case 'heading': return headingLayout(block, index, nextHeading(), ctx);
    case 'paragraph': return paragraphLayout(block, index, ctx);
    case 'list': return listLayout(block, index, ctx);
    case 'table': return tableLayout(block, index, ctx);
    case 'signature': return signatureLayout(block, index, ctx);
    case 'pageBreak':
      return { slices: [{ role: 'pageBreak', block: index, height: 0, spaceBefore: 0, keepWithNext: false, marks: [] }], spaceAfter: 0 };
    default: return assertNever(block, 'block type');
  }
}

/** Joins the blocks' slices (the laid blocks are shared between passes, so changed slices are copied) and paginates them. */
function layoutOnce(doc: MouDocument, blocks: (LaidBlock | null)[], metrics: Metrics, pages: number[] | null): DocumentLayout {
  const headings = doc.blocks.filter((block): block is Heading => block.type === 'heading');
  const missing = new Set<string>();
  const slices: Slice[] = [];
  let spaceAfter = 0;
  let previous: Block | undefined;
  doc.blocks.forEach((block, index) => {
    let laid: BlockLayout;
    if (block.type === 'toc') laid = tocLayout(headings, pages, index, { metrics, missing });
    else {
      const known = blocks[index]!;
      if (known.missing.size > 0) for (const char of known.missing) missing.add(char);
      laid = known.laid;
    }
    const first = laid.slices[0];
    if (!first) return;
    // A paragraph that leads into a list or a table ("The parties agree:") stays with its start.
    if (previous?.type === 'paragraph' && (block.type === 'list' || block.type === 'table')) slices.push({ ...slices.pop()!, keepWithNext: true });
    // Space between blocks is the larger of the two, as in CSS's collapsing margins.
    slices.push({ ...first, spaceBefore: Math.max(first.spaceBefore, spaceAfter) });
    for (let i = 1; i < laid.slices.length; i++) slices.push(laid.slices[i]!);
    spaceAfter = laid.spaceAfter;
    previous = block;
  });
  const laidPages = paginate(slices, CONTENT_HEIGHT);
  const placed: PlacedHeading[] = [];
  laidPages.forEach((page, p) => {
    for (let s = 0; s < page.placed.length; s++) {
      const { slice, top } = page.placed[s]!;
      if (slice.heading) placed.push({ text: slice.heading.text, level: slice.heading.level, page: p + 1, top });
    }
  });
  return { blocks: doc.blocks, pages: laidPages, headings: placed, missing: [...missing] };
}

/**
 * The first page (the cover) is a page of its own, ended by the first page break. When its blocks
 * run past it, a list there that says what to say instead (the Parties, too many for the cover)
 * gives way to that, set as a centred paragraph, and the document so changed is returned (null
 * when nothing changes). Its layout in `blocks` is replaced to match.
 */
function fitFirstPage(doc: MouDocument, blocks: (LaidBlock | null)[], metrics: Metrics, layout: DocumentLayout): MouDocument | null {
  const end = doc.blocks.findIndex((block) => block.type === 'pageBreak');
  if (end < 0) return null;
  const spills = layout.pages.slice(1).some((page) => page.placed.some(({ slice }) => slice.block < end));
  const index = doc.blocks.findIndex((block, i) => i < end && block.type === 'list' && block.instead !== undefined);
  const list = doc.blocks[index];
  if (!spills || list?.type !== 'list' || !list.instead) return null;
  // Where it came from, and the comments on it, go with it (the Word file's margin shows them).
  const { source, comments } = list;
  const instead: Block = { type: 'paragraph', style: 'center', content: list.instead, ...(source && { source }), ...(comments && { comments }) };
  const ctx: LayoutContext = { metrics, missing: new Set() };
  blocks[index] = { laid: blockLayout(instead, index, () => 0, ctx), missing: ctx.missing };
  return { ...doc, blocks: doc.blocks.map((block, i) => (i === index ? instead : block)) };
}

/**
 * Lays the document out twice: the first pass finds the page of every heading, the second prints
 * those numbers in the contents list. The list's height does not depend on them, so the second
 * pass places every heading where the first did; a third pass is a guard, not an expectation.
 * Only the contents list is set again on each pass: nothing else depends on the page numbers.
 */
export function layoutDocument(given: MouDocument, metrics: Metrics): DocumentLayout {
  const blocks = layoutBlocks(given, metrics);
  let layout = layoutOnce(given, blocks, metrics, null);
  const fitted = fitFirstPage(given, blocks, metrics, layout);
  const doc = fitted ?? given;
  if (fitted) layout = layoutOnce(doc, blocks, metrics, null);
  if (!doc.blocks.some((block) => block.type === 'toc')) return layout;
  for (let pass = 0; pass < 2; pass++) {
    const pages = layout.headings.map((heading) => heading.page);
    layout = layoutOnce(doc, blocks, metrics, pages);
    if (layout.headings.every((heading, i) => heading.page === pages[i])) break;
  }
  return layout;
}
