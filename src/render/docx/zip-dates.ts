/**
 * A zip file records each file's modification time, and docx zips with fflate, which stamps the
 * current time and takes no option to change it through docx. So the same document zipped a few
 * seconds apart gives different bytes. This rewrites those stamps, which no checksum covers, to one
 * fixed date, so a document's bytes depend on the document alone (STYLE.md habit 7).
 *
 * Zip layout (APPNOTE.TXT 4.3): the end-of-central-directory record points to the central
 * directory; each entry there has its time and date and points to the file's local header, which
 * has them again. Anything unexpected leaves the bytes as they were: a stamp is never worth a
 * broken file.
 */

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** MS-DOS date and time: days since 1980 packed in 16 bits, and a time of day (here midnight). */
export function dosDate(year: number, month: number, day: number): { date: number; time: number } {
  return { date: ((year - 1980) << 9) | (month << 5) | day, time: 0 };
}

export function pinZipDates(zip: Uint8Array, stamp: { date: number; time: number }): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = findEndOfDirectory(view);
  if (end === undefined) return zip;
  const out = zip.slice();
  const write = new DataView(out.buffer);
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) return zip;
    const local = view.getUint32(at + 42, true);
    if (local + 30 > view.byteLength || view.getUint32(local, true) !== LOCAL_HEADER) return zip;
    for (const offset of [at + 12, local + 10]) {
      write.setUint16(offset, stamp.time, true);
      write.setUint16(offset + 2, stamp.date, true);
    }
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

/** The end record is last, followed only by a comment of up to 65,535 bytes. */
function findEndOfDirectory(view: DataView): number | undefined {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return undefined;
}
