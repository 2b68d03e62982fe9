import { parseFont } from '../pdf/parsed-fonts';

/**
 * A smaller copy of a TrueType face for embedding in the Word file. Each Noto Serif face is about
 * 500 kB, mostly outlines of scripts a county agreement does not use; the copy keeps the outlines
 * of the characters `keep` accepts and gives every other glyph an empty outline.
 *
 * Glyph numbers stay as they are, so the advance widths (hmtx), the font's vertical metrics and
 * the name table are the original's and Word and LibreOffice measure text exactly as the PDF
 * writer does. The character map lists only the kept characters, so a character typed later that
 * the copy lacks falls back to another font instead of printing blank. The substitution and
 * positioning tables go: the PDF applies neither ligatures nor kerning, and a ligature glyph
 * outside the kept set would print blank. Glyph names go too (post version 3), as Word does not
 * need them.
 */

/** Tables the copy keeps, besides cmap, glyf, loca and post, which it rewrites. */
const KEPT_TABLES = new Set(['OS/2', 'head', 'hhea', 'hmtx', 'maxp', 'name', 'cvt ', 'fpgm', 'prep', 'gasp']);

interface Table { tag: string; data: Uint8Array }

function readTables(font: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const count = view.getUint16(4);
  const tables = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const entry = 12 + 16 * i;
    const tag = String.fromCharCode(...font.subarray(entry, entry + 4));
    const offset = view.getUint32(entry + 8);
    const length = view.getUint32(entry + 12);
    tables.set(tag, font.subarray(offset, offset + length));
  }
  return tables;
}

const viewOf = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Each glyph's outline bytes, from loca (short or long offsets, as head says). */
function glyphOutlines(tables: Map<string, Uint8Array>, glyphCount: number): Uint8Array[] {
  const glyf = tables.get('glyf');
  const loca = tables.get('loca');
  const head = tables.get('head');
  if (!glyf || !loca || !head) throw new Error('The font has no TrueType outlines (glyf, loca, head).');
  const long = viewOf(head).getInt16(50) === 1;
  const locaView = viewOf(loca);
  const offset = (i: number) => (long ? locaView.getUint32(i * 4) : locaView.getUint16(i * 2) * 2);
  return Array.from({ length: glyphCount }, (_, i) => glyf.subarray(offset(i), offset(i + 1)));
}

/** The glyphs a composite glyph is drawn from (an accented letter's base and accent). */
function components(outline: Uint8Array): number[] {
  if (outline.length < 10 || viewOf(outline).getInt16(0) >= 0) return [];
  const view = viewOf(outline);
  const found: number[] = [];
  let at = 10;
  for (;;) {
    const flags = view.getUint16(at);
    found.push(view.getUint16(at + 2));
    at += 4 + (flags & 0x1 ? 4 : 2) + (flags & 0x8 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
    if (!(flags & 0x20) || at + 4 > outline.length) return found;
  }
}

/** A format 4 character map (every kept character is in the Basic Multilingual Plane) under Unicode and Windows. */
function characterMap(mapping: readonly (readonly [number, number])[]): Uint8Array {
  // Runs of consecutive characters with consecutive glyphs share one segment; the last is 0xFFFF's.
  const segments: { start: number; end: number; delta: number }[] = [];
  for (const [code, glyph] of mapping) {
    const last = segments[segments.length - 1];
    if (last && code === last.end + 1 && glyph - code === last.delta) last.end = code;
    else segments.push({ start: code, end: code, delta: glyph - code });
  }
  segments.push({ start: 0xffff, end: 0xffff, delta: 1 });
  const n = segments.length;
  const subtable = new DataView(new ArrayBuffer(16 + 8 * n));
  const searchRange = 2 * 2 ** Math.floor(Math.log2(n));
  [4, 16 + 8 * n, 0, 2 * n, searchRange, Math.log2(searchRange / 2), 2 * n - searchRange].forEach((v, i) => subtable.setUint16(i * 2, v));
  segments.forEach((segment, i) => {
    subtable.setUint16(14 + 2 * i, segment.end);
    subtable.setUint16(16 + 2 * n + 2 * i, segment.start);
    subtable.setUint16(16 + 4 * n + 2 * i, segment.delta & 0xffff);
    // idRangeOffset stays 0: every segment maps by its delta.
  });
  const header = new DataView(new ArrayBuffer(4 + 8 * 2));
  header.setUint16(2, 2);
  [[0, 3], [3, 1]].forEach(([platform, encoding], i) => {
    header.setUint16(4 + 8 * i, platform!);
    header.setUint16(6 + 8 * i, encoding!);
    header.setUint32(8 + 8 * i, 20);
  });
  return concat([new Uint8Array(header.buffer), new Uint8Array(subtable.buffer)]);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) { out.set(part, at); at += part.length; }
  return out;
}

