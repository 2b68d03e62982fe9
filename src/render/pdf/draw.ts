import type { PDFDocument, PDFName, PDFPage } from 'pdf-lib';
import { degrees, grayscale } from 'pdf-lib';
import type { DocumentMeta } from '../../document';
import type { EmbeddedFaces, TextOptions } from './encode';
import { setText, TextSetter } from './encode';
import type { Face } from './faces';
import type { DocumentLayout } from './layout';
import type { Metrics } from './metrics';
import type { Mark } from './slices';
import { FOOTER, HEADER, PAGE, WATERMARK } from './styles';
import { cleanText } from './text';

interface Pen { page: PDFPage; names: Record<Face, PDFName>; setter: TextSetter; metrics: Metrics }

const text = (pen: Pen, value: string, options: TextOptions) => setText(pen.page, pen.names, pen.setter, value, options);

/** From the layout's coordinates (points from the text area's top-left, y down) to PDF's (from the page's bottom-left, y up). */
const pdfX = (x: number) => PAGE.margin + x;
const pdfY = (y: number) => PAGE.height - PAGE.margin - y;

function drawMark(pen: Pen, mark: Mark, top: number): void {
  switch (mark.kind) {
    case 'text':
      text(pen, mark.text, { x: pdfX(mark.x), y: pdfY(top + mark.baseline), size: mark.size, face: mark.face, gray: mark.gray });
      return;
    case 'rule':
      pen.page.drawLine({
        start: { x: pdfX(mark.x1), y: pdfY(top + mark.y1) }, end: { x: pdfX(mark.x2), y: pdfY(top + mark.y2) },
        thickness: mark.thickness, color: grayscale(0),
      });
      return;
    case 'fill':
      pen.page.drawRectangle({
        x: pdfX(mark.x), y: pdfY(top + mark.y + mark.height), width: mark.width, height: mark.height, color: grayscale(mark.gray),
      });
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

function drawWatermark(pen: Pen): void {
  const { size, angle } = WATERMARK;
  const width = pen.metrics.width(WATERMARK.text, WATERMARK.face, size);
  const height = 0.7 * size; // about the height of capitals
  const rad = (angle * Math.PI) / 180;
  // Rotation turns the text about its start, so start where the centre of the turned text is the page's.
  const x = PAGE.width / 2 - ((width / 2) * Math.cos(rad) - (height / 2) * Math.sin(rad));
  const y = PAGE.height / 2 - ((width / 2) * Math.sin(rad) + (height / 2) * Math.cos(rad));
  // Drawn as outlines, not text: as text it would be extracted letter by letter into the middle of
  // the page's words, breaking search and copying. The header says DRAFT in words.
  pen.page.drawSvgPath(pen.metrics.outline(WATERMARK.text, WATERMARK.face), {
    x, y, scale: size / 1000, rotate: degrees(angle), color: grayscale(WATERMARK.gray), borderWidth: 0,
  });
}

function drawRunningText(pen: Pen, header: string, draft: boolean, pageNumber: number, pageCount: number): void {
  let width = PAGE.width - 2 * PAGE.margin;
  if (draft) {
    const markWidth = pen.metrics.width(WATERMARK.text, 'bold', HEADER.size);
    text(pen, WATERMARK.text, { x: PAGE.width - PAGE.margin - markWidth, y: PAGE.height - HEADER.baselineFromTop, size: HEADER.size, face: 'bold', gray: HEADER.gray });
    width -= markWidth + 12;
  }
  if (header !== '' || draft) {
    if (header !== '') text(pen, fitHeader(header, pen.metrics, width), {
      x: PAGE.margin, y: PAGE.height - HEADER.baselineFromTop, size: HEADER.size, face: HEADER.face, gray: HEADER.gray,
    });
    pen.page.drawLine({
      start: { x: PAGE.margin, y: PAGE.height - HEADER.ruleFromTop }, end: { x: PAGE.width - PAGE.margin, y: PAGE.height - HEADER.ruleFromTop },
      thickness: HEADER.rule, color: grayscale(HEADER.gray),
    });
  }
  const footer = `Page ${pageNumber} of ${pageCount}`;
  const footerWidth = pen.metrics.width(footer, FOOTER.face, FOOTER.size);
  text(pen, footer, { x: (PAGE.width - footerWidth) / 2, y: FOOTER.baselineFromBottom, size: FOOTER.size, face: FOOTER.face, gray: FOOTER.gray });
}

/** Draws every page: the DRAFT mark first so that the text lies over it, then the text, header and footer. */
export function drawPages(pdf: PDFDocument, layout: DocumentLayout, meta: DocumentMeta, fonts: EmbeddedFaces, metrics: Metrics, missing: Set<string>): PDFPage[] {
  const header = cleanText(meta.header, HEADER.face, metrics, missing).replace(/\n/g, ' ');
  const setter = new TextSetter(fonts);
  return layout.pages.map((laid, index) => {
    const page = pdf.addPage([PAGE.width, PAGE.height]);
    const pen: Pen = { page, names: setter.register(page), setter, metrics };
    if (meta.marking === 'draft') drawWatermark(pen);
    for (const { slice, top } of laid.placed) for (const mark of slice.marks) drawMark(pen, mark, top);
    drawRunningText(pen, header, meta.marking === 'draft', index + 1, layout.pages.length);
    return page;
  });
}
