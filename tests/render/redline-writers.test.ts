import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MouDocument } from '../../src/document';
import { renderDocx } from '../../src/render/docx';
import { renderHtml } from '../../src/render/html';
import { renderPdf } from '../../src/render/pdf';
import { testFonts } from '../support/fonts';
import { pdfText } from '../support/interop';
import { unzip } from '../support/zip';

/** A small redline: a changed sentence, a list item removed and one added. */
const doc: MouDocument = {
  meta: {
    title: 'Redline', subject: 'Redline', author: 'Napa County', keywords: [], header: 'Napa County', marking: 'draft', createdOn: '2026-12-02',
    redline: { author: 'Sam Ortiz <TA>', date: '2026-12-02T10:00:00Z' },
  },
  blocks: [
    { type: 'heading', level: 1, text: '11. Training' },
    { type: 'paragraph', style: 'body', content: [{ type: 'text', text: 'Staff are trained at hire and every ' }, { type: 'deletion', text: 'year' }, { type: 'insertion', text: 'six months', bold: true }, { type: 'text', text: ' after.' }] },
    { type: 'list', ordered: false, items: [[{ type: 'text', text: 'Probation officers' }], [{ type: 'deletion', text: 'School staff' }], [{ type: 'insertion', text: 'Foster parents' }]] },
  ],
};

describe('every writer handles a redline’s insertions and deletions', () => {
  it('HTML marks them as <ins> and <del>', () => {
    const html = renderHtml(doc);
    expect(html).toContain('every <del>year</del><ins><strong>six months</strong></ins> after.');
    expect(html).toContain('<li><del>School staff</del></li>');
  });

  it('the Word file tracks them, by the redline’s author and date, paragraph marks of whole items included', async () => {
    const xml = new TextDecoder().decode(unzip(await renderDocx(doc, await testFonts())).find((p) => p.path === 'word/document.xml')!.bytes);
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="Sam Ortiz &lt;TA&gt;" w:date="2026-12-02T10:00:00Z"><w:r><w:delText xml:space="preserve">year<\/w:delText><\/w:r><\/w:del>/);
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="Sam Ortiz &lt;TA&gt;" w:date="2026-12-02T10:00:00Z"><w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">six months<\/w:t><\/w:r><\/w:ins>/);
    // The removed item's paragraph mark is deleted too, the added one's inserted.
    expect(xml).toMatch(/<w:rPr><w:del w:id="\d+" w:author="Sam Ortiz &lt;TA&gt;" w:date="[^"]+"\/><\/w:rPr><\/w:pPr><w:del [^>]+><w:r><w:delText xml:space="preserve">School staff/);
    expect(xml).toMatch(/<w:rPr><w:ins w:id="\d+" w:author="Sam Ortiz &lt;TA&gt;" w:date="[^"]+"\/><\/w:rPr><\/w:pPr><w:ins [^>]+><w:r><w:t xml:space="preserve">Foster parents/);
  });

  it('the PDF reads as the newer text: the changes accepted', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-pdf-'));
    const { bytes } = await renderPdf(doc, await testFonts());
    await writeFile(join(dir, 'redline.pdf'), bytes);
    const text = (await pdfText(join(dir, 'redline.pdf'))).replace(/\s+/g, ' ');
    expect(text).toContain('Staff are trained at hire and every six months after.');
    expect(text).toContain('Foster parents');
    expect(text).not.toContain('School staff');
    expect(text).not.toContain('year');
  });
});