const padded = (length: number) => (length + 3) & ~3;

function checksum(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let sum = 0;
  for (let i = 0; i < bytes.length; i += 4) {
    sum = (sum + (i + 4 <= bytes.length ? view.getUint32(i) : lastWord(bytes, i))) >>> 0;
  }
  return sum;
}

const lastWord = (bytes: Uint8Array, at: number) => ((bytes[at] ?? 0) << 24 | (bytes[at + 1] ?? 0) << 16 | (bytes[at + 2] ?? 0) << 8 | (bytes[at + 3] ?? 0)) >>> 0;

/** The tables as one font file, with the table directory's checksums and head's checksum adjustment. */
function writeFont(tables: Table[]): Uint8Array {
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
  if (headAt >= 0) view.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

/** The face with only the outlines of the characters `keep` accepts (and the glyphs they are built from). */
export function subsetFace(face: Uint8Array, keep: (codePoint: number) => boolean): Uint8Array {
  const font = parseFont(face);
  const tables = readTables(face);
  const outlines = glyphOutlines(tables, font.numGlyphs);
  const mapping = font.characterSet
    .filter((code) => code <= 0xfffe && keep(code))
    .sort((a, b) => a - b)
    .map((code) => [code, font.glyphForCodePoint(code).id] as const)
    .filter(([, glyph]) => glyph > 0);
  const kept = new Set<number>([0]);
  const pending = mapping.map(([, glyph]) => glyph);
  while (pending.length > 0) {
    const glyph = pending.pop()!;
    if (kept.has(glyph) || glyph >= outlines.length) continue;
    kept.add(glyph);
    pending.push(...components(outlines[glyph]!));
  }
  const glyf = concat(outlines.map((outline, glyph) => (kept.has(glyph) ? padTo4(outline) : new Uint8Array(0))));
  const loca = new DataView(new ArrayBuffer(4 * (outlines.length + 1)));
  let offset = 0;
  outlines.forEach((outline, glyph) => {
    loca.setUint32(4 * glyph, offset);
    if (kept.has(glyph)) offset += padded(outline.length);
  });
  loca.setUint32(4 * outlines.length, offset);

  const head = tables.get('head')!.slice();
  viewOf(head).setInt16(50, 1); // long loca offsets
  viewOf(head).setUint32(8, 0); // the checksum adjustment, set again when the file is written
  const post = tables.get('post')!.slice(0, 32);
  viewOf(post).setUint32(0, 0x00030000);
  const copied = [...tables].filter(([tag]) => KEPT_TABLES.has(tag) && tag !== 'head').map(([tag, data]) => ({ tag, data }));
  return writeFont([
    ...copied,
    { tag: 'head', data: head },
    { tag: 'post', data: post },
    { tag: 'cmap', data: characterMap(mapping) },
    { tag: 'glyf', data: glyf },
    { tag: 'loca', data: new Uint8Array(loca.buffer) },
  ]);
}

function padTo4(outline: Uint8Array): Uint8Array {
  if (outline.length % 4 === 0) return outline;
  const out = new Uint8Array(padded(outline.length));
  out.set(outline);
  return out;
}
