import { AlignmentType, BorderStyle, LevelFormat, LineRuleType } from 'docx';
import type { IBorderOptions, INumberingOptions, IParagraphStyleOptions, IStylesOptions } from 'docx';
import { DOCUMENT_LANGUAGE } from '../../document/model';
import type { TextStyle } from '../pdf/styles';
import { FOOTER, HEADER, LIST as PDF_LIST, PAGE as PDF_PAGE, SIGNATURE as PDF_SIGNATURE, TABLE, TEXT, TITLE_BLOCK, TOC } from '../pdf/styles';

/**
 * The DOCX writer's style table, made from the PDF writer's (pdf/styles.ts), so that the Word
 * file is set like the PDF: the same typeface (embedded, see fonts.ts), sizes, line heights, page
 * and margins, and so breaks its pages in the same places. Paragraphs use real Word styles, so a
 * county clerk who restyles the file in Word restyles all of it and the navigation pane and the
 * contents find the headings.
 *
 * Units: sizes in half-points, distances in twips (1/20 pt). Line heights are exact, as in the
 * PDF. Between two paragraphs the larger of the first's space below and the second's space above
 * wins, as in the PDF (ISO/IEC 29500-1 §17.3.1.33, whose example gives 12 pt for 12 pt below and
 * 4 pt above); Word adds the two only in files that ask for its pre-2000 spacing
 * (doNotUseHTMLParagraphAutoSpacing), which ours do not, and LibreOffice reads ours the same way
 * (measured in tests/interop/examples.test.ts). So each style's spacing is the PDF's as it stands.
 */

/** Style ids. Title, Subtitle, Heading1–3, BodyText, TOC1–3, Header and Footer are Word's built-ins. */
export const STYLE = {
  title: 'Title',
  subtitle: 'Subtitle',
  body: 'BodyText',
  note: 'Note',
  center: 'Centered',
  tocHeading: 'TOCHeading',
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  signature: 'SignatureText',
  signatureLabel: 'SignatureLabel',
  header: 'Header',
  footer: 'Footer',
  spacer: 'Spacer',
} as const;

const twips = (points: number) => Math.round(points * 20);
const halfPoints = (points: number) => Math.round(points * 2);
const grey = (level: number) => Math.round(level * 255).toString(16).padStart(2, '0').repeat(3).toUpperCase();

/** US Letter with one-inch margins, as in the PDF. */
export const PAGE = {
  width: twips(PDF_PAGE.width),
  height: twips(PDF_PAGE.height),
  margin: twips(PDF_PAGE.margin),
  // The header's and footer's baselines sit where the PDF's do, less about one line of their text.
  header: twips(HEADER.baselineFromTop - HEADER.size),
  footer: twips(FOOTER.baselineFromBottom - FOOTER.size / 2),
} as const;
/** The width text can take between the margins, for table column widths and right-hand tab stops. */
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** The signature block's columns: the signature line, the gap, the date line. */
export const SIGNATURE = {
  columns: [twips(PDF_SIGNATURE.signatureLineWidth), twips(PDF_SIGNATURE.dateLineX - PDF_SIGNATURE.signatureLineWidth), twips(PDF_PAGE.width - 2 * PDF_PAGE.margin - PDF_SIGNATURE.dateLineX)],
  signingSpace: twips(PDF_SIGNATURE.signingSpace),
  spaceBefore: twips(PDF_SIGNATURE.spaceBefore),
  fieldLine: twips(PDF_SIGNATURE.fieldLineWidth),
  /** The labels under the lines: the gap above them and the space below, as the PDF's. */
  labelSpacing: { before: twips(PDF_SIGNATURE.labelGap), after: twips(PDF_SIGNATURE.spaceBelowLabels) },
  /** The signature and date lines, in eighths of a point. */
  rule: Math.max(2, Math.round(PDF_SIGNATURE.rule * 8)),
} as const;

