import type { PDFArray, PDFDocument, PDFPage, PDFRef } from 'pdf-lib';
import { PDFHexString, PDFName, PDFNull, PDFNumber } from 'pdf-lib';
import type { DocumentLayout, PlacedHeading } from './layout';
import type { StructureTree } from './structure';
import { PAGE } from './styles';
import { cleanPlainText } from './text';

/**
 * Bookmarks and contents links. pdf-lib has no outline API, so the outline is built from
 * low-level objects as ISO 32000-1 §12.3.3 describes: an /Outlines root whose items are linked by
 * /First /Last /Next /Prev /Parent, each with a /Count of its open descendants and a /Dest.
 */

/** Where a heading is: its page, scrolled to just above its first line. */
function destination(pdf: PDFDocument, pages: PDFPage[], heading: PlacedHeading): PDFArray {
  const page = pages[heading.page - 1] ?? pages[0]!;
  const top = Math.min(PAGE.height, PAGE.height - PAGE.margin - heading.top + 6);
  return pdf.context.obj([page.ref, PDFName.of('XYZ'), PDFNull, PDFNumber.of(Math.round(top)), PDFNull]);
}

function bookmarkTitle(text: string): PDFHexString {
  const clean = cleanPlainText(text);
  return PDFHexString.fromText(clean === '' ? '(untitled)' : clean);
}

interface Node { heading: PlacedHeading | null; ref: PDFRef; children: Node[]; descendants: number }

/** One bookmark per heading, nested by level; a level 3 after a level 1 nests under the level 1. */
export function addOutline(pdf: PDFDocument, pages: PDFPage[], layout: DocumentLayout): void {
  if (layout.headings.length === 0) return;
  const { context } = pdf;
  const root: Node = { heading: null, ref: context.nextRef(), children: [], descendants: 0 };
  const stack: Node[] = [root];
  for (const heading of layout.headings) {
    while (stack.length > 1 && stack[stack.length - 1]!.heading!.level >= heading.level) stack.pop();
    const node: Node = { heading, ref: context.nextRef(), children: [], descendants: 0 };
    stack[stack.length - 1]!.children.push(node);
    stack.push(node);
  }
  const count = (node: Node): number => (node.descendants = node.children.reduce((sum, child) => sum + 1 + count(child), 0));
  count(root);

  const write = (node: Node, parent: Node | null, prev: Node | null, next: Node | null) => {
    const dict = context.obj({});
    if (node.heading) {
      dict.set(PDFName.of('Title'), bookmarkTitle(node.heading.text));
      dict.set(PDFName.of('Dest'), destination(pdf, pages, node.heading));
    } else dict.set(PDFName.of('Type'), PDFName.of('Outlines'));
    if (parent) dict.set(PDFName.of('Parent'), parent.ref);
    if (prev) dict.set(PDFName.of('Prev'), prev.ref);
    if (next) dict.set(PDFName.of('Next'), next.ref);
    const first = node.children[0];
    const last = node.children[node.children.length - 1];
    if (first && last) {
      dict.set(PDFName.of('First'), first.ref);
      dict.set(PDFName.of('Last'), last.ref);
      dict.set(PDFName.of('Count'), PDFNumber.of(node.descendants)); // positive: shown open
    }
    context.assign(node.ref, dict);
    node.children.forEach((child, i) => write(child, node, node.children[i - 1] ?? null, node.children[i + 1] ?? null));
  };
  write(root, null, null, null);
  pdf.catalog.set(PDFName.of('Outlines'), root.ref);
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}

/** Makes each entry of the contents list a link to its heading. */
export function addContentsLinks(pdf: PDFDocument, pages: PDFPage[], layout: DocumentLayout, tree: StructureTree): void {
  layout.pages.forEach((laid, p) => {
    for (const { slice, top } of laid.placed) {
      for (const link of slice.links ?? []) {
        const heading = layout.headings[link.heading];
        if (!heading) continue;
        const y = PAGE.height - PAGE.margin - top - link.y;
        const annotation = pdf.context.obj({
          Type: 'Annot', Subtype: 'Link', Border: [0, 0, 0],
          Rect: [PAGE.margin, y - link.height, PAGE.width - PAGE.margin, y].map((n) => Math.round(n * 100) / 100),
          Dest: destination(pdf, pages, heading),
        });
        // PDF/UA: a link says what it is for, and belongs to a Link element of the structure.
        annotation.set(PDFName.of('Contents'), PDFHexString.fromText(`Go to ${cleanPlainText(heading.text) || 'the section'}, page ${heading.page}`));
        const ref = pdf.context.register(annotation);
        pages[p]!.node.addAnnot(ref);
        if (link.tag) tree.annotation(link.tag, p, ref);
      }
    }
  });
}
