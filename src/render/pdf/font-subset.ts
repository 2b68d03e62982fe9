import { components, concat, padded, viewOf, writeFont } from '../font/sfnt';
import type { TrueTypeFont } from '../font/truetype';

/** A slot of the subset that holds no glyph (glyph-encoder.ts keeps printable ASCII at its own CIDs). */
export const EMPTY_GLYPH = -1;

const NO_OUTLINE = new Uint8Array(0);

/** Tables a PDF reader may run (hinting) that the subset copies as they are. */
const HINTING_TABLES = ['cvt ', 'fpgm', 'prep'];

/**
 * The glyphs a PDF uses of a face, as a font program of their own (ISO 32000-1 §9.9, FontFile2):
 * glyph i of the subset is `glyphs[i]` of the face (glyph 0 is .notdef), followed by any glyph
 * a composite glyph is drawn from, with the composite's references renumbered. The tables are
 * those a PDF reader needs (head, hhea, hmtx, loca, glyf, maxp and the hinting programs); outlines
 * are padded to four bytes with long loca offsets, so no offset can be off by one. A slot of
 * `EMPTY_GLYPH` is a glyph with no outline and no advance, which no text uses.
 */
export function subsetForPdf(font: TrueTypeFont, glyphs: readonly number[]): Uint8Array {
  const order = [...glyphs];
  const index = new Map<number, number>(order.map((glyph, i) => [glyph, i]));
  const include = (glyph: number) => {
    let id = index.get(glyph);
    if (id === undefined) {
      id = order.length;
      order.push(glyph);
      index.set(glyph, id);
    }
    return id;
  };
  const outlines: Uint8Array[] = [];
  for (let i = 0; i < order.length; i++) {
    if (order[i] === EMPTY_GLYPH) {
      outlines.push(NO_OUTLINE);
      continue;
    }
    let outline = font.outlineBytes(order[i]!);
    const parts = components(outline);
    if (parts.length > 0) {
      outline = outline.slice();
      for (const { glyph, at } of parts) viewOf(outline).setUint16(at, include(glyph));
    }
    outlines.push(outline);
  }

  const count = order.length;
  const loca = new DataView(new ArrayBuffer(4 * (count + 1)));
  const hmtx = new DataView(new ArrayBuffer(4 * count));
  let offset = 0;
  const glyf: Uint8Array[] = outlines.map((outline, i) => {
    loca.setUint32(4 * i, offset);
    if (order[i] !== EMPTY_GLYPH) {
      hmtx.setUint16(4 * i, font.advance(order[i]!));
      hmtx.setInt16(4 * i + 2, font.leftBearing(order[i]!));
    }
    const size = padded(outline.length);
    offset += size;
    if (size === outline.length) return outline;
    const copy = new Uint8Array(size);
    copy.set(outline);
    return copy;
  });
  loca.setUint32(4 * count, offset);

  const copy = (tag: string) => font.tables.get(tag)!.slice();
  const head = copy('head');
  viewOf(head).setInt16(50, 1); // long loca offsets
  const hhea = copy('hhea');
  viewOf(hhea).setUint16(34, count); // every glyph has its own advance
  const maxp = copy('maxp');
  viewOf(maxp).setUint16(4, count);
  return writeFont([
    { tag: 'head', data: head },
    { tag: 'hhea', data: hhea },
    { tag: 'maxp', data: maxp },
    { tag: 'hmtx', data: new Uint8Array(hmtx.buffer) },
    { tag: 'loca', data: new Uint8Array(loca.buffer) },
    { tag: 'glyf', data: concat(glyf) },
    ...HINTING_TABLES.filter((tag) => font.tables.has(tag)).map((tag) => ({ tag, data: font.tables.get(tag)! })),
  ]);
}
