import { formatLongDate } from '../../lib/dates';
import { mapTexts, printableDraft, type Draft } from '../../model';

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

// A mark opens a quotation at the start of a text, after a space, an opening bracket or quote, or
// a dash; anywhere else it closes one, or is an apostrophe.
const OPENS_AFTER = /[\s([{\u2014\u2013\u201c\u2018-]/;

/**
 * Straight quotes and apostrophes as typographic ones, as Word sets them while one types and as
 * the templates are written: the committee's "county's" prints as “county’s” beside the MOU's own
 * words, not in a second style. Only the printed documents change; the draft keeps what was typed.
 */
export function typographic(text: string): string {
  if (!/['"]/.test(text)) return text;
  return text.replace(/['"]/g, (mark, at: number) => {
    const opens = at === 0 || OPENS_AFTER.test(text[at - 1]!);
    if (mark === '"') return opens ? '\u201c' : '\u201d';
    return opens ? '\u2018' : '\u2019';
  });
}

const printed = new WeakMap<Draft, Draft>();

/** The draft as every document prints it: each text printable (model/printable.ts) and typographic. */
export function documentDraft(draft: Draft): Draft {
  let done = printed.get(draft);
  if (!done) {
    done = mapTexts(printableDraft(draft), typographic);
    printed.set(draft, done);
  }
  return done;
}
