import { Document, Packer } from 'docx';
// The writer imports the model file, not the document index, so that it does not pull in the
// templates and Handlebars: it is handed a finished document and needs only its types.
import type { MouDocument } from '../../document/model';
import { renderBlocks } from './blocks';
import { pageFooter, runningHeader } from './page';
import { calendarDate, corePropertiesXml } from './properties';
import { NUMBERING, PAGE, STYLES } from './styles';
import { dosDate, pinZipDates } from './zip-dates';

export { xmlSafe } from './text';

/** The MIME type to give a Blob or download of `renderDocx`'s bytes. */
export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Zip stamps for a document without a usable date: the earliest a zip file can hold. */
const FALLBACK_STAMP = dosDate(1980, 1, 1);

/**
 * The Word file of a document: a pure function of the document model, in the browser as in Node.
 * The same document always gives the same bytes: the file's dates are `meta.createdOn`, never the
 * time it was rendered.
 */
export async function renderDocx(doc: MouDocument): Promise<Uint8Array> {
  if (typeof doc !== 'object' || doc === null || !Array.isArray(doc.blocks) || typeof doc.meta !== 'object' || doc.meta === null) {
    throw new TypeError('renderDocx needs a MouDocument ({ meta, blocks }); build one with buildDocument(draft).');
  }
  const { meta } = doc;
  const file = new Document({
    styles: STYLES,
    numbering: NUMBERING,
    // Word fills the table of contents' page numbers when it opens the file.
    features: { updateFields: true },
    sections: [{
      properties: {
        page: {
          size: { width: PAGE.width, height: PAGE.height },
          margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin,
            header: PAGE.headerFooter, footer: PAGE.headerFooter },
        },
      },
      headers: { default: runningHeader(meta) },
      footers: { default: pageFooter() },
      children: renderBlocks(doc.blocks),
    }],
  });
  // 'uint8array' is the one output that is the same in browsers and Node (no Buffer, no Blob).
  // The document properties are our own docProps/core.xml, written in place of docx's (see properties.ts).
  const zip = await Packer.pack(file, 'uint8array', false, [{ path: 'docProps/core.xml', data: corePropertiesXml(meta) }]);
  const date = calendarDate(meta.createdOn);
  return pinZipDates(zip, date ? dosDate(date.year, date.month, date.day) : FALLBACK_STAMP);
}
