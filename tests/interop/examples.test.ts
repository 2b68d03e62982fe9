import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareExport, typographic, type MouDocument } from '../../src/document';
import { describeRestoreError, restoreDraft, type Draft } from '../../src/model';
import { renderDocx } from '../../src/render/docx';
import { createMetrics, layoutDocument, renderPdf } from '../../src/render/pdf';
import { PAGE } from '../../src/render/pdf/styles';
import { loadPdfFontsFromDisk } from '../../src/render/pdf/fonts-node';
import { TODAY } from '../support/drafts';
import { convertWithLibreOffice, pdfLines, pdfText, run, runPythonJson, type PdfLine } from '../support/interop';

/**
 * The done-when of the export issue, on the shipped examples: the sample as a final MOU and the
 * blocked regional draft as a DRAFT, each written as DOCX and PDF and opened by real programs.
 */
const EXAMPLES = [
  { name: 'complete-single-county', final: true },
  { name: 'draft-with-blocking-findings', final: false },
] as const;

interface Exported {
  draft: Draft; doc: MouDocument; docx: string; pdf: string; pdfText: string; officeText: string; styles: { style: string; text: string }[];
  /** Each page's lines, as pdftotext reads them (it ends each page with a form feed). */
  pdfPages: string[][]; officePages: string[][];
  /** The page of each heading in our layout, which the Word file's contents list prints. */
  layoutPages: number[];
  officeFonts: string;
  /** Each page's lines under the running header and how far down each starts, in our PDF and in LibreOffice's. */
  pdfLines: PdfLine[][]; officeLines: PdfLine[][];
}

const READER = fileURLToPath(new URL('./docx_paragraphs.py', import.meta.url));
// As the documents print a text: spaces single, quotes and apostrophes typographic.
const normalise = (text: string) => typographic(text.replace(/\s+/g, ' '));
const pagesOf = (text: string) => text.split('\f').slice(0, -1).map((page) => page.split('\n').map((line) => line.trim()).filter(Boolean));
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a heading starts on one of the page's lines (a long one wraps onto the next lines). */
function startsALine(lines: readonly string[], heading: string): boolean {
  return lines.some((line, i) => heading.startsWith(line) && normalise(lines.slice(i, i + 3).join(' ')).startsWith(heading));
}

/** The page of each heading, looked for in order, each on or after the page of the one before, past the contents. */
function headingPages(pages: readonly string[][], headings: readonly string[], from: number): number[] {
  let page = from;
  return headings.map((heading) => {
    while (page < pages.length && !startsALine(pages[page]!, heading)) page++;
    return page + 1;
  });
}

