import type { Slice } from './slices';

/** A slice on a page; `top` is from the top of the page's text area. */
export interface Placed { slice: Slice; top: number }
export interface LaidPage { placed: Placed[] }

/**
 * Fills pages top to bottom. Slices joined by `keepWithNext` form a chain that moves to the next
 * page whole when it does not fit; a chain taller than a whole page is set slice by slice, as
 * there is no better place for it, except that a chain ending in a table row that can be cut (a
 * heading, the table's header and a first row nearly a page tall) keeps its heading with the
 * start of the row: the row is cut where the page ends. A table row that starts a page brings its
 * header row along.
 * Space above a slice is dropped at the top of a page. Every turn of the loop places a slice or
 * starts a page that will take one, so it always ends.
 */
export function paginate(given: readonly Slice[], pageHeight: number): LaidPage[] {
  // The slices, copied only once a row is cut into two.
  let slices = given as Slice[];
  const pages: LaidPage[] = [{ placed: [] }];
  let page = pages[0]!;
  let y = 0;
  const gap = (slice: Slice) => (page.placed.length === 0 ? 0 : slice.spaceBefore);
  const place = (slice: Slice) => {
    y += gap(slice);
    page.placed.push({ slice, top: y });
    y += slice.height;
  };
  const newPage = (next: Slice | undefined) => {
    page = { placed: [] };
    pages.push(page);
    y = 0;
    if (next?.repeatHeader) place({ ...next.repeatHeader, repeated: true });
  };

  let i = 0;
  while (i < slices.length) {
    const slice = slices[i]!;
    if (slice.role === 'pageBreak') {
      if (page.placed.length > 0) newPage(undefined);
      i++;
      continue;
    }
    const end = chainEnd(slices, i);
    if (y + chainHeight(slices, i, end, page.placed.length === 0) <= pageHeight) {
      for (; i < end; i++) place(slices[i]!);
    } else if (page.placed.length > 0 && !onlyRepeatedHeader(page) && chainHeight(slices, i, end, true) + (slice.repeatHeader?.height ?? 0) <= pageHeight) {
      newPage(slice);
    } else {
      // The chain's row cut in two: the chain and the row's first piece fit here, and the next
      // turn of the loop places them.
      const pieces = cutRow(slices, i, end, pageHeight - y, page.placed.length === 0);
      if (pieces) {
        if (slices === given) slices = given.slice();
        slices.splice(end - 1, 1, ...pieces);
        continue;
      }
      // Too little room left here for two of its lines: it is cut on the next page instead.
      if (end - i > 1 && slices[end - 1]!.cut && page.placed.length > 0 && !onlyRepeatedHeader(page)) {
        newPage(slice);
        continue;
      }
      // Too tall for any page: set what fits here, then go on with the rest of the chain.
      if (y + gap(slice) + slice.height > pageHeight && page.placed.length > 0 && !onlyRepeatedHeader(page)) newPage(slice);
      place(slice);
      i++;
    }
  }
  // A page break at the very end asks for a page nothing is put on.
  if (pages.length > 1 && page.placed.length === 0) pages.pop();
  return pages;
}

/**
 * The row that ends the chain from `start` to `end`, cut so that the chain and the row's first
 * piece fill `space`; null when the chain does not end in a row, or two of its lines do not fit.
 */
function cutRow(slices: readonly Slice[], start: number, end: number, space: number, atTop: boolean): Slice[] | null {
  const row = slices[end - 1]!;
  if (end - start < 2 || !row.cut) return null;
  const pieces = row.cut(space - chainHeight(slices, start, end - 1, atTop) - row.spaceBefore);
  return pieces && pieces.map((piece, index) => ({ ...piece, spaceBefore: index === 0 ? row.spaceBefore : 0, repeatHeader: row.repeatHeader }));
}

function chainEnd(slices: readonly Slice[], start: number): number {
  let end = start + 1;
  while (end < slices.length && slices[end - 1]!.keepWithNext && slices[end]!.role !== 'pageBreak') end++;
  return end;
}

/** The height of the chain of slices from `start` to `end` (a loop, not a copy: it runs for every slice of every pass). */
function chainHeight(slices: readonly Slice[], start: number, end: number, atTop: boolean): number {
  let sum = 0;
  for (let i = start; i < end; i++) sum += slices[i]!.height + (i === start && atTop ? 0 : slices[i]!.spaceBefore);
  return sum;
}

/** A page holding nothing but a repeated table header must not be left for the next one. */
function onlyRepeatedHeader(page: LaidPage): boolean {
  return page.placed.length === 1 && page.placed[0]!.slice.role === 'tableHeader';
}