/** Thin rules for data tables, black and as thick as the PDF's (which draws every rule black). */
export const TABLE_BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: Math.max(2, Math.round(TABLE.rule * 8)), color: '000000' };
export const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export const HEADER_SHADING = { fill: grey(TABLE.headerFill), color: 'auto', type: 'clear' } as const;
/** Cell padding, as the PDF's. */
export const CELL_MARGINS = { left: twips(TABLE.padX), right: twips(TABLE.padX), top: twips(TABLE.padY), bottom: twips(TABLE.padY) };
/** The space a table leaves below it, taken by an empty paragraph of that height. */
export const TABLE_SPACE_AFTER = twips(TABLE.spaceAfter);
/** The space below the cover's title block (title and subtitles), as the PDF leaves it. */
export const TITLE_BLOCK_SPACE_AFTER = twips(TITLE_BLOCK.spaceAfter);
/** The space below a list's last item: the list's, where its items leave less between them. */
export const LIST_SPACE_AFTER = twips(PDF_LIST.spaceAfter);

/** A run and paragraph in a PDF text style: its face, size, exact line height and spacing. */
function textStyle(style: TextStyle, spaceBefore = style.spaceBefore) {
  return {
    run: {
      size: halfPoints(style.size),
      bold: style.face === 'bold' || style.face === 'boldItalic',
      italics: style.face === 'italic' || style.face === 'boldItalic',
    },
    paragraph: {
      alignment: style.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
      spacing: { before: twips(spaceBefore), after: twips(style.spaceAfter), line: twips(style.size * style.leading), lineRule: LineRuleType.EXACT },
    },
  };
}

/**
 * A heading that a page break puts at the top of a page has no space above it there, as in the
 * PDF: Word and LibreOffice drop that space only where the text flows onto a new page, and set it
 * (11 pt for a heading, 25 pt for Contents) below a break.
 */
export const TOP_OF_PAGE = { spacing: { before: 0 } } as const;

function heading(style: TextStyle, outlineLevel: number) {
  const { run, paragraph } = textStyle(style);
  // Headings stay with what follows and never break inside, so no heading ends a page alone.
  return { run: { ...run, color: '000000' }, paragraph: { ...paragraph, keepNext: true, keepLines: true, outlineLevel }, next: STYLE.body };
}

/** A paragraph style in a PDF text style; `extra`'s run and paragraph settings are added to the style's own. */
const style = (id: string, name: string, look: ReturnType<typeof textStyle>, extra: Partial<IParagraphStyleOptions> = {}): IParagraphStyleOptions => ({
  id, name, basedOn: 'Normal', next: STYLE.body, quickFormat: true, ...extra,
  run: { ...look.run, ...extra.run },
  paragraph: { ...look.paragraph, ...extra.paragraph },
});

/** A contents entry: indented by level, the level-1 entries bold. */
function tocEntry(level: 1 | 2 | 3): IParagraphStyleOptions {
  const look = textStyle({ ...TEXT.tocEntry, face: level === 1 ? 'bold' : 'regular' }, 0);
  return style(`TOC${level}`, `toc ${level}`, look, {
    quickFormat: false,
    paragraph: {
      // Wrapped lines keep the indent. No right indent for the number column: LibreOffice ignores a
      // tab stop past it. The dot leader to the number is each entry's tab stop (a style cannot hold one).
      indent: { left: twips((level - 1) * TOC.levelIndent) },
      spacing: { ...look.paragraph.spacing, before: twips(TEXT.tocEntry.spaceAfter), after: 0 },
    },
  });
}

