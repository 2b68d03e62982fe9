import { notACharacter } from '../../document/unshown';
/**
 * Text as Word can take it. Every string that reaches the DOCX passes through here, because Word
 * refuses a whole file over one character XML 1.0 forbids, and users paste such characters from
 * PDFs and old systems. docx drops most C0 controls itself but keeps U+FFFE, U+FFFF and lone
 * surrogates, which a UTF-8 encoder would silently turn into U+FFFD.
 */

/**
 * Characters XML 1.0 does not allow (https://www.w3.org/TR/xml/#charsets): C0 controls other than
 * tab, newline and carriage return; the noncharacters U+FFFE and U+FFFF; and any surrogate not
 * part of a pair. Pairs are matched first so that only lone halves are replaced.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN = /([\uD800-\uDBFF][\uDC00-\uDFFF])|([\u000B\u000C])|([\uFFFE\uFFFF\uD800-\uDFFF])|[\u0000-\u0008\u000E-\u001F]/g;

/**
 * `text` with what XML 1.0 forbids replaced as the PDF replaces it: a vertical tab or form feed
 * becomes a space, so the words either side stay apart; a lone surrogate or U+FFFE/U+FFFF, which
 * are not characters, becomes U+FFFD, so the reader sees that something was there; the other
 * controls go. Everything else, emoji and combining marks included, is kept.
 */
export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN, (_char, pair: string | undefined, space: string | undefined, broken: string | undefined) =>
    pair ?? (space ? ' ' : broken ? '\uFFFD' : ''));
}

/** Whether `char`, one the PDF could not draw, is kept in the Word file: every character but those xmlSafe replaces with U+FFFD. */
export function keptInWord(char: string): boolean {
  return !notACharacter(char);
}

/**
 * The lines of user text. The model promises no newlines inside a text run, but a stray one would
 * silently become a space in Word, so it is honoured as a line break instead. A tab typed or
 * pasted into the text is a space, as the PDF sets it, not a jump to Word's next tab stop.
 */
export function textLines(text: string): string[] {
  return xmlSafe(text.replace(/[\t\v\f]/g, ' ')).split(/\r\n|\r|\n/);
}

/**
 * A one-line string for places that cannot hold a line break: headings (one TOC entry each),
 * agency and signer names, the running header and document properties. A run of tabs, line
 * breaks, vertical tabs and form feeds becomes one space, so words neither run together nor spread.
 */
export function oneLine(text: string): string {
  return xmlSafe(text.replace(/[\t\n\v\f\r]+/g, ' '));
}
