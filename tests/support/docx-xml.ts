import type { MouDocument } from '../../src/document';
import { renderDocx } from '../../src/render/docx';
import { testFonts } from './fonts';
import { unzipText } from './zip';

/**
 * Reading the WordprocessingML that the DOCX writer produces, for tests that check its XML
 * rather than a picture of it. Regular expressions suffice: docx writes no nested paragraphs
 * (no text boxes) and no XML comments.
 */

/** The DOCX of a document, unzipped to its parts' text by path. */
export async function docxParts(doc: MouDocument): Promise<Map<string, string>> {
  return unzipText(await renderDocx(doc, await testFonts()));
}

/** One part of a DOCX; a missing part fails with the parts that are there. */
export function part(parts: Map<string, string>, path: string): string {
  const xml = parts.get(path);
  if (xml === undefined) throw new Error(`No ${path} in the DOCX; it has ${[...parts.keys()].join(', ')}`);
  return xml;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
export const decodeXml = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);

export interface WordParagraph {
  /** The paragraph's style id, or '' for none (Normal). */
  style: string;
  /** Its text, with each line break as "\n" and each tab as "\t". */
  text: string;
  xml: string;
}

/** The paragraphs of a part in document order, table cells and the TOC's included. */
export function paragraphs(xml: string): WordParagraph[] {
  return [...xml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)].map(([whole, inner = '']) => ({
    style: /<w:pStyle w:val="([^"]*)"/.exec(inner)?.[1] ?? '',
    text: decodeXml([...inner.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:(br)\b[^>]*\/>|<w:(tab)\/>/g)]
      .map(([, text, br, tab]) => (br ? '\n' : tab ? '\t' : text ?? '')).join('')),
    xml: whole,
  }));
}

/** The elements of some XML with a given name, such as every `w:tbl`, as whole strings. */
export function elements(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`, 'g'))].map(([whole]) => whole);
}
