/**
 * Reading and writing the table directory of a TrueType file (the "sfnt" wrapper, OpenType
 * specification, "Organization of an OpenType font"), shared by the PDF's font subsets and the
 * Word file's font copies.
 */

export const viewOf = (bytes: Uint8Array): DataView => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Each table's bytes by tag; a directory that points outside the file is refused. */
export function readTables(font: Uint8Array): Map<string, Uint8Array> {
  if (font.length < 12) throw new Error('The font file is too short to be a TrueType font.');
  const view = viewOf(font);
  const count = view.getUint16(4);
  if (12 + 16 * count > font.length) throw new Error('The font file’s table directory is cut short.');
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const entry = 12 + 16 * i;
    const tag = String.fromCharCode(font[entry]!, font[entry + 1]!, font[entry + 2]!, font[entry + 3]!);
    const offset = view.getUint32(entry + 8);
    const length = view.getUint32(entry + 12);
    if (offset + length > font.length) throw new Error(`The font file’s ${tag.trim()} table lies outside the file.`);
    // A plain Uint8Array view even when the file came as a Node Buffer, whose slice() would not copy:
    // the subsets copy a table with slice() before changing it, and must never change the font.
    tables.set(tag, new Uint8Array(font.buffer, font.byteOffset + offset, length));
  }
  return tables;
}

export const padded = (length: number): number => (length + 3) & ~3;

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) { out.set(part, at); at += part.length; }
  return out;
}

function checksum(bytes: Uint8Array): number {
  const view = viewOf(bytes);
  // Summed as signed 32-bit numbers, which wrap the same way: code not yet optimised makes a heap
  // number of every sum past 2^31 as an unsigned one, some 14,000 for a PDF's four subsets.
  let sum = 0;
  const whole = bytes.length & ~3;
  for (let i = 0; i < whole; i += 4) sum = (sum + view.getInt32(i)) | 0;
  if (whole < bytes.length) sum = (sum + ((bytes[whole] ?? 0) << 24 | (bytes[whole + 1] ?? 0) << 16 | (bytes[whole + 2] ?? 0) << 8)) | 0;
  return sum >>> 0;
}

export interface Table { tag: string; data: Uint8Array }

/** The tables as one font file, with the table directory's checksums and head's checksum adjustment. */
export function writeFont(tables: Table[]): Uint8Array {
  tables.sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const n = tables.length;
  const headerLength = 12 + 16 * n;
  const out = new Uint8Array(headerLength + tables.reduce((sum, t) => sum + padded(t.data.length), 0));
  const view = new DataView(out.buffer);
  const searchRange = 16 * 2 ** Math.floor(Math.log2(n));
  view.setUint32(0, 0x00010000);
  [n, searchRange, Math.log2(searchRange / 16), 16 * n - searchRange].forEach((v, i) => view.setUint16(4 + 2 * i, v));
  let at = headerLength;
  let headAt = -1;
  tables.forEach((table, i) => {
    const entry = 12 + 16 * i;
    for (let c = 0; c < 4; c++) out[entry + c] = table.tag.charCodeAt(c);
    view.setUint32(entry + 4, checksum(table.data));
    view.setUint32(entry + 8, at);
    view.setUint32(entry + 12, table.data.length);
    out.set(table.data, at);
    if (table.tag === 'head') headAt = at;
    at += padded(table.data.length);
  });
  if (headAt >= 0) {
    view.setUint32(headAt + 8, 0);
    view.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  }
  return out;
}

/** A component of a composite glyph: the glyph it draws and where its glyph number is written. */
export interface Component { glyph: number; at: number }

/** The glyphs a composite glyph is drawn from (an accented letter's base and accent). */
export function components(outline: Uint8Array): Component[] {
  if (outline.length < 10 || viewOf(outline).getInt16(0) >= 0) return [];
  const view = viewOf(outline);
  const found: Component[] = [];
  let at = 10;
  for (;;) {
    const flags = view.getUint16(at);
    found.push({ glyph: view.getUint16(at + 2), at: at + 2 });
    at += 4 + (flags & 0x1 ? 4 : 2) + (flags & 0x8 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
    if (!(flags & 0x20) || at + 4 > outline.length) return found;
  }
}
