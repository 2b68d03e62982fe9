import type { PDFDict, PDFDocument, PDFPage, PDFRef } from 'pdf-lib';
import { PDFName, PDFNumber, PDFObject } from 'pdf-lib';

/**
 * The PDF's logical structure (ISO 32000-1 §14.7, PDF/UA-1): a tree of structure elements that
 * says what each piece of page content is, in reading order, for screen readers and reflow.
 *
 * The layout hangs a node on each text mark (a paragraph's lines share one P; a table cell's
 * lines one TD); marks without a node are artifacts (rules, fills, running header and footer,
 * the DRAFT mark, a table header repeated on a later page). Nodes join the tree when their
 * first content is drawn, so the tree is in the order the pages are read, and nodes made by a
 * layout pass that is not drawn never appear.
 */
export type StructType =
  | 'H1' | 'H2' | 'H3' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody' | 'Table' | 'TR' | 'TH' | 'TD'
  | 'TOC' | 'TOCI' | 'Link' | 'Div';

export interface StructNode {
  type: StructType;
  /** Null for a child of the Document element. */
  parent: StructNode | null;
  /** For TH: which cells it heads. */
  scope?: 'Column' | 'Row';
}

export const structNode = (type: StructType, parent: StructNode | null = null, scope?: StructNode['scope']): StructNode =>
  scope ? { type, parent, scope } : { type, parent };

/** What a node holds, in order: child nodes, marked content on a page, or an annotation. */
type Kid = { node: StructNode } | { page: number; mcid: number } | { page: number; annotation: PDFRef };

interface Joined { kids: Kid[]; ref: PDFRef }

/** Collects, while the pages are drawn, which marked content and annotations belong to which node. */
export class StructureTree {
  private readonly joined = new Map<StructNode, Joined>();
  private readonly top: StructNode[] = [];
  /** Per page, the node of each MCID (its index). */
  private readonly pageContent: StructNode[][] = [];
  private readonly annotations: Array<{ node: StructNode; ref: PDFRef }> = [];

  constructor(private readonly pdf: PDFDocument) {}

  /** The next MCID on `page` for content of `node`. */
  content(node: StructNode, page: number): number {
    const onPage = (this.pageContent[page] ??= []);
    const mcid = onPage.length;
    onPage.push(node);
    this.join(node).kids.push({ page, mcid });
    return mcid;
  }

  /** Places `node` in the tree now, with or without content (an empty table cell keeps its place). */
  place(node: StructNode): void {
    this.join(node);
  }

  /** An annotation (a link) that belongs to `node`. */
  annotation(node: StructNode, page: number, ref: PDFRef): void {
    this.join(node).kids.push({ page, annotation: ref });
    this.annotations.push({ node, ref });
  }

  private join(node: StructNode): Joined {
    let joined = this.joined.get(node);
    if (joined) return joined;
    joined = { kids: [], ref: this.pdf.context.nextRef() };
    this.joined.set(node, joined);
    if (node.parent) this.join(node.parent).kids.push({ node });
    else this.top.push(node);
    return joined;
  }

  /**
   * Writes the tree, the parent tree and the catalog's and pages' entries that point to them.
   * A long MOU has thousands of elements: each is written as its finished bytes (RawObject,
   * without the optional /Type) rather than built from pdf-lib's objects, which cost as much
   * again as the pages to serialise.
   */
  write(pages: PDFPage[]): void {
    const { context } = this.pdf;
    const rootRef = context.nextRef();
    const documentRef = context.nextRef();
    const pageRef = pages.map((page) => String(page.ref));
    for (const [node, joined] of this.joined) {
      // Content on one page: the element names the page once and lists plain MCIDs.
      const contentPages = new Set(joined.kids.flatMap((kid) => ('mcid' in kid ? [kid.page] : [])));
      const onePage = contentPages.size === 1 ? [...contentPages][0]! : null;
      const kids = joined.kids.map((kid) => {
        if ('node' in kid) return String(this.joined.get(kid.node)!.ref);
        if ('mcid' in kid) return onePage === null ? `<</Type/MCR/Pg ${pageRef[kid.page]}/MCID ${kid.mcid}>>` : String(kid.mcid);
        return `<</Type/OBJR/Pg ${pageRef[kid.page]}/Obj ${String(kid.annotation)}>>`;
      });
      const parent = node.parent ? this.joined.get(node.parent)!.ref : documentRef;
      const page = onePage === null ? '' : `/Pg ${pageRef[onePage]}`;
      const scope = node.scope ? `/A<</O/Table/Scope/${node.scope}>>` : '';
      context.assign(joined.ref, new RawObject(`<</S/${node.type}/P ${String(parent)}${page}${scope}/K[${kids.join(' ')}]>>`));
    }
    const top = this.top.map((node) => String(this.joined.get(node)!.ref)).join(' ');
    context.assign(documentRef, new RawObject(`<</S/Document/P ${String(rootRef)}/K[${top}]>>`));

    // The parent tree: for each page, the element of each MCID; then each annotation's element.
    const nums: string[] = [];
    pages.forEach((page, p) => {
      page.node.set(PDFName.of('StructParents'), PDFNumber.of(p));
      // Tab order follows the structure.
      page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
      nums.push(`${p}[${(this.pageContent[p] ?? []).map((node) => String(this.joined.get(node)!.ref)).join(' ')}]`);
    });
    this.annotations.forEach(({ node, ref }, i) => {
      const key = pages.length + i;
      (context.lookup(ref) as PDFDict).set(PDFName.of('StructParent'), PDFNumber.of(key));
      nums.push(`${key} ${String(this.joined.get(node)!.ref)}`);
    });
    context.assign(rootRef, new RawObject(
      `<</Type/StructTreeRoot/K ${String(documentRef)}/ParentTree<</Nums[${nums.join(' ')}]>>/ParentTreeNextKey ${pages.length + this.annotations.length}>>`,
    ));
    this.pdf.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
    this.pdf.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  }
}

/** A PDF object given as its finished text (names and numbers only: every character is one byte). */
class RawObject extends PDFObject {
  constructor(private readonly text: string) {
    super();
  }

  override clone(): RawObject {
    return new RawObject(this.text);
  }

  override toString(): string {
    return this.text;
  }

  override sizeInBytes(): number {
    return this.text.length;
  }

  override copyBytesInto(buffer: Uint8Array, offset: number): number {
    for (let i = 0; i < this.text.length; i++) buffer[offset + i] = this.text.charCodeAt(i);
    return this.text.length;
  }
}
