/**
 * Works around a subsetting bug of @pdf-lib/fontkit 1.1.1 (pdf-lib#1232; fixed upstream in
 * fontkit 1.8 by foliojs/fontkit#191, which the fork predates): the subset's `loca` table is
 * written in the short format, which stores offsets halved, without padding the glyph records to
 * an even length. After the first odd-length glyph every offset is off by a byte, and letters
 * come out blank or garbled with no error. Noto Serif's glyphs have odd lengths.
 *
 * The fix here is on the font, not the library: rewrite `glyf` with every glyph padded to four
 * bytes (and `loca` in the long format), so every offset the subsetter copies is even. Fonts that
 * are not TrueType-outlined, or whose glyphs are already padded, are returned unchanged.
 */
const cache = new WeakMap<Uint8Array, Uint8Array>();

interface TableRecord { tag: string; offset: number; length: number }

export function padGlyphs(font: Uint8Array): Uint8Array {
  let padded = cache.get(font);
  if (!padded) {
    padded = pad(font);
    cache.set(font, padded);
  }
  return padded;
}

function pad(font: Uint8Array): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const numTables = view.getUint16(4);
  const tables: TableRecord[] = [];
  for (let i = 0; i < numTables; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(font[at]!, font[at + 1]!, font[at + 2]!, font[at + 3]!);
    tables.push({ tag, offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  const find = (tag: string) => tables.find((table) => table.tag === tag);
  const head = find('head');
  const maxp = find('maxp');
  const loca = find('loca');
  const glyf = find('glyf');
  if (!head || !maxp || !loca || !glyf) return font;

  const longLoca = view.getInt16(head.offset + 50) === 1;
  const glyphs = view.getUint16(maxp.offset + 4);
  const offsets = Array.from({ length: glyphs + 1 }, (_, i) =>
    longLoca ? view.getUint32(loca.offset + 4 * i) : 2 * view.getUint16(loca.offset + 2 * i));
  if (offsets.every((offset) => offset % 4 === 0)) return font;

  const newOffsets: number[] = [0];
  const pieces: Uint8Array[] = [];
  for (let g = 0; g < glyphs; g++) {
    const piece = font.subarray(glyf.offset + offsets[g]!, glyf.offset + offsets[g + 1]!);
    pieces.push(piece);
    newOffsets.push(newOffsets[g]! + align4(piece.length));
  }
  const newGlyf = new Uint8Array(newOffsets[glyphs]!);
  pieces.forEach((piece, g) => newGlyf.set(piece, newOffsets[g]!));
  const newLoca = new Uint8Array(4 * (glyphs + 1));
  newOffsets.forEach((offset, i) => new DataView(newLoca.buffer).setUint32(4 * i, offset));
  const newHead = font.slice(head.offset, head.offset + head.length);
  const headView = new DataView(newHead.buffer);
  headView.setInt16(50, 1); // indexToLocFormat: long
  headView.setUint32(8, 0); // checkSumAdjustment, computed below

  const data = new Map<string, Uint8Array>(tables.map((t) => [t.tag, font.subarray(t.offset, t.offset + t.length)]));
  data.set('glyf', newGlyf).set('loca', newLoca).set('head', newHead);
  return assemble(font.subarray(0, 12), tables.map((t) => t.tag), data);
}

function assemble(header: Uint8Array, tags: string[], data: Map<string, Uint8Array>): Uint8Array {
  const directory = 12 + 16 * tags.length;
  let size = directory;
  for (const tag of tags) size += align4(data.get(tag)!.length);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(header);
  let offset = directory;
  let headOffset = 0;
  tags.forEach((tag, i) => {
    const bytes = data.get(tag)!;
    out.set(bytes, offset);
    const at = 12 + 16 * i;
    for (let c = 0; c < 4; c++) out[at + c] = tag.charCodeAt(c);
    view.setUint32(at + 4, checksum(out, offset, bytes.length));
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, bytes.length);
    if (tag === 'head') headOffset = offset;
    offset += align4(bytes.length);
  });
  view.setUint32(headOffset + 8, (0xb1b0afba - checksum(out, 0, out.length)) >>> 0);
  return out;
}

function checksum(bytes: Uint8Array, offset: number, length: number): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  let sum = 0;
  for (let i = 0; i < align4(length); i += 4) sum = (sum + view.getUint32(offset + i)) >>> 0;
  return sum;
}

const align4 = (n: number) => (n + 3) & ~3;
