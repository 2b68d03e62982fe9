import { DOCUMENT_LANGUAGE, type DocumentMeta } from '../../document/model';
import { formatLongDate } from '../../lib/dates';
import { oneLine } from './text';

/**
 * docProps/core.xml, written here rather than by docx because docx stamps `dcterms:created` and
 * `dcterms:modified` with the current time and offers no way to pin them, so the same draft would
 * give a different file every second. Both dates are the document's `createdOn` instead.
 */

/** `createdOn` as year, month and day when it is a real calendar date from 1980 to 2107, else undefined. */
export function calendarDate(iso: string): { year: number; month: number; day: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  // 1980–2107 is what a zip file's dates can hold; Word has no use for dates outside it either.
  const real = date.getUTCMonth() === month - 1 && date.getUTCDate() === day && year >= 1980 && year <= 2107;
  return real ? { year, month, day } : undefined;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escape = (text: string) => oneLine(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

const element = (name: string, text: string) => (text.trim() === '' ? '' : `<${name}>${escape(text)}</${name}>`);

/** What Word shows as the file's Comments: which kind of document this is and when it was made. */
function description(meta: DocumentMeta): string {
  const kind = meta.marking === 'draft' ? 'Draft' : 'Final';
  // In the U.S. form every other date takes ("November 28, 2026"), as Word shows it to a reader.
  return calendarDate(meta.createdOn) ? `${kind}, produced ${formatLongDate(meta.createdOn)}.` : `${kind}.`;
}

export function corePropertiesXml(meta: DocumentMeta): string {
  const date = calendarDate(meta.createdOn);
  // An invalid date is left out rather than written: Word refuses a file whose core dates do not parse.
  const stamp = date === undefined ? '' : `${meta.createdOn}T00:00:00Z`;
  const dates = stamp === ''
    ? ''
    : `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>`;
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
    + ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"'
    + ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    + element('dc:title', meta.title)
    + element('dc:subject', meta.subject)
    + element('dc:creator', meta.author)
    + element('cp:keywords', meta.keywords.map(oneLine).filter((k) => k.trim() !== '').join(', '))
    + element('dc:description', description(meta))
    // The language the document is written in, as the PDF's /Lang and Word's styles say it.
    + element('dc:language', DOCUMENT_LANGUAGE)
    + element('cp:lastModifiedBy', meta.author)
    + '<cp:revision>1</cp:revision>'
    + element('cp:contentStatus', meta.marking === 'draft' ? 'Draft' : 'Final')
    + dates
    + '</cp:coreProperties>';
}
