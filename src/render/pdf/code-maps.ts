/**
 * Compact glyph codes. With Identity-H, two bytes per glyph (as pdf-lib embedded fonts), glyph
 * codes were most of a page's content stream: compressing the pages was the largest part of the
 * writer's time, and it grows with their bytes. A subset seldom has more than a hundred glyphs,
 * so here the first 123 glyphs of a subset take one byte (<00>–<7F>, less the five bytes that a
 * literal string would need escaped) and the rest two (<8000>–<FFFF>: 0x8000 + glyph id). Mixed
 * one- and two-byte codes are how the CJK encodings work; the font's /Encoding is then this CMap
 * instead of Identity-H (ISO 32000-1 §9.7.5), and its /ToUnicode map uses the same codes (§9.10.3).
 */

/** Line feed, carriage return, parentheses and backslash, escaped in a literal string (§7.3.4.2). */
const ESCAPED = [0x0a, 0x0d, 0x28, 0x29, 0x5c];
const ONE_BYTE_CODES = Array.from({ length: 0x80 }, (_, byte) => byte).filter((byte) => !ESCAPED.includes(byte));
/** Two-byte codes reach glyph 0x7FFF; no document uses anywhere near so many glyphs of one face. */
export const MAX_GLYPHS = 0x8000;

/** The code of a subset's glyph (its CID, the fonts being CIDToGIDMap Identity) as bytes. */
export function codeBytes(glyphId: number): number[] {
  const byte = ONE_BYTE_CODES[glyphId];
  return byte !== undefined ? [byte] : [0x80 | (glyphId >> 8), glyphId & 0xff];
}

const hex = (n: number, digits: number) => n.toString(16).toUpperCase().padStart(digits, '0');
const codeHex = (glyphId: number) => `<${codeBytes(glyphId).map((b) => hex(b, 2)).join('')}>`;

/** A CMap program (Adobe Technical Note #5099); sections of more than 100 entries are split, as §9.7.5.4 asks. */
function cmapProgram(name: string, ordering: string, type: 1 | 2, operator: 'cidrange' | 'bfchar', entries: string[]): string {
  let sections = '';
  for (let i = 0; i < entries.length; i += 100) {
    const part = entries.slice(i, i + 100);
    sections += `${part.length} begin${operator}\n${part.join('\n')}\nend${operator}\n`;
  }
  return '/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n'
    + `/CIDSystemInfo << /Registry (Adobe) /Ordering (${ordering}) /Supplement 0 >> def\n`
    + `/CMapName /${name} def\n/CMapType ${type} def\n`
    + '2 begincodespacerange\n<00> <7F>\n<8000> <FFFF>\nendcodespacerange\n'
    + `${sections}endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n`;
}

export const ENCODING_NAME = 'CSEC-Compact-H';

/** The encoding CMap, from codes to CIDs, for subsets whose codes go up to glyph `maxGlyphId`; one for all four faces. */
export function encodingCMap(maxGlyphId: number): string {
  // One range per run of consecutive one-byte codes, then one per first byte of the two-byte codes.
  const ranges: string[] = [];
  ONE_BYTE_CODES.forEach((byte, glyphId) => {
    if (ONE_BYTE_CODES[glyphId - 1] === byte - 1) return;
    let last = glyphId;
    while (ONE_BYTE_CODES[last + 1] === ONE_BYTE_CODES[last]! + 1) last++;
    ranges.push(`<${hex(byte, 2)}> <${hex(ONE_BYTE_CODES[last]!, 2)}> ${glyphId}`);
  });
  for (let high = 0; maxGlyphId >= ONE_BYTE_CODES.length && high <= maxGlyphId >> 8; high++) {
    ranges.push(`<${hex(0x80 | high, 2)}00> <${hex(0x80 | high, 2)}FF> ${high * 256}`);
  }
  return cmapProgram(ENCODING_NAME, 'Identity', 1, 'cidrange', ranges);
}

/** What each glyph code stands for, for copying and searching text; `glyphs` pairs a glyph id with its code point. */
export function toUnicodeCMap(glyphs: readonly (readonly [number, number])[]): string {
  const utf16 = (codePoint: number) => {
    if (codePoint <= 0xffff) return hex(codePoint, 4);
    const offset = codePoint - 0x10000;
    return hex(0xd800 + (offset >> 10), 4) + hex(0xdc00 + (offset & 0x3ff), 4);
  };
  const entries = glyphs.map(([glyphId, codePoint]) => `${codeHex(glyphId)} <${utf16(codePoint)}>`);
  return cmapProgram('Adobe-Identity-UCS', 'UCS', 2, 'bfchar', entries);
}
