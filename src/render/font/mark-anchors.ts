import { viewOf } from './sfnt';

/** A point of a glyph where another attaches, in font units. */
export interface Anchor { x: number; y: number }

/**
 * The font's own places for combining marks (OpenType GPOS, lookup types 4 and 6: mark-to-base
 * and mark-to-mark attachment, also inside extension lookups), read when a text first holds a
 * mark that no composed letter has: where a mark's anchor meets its base's, or the mark's before
 * it. These are the positions a shaping engine (HarfBuzz in LibreOffice and browsers) gives.
 * Only format 1 subtables exist for these lookups; they are read where they lie, when asked,
 * so that a document without such marks costs nothing. A table this reader does not understand
 * is read as holding no anchors, and the caller falls back to its own placement. Every lookup
 * of these types counts, whatever script and feature name it: a Latin font has them for its
 * marks only.
 */
export class MarkAnchors {
  private readonly toBase: Attachment[] = [];
  private readonly toMark: Attachment[] = [];

  constructor(gpos: Uint8Array | undefined) {
    if (!gpos || gpos.length < 10) return;
    try {
      const view = viewOf(gpos);
      const lookups = view.getUint16(8);
      const count = view.getUint16(lookups);
      for (let i = 0; i < count; i++) {
        const lookup = lookups + view.getUint16(lookups + 2 + 2 * i);
        const type = view.getUint16(lookup);
        const subtables = view.getUint16(lookup + 4);
        for (let k = 0; k < subtables; k++) {
          let table = lookup + view.getUint16(lookup + 6 + 2 * k);
          let kind = type;
          // An extension subtable points, with a 32-bit offset, at a subtable of another type.
          if (kind === 9 && view.getUint16(table) === 1) {
            kind = view.getUint16(table + 2);
            table += view.getUint32(table + 4);
          }
          if ((kind === 4 || kind === 6) && view.getUint16(table) === 1) (kind === 4 ? this.toBase : this.toMark).push({ view, at: table });
        }
      }
    } catch {
      // A table cut short or pointing outside itself: the font's anchors are not used.
      this.toBase.length = 0;
      this.toMark.length = 0;
    }
  }

  /** Where `mark` goes on `base`: the offset of the mark's origin from the base's, or null. */
  onBase(base: number, mark: number): Anchor | null {
    return this.read(this.toBase, base, mark);
  }

  /** Where `mark` goes on the mark `under` it: the offset of its origin from that mark's, or null. */
  onMark(under: number, mark: number): Anchor | null {
    return this.read(this.toMark, under, mark);
  }

  /** A table that points outside itself when read is read as holding no anchor for the pair. */
  private read(tables: readonly Attachment[], base: number, mark: number): Anchor | null {
    try {
      return offsetIn(tables, base, mark);
    } catch {
      return null;
    }
  }
}

/** One attachment subtable, read where it lies: nothing is copied out of the font. */
interface Attachment { view: DataView; at: number }

function offsetIn(tables: readonly Attachment[], base: number, mark: number): Anchor | null {
  for (const { view, at } of tables) {
    const m = coverageIndex(view, at + view.getUint16(at + 2), mark);
    const b = m < 0 ? -1 : coverageIndex(view, at + view.getUint16(at + 4), base);
    if (b < 0) continue;
    // MarkBasePos and MarkMarkPos format 1 share their layout (OpenType GPOS, lookup types 4 and 6).
    const classCount = view.getUint16(at + 6);
    const markArray = at + view.getUint16(at + 8);
    const baseArray = at + view.getUint16(at + 10);
    if (m >= view.getUint16(markArray) || b >= view.getUint16(baseArray)) continue;
    const markClass = view.getUint16(markArray + 2 + 4 * m);
    const markAnchor = anchorAt(view, markArray, view.getUint16(markArray + 4 + 4 * m));
    const baseAnchor = markClass < classCount ? anchorAt(view, baseArray, view.getUint16(baseArray + 2 + 2 * (b * classCount + markClass))) : null;
    if (markAnchor && baseAnchor) return { x: baseAnchor.x - markAnchor.x, y: baseAnchor.y - markAnchor.y };
  }
  return null;
}

/** An anchor's point (its formats 1 to 3 all begin with it); offset 0 is none. */
const anchorAt = (view: DataView, from: number, offset: number): Anchor | null =>
  (offset === 0 ? null : { x: view.getInt16(from + offset + 2), y: view.getInt16(from + offset + 4) });

/** A glyph's index in a coverage table (format 1, a sorted list; format 2, sorted ranges), or -1. */
function coverageIndex(view: DataView, at: number, glyph: number): number {
  const format = view.getUint16(at);
  const count = view.getUint16(at + 2);
  let low = 0;
  let high = count - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (format === 1) {
      const found = view.getUint16(at + 4 + 2 * middle);
      if (found === glyph) return middle;
      if (found < glyph) low = middle + 1;
      else high = middle - 1;
    } else if (format === 2) {
      const record = at + 4 + 6 * middle;
      if (glyph < view.getUint16(record)) high = middle - 1;
      else if (glyph > view.getUint16(record + 2)) low = middle + 1;
      else return view.getUint16(record + 4) + glyph - view.getUint16(record);
    } else return -1;
  }
  return -1;
}
