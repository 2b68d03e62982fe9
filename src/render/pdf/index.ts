import { PDFDocument, PDFStreamWriter } from 'pdf-lib';
import type { MouDocument } from '../../document';
import type { EmbeddedFaces } from './encode';
import { TextSetter } from './encode';
import { drawPages } from './draw';
import type { PdfFonts } from './faces';
import { checkFonts, FACES } from './faces';
import { layoutDocument } from './layout';
import { createMetrics } from './metrics';
import { addContentsLinks, addOutline } from './outline';
import { padGlyphs } from './pad-glyphs';
import { cachingFontkit } from './parsed-fonts';
import { StructureTree } from './structure';
import { cleanPlainText } from './text';
import { addXmpMetadata } from './xmp';

export type { PdfFonts } from './faces';
export type { DocumentLayout } from './layout';
export { layoutDocument } from './layout';
export { createMetrics } from './metrics';

export const PDF_CREATOR = 'CSEC Protocol & MOU Wizard';

/** Objects packed into one compressed object stream (pdf-lib's default is 50). */
const OBJECTS_PER_STREAM = 1000;

export interface PdfResult {
  bytes: Uint8Array;
  /** Characters the font could not show, each once; each was printed as U+FFFD (or "?"). */
  missingGlyphs: string[];
}

/** 2026-11-28 as midnight UTC, or null when the date is not an ISO date (the dates are then left out, still deterministic). */
function isoDate(value: string): Date | null {
  const date = /^\d{4}-\d{2}-\d{2}/.test(value) ? new Date(`${value.slice(0, 10)}T00:00:00Z`) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

/**
 * The document as a PDF: US Letter, the layout of this folder, bookmarks, properties. The same
 * document and fonts give the same bytes: dates come from `meta.createdOn`, never the clock, and
 * pdf-lib's font subset names come from a seeded generator.
 */
export interface PdfOptions {
  /**
   * A deflate for the page contents; pdf-lib's (pako) when not given. The command line passes
   * Node's native one (deflate-node.ts), which the browser does not have synchronously.
   */
  deflate?: (bytes: Uint8Array) => Uint8Array;
}

export async function renderPdf(doc: MouDocument, fonts: PdfFonts, options: PdfOptions = {}): Promise<PdfResult> {
  checkFonts(fonts, 'renderPdf');
  const metrics = createMetrics(fonts);
  const layout = layoutDocument(doc, metrics);
  const missing = new Set(layout.missing);

  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(cachingFontkit);
  // A subset's name starts with a six-letter tag (ISO 32000-1 §9.6.4); fixed tags keep the bytes reproducible.
  const embedded = Object.fromEntries(await Promise.all(FACES.map(async (face, i) =>
    [face, await pdf.embedFont(padGlyphs(fonts[face]), { subset: true, customName: `CSECM${'ABCD'[i]}+${metrics.postscriptName(face)}` })] as const,
  ))) as EmbeddedFaces;

  const setter = new TextSetter(embedded);
  const tree = new StructureTree(pdf);
  const pages = drawPages(pdf, layout, doc.meta, setter, metrics, missing, tree, options.deflate);
  addOutline(pdf, pages, layout);
  addContentsLinks(pdf, pages, layout, tree);
  tree.write(pages);
  // pdf.save() would write the subsets one after another, and fontkit hands each one over in a
  // timer callback (its bundled process.nextTick is setTimeout); side by side they wait together.
  // Nothing else runs meanwhile, so their objects are numbered the same way every time.
  await Promise.all(FACES.map((face) => embedded[face].embed()));
  setter.writeCodeMaps(pdf);

  const { meta } = doc;
  const title = cleanPlainText(meta.title);
  const keywords = meta.keywords.map(cleanPlainText).filter(Boolean).join(', ');
  // The title, not the file name, is what a reader's window shows (PDF/UA).
  pdf.setTitle(title, { showInWindowTitleBar: true });
  pdf.setSubject(cleanPlainText(meta.subject));
  pdf.setAuthor(cleanPlainText(meta.author));
  // pdf-lib joins keywords with spaces, which would make "SB 855" two.
  pdf.setKeywords([keywords]);
  pdf.setCreator(PDF_CREATOR);
  pdf.setProducer(PDF_CREATOR);
  pdf.setLanguage('en-US');
  const date = isoDate(meta.createdOn);
  if (date) {
    pdf.setCreationDate(date);
    pdf.setModificationDate(date);
  }
  addXmpMetadata(pdf, { title, author: cleanPlainText(meta.author), subject: cleanPlainText(meta.subject), keywords, producer: PDF_CREATOR, created: date });
  // Written as pdf.save() would (the fonts are embedded above; nothing else needs embedding), but
  // with the writer's settings in our hands: no yielding to the event loop every 50 objects (it
  // would mostly wait), and object streams of OBJECTS_PER_STREAM objects rather than 50, as each
  // stream starts a compressor of its own and the structure tree adds thousands of objects.
  const bytes = await PDFStreamWriter.forContext(pdf.context, Infinity, true, OBJECTS_PER_STREAM).serializeToBuffer();
  return { bytes, missingGlyphs: [...missing] };
}
