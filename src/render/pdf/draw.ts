import { contentHashNote, startsWithCover, type DocumentMeta } from '../../document/model';
import { ContentWriter } from './content';
import type { TextSetter } from './encode';
import { FONT_RESOURCE } from './encode';
import type { Face } from './faces';
import { FACES } from './faces';
import type { DocumentLayout } from './layout';
import type { Metrics } from './metrics';
import type { Mark } from './slices';
import { FOOTER, HEADER, PAGE, WATERMARK } from './styles';
import { cleanText } from './text';
import type { StructNode, StructureTree } from './structure';
import { watermarkXObject } from './watermark';
import type { PdfWriter } from './writer';
import { ref } from './writer';

/** A drawn page: its object number (written last, by index.ts), its content stream's and its annotations'. */
export interface PdfPage { ref: number; contents: number; resources: number; annotations: number[] }

interface Pen {
  out: ContentWriter;
  setter: TextSetter;
  metrics: Metrics;
  tree: StructureTree;
  page: number;
  /** The element whose marked content is open, or null for an artifact, undefined for none. */
  open?: StructNode | null;
}

/** Opens the marked content `tag` is drawn in (an artifact when null), unless it is open already. */
function markAs(pen: Pen, tag: StructNode | null): void {
  if (pen.open === tag) return;
  pen.out.beginMarked(tag ? tag.type : 'Artifact', tag ? pen.tree.content(tag, pen.page) : null);
  pen.open = tag;
}

const WATERMARK_RESOURCE = 'Wm';

/**
 * Sets `value` with its baseline's start at (x, y). Positional arguments, and the space after a
 * line's end set on its own, because this runs for every mark: an options object and a copy of
 * the text for each were a good part of what drawing allocated.
 */
function text(pen: Pen, value: string, x: number, y: number, size: number, face: Face, gray = 0, spaceAfter = false): void {
  pen.out.openString(FONT_RESOURCE[face], size, x, y, gray);
  pen.setter.encode(value, face, pen.out);
  if (spaceAfter) pen.setter.encode(' ', face, pen.out);
  pen.out.closeString();
}

/** From the layout's coordinates (points from the text area's top-left, y down) to PDF's (from the page's bottom-left, y up). */
const pdfX = (x: number) => PAGE.margin + x;
const pdfY = (y: number) => PAGE.height - PAGE.margin - y;

function drawMark(pen: Pen, mark: Mark, top: number, repeated: boolean, lineEnd: boolean): void {
  markAs(pen, mark.kind === 'text' && !repeated ? mark.tag ?? null : null);
  switch (mark.kind) {
    case 'text':
      text(pen, mark.text, pdfX(mark.x), pdfY(top + mark.baseline), mark.size, mark.face, mark.gray, lineEnd || mark.spaceAfter === true);
      return;
    case 'rule':
      pen.out.line(pdfX(mark.x1), pdfY(top + mark.y1), pdfX(mark.x2), pdfY(top + mark.y2), mark.thickness, 0);
      return;
    case 'fill':
      pen.out.rect(pdfX(mark.x), pdfY(top + mark.y + mark.height), mark.width, mark.height, mark.gray);
      return;
  }
}

/** The header text cut to one line, with an ellipsis when it is too long. */
function fitHeader(text: string, metrics: Metrics, width: number): string {
  const fits = (s: string) => metrics.width(s, HEADER.face, HEADER.size) <= width;
  if (fits(text)) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(`${chars.slice(0, mid).join('')}\u2026`)) low = mid; else high = mid - 1;
  }
  return `${chars.slice(0, low).join('').trimEnd()}\u2026`;
}

/** The document's short name on the left, DRAFT on the right of a draft, and a rule below them. */
function drawHeader(pen: Pen, header: string, draft: boolean): void {
  let width = PAGE.width - 2 * PAGE.margin;
  if (draft) {
    const markWidth = pen.metrics.width(WATERMARK.text, 'bold', HEADER.size);
    text(pen, WATERMARK.text, PAGE.width - PAGE.margin - markWidth, PAGE.height - HEADER.baselineFromTop, HEADER.size, 'bold', HEADER.gray);
    width -= markWidth + 12;
  }
  if (header !== '' || draft) {
    if (header !== '') text(pen, fitHeader(header, pen.metrics, width), PAGE.margin, PAGE.height - HEADER.baselineFromTop, HEADER.size, HEADER.face, HEADER.gray);
    const y = PAGE.height - HEADER.ruleFromTop;
    pen.out.line(PAGE.margin, y, PAGE.width - PAGE.margin, y, HEADER.rule, HEADER.gray);
  }
}

