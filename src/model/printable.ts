import type { Draft } from './draft';

// Characters nobody sees: format characters (zero-width spaces, joiners, bidi marks, soft
// hyphens), spaces of every kind and variation selectors.
const INVISIBLE = /^[\p{Cf}\p{Z}\s\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]*$/u;
// Control characters other than the newline and the tab, which no writer can show.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]/g;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const BETWEEN_WORDS = /(?<=\S)[\0-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]+(?=\S)/g;
// eslint-disable-next-line no-control-regex -- a vertical tab and a form feed are what is sought
const WORD_BREAKS = /[\x0b\x0c]/g;
const NEEDS_WORK = /[^\x20-\x7e\n\t]/;

/**
 * Text as every document prints it and every check reads it: letters and their accents composed
 * (NFC), every kind of line end a newline (a paragraph separator a blank line), control
 * characters gone (a space between two words, a line break for a vertical tab), and text that holds nothing visible (a name of one zero-width space) empty.
 * Without this, such a name passed the checks as filled in and printed as a blank Party, and the
 * PDF and the Word file each read an unusual line end their own way.
 */
export function printable(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  const cleaned = text
    .normalize('NFC')
    .replace(/\r\n?|[\u0085\u2028]/g, '\n')
    .replace(/\u2029/g, '\n\n')
    // A vertical tab or a form feed is a line break (or a page break) in text copied from Word.
    .replace(WORD_BREAKS, '\n')
    // Between two words, a control character stood for a gap: a space, not the words run together.
    .replace(BETWEEN_WORDS, ' ')
    .replace(CONTROL, '');
  return INVISIBLE.test(cleaned) ? '' : cleaned;
}

const printed = new WeakMap<Draft, Draft>();

/**
 * The draft with each of its texts made printable, sharing every part that needed nothing (the
 * same draft when nothing did). Kept per draft, as the checks and the documents each ask for it.
 */
export function printableDraft(draft: Draft): Draft {
  let done = printed.get(draft);
  if (!done) {
    done = mapTexts(draft, printable);
    printed.set(draft, done);
  }
  return done;
}

/** The draft with `change` made to each of its texts, sharing every part it left as it was. */
export function mapTexts(draft: Draft, change: (text: string) => string): Draft {
  const mapValue = (value: unknown): unknown => {
    if (typeof value === 'string') return change(value);
    if (Array.isArray(value)) {
      const items = value.map(mapValue);
      return items.some((item, index) => item !== value[index]) ? items : value;
    }
    if (value === null || typeof value !== 'object') return value;
    let changed = false;
    const entries = Object.entries(value).map(([key, item]) => {
      const now = mapValue(item);
      if (now !== item) changed = true;
      return [key, now] as const;
    });
    return changed ? Object.fromEntries(entries) : value;
  };
  return mapValue(draft) as Draft;
}
