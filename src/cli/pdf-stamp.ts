import { inflateSync } from 'node:zlib';

const XMP_STAMP = /<csec:contentHash>(sha256:[0-9a-f]{64})<\/csec:contentHash>(?:\s*<csec:document>([a-z ]+)<\/csec:document>)?/;
const INFO_STAMP = /\/CSECContentHash\s*\((sha256:[0-9a-f]{64})\)(?:\s*\/CSECDocument\s*\(([a-z ]+)\))?/;

/** A final document's stamp: the content hash, and what the document is when it is not the MOU. */
export interface PdfStamp { hash: string; kind: string | null }

const stampIn = (text: string): PdfStamp | null => {
  const found = XMP_STAMP.exec(text) ?? INFO_STAMP.exec(text);
  return found ? { hash: found[1]!, kind: found[2] ?? null } : null;
};

/** A stream that can hold the stamp: the XMP metadata, or an object stream holding the Info dictionary. */
const MAY_HOLD_STAMP = /\/Type\s*\/(?:Metadata|ObjStm)\b/;
/** How far before "stream" its dictionary is looked for: each of those dictionaries is a line. */
const DICTIONARY_REACH = 300;
/** Far past any metadata or object stream of an MOU: a crafted stream that inflates to gigabytes is not read. */
const MAX_INFLATED_BYTES = 16_000_000;

/**
 * The stamp a final document's PDF carries (pdf/xmp.ts, pdf/index.ts), or null. Our writer
 * leaves the XMP metadata uncompressed, so the raw bytes usually show it; a PDF another program
 * saved again may have compressed it, so its metadata and object streams are read too, and only
 * those: inflating every stream of a crafted file took minutes and gigabytes.
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
    const dictionary = text.slice(Math.max(0, match.index - DICTIONARY_REACH), match.index);
    if (!MAY_HOLD_STAMP.test(dictionary.slice(dictionary.lastIndexOf('obj') + 1))) continue;
    try {
      const found = stampIn(inflateSync(bytes.subarray(start, end), { maxOutputLength: MAX_INFLATED_BYTES }).toString('latin1'));
      if (found) return found;
    } catch {
      // Not a deflated stream: the next one may hold the stamp.
    }
  }
  return null;
}
