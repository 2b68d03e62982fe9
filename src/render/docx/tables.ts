import { BorderStyle, HeightRule, Paragraph, Tab, TabStopType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import type { IParagraphOptions } from 'docx';
import { plainText } from '../../document/model';
import type { Block, Inline, SignatureBlock, Table as TableNode } from '../../document/model';
import type { DocumentLayout } from '../pdf/layout';
import { direction, plainRun, runs, type TrackedChanges } from './inline';
import { CELL_MARGINS, HEADER_SHADING, NO_BORDER, SIGNATURE, STYLE, TABLE_BORDER, TEXT_WIDTH } from './styles';
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

/**
 * Columns run left to right, as in the PDF, whatever script a cell starts with: without saying
 * so, LibreOffice takes a table whose first paragraph is right to left (an agency named in Hebrew)
 * for a right-to-left table and mirrors it, putting the date line where the signature goes.
 */
const LEFT_TO_RIGHT = { visuallyRightToLeft: false } as const;

/** A cell always holds a paragraph: Word refuses a cell without one. */
function cell(content: readonly Inline[], width: number, header: boolean, tracked: TrackedChanges): TableCell {
  const paragraph = new Paragraph({
    style: header ? STYLE.tableHeading : STYLE.tableText,
    ...direction(xmlSafe(plainText(content))),
    children: runs(content, tracked),
  });
  return new TableCell({
    children: [paragraph],
    width: { size: width, type: WidthType.DXA },
    ...(header && { shading: HEADER_SHADING }),
  });
}

/**
 * A data table: the header row repeats on every page it runs onto, and each row stays on one page
 * (`rowsWhole`), as in the PDF, unless the PDF had to cut one of them: a row kept whole that is
 * taller than a page is left to each reader, and a reader may clip it. Word shows ragged rows as a
 * broken grid, so every row gets as many cells as the widest row has, short ones padded with
 * empty cells: padding never loses what a user typed, where cutting would.
 * Returns nothing for a table without cells: Word refuses a table without one.
 */
export function dataTable(table: TableNode, tracked: TrackedChanges, rowsWhole: boolean): Table[] {
  const columns = table.rows.reduce((most, cells) => Math.max(most, cells.length), table.header.length);
  if (columns === 0) return [];
  const widths = columnWidths(table.widths, columns);
  const row = (cells: readonly (readonly Inline[])[], header: boolean) => new TableRow({
    tableHeader: header,
    cantSplit: rowsWhole,
    children: widths.map((width, i) => cell(cells[i] ?? [], width, header, tracked)),
  });
  return [new Table({
    rows: [row(table.header, true), ...table.rows.map((cells) => row(cells, false))],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGINS,
    ...LEFT_TO_RIGHT,
    borders: { top: TABLE_BORDER, bottom: TABLE_BORDER, left: TABLE_BORDER, right: TABLE_BORDER,
      insideHorizontal: TABLE_BORDER, insideVertical: TABLE_BORDER },
  })];
}

/** The last line of a table's last block lets go of the next paragraph, so that tables do not chain into one. */
const LAST = { keepNext: false } as const;

/** A cell of the signature block; `rule` draws the line to sign or date on along its bottom. */
function signatureCell(children: Paragraph[], width: number, options: { span?: number; rule?: boolean } = {}): TableCell {
  const line = { style: BorderStyle.SINGLE, size: SIGNATURE.rule, color: '000000' };
  return new TableCell({
    children,
    width: { size: width, type: WidthType.DXA },
    ...(options.span !== undefined && { columnSpan: options.span }),
    borders: { top: NO_BORDER, left: NO_BORDER, right: NO_BORDER, bottom: options.rule ? line : NO_BORDER },
  });
}

/** "Name: José Núñez", or "Name: " and a line to print it on by hand when the draft leaves it blank. */
function field(label: string, value: string, extra: IParagraphOptions = {}): Paragraph {
  const text = oneLine(value);
  // The labels are English, so these lines stay left to right whatever the name's script.
  if (text.trim() !== '') return new Paragraph({ style: STYLE.signature, ...extra, children: [plainRun(label), plainRun(text)] });
  return new Paragraph({
    style: STYLE.signature, ...extra,
    tabStops: [{ type: TabStopType.LEFT, position: SIGNATURE.fieldLine, leader: 'underscore' }],
    children: [plainRun(label), new TextRun({ children: [new Tab()] })],
  });
}

/**
 * One signing agency's block, laid out as the PDF's: the agency's name (and its county, when the
 * name does not say it), room to sign, the signature line and the date line side by side with
 * their labels below, then the signer's name and title. It is a borderless table whose rows
 * cannot split and whose lines keep with the next, so a signature never lands on a page away from
 * the agency's name, which would let a page be swapped under a signature.
 */
export function signatureTable(group: readonly SignatureBlock[]): Table {
  const [signing, gap, dating] = SIGNATURE.columns;
  const whole = signing + gap + dating;
  // Between two blocks kept together, a row as tall as the space above a block, kept with the next.
  const between = () => new TableRow({ cantSplit: true, height: { value: SIGNATURE.spaceBefore, rule: HeightRule.EXACT },
    children: [signatureCell([new Paragraph({ style: STYLE.spacer, keepNext: true })], whole, { span: 3 })] });
  return new Table({
    rows: group.flatMap((block, index) => [...(index > 0 ? [between()] : []), ...signatureRows(block, index === group.length - 1)]),
    width: { size: whole, type: WidthType.DXA },
    columnWidths: [signing, gap, dating],
    // No cell padding: the block's text lines up with the heading above it, as typed text would.
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    ...LEFT_TO_RIGHT,
    layout: TableLayoutType.FIXED,
    borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER,
      insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
  });
}

/** One block's rows; the last block's last line lets go of what follows. */
function signatureRows(block: SignatureBlock, last: boolean): TableRow[] {
  const [signing, gap, dating] = SIGNATURE.columns;
  const whole = signing + gap + dating;
  const agency = oneLine(block.agency);
  const county = oneLine(block.county).trim();
  // The document says whether to (its view leaves it empty where the agency's name says it).
  const namesCounty = county !== '';
  const label = (text: string) => new Paragraph({ style: STYLE.signatureLabel, spacing: SIGNATURE.labelSpacing, children: [plainRun(text)] });
  // Empty, but kept with the next row as the block's other lines are: the signature line's row
  // and the labels' row must not part at a page's foot.
  const room = () => new Paragraph({ style: STYLE.spacer, keepNext: true });
  return [
    new TableRow({ cantSplit: true, children: [signatureCell([
      new Paragraph({ style: STYLE.signature, ...direction(agency), children: [plainRun(agency, { bold: true })] }),
      ...(namesCounty ? [new Paragraph({ style: STYLE.signature, children: [plainRun(`${county} County`)] })] : []),
    ], whole, { span: 3 })] }),
    new TableRow({
      cantSplit: true,
      height: { value: SIGNATURE.signingSpace, rule: HeightRule.EXACT },
      children: [signatureCell([room()], signing, { rule: true }), signatureCell([room()], gap), signatureCell([room()], dating, { rule: true })],
    }),
    new TableRow({ cantSplit: true, children: [signatureCell([label('Signature')], signing), signatureCell([room()], gap), signatureCell([label('Date')], dating)] }),
    new TableRow({ cantSplit: true, children: [signatureCell([field('Name: ', block.signerName), field('Title: ', block.signerTitle, last ? LAST : {})], whole, { span: 3 })] }),
  ];
}

/**
 * The blocks the PDF's layout set across a page break: a paragraph split between its lines. Word
 * and LibreOffice may split them too; asked to keep one with the next, LibreOffice moves it whole
 * to the next page, and every page after runs a page later than the PDF and its contents say.
 */
export function blocksAcrossPages(layout: DocumentLayout): Set<number> {
  const firstPage = new Map<number, number>();
  const across = new Set<number>();
  layout.pages.forEach((page, at) => {
    for (const { slice } of page.placed) {
      const first = firstPage.get(slice.block);
      if (first === undefined) firstPage.set(slice.block, at);
      else if (first !== at) across.add(slice.block);
    }
  });
  return across;
}

/**
 * The tables, by block index, with a row taller than a page, which the PDF's layout cut between
 * lines: there are more row slices than rows.
 */
export function tablesWithRowsCut(blocks: readonly Block[], layout: DocumentLayout): Set<number> {
  const slices = new Map<number, number>();
  for (const page of layout.pages) {
    for (const { slice } of page.placed) if (slice.role === 'tableRow') slices.set(slice.block, (slices.get(slice.block) ?? 0) + 1);
  }
  return new Set([...slices].filter(([block, count]) => {
    const node = blocks[block];
    return node?.type === 'table' && count > node.rows.length;
  }).map(([block]) => block));
}
