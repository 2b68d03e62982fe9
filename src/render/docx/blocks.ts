import { HeadingLevel, Paragraph, Table } from 'docx';
import type { FileChild, ParagraphChild } from 'docx';
import { plainText } from '../../document/model';
import type { Block, Paragraph as ParagraphNode } from '../../document/model';

type SignatureBlock = Extract<Block, { type: 'signature' }>;
import { assertNever } from '../../lib/assert-never';
import type { WordComments } from './comments';
import { direction, plainRun, runs, trackedMark, type TrackedChanges } from './inline';
import { LIST, LIST_SPACE_AFTER, SIGNATURE, STYLE, TABLE_SPACE_AFTER, TITLE_BLOCK_SPACE_AFTER, TOP_OF_PAGE } from './styles';
import { blocksAcrossPages, dataTable, signatureTable, tablesWithRowsCut } from './tables';
import type { DocumentLayout } from '../pdf/layout';
import { oneLine, xmlSafe } from './text';
import { bookmarked, tableOfContents, tocEntries } from './toc';
import type { TocEntry } from './toc';

const PARAGRAPH_STYLE: Record<ParagraphNode['style'], string> = {
  body: STYLE.body,
  note: STYLE.note,
  center: STYLE.center,
};

const HEADING = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** What a block needs from the blocks before it. */
interface Place {
  /** A page break came just before: the block's first paragraph starts a new page. */
  breakBefore: boolean;
  /**
   * A paragraph that leads into a list or a table ("The parties agree:") stays with its start, as
   * in the PDF, unless the PDF split it across pages (blocksAcrossPages).
   */
  leadsIn: boolean;
  /** The PDF set the block across a page break: it is not asked to stay whole with the next. */
  split: boolean;
  /** A table's rows each stay on one page: the PDF cut none of them. */
  rowsWhole: boolean;
  /** A fresh numbering instance, so that each list counts from 1. */
  nextList: () => number;
  /** Every heading's table-of-contents entry, in order, and the entry of the next heading. */
  toc: readonly TocEntry[];
  nextHeading: () => TocEntry | undefined;
  /** Numbers the block's comments and puts their ranges around a paragraph's content. */
  comments: WordComments;
  /** A redline's tracked changes: author, date and ids. */
  tracked: TrackedChanges;
  /** For a signature block kept with the next: it and the blocks kept with it, set as one table. */
  signatures?: readonly SignatureBlock[];
}

/**
 * The space below a table, as the space below an empty paragraph: Word joins two tables that touch,
 * and text would sit on the last row. The next paragraph's space above, if larger, wins over it,
 * as it does over the table's space below in the PDF.
 */
const afterTable = (children: ParagraphChild[] = []) => new Paragraph({ style: STYLE.spacer, spacing: { after: TABLE_SPACE_AFTER }, children });

function block(node: Exclude<Block, { type: 'pageBreak' }>, place: Place): FileChild[] {
  // A page break becomes "page break before" on the next paragraph rather than a paragraph of its
  // own, which would leave an empty line at the top of the new page.
  const breakBefore = place.breakBefore ? { pageBreakBefore: true } : {};
  // A block's comments go around its first paragraph (for a table, the spacer paragraph beside it).
  const commented = (content: ParagraphChild[]) => place.comments.around(node.comments, content);
  switch (node.type) {
    case 'title': {
      // The space below the block goes on its last line, title or subtitle.
      const below = (last: boolean) => (last ? { after: TITLE_BLOCK_SPACE_AFTER } : undefined);
      return [
        // At the top of the cover, where the PDF sets no space above it.
        new Paragraph({ heading: HeadingLevel.TITLE, ...breakBefore, spacing: { before: 0, ...below(node.subtitle.length === 0) }, ...direction(oneLine(node.text)), children: commented([plainRun(node.text)]) }),
        // The Subtitle style's space above parts the title from the first line only, as in the PDF.
        ...node.subtitle.map((line, i) => new Paragraph({
          style: STYLE.subtitle, spacing: i === 0 ? below(node.subtitle.length === 1) : { before: 0, ...below(i === node.subtitle.length - 1) },
          ...direction(oneLine(line)), children: [plainRun(line)],
        })),
      ];
    }
    case 'heading':
      return [new Paragraph({
        heading: HEADING[node.level] ?? HeadingLevel.HEADING_3,
        ...breakBefore,
        ...(place.breakBefore && TOP_OF_PAGE),
        ...direction(oneLine(node.text)),
        children: commented(bookmarked(place.nextHeading(), [plainRun(node.text, {}, node.lang)])),
      })];
    case 'paragraph':
      return [new Paragraph({
        style: PARAGRAPH_STYLE[node.style] ?? STYLE.body,
        ...breakBefore,
        ...((place.leadsIn || node.keepWithNext) && !place.split && { keepNext: true }),
        ...direction(xmlSafe(plainText(node.content))),
        ...trackedMark(node.content, place.tracked),
        children: commented(runs(node.content, place.tracked, node.lang)),
      })];
    case 'list': {
      // Centred items, as the Parties on the cover, are centred paragraphs: Word's lists are numbered or bulleted.
      if (node.centered) {
        return node.items.map((item, index) => new Paragraph({
          style: STYLE.center,
          ...(index === 0 && breakBefore),
          ...direction(xmlSafe(plainText(item))),
          ...trackedMark(item, place.tracked),
          children: index === 0 ? commented(runs(item, place.tracked)) : runs(item, place.tracked),
        }));
      }
      const numbering = { reference: node.ordered ? LIST.ordered : LIST.bullet, level: 0, instance: place.nextList() };
      return node.items.map((item, index) => new Paragraph({
        numbering,
        ...(index === 0 && breakBefore),
        ...(index === node.items.length - 1 && { spacing: { after: LIST_SPACE_AFTER } }),
        ...direction(xmlSafe(plainText(item))),
        ...trackedMark(item, place.tracked),
        children: index === 0 ? commented(runs(item, place.tracked)) : runs(item, place.tracked),
      }));
    }
    case 'table':
      return [...pageBreakParagraph(place), ...dataTable(node, place.tracked, place.rowsWhole), afterTable(commented([]))];
    case 'signature': {
      // The space above the block is a Spacer paragraph of that height, which also starts its page.
      // Blocks kept together are one table, each row kept with the next: LibreOffice keeps a
      // table's rows so, where it does not keep a table with the paragraph after it.
      const group = place.signatures ?? [node];
      return [
        new Paragraph({ style: STYLE.spacer, ...breakBefore, keepNext: true, spacing: { before: SIGNATURE.spaceBefore },
          children: place.comments.around(group.flatMap((member) => member.comments ?? []), []) }),
        signatureTable(group),
      ];
    }
    case 'toc':
      return tableOfContents(place.toc, breakBefore);
    default:
      return assertNever(node, 'block');
  }
}

