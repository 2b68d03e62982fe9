import { formatLongDate } from '../../lib/dates';

/** Free text as paragraphs: blank lines separate them; single newlines stay as line breaks. */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((part) => part.replace(/^\n+|\n+$/g, '').trim())
    .filter((part) => part !== '');
}

/**
 * A date as the documents print it, "January 1, 2026", with a no-break space between the month and
 * the day: a line never ends at "January". It may end after the comma, as in print, which lets a
 * date in a narrow column ("Signed on") wrap whole before the year rather than inside it.
 */
export const documentDate = (date: string): string => formatLongDate(date).replace(' ', '\u00a0');

/**
 * The day a document was produced, which it states in a centred line or a subtitle ("DRAFT
 * produced …"): it never breaks, so such a line never ends at "January 1," with the year below.
 */
export const wholeDate = (date: string): string => formatLongDate(date).replace(/ /g, '\u00a0');

export const longDate = (date: string | null): string | null => (date === null ? null : documentDate(date));

/** Dates a finding's message already writes in words ("ends on December 20, 2026"), kept as documentDate keeps them. */
export const withDatesKept = (text: string): string =>
  text.replace(/\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}),/g, '$1\u00a0$2,');

/**
 * A value asked on one line (a name, a title, a signer's title) on one line in every document: a
 * line end a file brought in is a space, as the Word file has always set it.
 */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A named thing's printable name, on one line and never empty in the document. */
export const nameOr = (name: string, fallback: string): string => oneLine(name) || fallback;
