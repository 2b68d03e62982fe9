// What the line breaker (line-break.ts) knows of characters and fonts, and the module's memory:
// each face's advances, kept in a table in memory and asked of JavaScript the first time; how a
// character is read from UTF-8; whether it is a letter, a combining mark or a character a line
// may break after. JavaScript answers what needs Unicode's tables or the font.

/** The advance of a code point in a face, in font units; also records it in the face's table. */
@external("kernel", "measure") declare function measure(face: i32, codePoint: i32): i32;
/** Whether a code point above ASCII is a letter (\p{L}): the engine's Unicode tables, not ours. */
@external("kernel", "isLetter") declare function isLetter(codePoint: i32): i32;
/** Whether a code point is a combining mark (\p{M}). */
@external("kernel", "isMark") declare function isMark(codePoint: i32): i32;

const FACES: i32 = 4;
/** Code points below this have their advances in a table per face; others are asked for. */
const TABLE_SIZE: i32 = 0x3000;
export const SPACE: i32 = 0x20;
export const NEWLINE: i32 = 0x0a;

// Memory, from __heap_base: the four faces' advance tables (i32, -1 until measured), their units
// per em, then the scratch area, which the caller fills with a block's input and this module with
// its output (sizes in line-break.ts's breakBlock).
let tables: usize = 0;
let unitsPerEmAt: usize = 0;
let scratch: usize = 0;

/** Sets up the tables; returns where they start, for the caller to record measured advances. */
export function init(): usize {
  tables = (__heap_base + 15) & ~15;
  unitsPerEmAt = tables + <usize>(FACES * TABLE_SIZE * 4);
  scratch = unitsPerEmAt + 16;
  ensure(scratch);
  forgetAdvances();
  return tables;
}

export function scratchStart(): usize { return scratch; }

/** Forgets every measured advance: the fonts have changed. */
export function forgetAdvances(): void {
  memory.fill(tables, 0xff, <usize>(FACES * TABLE_SIZE * 4));
}

export function setUnitsPerEm(face: i32, unitsPerEm: i32): void {
  store<i32>(unitsPerEmAt + (<usize>face << 2), unitsPerEm);
}

export function ensure(end: usize): void {
  const have = <usize>memory.size() << 16;
  if (end > have) memory.grow(<i32>((end - have + 0xffff) >> 16));
}

@inline export function unitsPerEm(face: i32): f64 {
  return <f64>load<i32>(unitsPerEmAt + (<usize>face << 2));
}

@inline export function advance(face: i32, codePoint: i32): i32 {
  if (codePoint < TABLE_SIZE) {
    const known = load<i32>(tables + (<usize>(face * TABLE_SIZE + codePoint) << 2));
    if (known >= 0) return known;
  }
  return measure(face, codePoint);
}

/** The code point at `at` in UTF-8 text, shifted left 8 bits, with its length in bytes below. */
@inline export function decode(text: usize, at: i32): u32 {
  const p = text + <usize>at;
  const b0 = <u32>load<u8>(p);
  if (b0 < 0x80) return (b0 << 8) | 1;
  if (b0 < 0xe0) return ((((b0 & 0x1f) << 6) | (<u32>load<u8>(p, 1) & 0x3f)) << 8) | 2;
  if (b0 < 0xf0) return ((((b0 & 0x0f) << 12) | ((<u32>load<u8>(p, 1) & 0x3f) << 6) | (<u32>load<u8>(p, 2) & 0x3f)) << 8) | 3;
  return ((((b0 & 0x07) << 18) | ((<u32>load<u8>(p, 1) & 0x3f) << 12) | ((<u32>load<u8>(p, 2) & 0x3f) << 6) | (<u32>load<u8>(p, 3) & 0x3f)) << 8) | 4;
}

@inline export function isBreakAfter(c: i32): bool {
  return c == 0x2d || c == 0x2f || c == 0x2010 || c == 0x2013 || c == 0x2014;
}

/** Whether a code point is a letter: ASCII's here, the others by the engine's Unicode tables. */
@inline export function letter(codePoint: i32): bool {
  if (codePoint < 0x80) return (codePoint | 0x20) >= 0x61 && (codePoint | 0x20) <= 0x7a;
  return isLetter(codePoint) != 0;
}

/** Whether a code point is a combining mark (none comes before U+0300). */
@inline export function mark(codePoint: i32): bool {
  return codePoint >= 0x300 && isMark(codePoint) != 0;
}
