import { components, readTables, viewOf } from './sfnt';

/** A point of a glyph's outline, in font units; off-curve points are quadratic control points. */
export interface OutlinePoint { x: number; y: number; onCurve: boolean }

/** A character map subtable: from a code point to a glyph, and every code point it maps. */
interface CharacterMap {
  glyph(codePoint: number): number;
  codePoints(): number[];
}

/**
 * What the writers read of a TrueType face, straight from its tables (OpenType specification
 * 1.9): names, vertical metrics, advance widths, the character map and the glyph outlines. It
 * replaces fontkit, whose general font engine (every table decoded into objects through a
 * structure library, a shaping engine, WOFF2's Brotli) cost the command line most of its start-up
 * and a cold export most of its time, while the writers need only these few numbers: they set
 * every character by its own glyph and advance, with no shaping or kerning.
 */
export class TrueTypeFont {
  readonly tables: Map<string, Uint8Array>;
  readonly unitsPerEm: number;
  readonly numGlyphs: number;
  /** hhea's ascender and descender (the descender negative), in font units. */
  readonly ascent: number;
  readonly descent: number;
  /** head's box around every glyph: [xMin, yMin, xMax, yMax] in font units. */
  readonly bbox: readonly [number, number, number, number];
  readonly italic: boolean;
  readonly italicAngle: number;
  readonly fixedPitch: boolean;
  /** OS/2's IBM font class (0 when there is no OS/2 table), capital and x heights (0 when not given). */
  readonly familyClass: number;
  readonly capHeight: number;
  readonly xHeight: number;
  readonly postscriptName: string;
  readonly familyName: string;
  private readonly numberOfHMetrics: number;
  private readonly hmtx: DataView;
  private readonly cmap: CharacterMap;
  private readonly loca: DataView | null;
  private readonly longLoca: boolean;

  constructor(readonly bytes: Uint8Array) {
    this.tables = readTables(bytes);
    const head = this.view('head');
    const hhea = this.view('hhea');
    this.unitsPerEm = head.getUint16(18);
    this.bbox = [head.getInt16(36), head.getInt16(38), head.getInt16(40), head.getInt16(42)];
    this.italic = (head.getUint16(44) & 0x2) !== 0;
    this.ascent = hhea.getInt16(4);
    this.descent = hhea.getInt16(6);
    this.numberOfHMetrics = hhea.getUint16(34);
    this.numGlyphs = this.view('maxp').getUint16(4);
    this.hmtx = this.view('hmtx');
    const post = this.tables.has('post') ? this.view('post') : null;
    this.italicAngle = post ? post.getInt32(4) / 65536 : 0;
    this.fixedPitch = post ? post.getUint32(12) !== 0 : false;
    const os2 = this.tables.has('OS/2') ? this.view('OS/2') : null;
    this.familyClass = os2 ? os2.getInt16(30) : 0;
    const v2 = os2 !== null && os2.getUint16(0) >= 2 && os2.byteLength >= 90;
    this.xHeight = v2 ? os2.getInt16(86) : 0;
    this.capHeight = v2 ? os2.getInt16(88) : 0;
    const names = this.tables.has('name') ? readNames(this.tables.get('name')!) : new Map<number, string>();
    this.postscriptName = names.get(6) ?? 'Font';
    this.familyName = names.get(1) ?? '';
    this.cmap = readCharacterMap(this.table('cmap'));
    this.loca = this.tables.has('loca') && this.tables.has('glyf') ? this.view('loca') : null;
    this.longLoca = head.getInt16(50) === 1;
  }

  private table(tag: string): Uint8Array {
    const table = this.tables.get(tag);
    if (!table) throw new Error(`The font has no ${tag.trim()} table.`);
    return table;
  }

  private view(tag: string): DataView {
    return viewOf(this.table(tag));
  }

  /** The glyph of `codePoint`, or 0 (.notdef) when the face has none. */
  glyphId(codePoint: number): number {
    const glyph = this.cmap.glyph(codePoint);
    return glyph < this.numGlyphs ? glyph : 0;
  }

  hasGlyph(codePoint: number): boolean {
    return this.glyphId(codePoint) !== 0;
  }

  /** Every character the face maps to a glyph, in order. */
  characterSet(): number[] {
    return this.cmap.codePoints().filter((codePoint) => this.glyphId(codePoint) !== 0);
  }

