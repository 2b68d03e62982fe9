import { Bookmark, BookmarkEnd, BookmarkStart, InternalHyperlink, Paragraph, Tab, TableOfContents, TabStopType, TextRun } from 'docx';
import type { FileChild, ParagraphChild } from 'docx';
import type { Block } from '../../document/model';
import { plainRun } from './inline';
import { STYLE, TEXT_WIDTH, TOP_OF_PAGE } from './styles';

/**
 * The table of contents and the bookmarks on the headings it links to. docx can do both by
 * itself, but it numbers the bookmarks from a counter shared by every document in the process,
 * so the second render of a document would differ from the first (`_Toc7` instead of `_Toc1`).
 * Here each heading's bookmark is numbered by its place in the document instead.
 */

export interface TocEntry {
  text: string;
  /** The heading's language, where it is not the document's. */
  lang?: string;
  level: 1 | 2 | 3;
  /** The heading's bookmark, which its entry links to. */
  bookmark: string;
  /** The bookmark's number, unique in the document because these are its only bookmarks. */
  id: number;
  /** The page the PDF's layout puts the heading on. */
  page: number | undefined;
}

/** The entries of the table of contents: every heading, in order, with its bookmark and page. */
export function tocEntries(blocks: readonly Block[], pages: readonly number[]): TocEntry[] {
  return blocks
    .filter((block) => block.type === 'heading')
    .map((heading, index) => ({ text: heading.text, lang: heading.lang, level: heading.level, bookmark: `_TocH${index + 1}`, id: index + 1, page: pages[index] }));
}

/** A bookmark with the id we give it rather than one from docx's process-wide counter. */
class NumberedBookmark extends Bookmark {
  constructor(private readonly entry: TocEntry, children: readonly ParagraphChild[]) {
    super({ id: entry.bookmark, children });
  }

  // docx writes a bookmark as these three parts; only the ids differ from its own.
  override get writtenAs() {
    return [new BookmarkStart(this.entry.bookmark, this.entry.id), ...this.children, new BookmarkEnd(this.entry.id)];
  }
}

/** A heading's content inside its bookmark. */
export function bookmarked(entry: TocEntry | undefined, children: ParagraphChild[]): ParagraphChild[] {
  return entry === undefined ? children : [new NumberedBookmark(entry, children)];
}

/**
 * A "Contents" label and a TOC field over headings 1–3, written with one linked entry per heading
 * and its page number, so it reads as a whole contents list before any update, in Word, in
 * LibreOffice or in a previewer. The numbers are the PDF layout's, which the Word file follows
 * (see styles.ts); updating the field in Word sets them from Word's own layout.
 */
export function tableOfContents(entries: readonly TocEntry[], breakBefore: { pageBreakBefore?: boolean }): FileChild[] {
  const lines = entries.map((entry, i) => new Paragraph({
    style: `TOC${entry.level}`,
    // As in the PDF: the last entry never alone at the top of a page.
    ...(i === entries.length - 2 && { keepNext: true }),
    // The page number sits at the right margin, past the entry's own right indent, after a dot leader.
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH, leader: 'dot' }],
    children: [new InternalHyperlink({
      anchor: entry.bookmark,
      // The page number in the regular face at every level, as the PDF sets it, under a bold main entry too.
      children: [plainRun(entry.text, {}, entry.lang), ...(entry.page === undefined ? [] : [new TextRun({ children: [new Tab(), String(entry.page)], bold: false })])],
    })],
  }));
  return [
    new Paragraph({ style: STYLE.tocHeading, ...breakBefore, ...(breakBefore.pageBreakBefore && TOP_OF_PAGE), children: [plainRun('Contents')] }),
    // Written clean (docx marks a TOC dirty unless told): a dirty field makes Word ask, on opening,
    // to update fields that may refer to other files, and these entries already have their pages.
    new InlineTableOfContents('Table of Contents', { headingStyleRange: '1-3', hyperlink: true, contentChildren: lines, beginDirty: false }),
  ];
}

type Xml = Record<string, unknown[]>;

/**
 * docx writes the field's begin and end in paragraphs of their own around the entries, two empty
 * lines that set the first entry a line below "Contents" (where the PDF has it right under) and
 * leave a blank line after the last. This puts the begin at the start of the first entry and the
 * end at the close of the last, as Word itself writes a contents field.
 */
class InlineTableOfContents extends TableOfContents {
  override prepForXml(context: Parameters<TableOfContents['prepForXml']>[0]) {
    const xml = super.prepForXml(context) as Xml | undefined;
    const content = xml?.['w:sdt']?.find((part): part is Xml => typeof part === 'object' && part !== null && 'w:sdtContent' in part)?.['w:sdtContent'] as Xml[] | undefined;
    // The begin, at least one entry, and the end.
    if (!content || content.length < 3) return xml;
    const [begin, ...rest] = content;
    const end = rest.pop()!;
    const runs = (paragraph: Xml) => paragraph['w:p']!.filter((child) => typeof child === 'object' && child !== null && 'w:r' in child);
    const first = rest[0]!['w:p']!;
    // After the paragraph's properties, which come first.
    const at = first.findIndex((child) => !(typeof child === 'object' && child !== null && 'w:pPr' in child));
    first.splice(at < 0 ? first.length : at, 0, ...runs(begin!));
    rest[rest.length - 1]!['w:p']!.push(...runs(end));
    content.splice(0, content.length, ...rest);
    return xml;
  }
}
