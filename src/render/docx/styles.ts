import { AlignmentType, BorderStyle, LevelFormat, LineRuleType } from 'docx';
import type { IBorderOptions, INumberingOptions, IStylesOptions } from 'docx';

/**
 * The DOCX writer's one style table (STYLE.md habit 6): every font, size, colour and margin of
 * the Word file is here, and the other files only name a style. Paragraphs use real Word styles
 * so that a county clerk who restyles the file in Word restyles all of it, and the navigation
 * pane and TOC find the headings. Sizes are in half-points, spacing and widths in twips (1/20 pt).
 */

/** Style ids. Title, Subtitle, Heading1–3, BodyText, TOCHeading, Header and Footer are Word's built-ins. */
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
  header: 'Header',
  footer: 'Footer',
} as const;

/** US Letter with one-inch margins: what California counties file. */
export const PAGE = { width: 12_240, height: 15_840, margin: 1_440, headerFooter: 720 } as const;
/** The width text can take between the margins, for table column widths. */
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** A signature block takes a little over half the text width, as signed agreements usually do. */
export const SIGNATURE_WIDTH = 5_400;

const SERIF = 'Times New Roman';
const SANS = 'Arial';
const GREY = '595959';
export const DRAFT_COLOUR = 'C00000';

/** Thin grey rules for data tables: visible on paper, quiet on screen. */
export const TABLE_BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
export const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
export const HEADER_SHADING = { fill: 'E7E6E6', color: 'auto', type: 'clear' } as const;

const heading = (size: number, outlineLevel: number, before: number, italics = false) => ({
  run: { font: SANS, size, bold: true, italics, color: '000000' },
  // Headings stay with what follows and never break inside, so no heading ends a page alone.
  paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel },
});

export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: SERIF, size: 24 },
      // The rule is written out: LibreOffice reads a missing one as exact, and wrapped titles overlap.
      paragraph: { spacing: { after: 0, line: 264, lineRule: LineRuleType.AUTO } },
    },
    title: {
      run: { font: SANS, size: 40, bold: true, color: '000000' },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 2_400, after: 240 }, keepNext: true },
    },
    heading1: { ...heading(28, 0, 360), next: STYLE.body },
    heading2: { ...heading(24, 1, 240), next: STYLE.body },
    heading3: { ...heading(24, 2, 200, true), next: STYLE.body },
    listParagraph: { paragraph: { spacing: { after: 80 } } },
  },
  paragraphStyles: [
    { id: STYLE.subtitle, name: 'Subtitle', basedOn: 'Normal', next: STYLE.body, quickFormat: true,
      run: { font: SANS, size: 28, color: '262626' },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 120 }, keepNext: true } },
    { id: STYLE.body, name: 'Body Text', basedOn: 'Normal', quickFormat: true,
      paragraph: { spacing: { after: 160 } } },
    { id: STYLE.note, name: 'Note', basedOn: STYLE.body, next: STYLE.body, quickFormat: true,
      run: { size: 20, italics: true, color: GREY },
      paragraph: { indent: { start: 360 } } },
    { id: STYLE.center, name: 'Body Text Centered', basedOn: STYLE.body, next: STYLE.body,
      paragraph: { alignment: AlignmentType.CENTER } },
    { id: STYLE.tocHeading, name: 'TOC Heading', basedOn: 'Normal', next: STYLE.body,
      run: { font: SANS, size: 28, bold: true },
      // No space after: the TOC field's first paragraph, which holds only the field's start, is the gap.
      paragraph: { spacing: { before: 360, after: 0 }, keepNext: true } },
    { id: STYLE.tableText, name: 'Table Text', basedOn: 'Normal',
      run: { size: 21 }, paragraph: { spacing: { before: 40, after: 40 } } },
    { id: STYLE.tableHeading, name: 'Table Heading', basedOn: STYLE.tableText,
      run: { font: SANS, size: 20, bold: true }, paragraph: { keepNext: true } },
    // Signature blocks keep every line with the next, so the block moves to a page as one.
    { id: STYLE.signature, name: 'Signature Block', basedOn: 'Normal',
      paragraph: { spacing: { after: 60 }, keepNext: true, keepLines: true } },
    { id: STYLE.header, name: 'header', basedOn: 'Normal',
      run: { font: SANS, size: 18, color: GREY }, paragraph: { rightTabStop: TEXT_WIDTH } },
    { id: STYLE.footer, name: 'footer', basedOn: 'Normal',
      run: { font: SANS, size: 18, color: GREY }, paragraph: { alignment: AlignmentType.CENTER } },
  ],
};

/** Numbering definitions; each list is its own `instance`, so every numbered list restarts at 1. */
export const LIST = { bullet: 'bullets', ordered: 'numbers' } as const;

const listLevel = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
  level: 0, format, text, alignment: AlignmentType.START,
  style: { paragraph: { indent: { left: 720, hanging: 360 } } },
});

export const NUMBERING: INumberingOptions = {
  config: [
    { reference: LIST.bullet, levels: [listLevel(LevelFormat.BULLET, '\u2022')] },
    { reference: LIST.ordered, levels: [listLevel(LevelFormat.DECIMAL, '%1.')] },
  ],
};