  /** The glyph's advance width in font units. */
  advance(glyph: number): number {
    return this.hmtx.getUint16(4 * Math.min(glyph, this.numberOfHMetrics - 1));
  }

  /** The glyph's left side bearing in font units. */
  leftBearing(glyph: number): number {
    const long = this.numberOfHMetrics;
    return glyph < long ? this.hmtx.getInt16(4 * glyph + 2) : this.hmtx.getInt16(4 * long + 2 * (glyph - long));
  }

  /** The glyph's outline bytes in glyf (empty for a glyph without contours, such as the space). */
  outlineBytes(glyph: number): Uint8Array {
    const { loca } = this;
    if (!loca) throw new Error('The font has no TrueType outlines (glyf, loca).');
    if (glyph >= this.numGlyphs) return new Uint8Array(0);
    const offset = (i: number) => (this.longLoca ? loca.getUint32(4 * i) : 2 * loca.getUint16(2 * i));
    return this.table('glyf').subarray(offset(glyph), offset(glyph + 1));
  }

  /** The glyph's contours with composite glyphs resolved, in font units. */
  contours(glyph: number, depth = 0): OutlinePoint[][] {
    const bytes = this.outlineBytes(glyph);
    if (bytes.length < 10 || depth > 8) return [];
    const view = viewOf(bytes);
    const count = view.getInt16(0);
    if (count >= 0) return simpleContours(view, count);
    const contours: OutlinePoint[][] = [];
    for (const { glyph: part, at } of components(bytes)) {
      const t = componentTransform(view, at - 2);
      for (const contour of this.contours(part, depth + 1)) {
        contours.push(contour.map(({ x, y, onCurve }) => ({
          x: x * t.scaleX + y * t.scale01 + t.dx,
          y: y * t.scaleY + x * t.scale10 + t.dy,
          onCurve,
        })));
      }
    }
    return contours;
  }
}

/** A component's offset and 2×2 transform; point matching (offsets given as point numbers) is not used by the faces we embed. */
function componentTransform(view: DataView, at: number) {
  const flags = view.getUint16(at);
  let p = at + 4;
  const words = (flags & 0x1) !== 0;
  const dx = words ? view.getInt16(p) : view.getInt8(p);
  const dy = words ? view.getInt16(p + 2) : view.getInt8(p + 1);
  p += words ? 4 : 2;
  const f2dot14 = (offset: number) => view.getInt16(offset) / 16384;
  let [scaleX, scale01, scale10, scaleY] = [1, 0, 0, 1];
  if (flags & 0x8) scaleX = scaleY = f2dot14(p);
  else if (flags & 0x40) [scaleX, scaleY] = [f2dot14(p), f2dot14(p + 2)];
  else if (flags & 0x80) [scaleX, scale01, scale10, scaleY] = [f2dot14(p), f2dot14(p + 2), f2dot14(p + 4), f2dot14(p + 6)];
  return { dx, dy, scaleX, scale01, scale10, scaleY };
}

/** A simple glyph's points (glyf, "Simple glyph description"), split into contours. */
function simpleContours(view: DataView, count: number): OutlinePoint[][] {
  const ends: number[] = [];
  for (let i = 0; i < count; i++) ends.push(view.getUint16(10 + 2 * i));
  const points = count === 0 ? 0 : ends[count - 1]! + 1;
  let at = 10 + 2 * count;
  at += 2 + view.getUint16(at); // instructions
  const flags = new Uint8Array(points);
  for (let i = 0; i < points;) {
    const flag = view.getUint8(at++);
    flags[i++] = flag;
    if (flag & 0x8) for (let repeat = view.getUint8(at++); repeat > 0 && i < points; repeat--) flags[i++] = flag;
  }
  const read = (short: number, same: number): Int32Array => {
    const values = new Int32Array(points);
    let value = 0;
    for (let i = 0; i < points; i++) {
      const flag = flags[i]!;
      if (flag & short) value += (flag & same ? 1 : -1) * view.getUint8(at++);
      else if (!(flag & same)) { value += view.getInt16(at); at += 2; }
      values[i] = value;
    }
    return values;
  };
  const xs = read(0x2, 0x10);
  const ys = read(0x4, 0x20);
  const contours: OutlinePoint[][] = [];
  let start = 0;
  for (const end of ends) {
    const contour: OutlinePoint[] = [];
    for (let i = start; i <= end; i++) contour.push({ x: xs[i]!, y: ys[i]!, onCurve: (flags[i]! & 0x1) !== 0 });
    contours.push(contour);
    start = end + 1;
  }
  return contours;
}

