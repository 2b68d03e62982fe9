import { inflateSync } from 'node:zlib';

const XMP_STAMP = /<csec:contentHash>(sha256:[0-9a-f]{64})<\/csec:contentHash>(?:\s*<csec:document>([a-z ]+)<\/csec:document>)?/;
const INFO_STAMP = /\/CSECContentHash\s*\((sha256:[0-9a-f]{64})\)(?:\s*\/CSECDocument\s*\(([a-z ]+)\))?/;

/** A final document's stamp: the content hash, and what the document is when it is not the MOU. */
export interface PdfStamp { hash: string; kind: string | null }

const stampIn = (text: string): PdfStamp | null => {
  const found = XMP_STAMP.exec(text) ?? INFO_STAMP.exec(text);
  return found ? { hash: found[1]!, kind: found[2] ?? null } : null;
};

/**
 * The stamp a final document's PDF carries (pdf/xmp.ts, pdf/index.ts), or null. Our writer
 * leaves the XMP metadata uncompressed, so the raw bytes usually show it; a PDF another program
 * saved again may have compressed it, so each deflated stream is read too.
 */
export function pdfStamp(bytes: Uint8Array): PdfStamp | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const plain = stampIn(text);
  if (plain) return plain;
  const streams = /stream\r?\n/g;
  for (let match = streams.exec(text); match; match = streams.exec(text)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    // Past "endstream", whose own "stream" must not be taken for the next stream's start.
    streams.lastIndex = end + 'endstream'.length;
    try {
      const found = stampIn(inflateSync(bytes.subarray(start, end)).toString('latin1'));
      if (found) return found;
    } catch {
      // Not a deflated stream: the next one may hold the stamp.
    }
  }
  return null;
}
