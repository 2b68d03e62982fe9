import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MouDocument } from '../../src/document';
import type { PdfFonts } from '../../src/render/pdf';
import { createMetrics, layoutDocument, renderPdf } from '../../src/render/pdf';
import { nodeDeflate } from '../../src/render/pdf/deflate-node';
import { loadPdfFontsFromDisk } from '../../src/render/pdf/fonts-node';
import { everyNodeDocument } from '../support/documents';
import { EMOJI, hostileDocument } from '../support/hostile-document';
import { convertWithLibreOffice, findTool, run } from '../support/interop';
import { renderDocx } from '../../src/render/docx';

/**
 * The PDF read by real programs: qpdf checks its structure and reads its outline, poppler's
 * pdffonts, pdfinfo and pdftotext read its fonts, properties and text, and pdftoppm draws it.
 */

const poppler = (name: string) => findTool({ name, candidates: [`/usr/bin/${name}`, `/usr/local/bin/${name}`], install: 'apt-get install poppler-utils' });
const qpdf = () => findTool({ name: 'qpdf', candidates: ['/usr/bin/qpdf', '/usr/local/bin/qpdf'], install: 'apt-get install qpdf' });

/** qpdf exits 0 for a clean file, 3 for warnings and 2 for errors; `run` rejects on anything but 0. */
const qpdfCheck = async (path: string) => run(await qpdf(), ['--check', path]);
const pageText = async (path: string, page: number) => run(await poppler('pdftotext'), ['-enc', 'UTF-8', '-f', String(page), '-l', String(page), path, '-']);

interface Bookmark { title: string; destpageposfrom1: number; kids: Bookmark[] }

/** The adversarial document plus a 10,000-letter word and a table of 200 rows. */
function adversarialDocument(): MouDocument {
  const doc = hostileDocument();
  const word = `${'W'.repeat(9_989)}END-OF-WORD`;
  const cell = (text: string) => [{ type: 'text' as const, text }];
  doc.blocks.push(
    { type: 'paragraph', style: 'body', content: cell(word) },
    { type: 'table', header: [cell('Row'), cell('Text')], widths: [20, 80], rows: Array.from({ length: 200 }, (_, i) => [cell(`Row ${i + 1}`), cell(i === 100 ? word : `Cell ${i + 1}`)]) },
  );
  return doc;
}

/**
 * Every letter of Latin-1 and Latin Extended-A, some Vietnamese ones and the characters a PDF
 * string escapes: beyond ASCII, more glyphs of a face than one first byte of the two-byte codes
 * reaches (code-maps.ts).
 */
const LETTERS = [
  ...Array.from({ length: 0x17f - 0xc0 + 1 }, (_, i) => String.fromCharCode(0xc0 + i)),
  ...'ẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệ',
  '(', ')', '\\',
];

/** What a literal string must escape, unbalanced, in a title and a heading: text strings of plain ASCII are literal strings. */
const ESCAPES_TITLE = 'Letters) of (the \\ protocol';
const ESCAPES_HEADING = 'Section 16524.7(b)) \\ (see';
/** A heading typed with its accent apart and invisible characters, which the page composes and drops. */
const TYPED_HEADING = 'Salud Pu\u0301blica\u200b\u00ad';

/**
 * Words with combining marks no precomposed letter holds, set over their letters (glyph-encoder.ts);
 * the i under a mark is drawn dotless and must still read as an i.
 */
const MARKED_WORDS = 'Ḵwak\u0313wala ŋ\u0313 ni\u0313k Spin\u0308al k\u0313 p\u0331';

function lettersDocument(): MouDocument {
  const doc = everyNodeDocument('final');
  doc.meta.title = ESCAPES_TITLE;
  doc.blocks.push(
    { type: 'heading', level: 1, text: ESCAPES_HEADING },
    { type: 'paragraph', style: 'body', content: [{ type: 'text', text: LETTERS.join(' ') }] },
    { type: 'paragraph', style: 'body', content: [{ type: 'text', text: MARKED_WORDS }] },
    { type: 'heading', level: 1, text: TYPED_HEADING },
  );
  return doc;
}

