import { inflateSync } from 'node:zlib';

const XMP_STAMP = /<csec:contentHash>(sha256:[0-9a-f]{64})<\/csec:contentHash>/;
const INFO_STAMP = /\/CSECContentHash\s*\((sha256:[0-9a-f]{64})\)/;

const stampIn = (text: string) => (XMP_STAMP.exec(text) ?? INFO_STAMP.exec(text))?.[1] ?? null;

/**
 * The content hash a final MOU's PDF carries (pdf/xmp.ts, pdf/index.ts), or null. Our writer
 * leaves the XMP metadata uncompressed, so the raw bytes usually show it; a PDF another program
 * saved again may have compressed it, so each deflated stream is read too.
 */
export function pdfContentHash(bytes: Uint8Array): string | null {
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
