import type { PdfPage } from './draw';
import type { DocumentLayout, PlacedHeading } from './layout';
import type { StructureTree } from './structure';
import { PAGE } from './styles';
import { cleanPlainText } from './text';
import type { PdfWriter } from './writer';
import { ref, textString } from './writer';

/**
 * Bookmarks and contents links. The outline is built as ISO 32000-1 §12.3.3 describes: an
 * /Outlines root whose items are linked by /First /Last /Next /Prev /Parent, each with a /Count
 * of its open descendants and a /Dest.
 */

/** Where a heading is: its page, scrolled to just above its first line. */
function destination(pages: readonly PdfPage[], heading: PlacedHeading): string {
  const page = pages[heading.page - 1] ?? pages[0]!;
  const top = Math.min(PAGE.height, PAGE.height - PAGE.margin - heading.top + 6);
  return `[${ref(page.ref)}/XYZ null ${Math.round(top)} null]`;
}

function bookmarkTitle(text: string): string {
  const clean = cleanPlainText(text);
  return textString(clean === '' ? '(untitled)' : clean);
}

interface Node { heading: PlacedHeading | null; ref: number; children: Node[]; descendants: number }

/** One bookmark per heading, nested by level (a level 3 after a level 1 nests under the level 1); the root's object number, or null without headings. */
export function writeOutline(writer: PdfWriter, pages: readonly PdfPage[], layout: DocumentLayout): number | null {
  if (layout.headings.length === 0) return null;
  const root: Node = { heading: null, ref: writer.reserve(), children: [], descendants: 0 };
  const stack: Node[] = [root];
  for (const heading of layout.headings) {
    while (stack.length > 1 && stack[stack.length - 1]!.heading!.level >= heading.level) stack.pop();
    const node: Node = { heading, ref: writer.reserve(), children: [], descendants: 0 };
    stack[stack.length - 1]!.children.push(node);
    stack.push(node);
  }
  const count = (node: Node): number => (node.descendants = node.children.reduce((sum, child) => sum + 1 + count(child), 0));
  count(root);

  const write = (node: Node, parent: Node | null, prev: Node | null, next: Node | null) => {
    let dict = node.heading ? `/Title ${bookmarkTitle(node.heading.text)}/Dest ${destination(pages, node.heading)}` : '/Type/Outlines';
    if (parent) dict += `/Parent ${ref(parent.ref)}`;
    if (prev) dict += `/Prev ${ref(prev.ref)}`;
    if (next) dict += `/Next ${ref(next.ref)}`;
    const first = node.children[0];
    const last = node.children[node.children.length - 1];
    // A positive count: shown open.
    if (first && last) dict += `/First ${ref(first.ref)}/Last ${ref(last.ref)}/Count ${node.descendants}`;
    writer.set(node.ref, `<<${dict}>>`);
    node.children.forEach((child, i) => write(child, node, node.children[i - 1] ?? null, node.children[i + 1] ?? null));
  };
  write(root, null, null, null);
  return root.ref;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Makes each entry of the contents list a link to its heading, listed in its page's annotations. */
export function addContentsLinks(writer: PdfWriter, pages: readonly PdfPage[], layout: DocumentLayout, tree: StructureTree): void {
  // Indexed loops over every slice of every page, most with no links: a fresh process made an
  // iterator result per slice, and an empty array for each slice without links.
  layout.pages.forEach((laid, p) => {
    for (let s = 0; s < laid.placed.length; s++) {
      const { slice, top } = laid.placed[s]!;
      if (!slice.links) continue;
      for (const link of slice.links) {
        const heading = layout.headings[link.heading];
        if (!heading) continue;
        const y = PAGE.height - PAGE.margin - top - link.y;
        const rect = [PAGE.margin, y - link.height, PAGE.width - PAGE.margin, y].map(round2).join(' ');
        const annotation = writer.reserve();
        // PDF/UA: a link says what it is for, and belongs to a Link element of the structure.
        const structParent = link.tag ? `/StructParent ${tree.annotation(link.tag, p, annotation)}` : '';
        const contents = textString(`Go to ${cleanPlainText(heading.text) || 'the section'}, page ${heading.page}`);
        writer.set(annotation, `<</Type/Annot/Subtype/Link/Border[0 0 0]/Rect[${rect}]/Dest ${destination(pages, heading)}/Contents ${contents}${structParent}>>`);
        pages[p]!.annotations.push(annotation);
      }
    }
  });
}
