import { parseFont } from '../font/parsed';
import { components, concat, padded, viewOf, writeFont } from '../font/sfnt';

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

/** The face with only the outlines of the characters `keep` accepts (and the glyphs they are built from). */
export function subsetFace(face: Uint8Array, keep: (codePoint: number) => boolean): Uint8Array {
  const font = parseFont(face);
  const { tables } = font;
  const outlines = Array.from({ length: font.numGlyphs }, (_, glyph) => font.outlineBytes(glyph));
  const mapping = font.characterSet()
    .filter((code) => code <= 0xfffe && keep(code))
    .map((code) => [code, font.glyphId(code)] as const);
  const kept = new Set<number>([0]);
  const pending = mapping.map(([, glyph]) => glyph);
  while (pending.length > 0) {
    const glyph = pending.pop()!;
    if (kept.has(glyph) || glyph >= outlines.length) continue;
    kept.add(glyph);
    pending.push(...components(outlines[glyph]!).map((part) => part.glyph));
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
