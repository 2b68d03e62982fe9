import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareExport, type MouDocument } from '../../src/document';
import { renderDocx } from '../../src/render/docx';
import { renderHtml } from '../../src/render/html';
import { renderPdf } from '../../src/render/pdf';
import { loadPdfFontsFromDisk } from '../../src/render/pdf/fonts-node';
import { completeDraft, TODAY, withChange } from '../support/drafts';
import { runPythonJson } from '../support/interop';
import { unzipText } from '../support/zip';

// A section the committee wrote in Spanish is marked as Spanish in every output, so that a screen
// reader reads it with a Spanish voice (WCAG 2.1 SC 3.1.2); the rest stays U.S. English, and so do
// the words the MOU supplies for an untitled section.
const PDF_CHECKER = fileURLToPath(new URL('./pdf_structure.py', import.meta.url));
const DOCX_READER = fileURLToPath(new URL('./docx_paragraphs.py', import.meta.url));

const SPANISH = 'Las agencias mantienen una lista de recursos locales.';
const UNTITLED_SPANISH = 'Texto de una sección sin título.';

function spanishDocument(): MouDocument {
  const draft = withChange(completeDraft(), (d) => {
    d.customSections = [
      { id: 'es', title: 'Recursos locales', after: 'training', text: SPANISH, lang: 'es' },
      { id: 'untitled', title: '', after: 'training', text: UNTITLED_SPANISH, lang: 'es' },
      { id: 'en', title: 'Local forms', after: 'training', text: 'The forms are kept together.' },
    ];
  });
  const prepared = prepareExport(draft, { final: false, today: TODAY });
  if (!prepared.ok) throw new Error('the draft should export');
  return prepared.value;
}

describe('a section written in another language', () => {
  let dir: string;
  let doc: MouDocument;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'language-of-parts-'));
    doc = spanishDocument();
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('is Spanish in the document model: its title and text, not the heading the MOU gives an untitled one', () => {
    const marked = doc.blocks.flatMap((block) => (block.type === 'heading' || block.type === 'paragraph') && block.lang ? [[block.type, block.lang]] : []);
    expect(marked).toEqual([['heading', 'es'], ['paragraph', 'es'], ['paragraph', 'es']]);
    const untitled = doc.blocks.find((block) => block.type === 'heading' && block.text.endsWith('Additional provisions'));
    expect(untitled).toMatchObject({ type: 'heading' });
    expect(untitled && 'lang' in untitled).toBe(false);
  });

  it('is tagged Spanish in the PDF: its heading, its paragraphs and its contents entry, in a document of U.S. English (pikepdf)', async () => {
    const path = join(dir, 'mou.pdf');
    await writeFile(path, (await renderPdf(doc, await loadPdfFontsFromDisk())).bytes);
    const structure = await runPythonJson<{ problems: string[]; lang: string; langs: [string, string][] }>(PDF_CHECKER, [path]);
    expect(structure.problems).toEqual([]);
    expect(structure.lang).toBe('en-US');
    expect(structure.langs).toEqual([['TOCI', 'es'], ['H1', 'es'], ['P', 'es'], ['P', 'es']]);
  });

  it('has its runs in Spanish in the Word file, whose default language is U.S. English (python-docx)', async () => {
    const path = join(dir, 'mou.docx');
    await writeFile(path, await renderDocx(doc, await loadPdfFontsFromDisk()));
    const read = await runPythonJson<{ defaultLanguage: string[]; languages: [string, string[]][] }>(DOCX_READER, [path]);
    expect(read.defaultLanguage).toEqual(['en-US']);
    expect(read.languages).toEqual([[expect.stringMatching(/^\d+\. Recursos locales$/), ['es']], [SPANISH, ['es']], [UNTITLED_SPANISH, ['es']]]);
    // The contents list, in a content control python-docx does not read as body paragraphs.
    const xml = unzipText(await readFile(path)).get('word/document.xml')!;
    const entry = /<w:hyperlink [^>]*w:anchor="_TocH\d+"[^>]*>(?:(?!<\/w:hyperlink>).)*Recursos locales(?:(?!<\/w:hyperlink>).)*<\/w:hyperlink>/s.exec(xml)?.[0];
    expect(entry).toContain('<w:lang w:val="es"/>');
    expect(xml.match(/<w:lang w:val="es"\/>/g)).toHaveLength(4);
  });

  it('has a lang attribute in the preview’s HTML on its heading, paragraphs and contents entry', () => {
    const html = renderHtml(doc);
    expect(html).toMatch(/^<article class="mou mou--draft" lang="en-US"/);
    expect(html.match(/ lang="es"/g)).toHaveLength(4);
    expect(html).toMatch(new RegExp(`<p [^>]*class="mou__body" lang="es">${SPANISH}</p>`));
    expect(html).toMatch(/<h2 [^>]*class="mou__h1" lang="es">\d+\. Recursos locales<\/h2>/);
    expect(html).toMatch(/<li lang="es"><a href="#mou-h-\d+">\d+\. Recursos locales<\/a><\/li>/);
  });
});
