import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block, MouDocument } from '../../src/document';
import { renderDocx } from '../../src/render/docx';
import { createMetrics, layoutDocument } from '../../src/render/pdf';
import { everyNodeDocument } from '../support/documents';
import { testFonts } from '../support/fonts';
import { ARABIC, HEBREW, hostileDocument } from '../support/hostile-document';
import { convertWithLibreOffice, pdfText, runPythonJson } from '../support/interop';

/**
 * The Word files opened by real programs: python-docx (a strict reader of the OOXML package) and
 * LibreOffice, which lays them out and prints them to PDF. LibreOffice takes seconds to start,
 * so the three files are converted in one run and every test reads the shared results.
 */

interface PythonView {
  paragraphs: { style: string; text: string }[];
  cells: string[];
  header: string;
  footer: string;
  core: { title: string; subject: string; author: string; keywords: string; created: string | null };
}

const READER = fileURLToPath(new URL('./docx_paragraphs.py', import.meta.url));
const NAMES = ['draft', 'final', 'hostile', 'approvals'] as const;

const approval = (agency: string, keepWithNext?: true): Block => ({ type: 'signature', agency, county: '', signerName: '', signerTitle: 'Clerk', ...(keepWithNext && { keepWithNext }) });
const APPROVALS = [approval('Approved as to form: County Counsel', true), approval('Board of Supervisors', true), approval('Attest: Clerk of the Board')];

/**
 * Lines of text, then a county's three approval blocks kept together, with as many lines as put
 * the group across a page's foot in our layout were it not kept: the PDF moves it whole.
 */
async function approvalsDocument(): Promise<{ doc: MouDocument; page: number }> {
  const metrics = createMetrics(await testFonts());
  const blocks = (lines: number, group: Block[]): Block[] => [
    ...Array.from({ length: lines }, (_, i): Block => ({ type: 'paragraph', style: 'body', content: [{ type: 'text', text: `Line ${i + 1} of the text before the approvals.` }] })), ...group];
  const pagesOf = (doc: MouDocument) => layoutDocument(doc, metrics).pages.map((page) => page.placed.filter((p) => p.slice.role === 'signature').length);
  const base = everyNodeDocument('draft');
  for (let lines = 1; lines < 80; lines++) {
    const apart = pagesOf({ ...base, blocks: blocks(lines, APPROVALS.map((a) => ({ ...a, keepWithNext: undefined }))) });
    if (apart.filter((n) => n > 0).length < 2) continue;
    const doc = { ...base, blocks: blocks(lines, APPROVALS) };
    const kept = pagesOf(doc);
    return { doc, page: kept.findIndex((n) => n > 0) + 1 };
  }
  throw new Error('no number of lines parts the approvals');
}
type Name = (typeof NAMES)[number];

