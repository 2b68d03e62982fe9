import { zipSync } from 'fflate';
import { buildSignatureStatus, prepareDocuments } from '../document';
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
export async function buildPacket(draft: Draft, options: { today: string; fonts: PdfFonts; deflate?: Deflate }): Promise<Result<Packet, PacketRefusal>> {
  const { today, fonts } = options;
  const prepared = prepareDocuments(draft, { final: true, today }, { mou: true, report: true });
  if (!prepared.ok) return err({ kind: 'blocking', findings: prepared.error });
  const { mou, report } = prepared.value;
  const missing = new Set<string>();
  const pdf = async (doc: NonNullable<typeof mou>) => {
    const rendered = await renderPdf(doc, fonts, options.deflate ? { deflate: options.deflate } : {});
    for (const char of rendered.missingGlyphs) missing.add(char);
    return rendered.bytes;
  };
  const contents: Record<string, Uint8Array> = {
    [exportFileName(draft, true, 'pdf')]: await pdf(mou!),
    [exportFileName(draft, true, 'docx')]: await renderDocx(mou!, fonts),
    [exportFileName(draft, true, 'pdf', 'report')]: await pdf(report!),
    [signatureStatusFileName(draft)]: await pdf(buildSignatureStatus(draft, { today })),
    [draftFileName(draft)]: new TextEncoder().encode(serializeDraft(draft)),
  };
  if (missing.size > 0) return err({ kind: 'unshown', unshown: unshownIn(draft, [...missing]) });
  // PDFs and Word files are compressed already: stored as they are, only the draft file is deflated.
  const bytes = zipSync(Object.fromEntries(Object.entries(contents).map(([name, data]) =>
    [name, [data, { level: name.endsWith('.json') ? 6 : 0 }]])), { mtime: new Date() });
  return ok({ name: packetFileName(draft, today), bytes, files: Object.keys(contents), contentHash: mou!.meta.contentHash! });
}
