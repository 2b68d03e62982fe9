import { describe, expect, it } from 'vitest';
import type { MouDocument } from '../../src/document';
import { renderDocx } from '../../src/render/docx';
import { createMetrics, layoutDocument } from '../../src/render/pdf';
import { everyNodeDocument } from '../support/documents';
import { testFonts } from '../support/fonts';
import { docxParts, elements, paragraphs, part } from '../support/docx-xml';

/** The parts around the body: running header and footer, DRAFT marking, document properties. */

const headerOf = (parts: Map<string, string>) => [...parts].filter(([path]) => /^word\/header\d+\.xml$/.test(path)).map(([, xml]) => xml);
const footerOf = (parts: Map<string, string>) => [...parts].filter(([path]) => /^word\/footer\d+\.xml$/.test(path)).map(([, xml]) => xml);

describe('the DOCX package', () => {
  it("puts the document's header text on every page, and DRAFT at the right of a draft's, as the PDF does", async () => {
    const parts = await docxParts(everyNodeDocument('draft'));
    const headers = headerOf(parts);
    expect(headers).toHaveLength(1);
    expect(part(parts, 'word/document.xml')).toMatch(/<w:headerReference w:type="default" r:id="rId\d+"\/>/);
    expect(paragraphs(headers[0]!).map((p) => p.text)).toEqual(['Mendocino County — CSEC Interagency Protocol\tDRAFT']);
    // Bold and upright as in the PDF, though the header's style is italic.
    expect(headers[0]).toMatch(/<w:rPr><w:b\/><w:bCs\/><w:i w:val="false"\/><w:iCs w:val="false"\/><\/w:rPr><w:tab\/><w:t xml:space="preserve">DRAFT<\/w:t>/);
    expect(elements(part(parts, 'word/styles.xml'), 'w:style').find((s) => s.includes('w:styleId="Header"'))).toMatch(/<w:tab w:val="right" w:pos="9360"\/>/);
  });

  it('does not mark a final document DRAFT anywhere', async () => {
    const parts = await docxParts(everyNodeDocument('final'));
    expect(paragraphs(headerOf(parts)[0]!).map((p) => p.text)).toEqual(['Mendocino County — CSEC Interagency Protocol']);
    for (const [path, xml] of parts) expect(xml, path).not.toMatch(/DRAFT/i);
  });

  it('numbers every page "Page X of Y" with fields Word and LibreOffice fill in, saved as page 1 of the PDF layout\'s pages', async () => {
    const doc = everyNodeDocument();
    const [footer] = footerOf(await docxParts(doc));
    const pages = layoutDocument(doc, createMetrics(await testFonts())).pages.length;
    expect(pages).toBeGreaterThan(1);
    // A previewer that shows a field's saved result reads "Page 1 of N" rather than "Page  of ".
    const field = (instr: string, saved: string) => `<w:fldSimple w:instr="${instr}"><w:r><w:t xml:space="preserve">${saved}</w:t></w:r></w:fldSimple>`;
    expect(footer).toContain(`<w:t xml:space="preserve">Page </w:t></w:r>${field('PAGE', '1')}<w:r><w:t xml:space="preserve"> of </w:t></w:r>${field('NUMPAGES', String(pages))}`);
  });

  it('lays the page out on US Letter with one-inch margins, in U.S. English, with the PDF\'s body text', async () => {
    const parts = await docxParts(everyNodeDocument());
    const body = part(parts, 'word/document.xml');
    expect(body).toContain('<w:pgSz w:w="12240" w:h="15840" w:orient="portrait"/>');
    expect(body).toMatch(/<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/);
    const defaults = /<w:docDefaults>.*<\/w:docDefaults>/.exec(part(parts, 'word/styles.xml'))![0];
    expect(defaults).toContain('<w:lang w:val="en-US"/>');
    // 11 pt on lines of exactly 15.4 pt, as the PDF's body text (pdf/styles.ts).
    expect(defaults).toContain('<w:sz w:val="22"/>');
    expect(defaults).toMatch(/<w:spacing [^>]*w:line="308" w:lineRule="exact"/);
  });

  it('records title, language, subject, author, keywords, status and the pinned date in the document properties', async () => {
    const core = part(await docxParts(everyNodeDocument('draft')), 'docProps/core.xml');
    expect(core).toContain('<dc:title>Interagency Protocol for Commercially Sexually Exploited Children</dc:title>');
    expect(core).toContain('<dc:language>en-US</dc:language>');
    expect(core).toContain('<dc:subject>SB 855 interagency protocol (WIC 16524.8)</dc:subject>');
    expect(core).toContain('<dc:creator>Mendocino County Health and Human Services Agency</dc:creator>');
    expect(core).toContain('<cp:keywords>CSEC, SB 855, MOU</cp:keywords>');
    expect(core).toContain('<dc:description>Draft, produced November 28, 2026.</dc:description>');
    expect(core).toContain('<cp:contentStatus>Draft</cp:contentStatus>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-28T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-28T00:00:00Z</dcterms:modified>');
  });

  it('escapes markup characters in the properties and leaves out a date that is not a real one', async () => {
    const doc = everyNodeDocument();
    const odd: MouDocument = { ...doc, meta: { ...doc.meta, title: 'A <b> & "c"', createdOn: '2026-02-30' } };
    const core = part(await docxParts(odd), 'docProps/core.xml');
    expect(core).toContain('<dc:title>A &lt;b&gt; &amp; &quot;c&quot;</dc:title>');
    expect(core).not.toContain('dcterms:created');
  });

  it('refuses something that is not a document, saying what to pass instead', async () => {
    await expect(renderDocx({} as MouDocument, await testFonts())).rejects.toThrow(/needs a MouDocument.*buildDocument/);
  });
});