/** The name table's English names by name ID: Windows Unicode (US English) first, then Macintosh Roman. */
function readNames(table: Uint8Array): Map<number, string> {
  const view = viewOf(table);
  const count = view.getUint16(2);
  const storage = view.getUint16(4);
  const names = new Map<number, string>();
  const mac = new Map<number, string>();
  for (let i = 0; i < count; i++) {
    const record = 6 + 12 * i;
    const [platform, encoding, language, id, length, offset] = [0, 2, 4, 6, 8, 10].map((o) => view.getUint16(record + o)) as [number, number, number, number, number, number];
    const bytes = table.subarray(storage + offset, storage + offset + length);
    if (platform === 3 && (encoding === 1 || encoding === 10) && language === 0x409 && !names.has(id)) {
      let text = '';
      for (let c = 0; c + 1 < bytes.length; c += 2) text += String.fromCharCode((bytes[c]! << 8) | bytes[c + 1]!);
      names.set(id, text);
    } else if (platform === 1 && encoding === 0 && language === 0 && !mac.has(id)) {
      mac.set(id, String.fromCharCode(...bytes));
    }
  }
  for (const [id, text] of mac) if (!names.has(id)) names.set(id, text);
  return names;
}

/**
 * The face's Unicode character map, chosen as fontkit chose it: a full-repertoire subtable
 * (Windows UCS-4, Unicode full) in format 12, else a Basic Multilingual Plane one in format 4.
 */
function readCharacterMap(table: Uint8Array): CharacterMap {
  const view = viewOf(table);
  const count = view.getUint16(2);
  const subtables = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    const record = 4 + 8 * i;
    subtables.set(`${view.getUint16(record)},${view.getUint16(record + 2)}`, view.getUint32(record + 4));
  }
  const find = (pairs: string[], format: number) => {
    for (const pair of pairs) {
      const offset = subtables.get(pair);
      if (offset !== undefined && view.getUint16(offset) === format) return offset;
    }
    return undefined;
  };
  const full = find(['3,10', '0,6', '0,4'], 12);
  if (full !== undefined) return format12(view, full);
  const basic = find(['3,1', '0,3', '0,2', '0,1', '0,0'], 4);
  if (basic !== undefined) return format4(view, basic);
  throw new Error('The font has no Unicode character map (cmap format 4 or 12).');
}

function format12(view: DataView, at: number): CharacterMap {
  const groups = view.getUint32(at + 12);
  const start = (g: number) => view.getUint32(at + 16 + 12 * g);
  const end = (g: number) => view.getUint32(at + 20 + 12 * g);
  const first = (g: number) => view.getUint32(at + 24 + 12 * g);
  return {
    glyph(codePoint) {
      let [low, high] = [0, groups - 1];
      while (low <= high) {
        const mid = (low + high) >> 1;
        if (codePoint < start(mid)) high = mid - 1;
        else if (codePoint > end(mid)) low = mid + 1;
        else return first(mid) + codePoint - start(mid);
      }
      return 0;
    },
    codePoints() {
      const out: number[] = [];
      for (let g = 0; g < groups; g++) for (let c = start(g); c <= end(g); c++) out.push(c);
      return out;
    },
  };
}

function format4(view: DataView, at: number): CharacterMap {
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  const lookup = (s: number, codePoint: number) => {
    const rangeOffset = view.getUint16(rangeOffsets + 2 * s);
    const delta = view.getUint16(deltas + 2 * s);
    if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
    const glyph = view.getUint16(rangeOffsets + 2 * s + rangeOffset + 2 * (codePoint - view.getUint16(starts + 2 * s)));
    return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
  };
  return {
    glyph(codePoint) {
      if (codePoint > 0xffff) return 0;
      let [low, high] = [0, segments - 1];
      while (low <= high) {
        const mid = (low + high) >> 1;
        if (codePoint < view.getUint16(starts + 2 * mid)) high = mid - 1;
        else if (codePoint > view.getUint16(ends + 2 * mid)) low = mid + 1;
        else return lookup(mid, codePoint);
      }
      return 0;
    },
    codePoints() {
      const out: number[] = [];
      for (let s = 0; s < segments; s++) {
        for (let c = view.getUint16(starts + 2 * s); c <= view.getUint16(ends + 2 * s) && c < 0xffff; c++) out.push(c);
      }
      return out;
    },
  };
}
