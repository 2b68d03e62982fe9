import type { Face } from './faces';

/**
 * The PDF writer's style table: every size, face and distance, in points (1/72 inch). Nodes name a
 * style; only this file says what it looks like (STYLE.md, habit 6).
 */

/** US Letter with one-inch margins: California courts and county offices file Letter, not A4. */
export const PAGE = { width: 612, height: 792, margin: 72 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
export const CONTENT_HEIGHT = PAGE.height - 2 * PAGE.margin;

export interface TextStyle {
  face: Face;
  size: number;
  /** Line height as a multiple of the size. */
  leading: number;
  spaceBefore: number;
  spaceAfter: number;
  align: 'left' | 'center';
}

const body: TextStyle = { face: 'regular', size: 11, leading: 1.4, spaceBefore: 0, spaceAfter: 8, align: 'left' };

export const TEXT = {
  title: { face: 'bold', size: 20, leading: 1.25, spaceBefore: 36, spaceAfter: 0, align: 'center' },
  subtitle: { face: 'regular', size: 13, leading: 1.35, spaceBefore: 0, spaceAfter: 0, align: 'center' },
  heading1: { face: 'bold', size: 14, leading: 1.3, spaceBefore: 18, spaceAfter: 6, align: 'left' },
  heading2: { face: 'bold', size: 12, leading: 1.3, spaceBefore: 12, spaceAfter: 4, align: 'left' },
  heading3: { face: 'boldItalic', size: 11, leading: 1.3, spaceBefore: 10, spaceAfter: 3, align: 'left' },
  body,
  note: { ...body, size: 9.5, leading: 1.35 },
  center: { ...body, align: 'center' },
  listItem: { ...body, spaceAfter: 4 },
  tocTitle: { face: 'bold', size: 14, leading: 1.3, spaceBefore: 24, spaceAfter: 10, align: 'left' },
  tocEntry: { ...body, spaceAfter: 3 },
  tableCell: { face: 'regular', size: 9.5, leading: 1.3, spaceBefore: 0, spaceAfter: 0, align: 'left' },
  tableHeader: { face: 'bold', size: 9.5, leading: 1.3, spaceBefore: 0, spaceAfter: 0, align: 'left' },
  signatureAgency: { ...body, face: 'bold', spaceAfter: 0 },
  signatureLabel: { face: 'regular', size: 8.5, leading: 1.3, spaceBefore: 0, spaceAfter: 0, align: 'left' },
  signatureField: { ...body, spaceAfter: 0 },
} satisfies Record<string, TextStyle>;

/** The title block: the gap between title and subtitle, and the space below the whole block. */
export const TITLE_BLOCK = { subtitleGap: 4, spaceAfter: 28 };

export const LIST = {
  /** The whole list sits this far in from the margin... */
  indent: 18,
  /** ...and its text this far in from the list's edge, so wrapped lines hang under the text. */
  hang: 20,
  /** Gap between a number and the text. */
  markerGap: 5,
  spaceBefore: 0,
  spaceAfter: 6,
};

export const TABLE = { padX: 5, padY: 3.5, rule: 0.6, headerFill: 0.9, spaceBefore: 4, spaceAfter: 12 };

export const TOC = { levelIndent: 16, numberColumn: 36, leaderGap: 4, leaderGray: 0.45, spaceAfter: 12 };

export const SIGNATURE = {
  spaceBefore: 26,
  /** Room to sign above the line. */
  signingSpace: 34,
  /** Between the signature and date lines and their labels, and below the labels. */
  labelGap: 2,
  spaceBelowLabels: 4,
  signatureLineWidth: 280,
  dateLineX: 310,
  rule: 0.7,
  fieldLineWidth: 240,
};

/** Running header and footer, in the top and bottom margins. */
export const HEADER = { face: 'italic' as Face, size: 8.5, baselineFromTop: 46, ruleFromTop: 52, rule: 0.4, gray: 0.3 };
export const FOOTER = { face: 'regular' as Face, size: 8.5, baselineFromBottom: 40, gray: 0.3 };

/** The DRAFT mark across every page of a draft: large, light, diagonal, behind the text. */
export const WATERMARK = { text: 'DRAFT', face: 'bold' as Face, size: 120, gray: 0.87, angle: 45 };
