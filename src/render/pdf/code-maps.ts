/**
 * Compact glyph codes. With Identity-H, two bytes per glyph (as pdf-lib embedded fonts), glyph
 * codes were most of a page's content stream: compressing the pages was the largest part of the
 * writer's time, and it grows with their bytes. Here a printable ASCII character (U+0020 to
 * U+007E, nearly all of an MOU's text) takes one byte, its own, and is glyph (CID) of the same
 * number in every face's subset; any other character's glyph comes after them, from CID 128, and
 * takes two bytes (<8000>-<FFFF>: 0x8000 + CID). Text of plain ASCII is then its own glyph codes,
 * copied into a page in one call (content.ts). Mixed one- and two-byte codes are how the CJK
 * encodings work; the font's /Encoding is then this CMap instead of Identity-H (ISO 32000-1
 * §9.7.5), and its /ToUnicode map uses the same codes (§9.10.3).
 */

/** The first CID, and the lowest two-byte code's glyph, for characters outside printable ASCII. */
export const FIRST_OTHER_CID = 0x80;
/** Two-byte codes reach glyph 0x7FFF; no document uses anywhere near so many glyphs of one face. */
export const MAX_GLYPHS = 0x8000;

/** Whether a code point is printable ASCII, whose code and CID are the code point itself. */
export const isPrintableAscii = (codePoint: number): boolean => codePoint >= 0x20 && codePoint <= 0x7e;

/** The code of a subset's glyph (its CID, the fonts being CIDToGIDMap Identity) as bytes. */
export function codeBytes(cid: number): number[] {
  return cid < FIRST_OTHER_CID ? [cid] : [0x80 | (cid >> 8), cid & 0xff];
}

const hex = (n: number, digits: number) => n.toString(16).toUpperCase().padStart(digits, '0');
const codeHex = (cid: number) => `<${codeBytes(cid).map((b) => hex(b, 2)).join('')}>`;

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

/** The encoding CMap, from codes to CIDs, for subsets whose glyphs go up to CID `maxCid`; one for all four faces. */
export function encodingCMap(maxCid: number): string {
  // The one-byte codes are printable ASCII, each its own CID; then one range per first byte of
  // the two-byte codes (the lowest range's first 128 codes are never written).
  const ranges = ['<20> <7E> 32'];
  for (let high = 0; maxCid >= FIRST_OTHER_CID && high <= maxCid >> 8; high++) {
    ranges.push(`<${hex(0x80 | high, 2)}00> <${hex(0x80 | high, 2)}FF> ${high * 256}`);
  }
  return cmapProgram(ENCODING_NAME, 'Identity', 1, 'cidrange', ranges);
}

/** What each glyph code stands for, for copying and searching text; `glyphs` pairs a CID with its code point. */
export function toUnicodeCMap(glyphs: readonly (readonly [number, number])[]): string {
  const utf16 = (codePoint: number) => {
    if (codePoint <= 0xffff) return hex(codePoint, 4);
    const offset = codePoint - 0x10000;
    return hex(0xd800 + (offset >> 10), 4) + hex(0xdc00 + (offset & 0x3ff), 4);
  };
  const entries = glyphs.map(([cid, codePoint]) => `${codeHex(cid)} <${utf16(codePoint)}>`);
  return cmapProgram('Adobe-Identity-UCS', 'UCS', 2, 'bfchar', entries);
}
