import { Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import type { IParagraphOptions, TextRun } from 'docx';
import { plainText } from '../../document/model';
import type { Inline, SignatureBlock, Table as TableNode } from '../../document/model';
import { direction, plainRun, runs } from './inline';
import { HEADER_SHADING, NO_BORDER, SIGNATURE_WIDTH, STYLE, TABLE_BORDER, TEXT_WIDTH } from './styles';
import { oneLine, xmlSafe } from './text';

/**
 * Column widths in twips from the model's relative widths. The model promises they sum to 100 and
 * match the columns, but a wrong count or a zero would give Word a column it cannot draw, so
 * missing, negative or non-finite widths share the page equally instead.
 */
export function columnWidths(widths: readonly number[], columns: number): number[] {
  const given = Array.from({ length: columns }, (_, i) => widths[i] ?? 0);
  const usable = widths.length === columns && given.every((w) => Number.isFinite(w) && w > 0) ? given : given.map(() => 1);
  const total = usable.reduce((sum, w) => sum + w, 0);
  return usable.map((w) => Math.round((w / total) * TEXT_WIDTH));
}

/** A cell always holds a paragraph: Word refuses a cell without one. */
function cell(content: readonly Inline[], width: number, header: boolean): TableCell {
  const paragraph = new Paragraph({
    style: header ? STYLE.tableHeading : STYLE.tableText,
    ...direction(xmlSafe(plainText(content))),
    children: runs(content),
  });
  return new TableCell({
    children: [paragraph],
    width: { size: width, type: WidthType.DXA },
    ...(header && { shading: HEADER_SHADING }),
  });
}

/**
 * A data table: the header row repeats on every page it runs onto. Word shows ragged rows as a
 * broken grid, so every row gets as many cells as the widest row has, short ones padded with
 * empty cells: padding never loses what a user typed, where cutting would.
 * Returns nothing for a table without cells: Word refuses a table without one.
 */
export function dataTable(table: TableNode): Table[] {
  const columns = table.rows.reduce((most, cells) => Math.max(most, cells.length), table.header.length);
  if (columns === 0) return [];
  const widths = columnWidths(table.widths, columns);
  const row = (cells: readonly (readonly Inline[])[], header: boolean) => new TableRow({
    tableHeader: header,
    children: widths.map((width, i) => cell(cells[i] ?? [], width, header)),
  });
  return [new Table({
    rows: [row(table.header, true), ...table.rows.map((cells) => row(cells, false))],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: TABLE_BORDER, bottom: TABLE_BORDER, left: TABLE_BORDER, right: TABLE_BORDER,
      insideHorizontal: TABLE_BORDER, insideVertical: TABLE_BORDER },
  })];
}

/** Room to sign by hand above the line, in twips (about three lines). */
const INK_SPACE = 720;
const LINE = '_'.repeat(40);
/** A signer not yet known gets a line to print the name on by hand. */
const orBlank = (text: string) => (oneLine(text).trim() === '' ? '_'.repeat(30) : text);

/**
 * One signing agency's block as a one-cell borderless table whose row cannot split, and whose
 * lines are kept together (Signature Block style), so a signature never lands on a page away from
 * the agency's name, which would let a page be swapped under a signature.
 */
export function signatureTable(block: SignatureBlock): Table {
  const line = (run: TextRun, extra: Omit<IParagraphOptions, 'style' | 'children'> = {}) =>
    new Paragraph({ style: STYLE.signature, children: [run], ...extra });
  const agency = oneLine(block.agency);
  return new Table({
    rows: [new TableRow({
      cantSplit: true,
      children: [new TableCell({
        width: { size: SIGNATURE_WIDTH, type: WidthType.DXA },
        children: [
          line(plainRun(agency, { bold: true }), direction(agency)),
          ...(block.county.trim() ? [line(plainRun(`${oneLine(block.county)} County`))] : []),
          line(plainRun(LINE), { spacing: { before: INK_SPACE } }),
          // The labels are English, so these lines stay left to right whatever the name's script.
          line(plainRun(`Name: ${orBlank(block.signerName)}`)),
          line(plainRun(`Title: ${orBlank(block.signerTitle)}`)),
          // The last line lets go of the next paragraph, so the blocks do not chain into one.
          line(plainRun(`Date: ${'_'.repeat(20)}`), { keepNext: false }),
        ],
      })],
    })],
    width: { size: SIGNATURE_WIDTH, type: WidthType.DXA },
    columnWidths: [SIGNATURE_WIDTH],
    // No cell padding: the block's text lines up with the heading above it, as typed text would.
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    layout: TableLayoutType.FIXED,
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER,
      insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
  });
}
