import { assertNever } from '../lib/assert-never';

/** The language of every document, and of each part not marked with another (Block.lang). */
export { DOCUMENT_LANGUAGE } from '../model/languages';

/**
 * The document model: a small tree that every writer (HTML, DOCX, PDF) renders, so that the
 * preview, the Word file and the PDF cannot disagree. It knows nothing of any file format, and
 * it names styles (a heading's level, a paragraph's role) rather than fonts or sizes: each writer
 * keeps its own style table (pandoc's reference.docx idea).
 */

/**
 * A stretch of text with one look. buildDocument turns typed newlines into `break`s, but `text`
 * may hold any character a user typed, so writers treat a newline as a line break too.
 */
export interface TextRun {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** A line break inside a paragraph, list item or cell: a newline the user typed. */
export interface LineBreak {
  type: 'break';
}

/**
 * Text added since the earlier version a redline compares with: a Word file shows it as a
 * tracked insertion, the HTML underlined; the PDF, which reads as the newer text, as plain text.
 */
export interface Insertion {
  type: 'insertion';
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** Text removed since that version: a tracked deletion in Word, struck through in HTML, left out of the PDF. */
export interface Deletion {
  type: 'deletion';
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Inline = TextRun | LineBreak | Insertion | Deletion;

/** The document's title block on its first page. */
export interface TitleBlock {
  type: 'title';
  text: string;
  /** Lines under the title, such as the counties and the protocol's kind. */
  subtitle: string[];
}

/** A heading; level 1 is a numbered section of the outline, 2 a subsection, 3 below that. */
export interface Heading {
  type: 'heading';
  level: 1 | 2 | 3;
  text: string;
  /** The BCP 47 tag of the language it is written in, when not the document's (DOCUMENT_LANGUAGE). */
  lang?: string;
}

/** Body text. `note` is smaller explanatory text; `center` is centred body text. */
export interface Paragraph {
  type: 'paragraph';
  style: 'body' | 'note' | 'center';
  content: Inline[];
  /** As a heading's. */
  lang?: string;
  /** Set on the same page as the block after it: an agency's roles under its heading lead into its responsibilities. */
  keepWithNext?: true;
}

/** A bulleted (`ordered: false`) or numbered list; each item is one paragraph of inlines. */
export interface List {
  type: 'list';
  ordered: boolean;
  items: Inline[][];
  /** Set as centred lines without markers, as the Parties on the cover: a list still to a screen reader. */
  centered?: true;
  /**
   * A centred paragraph said in the list's place when the list would carry the page it starts on
   * (the cover) past its end: the cover's many Parties are then named where the MOU lists them.
   */
  instead?: Inline[];
}

/** A table with one header row; `widths` are relative column widths that sum to 100, one per column. */
export interface Table {
  type: 'table';
  header: Inline[][];
  rows: Inline[][][];
  widths: number[];
}

/** One signing agency's block: signature line, printed name and title, and a date line. Never split. */
export interface SignatureBlock {
  type: 'signature';
  agency: string;
  /** The county to print under the agency's name, or '' when the name already says it or there is one county. */
  county: string;
  signerName: string;
  signerTitle: string;
  /** Set on the same page as the block after it: a county's approval blocks (a Board chair's signature and the clerk's attestation) are not parted. */
  keepWithNext?: true;
}

/** Start the next block on a new page; several in a row, or one at the start or end, make no empty page. */
export interface PageBreak {
  type: 'pageBreak';
}

/** Where the table of contents goes (a field in Word; the headings list in HTML and PDF). */
export interface TableOfContents {
  type: 'toc';
}

/**
 * Where a block came from in the draft: the wizard step (an outline section, "basics",
 * "agencies" or "custom") and, for a block about one record, its id. The preview uses it to open
 * the step that produced a part of the MOU; the file writers ignore it.
 */
export interface BlockSource {
  section: string;
  recordId?: string;
}

/**
 * A reviewer's comment on a block, with its replies, for a writer that can show comments beside
 * the text (the Word file's margin). Writers without comments leave them out.
 */
export interface BlockComment {
  author: string;
  /** When it was written: an ISO date and time. */
  at: string;
  text: string;
  replies: Array<{ author: string; at: string; text: string }>;
}

export type Block = (
  | TitleBlock
  | Heading
  | Paragraph
  | List
  | Table
  | SignatureBlock
  | PageBreak
  | TableOfContents
) & { source?: BlockSource; comments?: BlockComment[] };

export interface DocumentMeta {
  /** The document's title, for file properties and the running header. */
  title: string;
  subject: string;
  author: string;
  keywords: string[];
  /** Short text for each page's header, e.g. "Mendocino County — CSEC Interagency Protocol". */
  header: string;
  /** `draft` documents are marked DRAFT on every page; `final` ones passed every blocking check. */
  marking: 'draft' | 'final';
  /** ISO date the document was produced, printed in properties; pinned in tests. */
  createdOn: string;
  /**
   * On a final document: the content hash of the draft it was made from ("sha256:" and 64
   * hexadecimal digits), printed in the footer and kept in the file's properties, so that anyone
   * can check the file against a draft (`csec-mou verify`).
   */
  contentHash?: string;
  /**
   * What the document is, when it is not the MOU: kept beside the content hash, so that `csec-mou
   * verify` does not take a final compliance report or signature status sheet for the final MOU.
   */
  kind?: 'compliance report' | 'signature status';
  /** On a redline: who its tracked changes are attributed to, and when (an ISO date and time). */
  redline?: { author: string; date: string };
}

/**
 * Whether the document opens with a cover, a page of its own (the MOU's): its title, then a page
 * break before any heading or contents list. The cover carries no running header, as an
 * agreement's cover does not; its footer stays, for the page count and a final's content hash.
 */
export function startsWithCover(blocks: readonly Block[]): boolean {
  const pageBreak = blocks.findIndex((block) => block.type === 'pageBreak');
  return blocks[0]?.type === 'title' && pageBreak > 0 && !blocks.slice(0, pageBreak).some((block) => block.type === 'heading' || block.type === 'toc');
}

/** A final document's footer note: the content hash's first 16 digits (the whole hash is in the file's properties). */
export const contentHashNote = (meta: DocumentMeta): string | null =>
  (meta.contentHash ? `Content hash ${meta.contentHash.replace(/^sha256:/, '').slice(0, 16)}` : null);

export interface MouDocument {
  meta: DocumentMeta;
  blocks: Block[];
}

/** Plain text of some inlines as they now read, with line breaks as newlines (for searching, TOC and bookmarks). */
export function plainText(content: readonly Inline[]): string {
  return content.map((inline) => {
    switch (inline.type) {
      case 'text':
      case 'insertion':
        return inline.text;
      case 'deletion':
        return '';
      case 'break':
        return '\n';
      default:
        return assertNever(inline, 'inline');
    }
  }).join('');
}

/** The words a block prints, one line per title line, list item, table cell or signature line (for finding and comparing blocks). */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'title': return [block.text, ...block.subtitle].join('\n');
    case 'heading': return block.text;
    case 'paragraph': return plainText(block.content);
    case 'list': return block.items.map(plainText).join('\n');
    case 'table': return [block.header, ...block.rows].map((row) => row.map(plainText).join('\t')).join('\n');
    case 'signature': return [block.agency, block.county, block.signerName, block.signerTitle].join('\n');
    default: return '';
  }
}

const onlyDeletions = (content: readonly Inline[]) => content.some((i) => i.type === 'deletion') && content.every((i) => i.type === 'deletion' || i.type === 'break');
const accepted = (content: readonly Inline[]): Inline[] =>
  content.flatMap((i): Inline[] => (i.type === 'deletion' ? [] : i.type === 'insertion' ? [{ ...i, type: 'text' }] : [i]));

/**
 * A redline as it reads with its changes accepted: what was removed is gone (a paragraph, list
 * item or table that held nothing else goes with it) and what was added is plain text. A document
 * that is not a redline comes back as it is.
 */
export function acceptChanges(doc: MouDocument): MouDocument {
  if (!doc.meta.redline) return doc;
  const blocks = doc.blocks.flatMap((block): Block[] => {
    switch (block.type) {
      case 'paragraph':
        return onlyDeletions(block.content) ? [] : [{ ...block, content: accepted(block.content) }];
      case 'list': {
        const items = block.items.filter((item) => !onlyDeletions(item)).map(accepted);
        return items.length ? [{ ...block, items }] : [];
      }
      case 'table':
        return [...block.header, ...block.rows.flat()].every((cell) => onlyDeletions(cell) || cell.length === 0)
          ? [] : [{ ...block, header: block.header.map(accepted), rows: block.rows.map((row) => row.map(accepted)) }];
      default:
        return [block];
    }
  });
  return { ...doc, blocks };
}
