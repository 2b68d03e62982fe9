import type { Inline, Table } from '../../document';
import type { BlockLayout, LayoutContext } from './blocks';
import type { Line } from './line-break';
import { breakLines } from './line-break';
import type { Mark, Slice } from './slices';
import { lineHeight, lineMarks } from './slices';
import type { TextStyle } from './styles';
import { CONTENT_HEIGHT, CONTENT_WIDTH, TABLE, TEXT } from './styles';
import { structNode, type StructNode } from './structure';

/** Column widths in points: the model's relative widths, or equal ones when they do not fit the columns. */
function columnWidths(node: Table, columns: number): number[] {
  const given = node.widths.length === columns && node.widths.every((w) => Number.isFinite(w) && w > 0) ? node.widths : null;
  const weights = given ?? Array.from({ length: columns }, () => 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (w / sum) * CONTENT_WIDTH);
}

/**
 * One row as one or more slices. A row taller than a page (a cell of a thousand words) is cut
 * between lines into pieces that each fit; every other row stays whole unless the pagination cuts
 * it (`cut`), to keep a heading with the start of a table whose first row would not fit after it.
 */
function rowSlices(cells: readonly (readonly Inline[])[], widths: number[], style: TextStyle, role: 'tableHeader' | 'tableRow',
  block: number, ctx: LayoutContext, room: number, table: StructNode): Slice[] {
  // One row element and one per cell, shared by the pieces of a row cut across pages.
  const row = structNode('TR', table);
  const cellTags = widths.map(() => (role === 'tableHeader' ? structNode('TH', row, 'Column') : structNode('TD', row)));
  const lh = lineHeight(style);
  const lines: Line[][] = widths.map((width, c) =>
    breakLines(cells[c] ?? [], { face: style.face, size: style.size, width: width - 2 * TABLE.padX }, ctx.metrics, ctx.missing, cellTags[c]));
  const tallest = Math.max(1, ...lines.map((cell) => cell.length));
  // The piece of the row from its line `from`, `count` lines tall.
  const piece = (from: number, count: number): Slice => {
    const height = count * lh + 2 * TABLE.padY;
    const marks: Mark[] = role === 'tableHeader' ? [{ kind: 'fill', x: 0, y: 0, width: CONTENT_WIDTH, height, gray: TABLE.headerFill }] : [];
    let x = 0;
    widths.forEach((width, c) => {
      (lines[c] ?? []).slice(from, from + count).forEach((line, i) => {
        marks.push(...lineMarks(line, style, x + TABLE.padX, TABLE.padY + i * lh, ctx.metrics.ascent, ctx.metrics.descent, cellTags[c]));
      });
      x += width;
    });
    marks.push(...borders(widths, height));
    const slice: Slice = { role, block, height, spaceBefore: 0, keepWithNext: false, marks, structure: cellTags };
    if (role === 'tableRow' && count > 1) slice.cut = (space) => {
      const fits = Math.floor((space - 2 * TABLE.padY) / lh);
      return fits >= 2 && fits < count ? [piece(from, fits), piece(from + fits, count - fits)] : null;
    };
    return slice;
  };
  const perPiece = Math.max(1, Math.floor((room - 2 * TABLE.padY) / lh));
  const slices: Slice[] = [];
  for (let from = 0; from < tallest; from += perPiece) slices.push(piece(from, Math.min(perPiece, tallest - from)));
  return slices;
}

function borders(widths: number[], height: number): Mark[] {
  const t = TABLE.rule;
  const marks: Mark[] = [
    { kind: 'rule', x1: 0, y1: 0, x2: CONTENT_WIDTH, y2: 0, thickness: t },
    { kind: 'rule', x1: 0, y1: height, x2: CONTENT_WIDTH, y2: height, thickness: t },
  ];
  let x = 0;
  for (const width of [0, ...widths]) {
    x += width;
    marks.push({ kind: 'rule', x1: x, y1: 0, x2: x, y2: height, thickness: t });
  }
  return marks;
}

/** A bordered table whose header row is kept with the first row and repeated on every page it reaches. */
export function tableLayout(node: Table, block: number, ctx: LayoutContext): BlockLayout {
  const columns = Math.max(1, node.header.length, ...node.rows.map((row) => row.length));
  const widths = columnWidths(node, columns);
  const table = structNode('Table');
  const headers = node.header.length > 0
    ? rowSlices(node.header, widths, TEXT.tableHeader, 'tableHeader', block, ctx, CONTENT_HEIGHT / 3, table)
    : [];
  // A header taller than a third of a page is set once, not repeated: repeating it would leave
  // little room for the rows.
  const header = headers.length === 1 ? headers[0] : undefined;
  const room = CONTENT_HEIGHT - (header?.height ?? 0);
  const rows = node.rows.flatMap((row) => rowSlices(row, widths, TEXT.tableCell, 'tableRow', block, ctx, room, table));
  if (header) for (const row of rows) row.repeatHeader = header;
  for (const slice of headers) slice.keepWithNext = rows.length > 0;
  const slices = [...headers, ...rows];
  const first = slices[0];
  if (first) first.spaceBefore = TABLE.spaceBefore;
  return { slices, spaceAfter: TABLE.spaceAfter };
}
