import { Bookmark, BookmarkEnd, BookmarkStart, InternalHyperlink, Paragraph, TableOfContents } from 'docx';
import type { FileChild, ParagraphChild } from 'docx';
import type { Block } from '../../document/model';
import { plainRun } from './inline';
import { STYLE } from './styles';

/**
 * The table of contents and the bookmarks on the headings it links to. docx can do both by
 * itself, but it numbers the bookmarks from a counter shared by every document in the process,
 * so the second render of a document would differ from the first (`_Toc7` instead of `_Toc1`).
 * Here each heading's bookmark is numbered by its place in the document instead.
 */

export interface TocEntry {
  text: string;
  level: 1 | 2 | 3;
  /** The heading's bookmark, which its entry links to. */
  bookmark: string;
  /** The bookmark's number, unique in the document because these are its only bookmarks. */
  id: number;
}

/** The entries of the table of contents: every heading, in order, with its bookmark. */
export function tocEntries(blocks: readonly Block[]): TocEntry[] {
  return blocks
    .filter((block) => block.type === 'heading')
    .map((heading, index) => ({ text: heading.text, level: heading.level, bookmark: `_TocH${index + 1}`, id: index + 1 }));
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
 * so it reads as a contents list before any update, in LibreOffice or a previewer too. The entries
 * have no page numbers (only a layout knows them); Word adds them when it updates the field on open.
 */
export function tableOfContents(entries: readonly TocEntry[], breakBefore: { pageBreakBefore?: boolean }): FileChild[] {
  const lines = entries.map((entry) => new Paragraph({
    style: `TOC${entry.level}`,
    children: [new InternalHyperlink({ anchor: entry.bookmark, children: [plainRun(entry.text)] })],
  }));
  return [
    new Paragraph({ style: STYLE.tocHeading, ...breakBefore, children: [plainRun('Contents')] }),
    new TableOfContents('Table of Contents', { headingStyleRange: '1-3', hyperlink: true, contentChildren: lines }),
  ];
}
