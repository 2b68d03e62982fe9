import { BorderStyle, Footer, Header, Paragraph, SimpleField, Tab, TextRun } from 'docx';
import { contentHashNote, type DocumentMeta } from '../../document/model';
import { STYLE } from './styles';
import { oneLine } from './text';

/**
 * The running header: the document's short name on the left and, on a draft, DRAFT on the right
 * of every page. The marking is header text rather than a watermark shape because text survives
 * every viewer, converter and printer, and docx gives watermark shapes a random id, which would
 * make the same draft produce different files.
 */
export function runningHeader(meta: DocumentMeta): Header {
  const draft = meta.marking === 'draft'
    // Bold and upright, as the PDF draws it, in a header whose style is italic.
    ? [new TextRun({ children: [new Tab(), 'DRAFT'], bold: true, italics: false })]
    : [];
  return new Header({
    children: [new Paragraph({ style: STYLE.header, children: [new TextRun(oneLine(meta.header)), ...draft] })],
  });
}

/**
 * The cover's header: empty, as the PDF's cover has none, and without the header style's rule,
 * which Word and LibreOffice would draw across the top of the cover.
 */
export function coverHeader(): Header {
  return new Header({ children: [new Paragraph({ style: STYLE.header, border: { bottom: { style: BorderStyle.NONE, size: 0, color: 'auto', space: 0 } }, children: [] })] });
}

/**
 * "Page X of Y" as fields, so Word and LibreOffice count the pages as they lay them out, and on a
 * final document its content hash, as the PDF prints it. The fields hold a result as Word saves
 * them (page 1 of the PDF layout's `pages`), for readers that show a field's saved result rather
 * than work it out: a previewer, a script reading the file.
 */
export function pageFooter(meta: DocumentMeta, pages: number): Footer {
  const note = contentHashNote(meta);
  return new Footer({
    children: [new Paragraph({
      style: STYLE.footer,
      children: [new TextRun('Page '), new SimpleField('PAGE', '1'), new TextRun(' of '), new SimpleField('NUMPAGES', String(pages)), ...(note ? [new TextRun(` · ${note}`)] : [])],
    })],
  });
}
