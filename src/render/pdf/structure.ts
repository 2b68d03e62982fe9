import type { PdfWriter } from './writer';
import { ref, textString } from './writer';

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
  | 'TOC' | 'TOCI' | 'Reference' | 'Link' | 'Div';

export interface StructNode {
  type: StructType;
  /** Null for a child of the Document element. */
  parent: StructNode | null;
  /** For TH: which cells it heads. */
  scope?: 'Column' | 'Row';
  /**
   * The element's text as typed, where the page shows replacement marks for characters the font
   * lacks (text.ts): a screen reader and a copy read this instead (ISO 32000-1 §14.9.4).
   */
  actualText?: string;
  /** The language of the element's text, where it is not the document's /Lang (a part in Spanish, say). */
  lang?: string;
}

export const structNode = (type: StructType, parent: StructNode | null = null, scope?: StructNode['scope']): StructNode =>
  scope ? { type, parent, scope } : { type, parent };

/** What a node holds, in order: child nodes, marked content on a page, or an annotation. */
type Kid = { node: StructNode } | { page: number; mcid: number } | { page: number; annotation: number };

interface Joined { kids: Kid[]; ref: number }

/** Collects, while the pages are drawn, which marked content and annotations belong to which node. */
export class StructureTree {
  private readonly joined = new Map<StructNode, Joined>();
  private readonly top: StructNode[] = [];
  /** Per page, the node of each MCID (its index). */
  private readonly pageContent: StructNode[][] = [];
  private readonly annotations: StructNode[] = [];

  /** `pageCount` pages: their parent tree keys are 0 to pageCount - 1, the annotations' come after. */
  constructor(private readonly writer: PdfWriter, private readonly pageCount: number) {}

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

  /** An annotation (object `annotation`, a link) that belongs to `node`; returns the key the annotation's /StructParent gives. */
  annotation(node: StructNode, page: number, annotation: number): number {
    this.join(node).kids.push({ page, annotation });
    this.annotations.push(node);
    return this.pageCount + this.annotations.length - 1;
  }

  private join(node: StructNode): Joined {
    let joined = this.joined.get(node);
    if (joined) return joined;
    joined = { kids: [], ref: this.writer.reserve() };
    this.joined.set(node, joined);
    if (node.parent) this.join(node.parent).kids.push({ node });
    else this.top.push(node);
    return joined;
  }

  /**
   * Writes the tree and the parent tree, and returns the structure tree root's object number for
   * the catalog; page p's /StructParents is p (pages given by their object numbers).
   */
  write(pages: readonly number[]): number {
    const { writer } = this;
    const rootRef = writer.reserve();
    const documentRef = writer.reserve();
    // Plain loops: this runs once per element, thousands of times in a fresh process, where each
    // Set, spread and callback of a chain of array methods was another short-lived object.
    this.joined.forEach((joined, node) => {
      const { kids } = joined;
      // Content on one page: the element names the page once and lists plain MCIDs. The page of
      // its first MCID, unless another MCID is on another page (or it has none).
      let onePage: number | null | undefined;
      for (let k = 0; k < kids.length && onePage !== null; k++) {
        const kid = kids[k]!;
        if ('mcid' in kid) onePage = onePage === undefined || onePage === kid.page ? kid.page : null;
      }
      onePage ??= null;
      let written = '';
      for (let k = 0; k < kids.length; k++) {
        const kid = kids[k]!;
        if (k > 0) written += ' ';
        if ('node' in kid) written += ref(this.joined.get(kid.node)!.ref);
        else if ('mcid' in kid) written += onePage === null ? `<</Type/MCR/Pg ${ref(pages[kid.page]!)}/MCID ${kid.mcid}>>` : String(kid.mcid);
        else written += `<</Type/OBJR/Pg ${ref(pages[kid.page]!)}/Obj ${ref(kid.annotation)}>>`;
      }
      const parent = node.parent ? this.joined.get(node.parent)!.ref : documentRef;
      const page = onePage === null ? '' : `/Pg ${ref(pages[onePage]!)}`;
      const scope = node.scope ? `/A<</O/Table/Scope/${node.scope}>>` : '';
      const actual = node.actualText === undefined ? '' : `/ActualText ${textString(node.actualText)}`;
      const lang = node.lang === undefined ? '' : `/Lang ${textString(node.lang)}`;
      writer.set(joined.ref, `<</S/${node.type}/P ${ref(parent)}${page}${scope}${lang}${actual}/K[${written}]>>`);
    });
    const top = this.top.map((node) => ref(this.joined.get(node)!.ref)).join(' ');
    writer.set(documentRef, `<</S/Document/P ${ref(rootRef)}/K[${top}]>>`);

    // The parent tree: for each page, the element of each MCID; then each annotation's element.
    const nums: string[] = [];
    for (let p = 0; p < this.pageCount; p++) {
      nums.push(`${p}[${(this.pageContent[p] ?? []).map((node) => ref(this.joined.get(node)!.ref)).join(' ')}]`);
    }
    this.annotations.forEach((node, i) => nums.push(`${this.pageCount + i} ${ref(this.joined.get(node)!.ref)}`));
    return writer.set(rootRef,
      `<</Type/StructTreeRoot/K ${ref(documentRef)}/ParentTree<</Nums[${nums.join(' ')}]>>/ParentTreeNextKey ${this.pageCount + this.annotations.length}>>`);
  }
}