describe('the DOCX in python-docx and LibreOffice', () => {
  let dir: string;
  const python = {} as Record<Name, PythonView>;
  const pdf = {} as Record<Name, string>;
  /** The hostile document as LibreOffice set it, each line as it stands on the page (pdftotext -layout). */
  let hostileLayout = '';
  /** The page our layout puts the approvals on, and LibreOffice's pages of the approvals document. */
  let approvalsPage = 0;
  let approvalsPages: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'docx-interop-'));
    const approvals = await approvalsDocument();
    approvalsPage = approvals.page;
    const docs = { draft: everyNodeDocument('draft'), final: everyNodeDocument('final'), hostile: hostileDocument(), approvals: approvals.doc };
    const paths = await Promise.all(NAMES.map(async (name) => {
      const path = join(dir, `${name}.docx`);
      await writeFile(path, await renderDocx(docs[name], await testFonts()));
      return path;
    }));
    const pdfs = await convertWithLibreOffice(paths, dir);
    await Promise.all(NAMES.map(async (name, i) => {
      python[name] = await runPythonJson<PythonView>(READER, [paths[i]!]);
      pdf[name] = await pdfText(pdfs[i]!);
    }));
    hostileLayout = await pdfText(pdfs[NAMES.indexOf('hostile')]!, { layout: true });
    approvalsPages = (await pdfText(pdfs[NAMES.indexOf('approvals')]!)).split('\f');
  }, 300_000);

  it('LibreOffice keeps a county’s approval blocks on one page, the page our PDF puts them on', () => {
    const pageOf = (words: string) => approvalsPages.findIndex((page) => page.includes(words)) + 1;
    expect(approvalsPage).toBeGreaterThan(1);
    expect(['Approved as to form: County Counsel', 'Board of Supervisors', 'Attest: Clerk of the Board'].map(pageOf)).toEqual([approvalsPage, approvalsPage, approvalsPage]);
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('python-docx reads the title and headings in order with Word\'s style names', () => {
    const outline = python.draft.paragraphs.filter((p) => /^(Title|Heading \d)$/.test(p.style)).map((p) => `${p.style}: ${p.text}`);
    expect(outline).toEqual([
      'Title: Interagency Protocol for Commercially Sexually Exploited Children',
      'Heading 1: 1. Parties, purpose and legal authority',
      'Heading 2: 1.1 Parties',
      'Heading 1: 2. Definitions',
      'Heading 3: 2.1.1 A note on words',
      'Heading 1: 7. Multidisciplinary teams',
      'Heading 1: 15. Signatures',
    ]);
    expect(python.draft.paragraphs.map((p) => p.style)).toEqual(expect.arrayContaining(['Subtitle', 'Body Text', 'Note', 'List Paragraph']));
  });

  it('python-docx reads the header, footer, signature cells and document properties', () => {
    expect(python.draft.header).toBe('Mendocino County — CSEC Interagency Protocol\tDRAFT');
    expect(python.final.header).toBe('Mendocino County — CSEC Interagency Protocol');
    expect(python.draft.footer).toMatch(/^Page .* of /);
    expect(python.draft.cells).toEqual(expect.arrayContaining([expect.stringContaining('Name: José Núñez'), expect.stringContaining('Title: County Superintendent of Schools')]));
    expect(python.draft.core).toEqual({
      title: 'Interagency Protocol for Commercially Sexually Exploited Children',
      subject: 'SB 855 interagency protocol (WIC 16524.8)',
      author: 'Mendocino County Health and Human Services Agency',
      keywords: 'CSEC, SB 855, MOU',
      // python-docx gives the UTC date without its zone.
      created: '2026-11-28T00:00:00',
    });
  });

  it('LibreOffice prints every heading, agency, signer name and title', () => {
    const doc = everyNodeDocument();
    const expected = doc.blocks.flatMap((b) =>
      b.type === 'heading' || b.type === 'title' ? [b.text] : b.type === 'signature' ? [b.agency, b.signerName, b.signerTitle] : []);
    // pdftotext breaks long lines where LibreOffice wrapped them, so compare with runs of whitespace as one space.
    const printed = pdf.draft.replace(/\s+/g, ' ');
    for (const text of expected) expect(printed).toContain(text);
    expect(printed).toContain('José Núñez');
    expect(printed).toContain('Phạm Thu Trang');
  });

  it('LibreOffice prints DRAFT on every page of a draft, and nowhere on a final document', () => {
    const pages = pdf.draft.split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('DRAFT');
    expect(pdf.final).not.toMatch(/DRAFT/i);
    expect(pdf.final).toMatch(/Page 1 of \d/);
  });

  it('a document full of control characters, emoji, right-to-left text and a 10,000-character run opens in both', () => {
    const long = python.hostile.paragraphs.find((p) => p.text.endsWith('END-OF-LONG'));
    expect(long?.text).toHaveLength(10_000);
    expect(python.hostile.paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining([ARABIC, HEBREW]));
    // pdftotext joins a word that a line ends inside at a hyphen, dropping that hyphen, so hyphens are left out of the comparison.
    const printed = pdf.hostile.replace(/\s+/g, ' ').replace(/-/g, '');
    for (const text of ['Heading one-after', 'Agency-after', 'END-OF-LONG', 'extra cell beyond the header', 'Signer title-after']) expect(printed).toContain(text.replace(/-/g, ''));
  });

  it('LibreOffice sets every signature block left to right, the one for an agency named in Hebrew too', () => {
    const labels = hostileLayout.split('\n').map((line) => line.trim()).filter((line) => /^(Signature|Date)\b/.test(line));
    expect(labels.length).toBe(2);
    for (const line of labels) expect(line).toMatch(/^Signature\s+Date$/);
  });
});
