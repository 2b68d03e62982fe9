import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainText, prepareExport, type MouDocument } from '../../src/document';
import { describeRestoreError, restoreDraft } from '../../src/model';
import { renderPdf, type PdfFonts } from '../../src/render/pdf';
import { loadPdfFontsFromDisk } from '../../src/render/pdf/fonts-node';
import { everyNodeDocument } from '../support/documents';
import { ARABIC, HEBREW, hostileDocument } from '../support/hostile-document';
import { TODAY } from '../support/drafts';
import { findTool, run, runPythonJson } from '../support/interop';

/**
 * The tagged PDF (PDF/UA-1) read by other programs: Debian's pikepdf walks the structure tree and
 * every page's content (tests/interop/pdf_structure.py), and poppler's `pdfinfo -struct-text`
 * reads the text of each element in reading order.
 */
const CHECKER = fileURLToPath(new URL('./pdf_structure.py', import.meta.url));
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

interface Structure {
  problems: string[];
  untagged: number;
  artifacts: number;
  tagged: number;
  headings: number[];
  /** Each element that carries the text as typed: its type and that text. */
  actualTexts: [string, string][];
  /** Each element in a language of its own: its type and its /Lang. */
  langs: [string, string][];
  types: Record<string, number>;
  marked: boolean;
  lang: string;
  displayDocTitle: boolean;
  pdfua: string | null;
}

/** The text of each element whose type matches `type`, in tree order, as `pdfinfo -struct-text` prints it. */
function elementTexts(structText: string, type: RegExp): string[] {
  const lines = structText.split('\n');
  const texts: string[] = [];
  lines.forEach((line, i) => {
    const match = /^(\s*)(\w+)\b/.exec(line);
    if (!match || !type.test(match[2]!)) return;
    const parts: string[] = [];
    for (let j = i + 1; j < lines.length && lines[j]!.search(/\S/) > match[1]!.length; j++) {
      const quoted = /^\s*"(.*)"$/.exec(lines[j]!);
      if (quoted) parts.push(quoted[1]!);
    }
    texts.push(normalise(parts.join('')));
  });
  return texts;
}

const headingTexts = (structText: string) => elementTexts(structText, /^H[123]$/);

async function exampleDocument(name: string, final: boolean): Promise<MouDocument> {
  const restored = restoreDraft(await readFile(new URL(`../../examples/${name}.csecmou.json`, import.meta.url), 'utf8'));
  if (!restored.ok) throw new Error(describeRestoreError(restored.error));
  const prepared = prepareExport(restored.value.draft, { final, today: TODAY });
  if (!prepared.ok) throw new Error(`${name} should export`);
  return prepared.value;
}

/** Words a line breaks inside: after a hyphen or a slash, and a word wider than the line. */
const COMPOUNDS = 'trauma-informed, county-wide and/or victim-centered '.repeat(12).trim();
const LONG_WORD = `https://example.org/${'protocol'.repeat(30)}`;

/**
 * Every block type, a table long enough that its header row is repeated on later pages, and
 * paragraphs and a heading whose lines break inside words.
 */
function longTableDocument(): MouDocument {
  const doc = everyNodeDocument('draft');
  const cell = (text: string) => [{ type: 'text' as const, text }];
  doc.blocks.push({ type: 'heading', level: 2, text: `Where ${LONG_WORD} is kept` },
    { type: 'paragraph', style: 'body', content: cell(COMPOUNDS) }, { type: 'paragraph', style: 'body', content: cell(`See ${LONG_WORD} for more.`) });
  doc.blocks.push({ type: 'table', header: [cell('Row'), cell(''), cell('Text')], widths: [20, 10, 70],
    rows: Array.from({ length: 120 }, (_, i) => [cell(`Row ${i + 1}`), cell(''), cell(`Cell ${i + 1} `.repeat(i % 7 + 1))]) });
  return doc;
}

const CASES = [
  { name: 'the sample as a final MOU', doc: () => exampleDocument('complete-single-county', true), cover: true },
  { name: 'the blocked regional draft', doc: () => exampleDocument('draft-with-blocking-findings', false), cover: true },
  { name: 'every block type and a table across pages', doc: async () => longTableDocument(), cover: false },
];

