import type { Draft } from '../model';
import type { Finding } from '../requirements';
import { exportFileName, offerDownload } from '../storage/draft-file';

export type ExportFormat = 'docx' | 'pdf';

export type ExportOutcome =
  | { kind: 'refused'; blocking: Finding[] }
  | { kind: 'saved'; name: string; notes: string[] };

/**
 * Runs the export gate, renders the MOU and offers it as a download. The templates, the writers
 * and the PDF fonts are loaded only here, on first use, so the first page stays small.
 */
export async function exportMou(draft: Draft, final: boolean, format: ExportFormat, today: string): Promise<ExportOutcome> {
  const { prepareExport } = await import('../document');
  const prepared = prepareExport(draft, { final, today });
  if (!prepared.ok) return { kind: 'refused', blocking: prepared.error };
  const name = exportFileName(draft, final, format);
  if (format === 'docx') {
    const { renderDocx, DOCX_MIME_TYPE } = await import('../render/docx');
    offerDownload(await renderDocx(prepared.value), name, DOCX_MIME_TYPE);
    return { kind: 'saved', name, notes: [] };
  }
  const [{ renderPdf }, { loadPdfFonts }] = await Promise.all([import('../render/pdf'), import('../render/pdf/fonts')]);
  const { bytes, missingGlyphs } = await renderPdf(prepared.value, await loadPdfFonts());
  offerDownload(bytes, name, 'application/pdf');
  const notes = missingGlyphs.length > 0
    ? [`The PDF font has no letter for ${missingGlyphs.map((c) => `“${c}”`).join(', ')}; each was replaced in the PDF. The Word file keeps them.`]
    : [];
  return { kind: 'saved', name, notes };
}