describe.each(EXAMPLES)('the $name example exported', ({ name, final }) => {
  let dir: string;
  const out = {} as Exported;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), `export-${name}-`));
    const restored = restoreDraft(await readFile(new URL(`../../examples/${name}.csecmou.json`, import.meta.url), 'utf8'));
    if (!restored.ok) throw new Error(describeRestoreError(restored.error));
    out.draft = restored.value.draft;
    const prepared = prepareExport(out.draft, { final, today: TODAY });
    if (!prepared.ok) throw new Error(`${name} should export`);
    out.doc = prepared.value;
    out.docx = join(dir, `${name}.docx`);
    out.pdf = join(dir, `${name}.pdf`);
    const fonts = await loadPdfFontsFromDisk();
    await writeFile(out.docx, await renderDocx(out.doc, fonts));
    await writeFile(out.pdf, (await renderPdf(out.doc, fonts)).bytes);
    // LibreOffice names its PDF after the DOCX, so it writes into a folder of its own.
    const officeDir = join(dir, 'office');
    await mkdir(officeDir);
    const [officePdf] = await convertWithLibreOffice(out.docx, officeDir);
    const [officeRaw, pdfRaw] = [await pdfText(officePdf!), await pdfText(out.pdf)];
    out.officeText = normalise(officeRaw);
    out.pdfText = normalise(pdfRaw);
    out.officePages = pagesOf(officeRaw);
    out.pdfPages = pagesOf(pdfRaw);
    out.layoutPages = layoutDocument(out.doc, createMetrics(fonts)).headings.map((heading) => heading.page);
    out.officeFonts = await run('pdffonts', [officePdf!]);
    // The running header and footer sit in the margins, some 30 pt from the text.
    const [top, bottom] = [PAGE.margin - 15, PAGE.height - PAGE.margin + 10];
    [out.pdfLines, out.officeLines] = [await pdfLines(out.pdf, top, bottom), await pdfLines(officePdf!, top, bottom)];
    out.styles = (await runPythonJson<{ paragraphs: { style: string; text: string }[] }>(READER, [out.docx])).paragraphs;
  }, 300_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const headings = () => out.doc.blocks.flatMap((b) => (b.type === 'heading' ? [b] : []));
  const signers = () => out.draft.agencies.filter((a) => a.signs).flatMap((a) => [a.signer.name, a.signer.title]).filter((t) => t.trim());

  it('passes qpdf --check', async () => {
    await expect(run('qpdf', ['--check', out.pdf])).resolves.toContain('No syntax or stream encoding errors');
  });

  it('embeds every font the PDF uses', async () => {
    const rows = (await run('pdffonts', [out.pdf])).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split(/\s+/).at(-5), row).toBe('yes');
  });

  it.each(['pdfText', 'officeText'] as const)('%s holds every heading, agency, signer name and title', (which) => {
    const text = out[which];
    for (const heading of headings()) expect(text, heading.text).toContain(normalise(heading.text));
    for (const agency of out.draft.agencies) expect(text, agency.name).toContain(normalise(agency.name));
    for (const signer of signers()) expect(text, signer).toContain(normalise(signer));
  });

  it(final ? 'carries no DRAFT mark' : 'is marked DRAFT', () => {
    for (const text of [out.pdfText, out.officeText]) expect(text.includes('DRAFT')).toBe(!final);
  });

  it('is set by LibreOffice in the embedded typeface of the PDF, with nearly every heading on the page it has in the PDF and none more than one away', () => {
    for (const face of ['NotoSerif-Regular', 'NotoSerif-Bold']) expect(out.officeFonts).toContain(face);
    const texts = headings().map((h) => normalise(h.text));
    // Both files open with the cover and the contents; headings are looked for after the contents.
    const firstBodyPage = out.layoutPages[0]! - 1;
    const ours = headingPages(out.pdfPages, texts, firstBodyPage);
    const office = headingPages(out.officePages, texts, firstBodyPage);
    expect(ours).toEqual(out.layoutPages);
    for (const [i, text] of texts.entries()) expect(Math.abs(office[i]! - ours[i]!), `${text}: PDF page ${ours[i]}, LibreOffice page ${office[i]}`).toBeLessThanOrEqual(1);
    // The Word file keeps what the PDF keeps together (rows whole, a paragraph with the list or
    // table it leads into) and spaces blocks as the PDF does, so nearly every heading lands on the
    // very page: without the first, a quarter of them came a page early; without the second (the
    // space above a heading less the body text's below, as if the two added up), two or three did.
    const moved = texts.filter((_, i) => office[i] !== ours[i]);
    expect(moved.length, `headings on another page: ${moved.join('; ')}`).toBeLessThanOrEqual(Math.floor(texts.length / 20));
    expect(out.officePages.length).toBe(out.pdfPages.length);
    // Each page's footer counts its own page, not the result the fields were saved with (page 1).
    for (const [i, lines] of out.officePages.entries()) expect(lines.join(' ')).toContain(`Page ${i + 1} of ${out.officePages.length}`);
  });

  it('starts each page where the PDF starts it, a page that a break begins too', () => {
    // Where LibreOffice's page begins with the same line as ours, it sits at the same height
    // (within 3 pt): a heading under a page break has no space above it, as at any page's top.
    // Four pages in five begin with the same line in both.
    const same = out.pdfLines.flatMap(([ours], page) => {
      const office = out.officeLines[page]?.[0];
      return ours && office && ours.text === office.text ? [{ ...ours, office: office.y }] : [];
    });
    expect(same.length).toBeGreaterThanOrEqual(Math.ceil(out.pdfLines.length * 0.8));
    for (const { page, text, y, office } of same) expect(Math.abs(office - y), `page ${page}, “${text}”: ${y} pt in the PDF, ${office} pt in LibreOffice`).toBeLessThanOrEqual(3);
  });

  it('spaces its lines as the PDF does: each line sits as far below the one before it, within 2.5 pt', () => {
    // Lines are matched by their words where a line's words are found once in each file, and
    // compared with the line above them on their page: the space between paragraphs, above and
    // below headings, lists, tables and signature blocks, and the lines' own heights.
    const gaps = (pages: PdfLine[][]) => {
      const found = new Map<string, number | null>();
      for (const lines of pages) lines.forEach((line, i) => found.set(line.text, found.has(line.text) || i === 0 ? null : line.y - lines[i - 1]!.y));
      return found;
    };
    const [ours, office] = [gaps(out.pdfLines), gaps(out.officeLines)];
    const compared = [...ours].flatMap(([text, gap]) => {
      const theirs = office.get(text);
      return gap !== null && theirs !== undefined && theirs !== null ? [{ text, gap, theirs }] : [];
    });
    expect(compared.length).toBeGreaterThan(ours.size / 2);
    for (const { text, gap, theirs } of compared) expect(Math.abs(theirs - gap), `“${text}”: ${gap.toFixed(1)} pt below the line before in the PDF, ${theirs.toFixed(1)} pt in LibreOffice`).toBeLessThanOrEqual(2.5);
  });

  it("shows the contents with our layout's page numbers when LibreOffice first opens the Word file", () => {
    const contents = normalise(out.officePages.slice(1, out.layoutPages[0]! - 1).flat().join(' '));
    for (const [i, heading] of headings().entries()) {
      const entry = new RegExp(`${escaped(normalise(heading.text))} ?\\.{3,} ?(\\d+)`).exec(contents);
      expect(entry?.[1], heading.text).toBe(String(out.layoutPages[i]));
    }
  });

  it('reads in python-docx with the headings in order under Word’s heading styles', () => {
    const outline = out.styles.filter((p) => /^Heading [123]$/.test(p.style)).map((p) => `${p.style.at(-1)} ${p.text}`);
    expect(outline).toEqual(headings().map((h) => `${h.level} ${h.text}`));
  });
});