describe.each(CASES)('the tagged PDF of $name', ({ doc: make, cover }) => {
  let dir: string;
  let doc: MouDocument;
  let structure: Structure;
  let structText: string;
  let fonts: PdfFonts;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pdf-structure-'));
    fonts = await loadPdfFontsFromDisk();
    doc = await make();
    const path = join(dir, 'mou.pdf');
    await writeFile(path, (await renderPdf(doc, fonts)).bytes);
    structure = await runPythonJson<Structure>(CHECKER, [path]);
    structText = await run(await findTool({ name: 'pdfinfo', candidates: ['/usr/bin/pdfinfo'], install: 'apt-get install poppler-utils' }), ['-struct-text', path]);
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('puts every piece of text and every painted form in one element or an artifact, claimed once in the parent tree', () => {
    expect(structure.problems).toEqual([]);
    expect(structure.untagged).toBe(0);
    expect(structure.tagged).toBeGreaterThan(20);
    // The running header, the page numbers (and a draft's DRAFT mark) are artifacts on every page,
    // never read as part of the element before them.
    expect(structure.artifacts).toBeGreaterThan(0);
    expect(structText).not.toMatch(/Page \d+ of \d+/);
  });

  it('has the headings of the document, in order, with their levels and their words', () => {
    // The title and the contents list's own heading are H1s too, where the document has them.
    const headings = doc.blocks.flatMap((block) => (block.type === 'heading' ? [{ level: block.level, text: block.text }]
      : block.type === 'title' ? [{ level: 1, text: block.text }] : block.type === 'toc' ? [{ level: 1, text: 'Contents' }] : []));
    expect(headings.filter((h) => h.text === 'Contents').length).toBe(doc.blocks.some((b) => b.type === 'toc') ? 1 : 0);
    expect(structure.headings).toEqual(headings.map((h) => h.level));
    expect(headingTexts(structText)).toEqual(headings.map((h) => normalise(h.text)));
  });

  it('reads a line broken inside a word as one word, and a line broken at a space with the space', () => {
    const paragraphs = elementTexts(structText, /^P$/);
    const texts = doc.blocks.flatMap((block) => (block.type === 'paragraph' ? [normalise(block.content.map((inline) => ('text' in inline ? inline.text : ' ')).join(''))] : []));
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(paragraphs).toContain(text);
  });

  it('reads each contents entry as its heading, a space and its page, the leader left out', () => {
    if (!doc.blocks.some((b) => b.type === 'toc')) return;
    const headings = doc.blocks.flatMap((b) => (b.type === 'heading' ? [normalise(b.text)] : []));
    const links = elementTexts(structText, /^Link$/);
    expect(links).toHaveLength(headings.length);
    links.forEach((link, i) => {
      expect(link.startsWith(`${headings[i]} `)).toBe(true);
      expect(link.slice(headings[i]!.length + 1)).toMatch(/^\d+$/);
    });
  });

  it('says it is tagged, in U.S. English, titled in the window, and claims PDF/UA-1', () => {
    expect(structure).toMatchObject({ marked: true, lang: 'en-US', displayDocTitle: true, pdfua: '1' });
    // Every character of these documents is in the font: no element needs its text as typed, but
    // for the drawn line of a signer's name or title left blank, which says what it is for.
    expect(structure.actualTexts.filter(([, text]) => !text.endsWith('to be filled in when signing'))).toEqual([]);
    // Every word is in the document's language: no element says another.
    expect(structure.langs).toEqual([]);
  });

  it('tags lists, tables with column headers, the contents as links, and signature blocks', () => {
    const has = (type: string) => structure.types[type] ?? 0;
    // Each kind is counted, not only compared, so that none can pass by being absent; where each
    // sits (LI in L, TOCI in TOC...) is among the problems the walk reports.
    const lists = doc.blocks.flatMap((b) => (b.type === 'list' ? [b] : []));
    expect(has('L')).toBe(lists.length);
    expect(has('LI')).toBe(lists.reduce((sum, list) => sum + list.items.length, 0));
    // A marker is a label; the Parties on the cover, centred lines without markers, have none.
    expect(has('Lbl')).toBe(lists.filter((list) => !list.centered).reduce((sum, list) => sum + list.items.length, 0));
    expect(has('LBody')).toBe(has('LI'));
    // The cover's Parties are a list whose items are their names.
    const parties = lists.find((list) => list.centered);
    expect(parties !== undefined).toBe(cover);
    if (parties) expect(elementTexts(structText, /^LBody$/)).toEqual(expect.arrayContaining(parties.items.map((item) => normalise(plainText(item)))));
    if (doc.blocks.some((b) => b.type === 'table')) expect(has('TH')).toBeGreaterThan(0);
    if (doc.blocks.some((b) => b.type === 'toc')) {
      // One list, and one inside the item of each heading that has headings under it in the list.
      const levels = doc.blocks.flatMap((b) => (b.type === 'heading' ? [b.level] : []));
      const withEntriesUnder = levels.filter((level, i) => i + 1 < levels.length && levels[i + 1]! > level).length;
      expect(withEntriesUnder).toBeGreaterThan(0);
      expect(has('TOC')).toBe(1 + withEntriesUnder);
      expect(has('TOCI')).toBeGreaterThan(0);
      expect(has('TOCI')).toBe(has('Link'));
    }
    const signatures = doc.blocks.flatMap((b) => (b.type === 'signature' ? [b] : []));
    if (signatures.length > 0) expect(has('Div')).toBe(signatures.length);
    // A name or title left blank is a drawn line, read as what it is for (the paragraph's ActualText).
    const blanks = signatures.flatMap((b) => [['Name', b.signerName], ['Title', b.signerTitle]]).filter(([, text]) => text!.trim() === '');
    expect(structure.actualTexts.filter(([, text]) => text.endsWith('to be filled in when signing'))).toEqual(blanks.map(([label]) => ['P', `${label}: to be filled in when signing`]));
    expect(structText).toMatch(/\/Scope \/Column/);
  });
});

describe('the tagged PDF of text the font cannot show', () => {
  it('keeps the text as typed on each element whose page shows replacement marks, for screen readers and copying', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pdf-structure-'));
    try {
      const path = join(dir, 'hostile.pdf');
      const doc = hostileDocument();
      const pdf = await renderPdf(doc, await loadPdfFontsFromDisk());
      expect(pdf.missingGlyphs).toEqual(expect.arrayContaining([...ARABIC.replace(/ /g, '')].slice(0, 3)));
      await writeFile(path, pdf.bytes);
      const structure = await runPythonJson<Structure>(CHECKER, [path]);
      expect(structure.problems).toEqual([]);
      // The subtitle lines in Arabic and Hebrew, whole; the emoji, in the paragraph they are in.
      expect(structure.actualTexts).toContainEqual(['P', ARABIC]);
      expect(structure.actualTexts).toContainEqual(['P', HEBREW]);
      expect(structure.actualTexts.some(([, text]) => text.includes('👍🏽'))).toBe(true);
      // Only where something was replaced: the text of plain lines is on the page as it is.
      expect(structure.actualTexts.every(([, text]) => /[^\u0020-\u024F\u2000-\u206F]/u.test(text) || text.endsWith('to be filled in when signing'))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
