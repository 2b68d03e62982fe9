// The export runs here, off the main thread, so the page stays responsive while a long MOU is
// laid out. The modules and the fonts (both files are set in them) load once per page (on the first request, or ahead of
// it when the page is idle) and stay for every later export.
import type { ExportRequest, ExportReply } from './export-protocol';
import type { PdfFonts } from '../render/pdf/faces';
import { unshownIn } from '../document/unshown';

interface WorkerScope {
  postMessage(message: ExportReply, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ExportRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;

let fonts: Promise<PdfFonts> | null = null;
const pdfFonts = () => (fonts ??= import('../render/pdf/fonts').then((m) => m.loadPdfFonts()).catch((error: unknown) => {
  fonts = null; // a dropped connection is not remembered: the next export tries again
  throw error;
}));

const modules = () => Promise.all([import('../document'), import('../render/docx'), import('../render/pdf')]);

async function run(request: Extract<ExportRequest, { kind: 'export' }>) {
  const { id, draft, final, format, today, document, comments = false } = request;
  const progress = (step: number, words: string) => scope.postMessage({ id, kind: 'progress', step, of: 3, words });
  progress(1, 'Checking the protocol');
  const [{ prepareExport, prepareReport, withOpenComments }, { renderDocx, DOCX_MIME_TYPE }, { renderPdf }] = await modules();
  const prepared = (document === 'report' ? prepareReport : prepareExport)(draft, { final, today });
  if (!prepared.ok) return scope.postMessage({ id, kind: 'refused', blocking: prepared.error });
  // Comments are for drafts going back and forth, never part of a final MOU.
  // What a comment is about, in the wizard's words, is loaded only when comments are asked for.
  const places = comments && !final && document === 'mou' ? await import('../wizard/comment-places') : null;
  const doc = places ? withOpenComments(prepared.value, draft, (comment) => places.commentAbout(draft, comment), (comment) => places.choiceWords(draft, comment.anchor)) : prepared.value;
  progress(2, 'Loading the fonts');
  const faces = await pdfFonts();
  if (format === 'docx') {
    progress(3, 'Writing the Word file');
    const bytes = await renderDocx(doc, faces);
    return scope.postMessage({ id, kind: 'done', bytes, mime: DOCX_MIME_TYPE, missingGlyphs: [] }, [bytes.buffer as ArrayBuffer]);
  }
  progress(3, 'Laying out the pages');
  const { bytes, missingGlyphs } = await renderPdf(doc, faces);
  // A final PDF must print every name as written: refused, with where the characters are.
  if (final && missingGlyphs.length > 0) {
    return scope.postMessage({ id, kind: 'unshown', unshown: unshownIn(draft, missingGlyphs) });
  }
  scope.postMessage({ id, kind: 'done', bytes, mime: 'application/pdf', missingGlyphs }, [bytes.buffer as ArrayBuffer]);
}

async function packet(request: Extract<ExportRequest, { kind: 'packet' }>) {
  const { id, draft, today } = request;
  const progress = (step: number, words: string) => scope.postMessage({ id, kind: 'progress', step, of: 2, words });
  progress(1, 'Loading the fonts');
  const [{ buildPacket }, faces] = await Promise.all([import('../review/packet'), pdfFonts()]);
  progress(2, 'Writing the final MOU, the compliance report and the signature status sheet');
  const built = await buildPacket(draft, { today, fonts: faces });
  if (!built.ok) {
    return scope.postMessage(built.error.kind === 'blocking' ? { id, kind: 'refused', blocking: built.error.findings } : { id, kind: 'unshown', unshown: built.error.unshown });
  }
  const { bytes } = built.value;
  scope.postMessage({ id, kind: 'done', bytes, mime: 'application/zip', missingGlyphs: [] }, [bytes.buffer as ArrayBuffer]);
}

async function printable(request: Extract<ExportRequest, { kind: 'printable' }>) {
  const { id, draft, today } = request;
  const [{ finalPdfsUnshown }, faces] = await Promise.all([import('../review/packet'), pdfFonts()]);
  // Only which characters the typeface lacks matters here, not the bytes: nothing is compressed.
  const unshown = await finalPdfsUnshown(draft, { today, fonts: faces, deflate: (bytes) => bytes });
  scope.postMessage(unshown ? { id, kind: 'unshown', unshown } : { id, kind: 'printable' });
}

async function redlineFile(request: Extract<ExportRequest, { kind: 'redline' }>) {
  const { id, older, newer, today, author, since } = request;
  const progress = (step: number, words: string) => scope.postMessage({ id, kind: 'progress', step, of: 2, words });
  progress(1, 'Comparing the two MOUs');
  const [{ renderDocx, DOCX_MIME_TYPE }, { redlineOf }, faces] = await Promise.all([import('../render/docx'), import('../review/redline'), pdfFonts()]);
  const doc = redlineOf(older, newer, { author, today, since });
  progress(2, 'Writing the Word file');
  const bytes = await renderDocx(doc, faces);
  scope.postMessage({ id, kind: 'done', bytes, mime: DOCX_MIME_TYPE, missingGlyphs: [] }, [bytes.buffer as ArrayBuffer]);
}

scope.addEventListener('message', (event) => {
  const request = event.data;
  if (request.kind === 'warm') {
    // Fetched now, while the connection is there: a later export needs nothing from the network.
    void modules().then(pdfFonts).catch(() => undefined);
    return;
  }
  (request.kind === 'packet' ? packet(request) : request.kind === 'redline' ? redlineFile(request) : request.kind === 'printable' ? printable(request) : run(request)).catch((error: unknown) =>
    scope.postMessage({ id: request.id, kind: 'failed', message: error instanceof Error ? error.message : String(error) }));
});
