import type { Face } from './faces';
import type { Metrics } from './metrics';

/**
 * Makes user text safe to set in our font. Whatever anyone typed or pasted, the writer must not
 * crash and must not draw a glyph the font lacks (pdf-lib would draw .notdef, an empty box, and
 * say nothing). So:
 * - newlines become line breaks, tabs and other spaces become plain spaces;
 * - control and format characters (bidi marks, zero-width joiners, soft hyphens, byte-order marks)
 *   and variation selectors are dropped: they have no glyph of their own;
 * - anything else the face lacks (emoji, CJK, Arabic, noncharacters such as U+FFFE, lone
 *   surrogates) becomes U+FFFD, or "?" where the face has no U+FFFD, and is reported once in
 *   `missing`, so the app can tell the user which characters the PDF could not show.
 */
export const LINE_BREAK = '\n';

const DROPPED = /[\p{Cc}\p{Cf}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]/u;
const SPACE = /[\t\v\f\p{Zs}]/u;
const NEWLINE = /[\n\r\u2028\u2029]/u;
const NONCHARACTER = /[\uFDD0-\uFDEF\uFFFE\uFFFF]/u;

export function cleanText(text: string, face: Face, metrics: Metrics, missing: Set<string>): string {
  let out = '';
  let previousWasCr = false;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    // Fast path: printable ASCII, which every face we could ship has.
    if (code >= 0x20 && code < 0x7f) {
      out += char;
      previousWasCr = false;
      continue;
    }
    if (NEWLINE.test(char)) {
      if (!(char === '\n' && previousWasCr)) out += LINE_BREAK;
      previousWasCr = char === '\r';
      continue;
    }
    previousWasCr = false;
    if (SPACE.test(char)) out += char === '\u00a0' && metrics.has(code, face) ? char : ' ';
    else if (DROPPED.test(char)) continue;
    else if (isLoneSurrogate(code) || NONCHARACTER.test(char) || (code & 0xfffe) === 0xfffe || !metrics.has(code, face)) {
      missing.add(char);
      out += metrics.has(0xfffd, face) ? '\ufffd' : '?';
    } else out += char;
  }
  return out;
}

function isLoneSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/**
 * Text for the document's properties and bookmarks, which are UTF-16 strings shown by the reader's
 * own fonts: no glyph check, but control characters become spaces, and lone surrogates and
 * noncharacters, which would make the string ill-formed, become U+FFFD.
 */
export function cleanPlainText(text: string): string {
  return text
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFDD0-\uFDEF\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(/ {2,}/g, ' ')
    .trim();
}