/** The running header (none for `null`, on a cover) and the footer, as artifacts. */
function drawRunningText(pen: Pen, header: string | null, draft: boolean, pageNumber: number, pageCount: number, note: string | null): void {
  markAs(pen, null);
  if (header !== null) drawHeader(pen, header, draft);
  const footer = `Page ${pageNumber} of ${pageCount}${note ? ` · ${note}` : ''}`;
  const footerWidth = pen.metrics.width(footer, FOOTER.face, FOOTER.size);
  text(pen, footer, (PAGE.width - footerWidth) / 2, FOOTER.baselineFromBottom, FOOTER.size, FOOTER.face, FOOTER.gray);
}

type TextMark = Extract<Mark, { kind: 'text' }>;

/**
 * The text marks that end a line inside an element whose text goes on below (or on the next
 * page): each is drawn with a space after it, so that the element's text, read from the
 * structure, has a space where the line broke ("for Commercially", not "forCommercially"),
 * unless the line broke inside a word ("trauma-" then "informed").
 */
function lineEnds(layout: DocumentLayout): Set<Mark> {
  const ends = new Set<Mark>();
  let previous: TextMark | null = null;
  let previousY = 0;
  // Indexed loops here and in drawPages: every mark passes through them, and a fresh process
  // would make an iterator result for each one in a for-of loop.
  for (let p = 0; p < layout.pages.length; p++) {
    const { placed } = layout.pages[p]!;
    for (let s = 0; s < placed.length; s++) {
      const { slice, top } = placed[s]!;
      if (slice.repeated) continue;
      for (let m = 0; m < slice.marks.length; m++) {
        const mark = slice.marks[m]!;
        if (mark.kind !== 'text' || !mark.tag) continue;
        const y = p * 10_000 + top + mark.baseline;
        if (previous && previous.tag === mark.tag && previousY !== y && !previous.text.endsWith(' ') && !previous.joinsNext) ends.add(previous);
        previous = mark;
        previousY = y;
      }
    }
  }
  return ends;
}

/** One resource dictionary for every page: the four faces and, in a draft, the DRAFT mark. */
function sharedResources(writer: PdfWriter, setter: TextSetter, watermark: number | null): number {
  const fonts = FACES.map((face) => `/${FONT_RESOURCE[face]} ${ref(setter.refs[face])}`).join('');
  return writer.add(`<</Font<<${fonts}>>${watermark === null ? '' : `/XObject<</${WATERMARK_RESOURCE} ${ref(watermark)}>>`}>>`);
}

/** Draws every page: the DRAFT mark first so that the text lies over it, then the text, header and footer. */
export function drawPages(writer: PdfWriter, layout: DocumentLayout, meta: DocumentMeta, setter: TextSetter, metrics: Metrics, missing: Set<string>, tree: StructureTree): PdfPage[] {
  const draft = meta.marking === 'draft';
  const header = cleanText(meta.header, HEADER.face, metrics, missing).replace(/\n/g, ' ');
  const resources = sharedResources(writer, setter, draft ? watermarkXObject(writer, metrics) : null);
  const pen: Pen = { out: new ContentWriter(), setter, metrics, tree, page: 0 };
  const breaks = lineEnds(layout);
  const note = contentHashNote(meta);
  const cover = startsWithCover(layout.blocks);
  return layout.pages.map((laid, index) => {
    pen.page = index;
    pen.open = undefined;
    if (draft) {
      markAs(pen, null);
      pen.out.xObject(WATERMARK_RESOURCE);
    }
    for (let s = 0; s < laid.placed.length; s++) {
      const { slice, top } = laid.placed[s]!;
      if (!slice.repeated && slice.structure) for (const node of slice.structure) tree.place(node);
      const repeated = slice.repeated === true;
      for (let m = 0; m < slice.marks.length; m++) drawMark(pen, slice.marks[m]!, top, repeated, breaks.has(slice.marks[m]!));
    }
    // The cover has no header (its DRAFT mark is the one across the page); every page has its footer.
    drawRunningText(pen, cover && index === 0 ? null : header, draft, index + 1, layout.pages.length, note);
    return { ref: writer.reserve(), contents: writer.stream('', pen.out.page()), resources, annotations: [] };
  });
}
