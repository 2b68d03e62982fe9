import { zipSync } from 'fflate';
import { buildSignatureStatus, prepareDocuments, type MouDocument } from '../document';
import { err, ok, type Result } from '../lib/result';
import { serializeDraft, type Draft } from '../model';
import type { Finding } from '../requirements';
import { draftFileName, exportFileName, packetFileName, signatureStatusFileName } from '../storage/draft-file';
import { renderDocx } from '../render/docx';
import { renderPdf, type PdfFonts } from '../render/pdf';
import type { Deflate } from '../render/pdf/writer';
import { unshownIn, type Unshown } from '../document/unshown';

/** Why no packet was made: the blocking findings that stand, or characters its PDFs cannot show. */
export type PacketRefusal = { kind: 'blocking'; findings: Finding[] } | { kind: 'unshown'; unshown: Unshown };

export interface Packet {
  /** "mendocino-csec-protocol-submission-2026-12-02.zip". */
  name: string;
  bytes: Uint8Array;
  /** The files inside, in order. */
  files: string[];
  /** The content hash every final file in it carries. */
  contentHash: string;
}

/**
 * The submission packet for CDSS, one zip: the final MOU as PDF and Word (each carrying the
 * content hash), the final compliance report, the signature status sheet, and the draft file they
 * were all made from. Refused, with the blocking findings, while any stands, as a final export is;
 * and, as a final PDF is, while its PDFs cannot show some of the draft's characters.
 */
export async function buildPacket(draft: Draft, options: PacketOptions): Promise<Result<Packet, PacketRefusal>> {
  const pdfs = await finalPdfs(draft, options);
  if (!pdfs.ok) return pdfs;
  const { mou, report, status } = pdfs.value;
  const contents: Record<string, Uint8Array> = {
    [exportFileName(draft, true, 'pdf')]: mou.bytes,
    [exportFileName(draft, true, 'docx')]: await renderDocx(mou.doc, options.fonts),
    [exportFileName(draft, true, 'pdf', 'report')]: report.bytes,
    [signatureStatusFileName(draft)]: status.bytes,
    [draftFileName(draft)]: new TextEncoder().encode(serializeDraft(draft)),
  };
  // PDFs and Word files are compressed already: stored as they are, only the draft file is deflated.
  const bytes = zipSync(Object.fromEntries(Object.entries(contents).map(([name, data]) =>
    [name, [data, { level: name.endsWith('.json') ? 6 : 0 }]])), { mtime: new Date() });
  return ok({ name: packetFileName(draft, options.today), bytes, files: Object.keys(contents), contentHash: mou.doc.meta.contentHash! });
}

interface PacketOptions { today: string; fonts: PdfFonts; deflate?: Deflate }

/**
 * Whether every final PDF of the packet can print the draft's text: null when it can, else the
 * characters its typeface lacks and where they are. The coordinator is told before certifying,
 * not when the packet is refused after (`csec-mou check` says it too).
 */
export async function finalPdfsUnshown(draft: Draft, options: PacketOptions): Promise<Unshown | null> {
  const pdfs = await finalPdfs(draft, options);
  return !pdfs.ok && pdfs.error.kind === 'unshown' ? pdfs.error.unshown : null;
}

/** The packet's final PDFs (the MOU, the report, the signature status sheet), or why they cannot be made. */
async function finalPdfs(draft: Draft, options: PacketOptions) {
  const { today, fonts } = options;
  const prepared = prepareDocuments(draft, { final: true, today }, { mou: true, report: true });
  if (!prepared.ok) return err<PacketRefusal>({ kind: 'blocking', findings: prepared.error });
  const missing = new Set<string>();
  const pdf = async (doc: MouDocument) => {
    const rendered = await renderPdf(doc, fonts, options.deflate ? { deflate: options.deflate } : {});
    for (const char of rendered.missingGlyphs) missing.add(char);
    return { doc, bytes: rendered.bytes };
  };
  const mou = await pdf(prepared.value.mou!);
  const report = await pdf(prepared.value.report!);
  const status = await pdf(buildSignatureStatus(draft, { today }));
  if (missing.size > 0) return err<PacketRefusal>({ kind: 'unshown', unshown: unshownIn(draft, [...missing]) });
  return ok({ mou, report, status });
}
