import { Document, Packer } from 'docx';
// The writer imports the model file, not the document index, so that it does not pull in the
// templates and Handlebars: it is handed a finished document and needs only its types.
import { startsWithCover, type MouDocument } from '../../document/model';
import type { PdfFonts } from '../pdf/faces';
import { checkFonts } from '../pdf/faces';
import { layoutDocument } from '../pdf/layout';
import { createMetrics } from '../pdf/metrics';
import { renderBlocks } from './blocks';
import { WordComments } from './comments';
import { TrackedChanges } from './inline';
import { embeddedFontParts, familyName, settingsPart } from './fonts';
import { coverHeader, pageFooter, runningHeader } from './page';
import { calendarDate, corePropertiesXml } from './properties';
import { documentStyles, NUMBERING, PAGE } from './styles';
import { dosDate, pinZipDates } from './zip-dates';

export { xmlSafe } from './text';

/** The MIME type to give a Blob or download of `renderDocx`'s bytes. */
export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Zip stamps for a document without a usable date: the earliest a zip file can hold. */
const FALLBACK_STAMP = dosDate(1980, 1, 1);

/**
 * The Word file of a document: a pure function of the document model and the PDF's fonts, in the
 * browser as in Node. It is set like the PDF, in the same embedded typeface, and its contents list
 * carries the page numbers of the PDF's layout, so it reads complete before any field update.
 * The same document always gives the same bytes: the file's dates are `meta.createdOn`, never the
 * time it was rendered.
 */
export async function renderDocx(doc: MouDocument, fonts: PdfFonts): Promise<Uint8Array> {
  if (typeof doc !== 'object' || doc === null || !Array.isArray(doc.blocks) || typeof doc.meta !== 'object' || doc.meta === null) {
    throw new TypeError('renderDocx needs a MouDocument ({ meta, blocks }); build one with buildDocument(draft).');
  }
  checkFonts(fonts, 'renderDocx');
  const { meta } = doc;
  const layout = layoutDocument(doc, createMetrics(fonts));
  const comments = new WordComments();
  // The blocks as the PDF's layout set them: a cover's list too long for it is said as the PDF says it.
  const children = renderBlocks(layout.blocks, layout, comments, new TrackedChanges(meta));
  const cover = startsWithCover(layout.blocks);
  const file = new Document({
    // A final document's content hash, for a script or a records system to read (Word: File, Properties, Custom).
    // With it, what the document is when it is not the MOU, as the PDF says.
    ...(meta.contentHash ? { customProperties: [{ name: 'CSECContentHash', value: meta.contentHash },
      ...(meta.kind ? [{ name: 'CSECDocument', value: meta.kind }] : [])] } : {}),
    styles: documentStyles(familyName(fonts)),
    numbering: NUMBERING,
    sections: [{
      properties: {
        page: {
          size: { width: PAGE.width, height: PAGE.height },
          margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin,
            header: PAGE.header, footer: PAGE.footer },
        },
        // A cover has no running header, as in the PDF (Word's "different first page"); its footer is every page's.
        ...(cover && { titlePage: true }),
      },
      headers: { default: runningHeader(meta), ...(cover && { first: coverHeader() }) },
      footers: { default: pageFooter(meta, layout.pages.length), ...(cover && { first: pageFooter(meta, layout.pages.length) }) },
      children,
    }],
    // Reviewers' comments, when the document carries them (a draft sent back for review).
    ...(comments.options.length > 0 ? { comments: { children: comments.options } } : {}),
  });
  // 'uint8array' is the one output that is the same in browsers and Node (no Buffer, no Blob).
  // The document properties, settings and font table are our own, written in place of docx's
  // (see properties.ts and fonts.ts).
  const zip = await Packer.pack(file, 'uint8array', false, [
    { path: 'docProps/core.xml', data: corePropertiesXml(meta) },
    settingsPart(),
    ...embeddedFontParts(fonts, JSON.stringify(doc)),
  ]);
  const date = calendarDate(meta.createdOn);
  return pinZipDates(zip, date ? dosDate(date.year, date.month, date.day) : FALLBACK_STAMP);
}
