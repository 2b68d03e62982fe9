import type { Face } from './faces';
import type { Metrics } from './metrics';

/**
 * Makes user text safe to set in our font. Whatever anyone typed or pasted, the writer must not
 * crash and must not draw a glyph the font lacks (pdf-lib would draw .notdef, an empty box, and
 * say nothing). So:
 * - a letter and its accents typed as separate characters (as macOS often sends names) become the
 *   composed letter where Unicode has one (NFC): the PDF places every glyph by its advance alone,
 *   so a separate accent sits where the font places it for a lowercase letter, into a capital;
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

export function cleanText(typed: string, face: Face, metrics: Metrics, missing: Set<string>): string {
  const text = typed.normalize('NFC');
  // Characters that stay as they are are copied a run at a time (`start` is where the run began):
  // this runs over every character of the document, most of them printable ASCII.
  let out = '';
  let start = 0;
  let previousWasCr = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Fast path: printable ASCII, which every face we could ship has.
    if (code >= 0x20 && code < 0x7f) {
      previousWasCr = false;
      continue;
    }
    const codePoint = text.codePointAt(i) ?? code;
    const char = codePoint > 0xffff ? text.slice(i, i + 2) : text[i]!;
    const cleaned = cleanChar(char, codePoint, previousWasCr, face, metrics, missing);
    previousWasCr = char === '\r';
    if (cleaned !== char) {
      out += text.slice(start, i) + cleaned;
      start = i + char.length;
    }
    i += char.length - 1;
  }
  return start === 0 ? text : out + text.slice(start);
}

/** What one character that is not printable ASCII becomes. */
function cleanChar(char: string, code: number, previousWasCr: boolean, face: Face, metrics: Metrics, missing: Set<string>): string {
  if (NEWLINE.test(char)) return char === '\n' && previousWasCr ? '' : LINE_BREAK;
  if (SPACE.test(char)) return char === '\u00a0' && metrics.has(code, face) ? char : ' ';
  if (DROPPED.test(char)) return '';
  if (isLoneSurrogate(code) || NONCHARACTER.test(char) || (code & 0xfffe) === 0xfffe || !metrics.has(code, face)) {
    missing.add(char);
    return metrics.has(0xfffd, face) ? '\ufffd' : '?';
  }
  return char;
}

function isLoneSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/**
 * Text for the document's properties and bookmarks, which are UTF-16 strings shown by the reader's
 * own fonts: no glyph check, but composed as the page's text is, without the format characters
 * and variation selectors the page drops, control characters as spaces, and lone surrogates and
 * noncharacters, which would make the string ill-formed, as U+FFFD.
 */
export function cleanPlainText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\p{Cf}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]+/gu, '')
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFDD0-\uFDEF\uFFFE\uFFFF]/g, '\uFFFD')
    .replace(/ {2,}/g, ' ')
    .trim();
}
