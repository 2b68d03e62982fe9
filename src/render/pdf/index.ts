import { zlibSync } from 'fflate';
import { acceptChanges, DOCUMENT_LANGUAGE, type MouDocument } from '../../document/model';
import { parseFont } from '../font/parsed';
import type { TrueTypeFont } from '../font/truetype';
import { drawPages } from './draw';
import { TextSetter } from './encode';
import type { Face, PdfFonts } from './faces';
import { checkFonts, FACES } from './faces';
import { layoutDocument } from './layout';
import { createMetrics } from './metrics';
import { addContentsLinks, writeOutline } from './outline';
import { StructureTree } from './structure';
import { PAGE } from './styles';
import { cleanPlainText } from './text';
import type { Deflate } from './writer';
import { dateString, PdfWriter, ref, textString } from './writer';
import { xmpMetadata } from './xmp';

export type { PdfFonts } from './faces';
export type { DocumentLayout } from './layout';
export { layoutDocument } from './layout';
export { createMetrics } from './metrics';

export const PDF_CREATOR = 'CSEC Protocol & MOU Wizard';

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

export interface PdfOptions {
  /**
   * The deflate for every compressed stream; fflate's (JavaScript) when not given. The command
   * line passes Node's native zlib (deflate-node.ts), which the browser does not have synchronously.
   */
  deflate?: Deflate;
  /** Told as each step of the export ends, in this order: for the bench, which times each step cold and warm. */
  onStep?: (step: PdfStep) => void;
}

export const PDF_STEPS = ['fonts parsed', 'layout', 'pages drawn', 'links and bookmarks', 'structure tree', 'font subsets', 'file written'] as const;
export type PdfStep = typeof PDF_STEPS[number];

const defaultDeflate: Deflate = (bytes) => zlibSync(bytes);

/**
 * The document as a tagged PDF (PDF/UA-1): US Letter, the layout of this folder, bookmarks,
 * properties, the structure tree. The same document and fonts give the same bytes: dates come
 * from `meta.createdOn`, never the clock, and the subsets' names are fixed.
 */
export async function renderPdf(given: MouDocument, fonts: PdfFonts, options: PdfOptions = {}): Promise<PdfResult> {
  checkFonts(fonts, 'renderPdf');
  // The PDF of a redline reads as the newer text: its tracked changes are for the Word file.
  const doc = acceptChanges(given);
  const step = options.onStep ?? (() => {});
  const metrics = createMetrics(fonts);
  step('fonts parsed');
  const layout = layoutDocument(doc, metrics);
  step('layout');
  const missing = new Set(layout.missing);

  const writer = new PdfWriter(options.deflate ?? defaultDeflate);
  const faces = Object.fromEntries(FACES.map((face) => [face, parseFont(fonts[face])])) as Record<Face, TrueTypeFont>;
  const setter = new TextSetter(faces, writer);
  const tree = new StructureTree(writer, layout.pages.length);
  const pages = drawPages(writer, layout, doc.meta, setter, metrics, missing, tree);
  step('pages drawn');
  const outline = writeOutline(writer, pages, layout);
  addContentsLinks(writer, pages, layout, tree);
  step('links and bookmarks');
  const pageRefs = pages.map((page) => page.ref);
  const structure = tree.write(pageRefs);
  step('structure tree');
  setter.writeFonts(writer);
  step('font subsets');

  const pageTree = writer.reserve();
  pages.forEach((page, p) => {
    const annotations = page.annotations.length > 0 ? `/Annots[${page.annotations.map(ref).join(' ')}]` : '';
    // Tab order follows the structure (/Tabs /S); /StructParents keys the page's marked content in the parent tree.
    writer.set(page.ref, `<</Type/Page/Parent ${ref(pageTree)}/MediaBox[0 0 ${PAGE.width} ${PAGE.height}]/Resources ${ref(page.resources)}`
      + `/Contents ${ref(page.contents)}${annotations}/StructParents ${p}/Tabs/S>>`);
  });
  writer.set(pageTree, `<</Type/Pages/Kids[${pageRefs.map(ref).join(' ')}]/Count ${pages.length}>>`);

  const { meta } = doc;
  const title = cleanPlainText(meta.title);
  const author = cleanPlainText(meta.author);
  const subject = cleanPlainText(meta.subject);
  // Joined with commas: "SB 855" is one keyword.
  const keywords = meta.keywords.map(cleanPlainText).filter(Boolean).join(', ');
  const date = isoDate(meta.createdOn);
  const dates = date ? `/CreationDate ${dateString(date)}/ModDate ${dateString(date)}` : '';
  // A final document's content hash, by a key of our own (ISO 32000-1 §14.3.3 allows any).
  const hash = (meta.contentHash ? `/CSECContentHash (${meta.contentHash.replace(/[^a-z0-9:]/g, '')})` : '')
    + (meta.kind ? `/CSECDocument (${meta.kind.replace(/[^a-z ]/g, '')})` : '');
  const info = writer.add(`<</Title ${textString(title)}/Author ${textString(author)}/Subject ${textString(subject)}/Keywords ${textString(keywords)}`
    + `/Creator ${textString(PDF_CREATOR)}/Producer ${textString(PDF_CREATOR)}${dates}${hash}>>`);
  const metadata = xmpMetadata(writer, { title, author, subject, keywords, producer: PDF_CREATOR, created: date, contentHash: meta.contentHash ?? null, kind: meta.kind ?? null });
  // The title, not the file name, is what a reader's window shows (PDF/UA: DisplayDocTitle).
  const catalog = writer.add(`<</Type/Catalog/Pages ${ref(pageTree)}${outline === null ? '' : `/Outlines ${ref(outline)}/PageMode/UseOutlines`}`
    + `/Lang(${DOCUMENT_LANGUAGE})/ViewerPreferences<</DisplayDocTitle true>>/StructTreeRoot ${ref(structure)}/MarkInfo<</Marked true>>/Metadata ${ref(metadata)}>>`);
  const bytes = writer.finish(catalog, info);
  step('file written');
  return { bytes, missingGlyphs: [...missing] };
}