/** The document's styles, set in `family`, the embedded font's name. */
export function documentStyles(family: string): IStylesOptions {
  const body = textStyle(TEXT.body);
  return {
    default: {
      document: {
        run: { font: family, size: body.run.size, language: { value: DOCUMENT_LANGUAGE } },
        paragraph: { spacing: { before: 0, after: 0, line: body.paragraph.spacing.line, lineRule: LineRuleType.EXACT } },
      },
      title: { ...textStyle(TEXT.title), run: { ...textStyle(TEXT.title).run, color: '000000' } },
      heading1: heading(TEXT.heading1, 0),
      heading2: heading(TEXT.heading2, 1),
      heading3: heading(TEXT.heading3, 2),
      listParagraph: textStyle(TEXT.listItem),
    },
    paragraphStyles: [
      style(STYLE.subtitle, 'Subtitle', textStyle(TEXT.subtitle, TITLE_BLOCK.subtitleGap), { paragraph: { keepNext: true } }),
      style(STYLE.body, 'Body Text', body),
      style(STYLE.note, 'Note', textStyle(TEXT.note), { basedOn: STYLE.body }),
      style(STYLE.center, 'Body Text Centered', textStyle(TEXT.center), { basedOn: STYLE.body }),
      style(STYLE.tocHeading, 'TOC Heading', textStyle(TEXT.tocTitle), { paragraph: { keepNext: true } }),
      tocEntry(1), tocEntry(2), tocEntry(3),
      style(STYLE.tableText, 'Table Text', textStyle(TEXT.tableCell), { quickFormat: false }),
      style(STYLE.tableHeading, 'Table Heading', textStyle(TEXT.tableHeader), { basedOn: STYLE.tableText, quickFormat: false, paragraph: { keepNext: true } }),
      // Signature blocks keep every line with the next, so the block moves to a page as one.
      style(STYLE.signature, 'Signature Block', textStyle(TEXT.signatureField), { paragraph: { keepNext: true, keepLines: true } }),
      style(STYLE.signatureLabel, 'Signature Label', textStyle(TEXT.signatureLabel), { basedOn: STYLE.signature, paragraph: { keepNext: true, keepLines: true } }),
      style(STYLE.header, 'header', textStyle({ ...TEXT.body, face: HEADER.face, size: HEADER.size, leading: 1.2, spaceAfter: 0 }), {
        quickFormat: false,
        run: { color: grey(HEADER.gray) },
        paragraph: { rightTabStop: TEXT_WIDTH, border: { bottom: { style: BorderStyle.SINGLE, size: Math.max(2, Math.round(HEADER.rule * 8)), color: grey(HEADER.gray), space: 2 } } },
      }),
      style(STYLE.footer, 'footer', textStyle({ ...TEXT.body, face: FOOTER.face, size: FOOTER.size, leading: 1.2, spaceAfter: 0, align: 'center' }), {
        quickFormat: false,
        run: { color: grey(FOOTER.gray) },
      }),
      // An empty paragraph that only holds a gap (after a table, before a signature block).
      style(STYLE.spacer, 'Spacer', textStyle({ ...TEXT.body, size: 1, leading: 1, spaceAfter: 0 }), { quickFormat: false }),
    ],
    // docx's own character styles (hyperlink, footnote and endnote references) are based on Word's
    // Default Paragraph Font, which docx does not define; a reader then finds a basedOn to nothing.
    characterStyles: [
      { id: 'DefaultParagraphFont', name: 'Default Paragraph Font', uiPriority: 1, semiHidden: true, unhideWhenUsed: true },
    ],
  };
}

/** Numbering definitions; each list is its own `instance`, so every numbered list restarts at 1. */
export const LIST = { bullet: 'bullets', ordered: 'numbers' } as const;

const listLevel = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
  level: 0, format, text, alignment: AlignmentType.START,
  // The list sits in from the margin and its text further in, so wrapped lines hang under the text.
  style: { paragraph: { indent: { left: twips(PDF_LIST.indent + PDF_LIST.hang), hanging: twips(PDF_LIST.hang) } } },
});

export const NUMBERING: INumberingOptions = {
  config: [
    { reference: LIST.bullet, levels: [listLevel(LevelFormat.BULLET, '\u2022')] },
    { reference: LIST.ordered, levels: [listLevel(LevelFormat.DECIMAL, '%1.')] },
  ],
};