/**
 * A page break of its own, for blocks that start with a table: Word ignores "page break before"
 * inside a table. It is an empty paragraph that starts a page, rather than a break character,
 * because LibreOffice and Word agree on where that puts the break; it is a Spacer, 1 pt high, so
 * it does not push the table down a line.
 */
function pageBreakParagraph(place: Place): Paragraph[] {
  return place.breakBefore ? [new Paragraph({ style: STYLE.spacer, pageBreakBefore: true })] : [];
}

/** The body of the Word file, block by block. */
export function renderBlocks(blocks: readonly Block[], layout: DocumentLayout, comments: WordComments, tracked: TrackedChanges): FileChild[] {
  const pages = layout.headings.map((heading) => heading.page);
  const rowsCut = tablesWithRowsCut(blocks, layout);
  const split = blocksAcrossPages(layout);
  const children: FileChild[] = [];
  let lists = 0;
  let headings = 0;
  let breakBefore = false;
  const toc = tocEntries(blocks, pages);
  const nextList = () => ++lists;
  const nextHeading = () => toc[headings++];
  for (let index = 0; index < blocks.length; index++) {
    const node = blocks[index]!;
    if (node.type === 'pageBreak') {
      // "Start the next block on a new page": breaks in a row ask for one new page, not blank
      // ones, and a break before any content asks for nothing (as in the PDF writer).
      breakBefore = children.length > 0;
      continue;
    }
    const next = blocks[index + 1]?.type;
    const leadsIn = node.type === 'paragraph' && (next === 'list' || next === 'table');
    // A signature block kept with the next takes the signature blocks that follow it in the chain.
    let signatures: SignatureBlock[] | undefined;
    if (node.type === 'signature' && node.keepWithNext) {
      signatures = [node];
      for (let last = node; last.keepWithNext && blocks[index + 1]?.type === 'signature'; index++) {
        last = blocks[index + 1] as SignatureBlock;
        signatures.push(last);
      }
    }
    const rendered = block(node, { breakBefore, leadsIn, split: split.has(index), rowsWhole: !rowsCut.has(index), nextList, toc, nextHeading, comments, tracked, ...(signatures && { signatures }) });
    // Word joins two tables that touch: a Spacer parts them.
    if (children.at(-1) instanceof Table && rendered[0] instanceof Table) children.push(new Paragraph({ style: STYLE.spacer }));
    children.push(...rendered);
    // A block that rendered to nothing (an empty list) hands its page break on to the next one.
    if (rendered.length > 0) breakBefore = false;
  }
  // A break after the last block is dropped: it would only add a blank last page. A body needs
  // one paragraph for Word to put the cursor in, as a new Word document has, and Word wants one
  // after a table that ends it. Only where needed: empty paragraphs in a row are what Word's
  // accessibility checker reports as repeated blank characters, and a screen reader reads each.
  if (children.length === 0 || children.at(-1) instanceof Table) children.push(new Paragraph({ style: children.length === 0 ? STYLE.body : STYLE.spacer }));
  return children;
}
