import { formatLongDate } from '../../lib/dates';

/** Free text as paragraphs: blank lines separate them; single newlines stay as line breaks. */
export function paragraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((part) => part.replace(/^\n+|\n+$/g, '').trim())
    .filter((part) => part !== '');
}

export const longDate = (date: string | null): string | null => (date === null ? null : formatLongDate(date));

/** A named thing's printable name, never empty in the document. */
export const nameOr = (name: string, fallback: string): string => (name.trim() === '' ? fallback : name.trim());
