import { inflateRawSync } from 'node:zlib';

/**
 * A small zip reader for tests of the DOCX and other zipped outputs. It uses Node's own inflate,
 * so the tests depend on no zip library of docx's choosing (docx has moved from JSZip to fflate
 * before). Enough of APPNOTE.TXT for the files docx writes: stored or deflated, no zip64.
 */
export interface ZipEntry {
  path: string;
  bytes: Uint8Array;
  /** MS-DOS date and time fields of the central directory, as written. */
  dosDate: number;
  dosTime: number;
}

export function unzip(zip: Uint8Array): ZipEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.byteLength - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end--;
  if (end < 0) throw new Error('Not a zip file: no end-of-central-directory record');
  const entries: ZipEntry[] = [];
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`Broken zip: no directory entry at ${at}`);
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const path = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    const local = view.getUint32(at + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = zip.subarray(start, start + size);
    const bytes = method === 0 ? data : method === 8 ? new Uint8Array(inflateRawSync(data)) : undefined;
    if (bytes === undefined) throw new Error(`${path}: unknown compression method ${method}`);
    entries.push({ path, bytes, dosTime: view.getUint16(at + 12, true), dosDate: view.getUint16(at + 14, true) });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/**
 * Every file of a zip as text, by path, but for the embedded fonts (binary .odttf parts). Decoding
 * is fatal, so a part that is not UTF-8 fails loudly.
 */
export function unzipText(zip: Uint8Array): Map<string, string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return new Map(unzip(zip).filter((entry) => !entry.path.endsWith('.odttf')).map((entry) => [entry.path, decoder.decode(entry.bytes)]));
}