const NAMES = ['draft', 'final', 'hostile', 'letters'] as const;
type Name = (typeof NAMES)[number];

describe('the PDF in qpdf and poppler', () => {
  let dir: string;
  let fonts: PdfFonts;
  const path = {} as Record<Name, string>;
  const docs: Record<Name, MouDocument> = {
    draft: everyNodeDocument('draft'), final: everyNodeDocument('final'), hostile: adversarialDocument(), letters: lettersDocument(),
  };
  const missing = {} as Record<Name, string[]>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pdf-interop-'));
    fonts = await loadPdfFontsFromDisk();
    for (const name of NAMES) {
      const { bytes, missingGlyphs } = await renderPdf(docs[name], fonts);
      path[name] = join(dir, `${name}.pdf`);
      missing[name] = missingGlyphs;
      await writeFile(path[name], bytes);
    }
  }, 120_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('passes qpdf --check, the draft, the final, the adversarial document and the one of many letters alike', async () => {
    for (const name of NAMES) expect(await qpdfCheck(path[name])).toContain('No syntax or stream encoding errors');
  });

  it("reads the same when its pages are deflated by Node's zlib, as the command line does, as with the default JavaScript deflate (fflate)", async () => {
    const native = join(dir, 'draft-zlib.pdf');
    await writeFile(native, (await renderPdf(docs.draft, fonts, { deflate: nodeDeflate })).bytes);
    expect(await qpdfCheck(native)).toContain('No syntax or stream encoding errors');
    const text = async (file: string) => run(await poppler('pdftotext'), ['-enc', 'UTF-8', file, '-']);
    const [ours, fflate] = [await text(native), await text(path.draft)];
    expect(ours).toBe(fflate);
    expect(ours).toContain('1. Parties, purpose and legal authority');
  });

  it('embeds every font, as a subset with a Unicode map (pdffonts)', async () => {
    const rows = (await run(await poppler('pdffonts'), [path.draft])).trim().split('\n').slice(2);
    expect(rows.map((row) => row.split(/\s+/)[0])).toEqual(['CSECMA+NotoSerif-Regular', 'CSECMB+NotoSerif-Bold', 'CSECMC+NotoSerif-Italic', 'CSECMD+NotoSerif-BoldItalic']);
    // "Custom": the embedded CMap of one- and two-byte codes (code-maps.ts), not Identity-H.
    for (const row of rows) expect(row).toMatch(/CID TrueType\s+Custom\s+yes\s+yes\s+yes/);
  });

  it('reads back every letter of a face of more than 256 glyphs, those beyond ASCII in two-byte codes (pdftotext)', async () => {
    const text = await run(await poppler('pdftotext'), ['-enc', 'UTF-8', path.letters, '-']);
    for (const letter of LETTERS) expect(text).toContain(letter);
    expect(missing.letters).toEqual([]);
  });

  it('writes plain ASCII text into a page as itself, parentheses and backslash escaped (qpdf, its streams undone)', async () => {
    const plain = join(dir, 'letters-plain.pdf');
    // Not --qdf, which would write strings of other bytes in hex.
    await run(await qpdf(), ['--object-streams=disable', '--stream-data=uncompress', '--decode-level=generalized', path.letters, plain]);
    const content = (await readFile(plain)).toString('latin1');
    expect(content).toContain('(1. Parties, purpose and legal authority) Tj');
    // The letters' paragraph ends with the three characters a literal string escapes.
    expect(content).toMatch(/\\\( \\\) \\\\\) Tj/);
  });

  it('has every heading, agency, signer name and title in its text (pdftotext)', async () => {
    const text = await run(await poppler('pdftotext'), ['-enc', 'UTF-8', path.draft, '-']);
    const wanted = docs.draft.blocks.flatMap((block) => {
      if (block.type === 'heading') return [block.text];
      if (block.type === 'signature') return [block.agency, block.signerName, block.signerTitle];
      return [];
    });
    expect(wanted).toContain('José Núñez');
    expect(wanted).toContain('Phạm Thu Trang');
    for (const phrase of wanted) expect(text).toContain(phrase);
    expect(text).toContain('Nguyễn Thị Hoa’s “Redwood Light” Survivor Network');
    expect(text).toContain('Welfare and Institutions Code section 16524.8');
  });

  it('says DRAFT on every page of a draft and on no page of the final', async () => {
    const pages = layoutDocument(docs.draft, createMetrics(fonts)).pages.length;
    expect(pages).toBe(3);
    for (let page = 1; page <= pages; page++) {
      expect(await pageText(path.draft, page)).toContain('DRAFT');
      const final = await pageText(path.final, page);
      expect(final).not.toContain('DRAFT');
      expect(final).toContain(`Page ${page} of ${pages}`);
      expect(final).toContain('Mendocino County — CSEC Interagency Protocol');
    }
  });

  it('puts no running header on a cover, a page of its own, and its footer as on every page; in the Word file too (LibreOffice)', async () => {
    // Found by a review: the cover carried the header, above the title it repeats.
    const draft = everyNodeDocument('draft');
    const cover: MouDocument = { ...draft, blocks: [draft.blocks[0]!, { type: 'pageBreak' }, ...draft.blocks.slice(1)] };
    const pdf = join(dir, 'cover.pdf');
    await writeFile(pdf, (await renderPdf(cover, fonts)).bytes);
    const docx = join(dir, 'cover.docx');
    await writeFile(docx, await renderDocx(cover, fonts));
    const [word] = await convertWithLibreOffice(docx, join(dir, 'cover-word'));
    for (const file of [pdf, word!]) {
      const first = await pageText(file, 1);
      expect(first, file).not.toContain('Mendocino County — CSEC Interagency Protocol');
      expect(first, file).toMatch(/Page 1 of \d/);
      expect(await pageText(file, 2), file).toContain('Mendocino County — CSEC Interagency Protocol');
    }
  });

  it('shows the title, author, subject, keywords and page count in its properties (pdfinfo)', async () => {
    const info = await run(await poppler('pdfinfo'), [path.final]);
    const field = (name: string) => info.match(new RegExp(`^${name}:\\s+(.*)$`, 'm'))?.[1];
    expect(field('Title')).toBe(docs.final.meta.title);
    expect(field('Author')).toBe(docs.final.meta.author);
    expect(field('Subject')).toBe(docs.final.meta.subject);
    expect(field('Keywords')).toBe('CSEC, SB 855, MOU');
    expect(field('Creator')).toBe('CSEC Protocol & MOU Wizard');
    expect(field('Producer')).toBe('CSEC Protocol & MOU Wizard');
    expect(field('Pages')).toBe('3');
    expect(field('Page size')).toMatch(/^612 x 792 pts \(letter\)/);
  });

  it('has a bookmark for every heading, nested by level, opening the heading\'s page (qpdf --json)', async () => {
    const json = JSON.parse(await run(await qpdf(), ['--json', '--json-key=outlines', path.draft])) as { outlines: Bookmark[] };
    const tree = (marks: Bookmark[]): unknown[] => marks.map((mark) => [mark.title, mark.destpageposfrom1, ...(mark.kids.length ? [tree(mark.kids)] : [])]);
    expect(tree(json.outlines)).toEqual([
      ['1. Parties, purpose and legal authority', 2, [['1.1 Parties', 2]]],
      ['2. Definitions', 2, [['2.1.1 A note on words', 2]]],
      ['7. Multidisciplinary teams', 2],
      ['15. Signatures', 3],
    ]);
  });

  it('sets a combining mark over its letter in a text object of its own, and reads the words back whole (qpdf, pdftotext, pdfinfo -struct-text)', async () => {
    const plain = join(dir, 'letters-marks.pdf');
    await run(await qpdf(), ['--object-streams=disable', '--stream-data=uncompress', '--decode-level=generalized', path.letters, plain]);
    const content = (await readFile(plain)).toString('latin1');
    // Moved right, then back by as much: the mark has no width of its own. Raised over the k, then not.
    const moves = [...content.matchAll(/\[(-?\d+)\((?:[^()\\]|\\.){1,3}\)(-?\d+)\] TJ/g)];
    expect(moves.length).toBeGreaterThanOrEqual(5);
    for (const [, there, back] of moves) expect(Number(there)).toBe(-Number(back));
    expect(content).toMatch(/\) Tj\n\d+(\.\d+)? Ts\n\[-?\d+\(/);
    expect(content).toContain('] TJ\n0 Ts\n(');
    const words = MARKED_WORDS.normalize('NFC').split(' ');
    const text = await run(await poppler('pdftotext'), ['-enc', 'UTF-8', path.letters, '-']);
    for (const word of words.slice(0, 4)) expect(text).toContain(word);
    const structure = await run(await poppler('pdfinfo'), ['-struct-text', path.letters]);
    expect(structure).toContain(`"${MARKED_WORDS.normalize('NFC')}"`);
  });

  it('keeps parentheses and backslashes in a title and a bookmark of plain ASCII (pdfinfo, qpdf --json)', async () => {
    const info = await run(await poppler('pdfinfo'), [path.letters]);
    expect(info).toMatch(new RegExp(`^Title:\\s+${ESCAPES_TITLE.replace(/[()\\]/g, '\\$&')}$`, 'm'));
    const json = JSON.parse(await run(await qpdf(), ['--json', '--json-key=outlines', path.letters])) as { outlines: Bookmark[] };
    expect(json.outlines.map((mark) => mark.title)).toContain(ESCAPES_HEADING);
  });

  it('gives a bookmark the text its heading shows: composed, without the characters the page drops (qpdf --json)', async () => {
    const json = JSON.parse(await run(await qpdf(), ['--json', '--json-key=outlines', path.letters])) as { outlines: Bookmark[] };
    expect(json.outlines.at(-1)!.title).toBe('Salud Pública');
    expect(await run(await poppler('pdftotext'), [path.letters, '-'])).toContain('Salud Pública');
  });

  it('prints in its contents list the page each heading is on', async () => {
    const contents = await pageText(path.final, 1);
    for (const heading of layoutDocument(docs.final, createMetrics(fonts)).headings) {
      expect(await pageText(path.final, heading.page)).toContain(heading.text);
      expect(contents).toMatch(new RegExp(`${heading.text.replace(/[.]/g, '\\.')} \\.+ ${heading.page}\\b`));
    }
  });

  it('draws its letters: the signature page is not blank when rendered (pdftoppm)', async () => {
    const prefix = join(dir, 'page');
    await run(await poppler('pdftoppm'), ['-gray', '-r', '50', '-f', '3', '-l', '3', path.final, prefix]);
    const pgm = await readFile(`${prefix}-3.pgm`);
    // Binary PGM: "P5\n<width> <height>\n255\n" then one byte per pixel.
    const header = pgm.subarray(0, 20).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+255\s/)!;
    const pixels = pgm.subarray(header[0].length);
    const ink = pixels.filter((value) => value < 128).length;
    expect(pixels.length).toBe(Number(header[1]) * Number(header[2]));
    expect(ink).toBeGreaterThan(1500);
  });

  it('renders the adversarial document, showing U+FFFD for the characters the font lacks and reporting each once', async () => {
    expect(missing.hostile).toEqual(expect.arrayContaining(['👍', '\uFFFE', '\uD800', 'م', 'ש']));
    expect(new Set(missing.hostile).size).toBe(missing.hostile.length);
    expect(missing.hostile).not.toContain('\u0007');
    expect(missing.final).toEqual([]);
    const text = await run(await poppler('pdftotext'), ['-enc', 'UTF-8', path.hostile, '-']);
    const joined = text.replace(/\s+/g, ''); // both are broken across lines
    expect(joined).toMatch(/END-OF-?LONG/); // pdftotext drops a hyphen that ends a line
    expect(joined).toContain('END-OF-WORD');
    expect(text).toContain('Row 200');
    expect(text).toContain('\uFFFD');
    expect(text).not.toContain(EMOJI);
  });
});
