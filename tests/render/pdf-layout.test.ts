import fontkit from '@pdf-lib/fontkit';
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Block, Inline, MouDocument } from '../../src/document';
import type { DocumentLayout } from '../../src/render/pdf';
import { renderDocx } from '../../src/render/docx';
import { createMetrics, layoutDocument, renderPdf } from '../../src/render/pdf';
import type { PdfFonts } from '../../src/render/pdf/faces';
import { loadPdfFontsFromDisk } from '../../src/render/pdf/fonts-node';
import { breakLines } from '../../src/render/pdf/line-break';
import type { Metrics } from '../../src/render/pdf/metrics';
import { parseFont } from '../../src/render/font/parsed';
import { subsetForPdf } from '../../src/render/pdf/font-subset';
import type { Slice } from '../../src/render/pdf/slices';
import { CONTENT_HEIGHT, CONTENT_WIDTH, TEXT } from '../../src/render/pdf/styles';
import { documentDate } from '../../src/document/view/text';
import { everyNodeDocument } from '../support/documents';
import { hostileDocument } from '../support/hostile-document';
import { unzipText } from '../support/zip';

const t = (text: string, extra: { bold?: boolean; italic?: boolean } = {}): Inline => ({ type: 'text', text, ...extra });
const para = (text: string): Block => ({ type: 'paragraph', style: 'body', content: [t(text)] });
const withBlocks = (blocks: Block[]): MouDocument => ({ ...everyNodeDocument(), blocks });
const SENTENCE = 'Each agency names a liaison who attends the team’s meetings and answers referrals within one business day. ';

const textOf = (slice: Slice) => slice.marks.flatMap((mark) => (mark.kind === 'text' ? [mark.text] : [])).join(' ');
const slicesOf = (layout: DocumentLayout) => layout.pages.flatMap((page, p) => page.placed.map((placed, i) => ({ ...placed, page: p, i, count: page.placed.length })));

describe('the PDF layout', () => {
  let fonts: PdfFonts;
  let metrics: Metrics;
  beforeAll(async () => {
    fonts = await loadPdfFontsFromDisk();
    metrics = createMetrics(fonts);
  });
  afterEach(() => vi.useRealTimers());

  const layout = (blocks: Block[]) => layoutDocument(withBlocks(blocks), metrics);
  /** A body paragraph of exactly `count` lines. */
  const lines = (count: number, tag = ''): Block => {
    const broken = wrap([t(`${tag}${SENTENCE.repeat(count)}`)]).slice(0, count);
    return para(broken.map(lineText).join(' '));
  };
  const wrap = (content: Inline[], width = CONTENT_WIDTH, missing = new Set<string>()) =>
    breakLines(content, { face: 'regular', size: 11, width }, metrics, missing);
  const lineText = (line: { fragments: { text: string }[] }) => line.fragments.map((f) => f.text).join('');

  describe('line breaking', () => {
    it('never ends a line inside a date between its month and its day, as the documents write dates', () => {
      const date = documentDate('2026-01-01');
      let beforeYear = 0;
      for (let width = 60; width <= 260; width += 2) {
        const lines = wrap([t(`This memorandum takes effect on ${date}.`)], width).map(lineText);
        expect(lines.some((line) => line.endsWith('January')), `at ${width} pt`).toBe(false);
        if (lines.some((line) => line.endsWith('January\u00a01,'))) beforeYear++;
      }
      // A line may still end after the comma, as in print.
      expect(beforeYear).toBeGreaterThan(0);
    });

    it('fills lines up to the width of the text area and loses no word', () => {
      const text = SENTENCE.repeat(6).trim();
      const broken = wrap([t(text)]);
      expect(broken.length).toBeGreaterThan(3);
      for (const line of broken) expect(line.width).toBeLessThanOrEqual(CONTENT_WIDTH);
      expect(broken.map(lineText).join(' ')).toBe(text);
      // Greedy filling: the next line's first word would not have fitted on this one.
      for (let i = 0; i + 1 < broken.length; i++) {
        const nextWord = lineText(broken[i + 1]!).split(' ')[0]!;
        expect(broken[i]!.width + metrics.width(` ${nextWord}`, 'regular', 11)).toBeGreaterThan(CONTENT_WIDTH);
      }
    });

    it('breaks a word longer than the line between characters, keeping accents on their letters', () => {
      // q and an acute accent: Unicode has no composed letter for it, so the two stay apart.
      const word = 'Nq\u0301'.repeat(400);
      const broken = wrap([t(word)], 200);
      expect(broken.length).toBeGreaterThan(5);
      for (const line of broken) {
        expect(line.width).toBeLessThanOrEqual(200);
        expect(lineText(line)).not.toMatch(/^\u0301/);
      }
      expect(broken.map(lineText).join('')).toBe(word);
    });

    it('sets a letter and its accents typed apart as the composed letter, as if typed so', () => {
      const apart = 'JOSE\u0301 NU\u0301N\u0303EZ, A\u030Angstro\u0308m, Nguye\u0302\u0303n, Tra\u0302\u0300n';
      const composed = 'JOSÉ NÚÑEZ, Ångström, Nguyễn, Trần';
      expect(apart).not.toBe(composed);
      const missing = new Set<string>();
      expect(wrap([t(apart)], CONTENT_WIDTH, missing)).toEqual(wrap([t(composed)]));
      expect(lineText(wrap([t(apart)])[0]!)).toBe(composed);
      expect([...missing]).toEqual([]);
    });

    it('starts a new line at a break inline and at a typed newline', () => {
      expect(wrap([t('First line'), { type: 'break' }, t('second line\nthird')]).map(lineText)).toEqual(['First line', 'second line', 'third']);
    });

    it('keeps a word in one piece across a change of face, with each fragment in its own face', () => {
      const [line] = wrap([t('CSEC', { bold: true }), t(': a child'), t(' exploited', { italic: true })]);
      expect(line!.fragments.map((f) => [f.text, f.face])).toEqual([['CSEC', 'bold'], [': a child', 'regular'], [' exploited', 'italic']]);
      expect(line!.fragments[1]!.x).toBeCloseTo(line!.fragments[0]!.width, 5);
    });

    it('may break after a hyphen in a word but not inside a date', () => {
      const width = metrics.width('aaaa county-', 'regular', 11) + 1;
      expect(wrap([t('aaaa county-wide')], width).map(lineText)).toEqual(['aaaa county-', 'wide']);
      expect(wrap([t('aaaa 2026-11-28')], metrics.width('aaaa 2026-11-', 'regular', 11) + 1).map(lineText)).toEqual(['aaaa', '2026-11-28']);
    });

    it('breaks after a hyphen that follows any letter, accented ones too, and collapses a run of spaces to one', () => {
      const width = metrics.width('aaaa café-', 'regular', 11) + 1;
      expect(wrap([t('aaaa café-society')], width).map(lineText)).toEqual(['aaaa café-', 'society']);
      // Room for "aaaa §-" and for "§-society", not for both: the section sign is no letter.
      const room = Math.max(metrics.width('aaaa §-', 'regular', 11), metrics.width('§-society', 'regular', 11)) + 1;
      expect(room).toBeLessThan(metrics.width('aaaa §-society', 'regular', 11));
      expect(wrap([t('aaaa §-society')], room).map(lineText)).toEqual(['aaaa', '§-society']);
      // Spaces across two runs are one space too, in the face of the later run.
      expect(wrap([t('one   two '), t('  three', { bold: true })]).map((line) => line.fragments.map((f) => f.text))).toEqual([['one two', ' three']]);
    });

    // The breaker is WebAssembly with memory of its own (line-break-wasm.ts): a block larger than
    // that memory makes it grow, which must lose nothing, and nothing may carry over to the next.
    it('breaks a paragraph of half a million characters, and the next one as if it came first', () => {
      const small = [t(SENTENCE.repeat(3).trim())];
      const before = wrap(small);
      const text = SENTENCE.repeat(5000).trim();
      const broken = wrap([t(text)]);
      expect(broken.length).toBeGreaterThan(5000);
      for (const line of broken) expect(line.width).toBeLessThanOrEqual(CONTENT_WIDTH);
      expect(broken.map(lineText).join(' ')).toBe(text);
      expect(wrap(small)).toEqual(before);
    });

    it('measures with the fonts it is given each time, not those of the text before', () => {
      const boldAsRegular = createMetrics({ ...fonts, regular: fonts.bold });
      const [inBold] = breakLines([t('Probation')], { face: 'regular', size: 11, width: CONTENT_WIDTH }, boldAsRegular, new Set());
      expect(inBold!.width).toBeCloseTo(metrics.width('Probation', 'bold', 11), 9);
      expect(wrap([t('Probation')])[0]!.width).toBeCloseTo(metrics.width('Probation', 'regular', 11), 9);
      expect(inBold!.width).not.toBeCloseTo(metrics.width('Probation', 'regular', 11), 3);
    });

    it('replaces characters the font lacks with U+FFFD and reports each once; drops control characters', () => {
      const missing = new Set<string>();
      const [line] = wrap([t('a😀b\u0007c\u200fd😀 中')], CONTENT_WIDTH, missing);
      expect(lineText(line!)).toBe('a\ufffdbcd\ufffd \ufffd');
      expect([...missing]).toEqual(['😀', '中']);
    });
  });

  describe('pagination', () => {
    // Filler of every length from 1 to 45 lines pushes what follows through every position on the page.
    const shifted = (after: Block[]) => Array.from({ length: 45 }, (_, n) => layout([lines(n + 1, 'FILLER '), ...after]));

    it('never leaves a heading at the foot of a page: it goes with the next two lines', () => {
      for (const laid of shifted([{ type: 'heading', level: 1, text: 'HEAD' }, lines(8)])) {
        const all = slicesOf(laid);
        const heading = all.find((s) => s.slice.role === 'heading')!;
        const after = all.filter((s) => s.slice.block === 2);
        expect(heading.i).toBeLessThan(heading.count - 1);
        expect(after[0]!.page).toBe(heading.page);
        expect(after[1]!.page).toBe(heading.page);
      }
    });

    it('leaves no single line of a paragraph alone at the foot or the head of a page', () => {
      let splits = 0;
      for (const laid of shifted([lines(7), lines(2), lines(3), lines(12)])) {
        for (const block of [1, 2, 3, 4]) {
          const onPage = new Map<number, number>();
          for (const s of slicesOf(laid).filter((s) => s.slice.block === block)) onPage.set(s.page, (onPage.get(s.page) ?? 0) + 1);
          if (onPage.size > 1) splits++;
          for (const count of onPage.size > 1 ? onPage.values() : []) expect(count).toBeGreaterThanOrEqual(2);
          if (block === 2 || block === 3) expect(onPage.size).toBe(1); // two or three lines cannot be split at all
        }
      }
      expect(splits).toBeGreaterThan(10); // the rule was put to the test
    });

    it('keeps a paragraph that leads into a list with the list\'s first item', () => {
      for (const laid of shifted([lines(4), { type: 'list', ordered: true, items: [[t('first')], [t('second')]] }])) {
        const all = slicesOf(laid);
        const lead = all.filter((s) => s.slice.block === 1).at(-1)!;
        const item = all.find((s) => s.slice.block === 2)!;
        expect(item.page).toBe(lead.page);
      }
    });

    it('repeats the header row of a table at the top of every page the table reaches', () => {
      const rows = Array.from({ length: 200 }, (_, i) => [[t(`Row ${i + 1}`)], [t(i % 7 === 0 ? SENTENCE.repeat(3) : 'short')]]);
      const laid = layout([lines(5), { type: 'table', header: [[t('Number')], [t('Text')]], rows, widths: [25, 75] }]);
      const tablePages = laid.pages.filter((page) => page.placed.some((p) => p.slice.role === 'tableRow'));
      expect(tablePages.length).toBeGreaterThan(4);
      for (const page of tablePages) {
        const first = page.placed.find((p) => p.slice.block === 1)!;
        expect(first.slice.role).toBe('tableHeader');
        expect(textOf(first.slice)).toBe('Number Text');
      }
      const rowTexts = slicesOf(laid).filter((s) => s.slice.role === 'tableRow').map((s) => textOf(s.slice).split(' ').slice(0, 2).join(' '));
      expect(rowTexts).toEqual(rows.map((_, i) => `Row ${i + 1}`));
    });

    it('cuts a table row taller than a page between lines, and only such a row', () => {
      const laid = layout([{ type: 'table', header: [[t('H')]], rows: [[[t('small')]], [[t(SENTENCE.repeat(60))]]], widths: [100] }]);
      const rows = slicesOf(laid).filter((s) => s.slice.role === 'tableRow');
      expect(rows.length).toBeGreaterThan(2);
      for (const row of rows) expect(row.top + row.slice.height).toBeLessThanOrEqual(CONTENT_HEIGHT + 0.01);
    });

    it('keeps a heading with the start of a table whose first row would not fit after it on any page: the row is cut there', () => {
      // A first row a few lines short of a page: with the heading and the header row above it, it
      // fits no page, so before, the heading stayed at the foot of one page and the table began on the next.
      const row = [[t('Blocking')], [t(SENTENCE.repeat(95))]];
      const table: Block = { type: 'table', header: [[t('Kind')], [t('Finding')]], rows: [row, [[t('Warning')], [t('short')]]], widths: [20, 80] };
      let cut = 0;
      for (const laid of shifted([{ type: 'heading', level: 1, text: 'HEAD' }, table])) {
        const all = slicesOf(laid);
        const heading = all.find((s) => s.slice.role === 'heading')!;
        const header = all.find((s) => s.slice.role === 'tableHeader')!;
        const rows = all.filter((s) => s.slice.role === 'tableRow');
        expect(heading.i).toBeLessThan(heading.count - 1);
        expect([header.page, rows[0]!.page]).toEqual([heading.page, heading.page]);
        for (const placed of all) expect(placed.top + placed.slice.height).toBeLessThanOrEqual(CONTENT_HEIGHT + 0.01);
        // Nothing of the row is lost or set twice: its pieces read as the row does.
        expect(rows.slice(0, -1).map((r) => textOf(r.slice)).join(' ').replace(/^Blocking /, '').replace(/ +/g, ' ')).toBe(SENTENCE.repeat(95).trim().replace(/ +/g, ' '));
        if (rows.length > 2) cut++;
      }
      expect(cut).toBeGreaterThan(40);
    });

    it('never splits a signature block; one that does not fit moves whole to the next page', () => {
      let moved = 0;
      for (const laid of shifted([{ type: 'signature', agency: 'Mendocino County Probation Department', county: 'Mendocino', signerName: 'José Núñez', signerTitle: 'Chief Probation Officer' }])) {
        const signatures = slicesOf(laid).filter((s) => s.slice.role === 'signature');
        expect(signatures).toHaveLength(1);
        const [signature] = signatures;
        expect(signature!.top + signature!.slice.height).toBeLessThanOrEqual(CONTENT_HEIGHT);
        expect(textOf(signature!.slice)).toContain('José Núñez');
        if (signature!.page > 0 && signature!.i === 0) moved++;
      }
      expect(moved).toBeGreaterThan(0);
    });

    it('keeps a signature block marked so on the page of the next: a Board chair’s block and its clerk’s attestation', () => {
      const chair: Block = { type: 'signature', agency: 'Modoc County Board of Supervisors', county: '', signerName: '', signerTitle: 'Chair, Board of Supervisors', keepWithNext: true };
      const clerk: Block = { type: 'signature', agency: 'Attest: Clerk of the Modoc County Board of Supervisors', county: '', signerName: '', signerTitle: 'Clerk of the Board' };
      let parted = 0;
      for (const laid of shifted([chair, clerk])) {
        const [first, second] = slicesOf(laid).filter((s) => s.slice.role === 'signature');
        expect(second!.page).toBe(first!.page);
        if (first!.i === 0 && first!.page > 0) parted++;
      }
      // Some fillers leave room for the chair alone: it went over with the clerk.
      expect(parted).toBeGreaterThan(0);
      // Unmarked, the same blocks part at some filler: the test above can tell.
      const unmarked = shifted([{ ...chair, keepWithNext: undefined }, clerk]).filter((laid) => {
        const [first, second] = slicesOf(laid).filter((s) => s.slice.role === 'signature');
        return first!.page !== second!.page;
      });
      expect(unmarked.length).toBeGreaterThan(0);
    });

    it('keeps a lead-in paragraph on the page of the block after it: an agency’s roles line with its responsibilities', () => {
      const heading: Block = { type: 'heading', level: 2, text: 'Modoc County Probation Department' };
      const roles: Block = { type: 'paragraph', style: 'body', content: [t('County probation department', { italic: true })], keepWithNext: true };
      const text = para('Probation assigns a CSEC liaison to every youth under its supervision who is identified, and takes part in each MDT tier.');
      const page = (laid: DocumentLayout, words: string) => slicesOf(laid).find((s) => textOf(s.slice).includes(words))!.page;
      for (const laid of shifted([heading, roles, text])) {
        expect(page(laid, 'County probation department')).toBe(page(laid, 'Probation assigns'));
        expect(page(laid, 'Modoc County Probation')).toBe(page(laid, 'Probation assigns'));
      }
      // Unmarked, the roles line ends a page at some filler, alone with its heading: the test above can tell.
      const unmarked = shifted([heading, { ...roles, keepWithNext: undefined }, text])
        .filter((laid) => page(laid, 'County probation department') !== page(laid, 'Probation assigns'));
      expect(unmarked.length).toBeGreaterThan(0);
    });

    it('starts a new page at a page break, and two breaks in a row do not leave a page empty', () => {
      const laid = layout([para('one'), { type: 'pageBreak' }, { type: 'pageBreak' }, para('two'), { type: 'pageBreak' }]);
      expect(laid.pages.map((page) => page.placed.map((p) => textOf(p.slice)))).toEqual([['one'], ['two']]);
    });

    it('says a cover’s list in other words when it would run the cover past its page, and only then, in the PDF and the Word file alike', async () => {
      const cover = (count: number): Block[] => [
        { type: 'title', text: 'Mendocino-Lake Regional Interagency Protocol', subtitle: ['Mendocino and Lake counties'] },
        { type: 'list', ordered: false, centered: true, items: Array.from({ length: count }, (_, i) => [t(`Party number ${i + 1}`)]), instead: [t(`The ${count} Parties are named in Section 1.`)] },
        { type: 'pageBreak' },
        { type: 'heading', level: 1, text: '1. Parties' },
      ];
      const few = layout(cover(5));
      expect(few.blocks).toEqual(withBlocks(cover(5)).blocks);
      expect(few.pages[0]!.placed.map((p) => textOf(p.slice))).toContain('Party number 5');

      // Found by a review: a regional protocol's 22 Parties ran the cover onto a second page.
      const many = layout(cover(60));
      expect(many.blocks[1]).toEqual({ type: 'paragraph', style: 'center', content: [t('The 60 Parties are named in Section 1.')] });
      const pages = many.pages.map((page) => page.placed.map((p) => textOf(p.slice)));
      expect(pages).toHaveLength(2);
      expect(pages[0]).toContain('The 60 Parties are named in Section 1.');
      expect(pages[0]!.join(' ')).not.toContain('Party number');
      expect(pages[1]).toEqual(['1. Parties']);
      expect(many.headings.map((heading) => heading.page)).toEqual([2]);
      const word = unzipText(await renderDocx(withBlocks(cover(60)), fonts)).get('word/document.xml')!;
      expect(word).toContain('The 60 Parties are named in Section 1.');
      expect(word).not.toContain('Party number 60');
    });

    it('keeps every slice inside the text area and places each exactly once', () => {
      const doc = everyNodeDocument();
      const laid = layoutDocument({ ...doc, blocks: Array.from({ length: 12 }, () => doc.blocks.slice(3)).flat() }, metrics);
      for (const page of laid.pages) {
        for (const { slice, top } of page.placed) expect(top + slice.height).toBeLessThanOrEqual(CONTENT_HEIGHT + 0.01);
      }
      const signatures = slicesOf(laid).filter((s) => s.slice.role === 'signature');
      expect(signatures).toHaveLength(24);
    });
  });

  describe('the contents list', () => {
    it('lists every heading with the page it landed on', () => {
      const doc = everyNodeDocument();
      const laid = layoutDocument({ ...doc, blocks: [...doc.blocks.slice(0, 3), lines(40), ...doc.blocks.slice(3)] }, metrics);
      const entries = laid.pages[0]!.placed.filter((p) => p.slice.role === 'toc' && p.slice.links).map((p) => textOf(p.slice));
      expect(laid.headings.map((h) => h.page)).toEqual([3, 3, 3, 3, 3, 4]);
      expect(entries.map((entry) => entry.replace(/ \.+ /, ' '))).toEqual(laid.headings.map((h) => `${h.text} ${h.page}`));
    });

    it('leaves the title’s space below “Contents”, and each entry’s own space between entries', () => {
      const laid = layoutDocument(everyNodeDocument(), metrics);
      const toc = slicesOf(laid).filter((s) => s.slice.role === 'toc');
      const gap = (i: number) => toc[i + 1]!.top - (toc[i]!.top + toc[i]!.slice.height);
      expect(gap(0)).toBeCloseTo(TEXT.tocTitle.spaceAfter);
      expect(gap(1)).toBeCloseTo(TEXT.tocEntry.spaceAfter);
    });

    it('takes the entry before the last to the next page with it, never the last alone', () => {
      const doc = everyNodeDocument();
      const withHeadings = (count: number): Block[] => [doc.blocks[1]!, { type: 'pageBreak' },
        ...Array.from({ length: count }, (_, i): Block => ({ type: 'heading', level: 1, text: `Heading ${i + 1}` }))];
      // The fewest headings whose list runs on to a second page: without the rule, the last entry alone.
      let count = 10;
      let toc = slicesOf(layoutDocument({ ...doc, blocks: withHeadings(count) }, metrics)).filter((s) => s.slice.role === 'toc');
      while (toc.at(-1)!.page === toc[0]!.page && count < 200) {
        count++;
        toc = slicesOf(layoutDocument({ ...doc, blocks: withHeadings(count) }, metrics)).filter((s) => s.slice.role === 'toc');
      }
      const onLastPage = toc.filter((s) => s.page === toc.at(-1)!.page).map((s) => textOf(s.slice));
      expect(onLastPage.map((text) => text.replace(/ \.+ \d+$/, ''))).toEqual([`Heading ${count - 1}`, `Heading ${count}`]);
    });

    it('runs an entry taller than a page on to the next page line by line, inside the text area, its page number on its last line', () => {
      const doc = everyNodeDocument();
      const long = `https://example.org/${'a-very-long-pasted-address/'.repeat(120)}`;
      const blocks: Block[] = [doc.blocks[1]!, { type: 'pageBreak' }, { type: 'heading', level: 1, text: 'Short' }, { type: 'heading', level: 1, text: long }, { type: 'heading', level: 1, text: 'After' }];
      const laid = layoutDocument({ ...doc, blocks }, metrics);
      const toc = slicesOf(laid).filter((s) => s.slice.role === 'toc');
      expect(new Set(toc.map((s) => s.page)).size).toBeGreaterThan(1);
      for (const { slice, top } of toc) expect(top + slice.height).toBeLessThanOrEqual(CONTENT_HEIGHT + 0.01);
      const texts = toc.map((s) => textOf(s.slice));
      expect(texts[1]).toMatch(/^Short \.+ \d+$/);
      expect(texts.at(-1)).toMatch(/^After \.+ \d+$/);
      expect(texts.at(-2)).toMatch(new RegExp(`\\.+ ${laid.headings[1]!.page}$`));
      expect(texts.slice(2, -1).join('').replace(/ \.+ \d+$/, '')).toBe(long);
    });
  });

  describe('the file', () => {
    it('gives the same bytes for the same document, whenever it is rendered', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(new Date('2030-01-01T10:00:00Z'));
      const first = await renderPdf(everyNodeDocument(), fonts);
      vi.setSystemTime(new Date('2031-06-15T17:45:13Z'));
      const second = await renderPdf(everyNodeDocument(), fonts);
      expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
      const pdf = await PDFDocument.load(first.bytes, { updateMetadata: false });
      expect(pdf.getCreationDate()?.toISOString()).toBe('2026-11-28T00:00:00.000Z');
      expect(pdf.getModificationDate()?.toISOString()).toBe('2026-11-28T00:00:00.000Z');
    });

    it('gives the same bytes whatever was rendered before, and alongside another document (the parsed fonts are shared)', async () => {
      const alone = await renderPdf(everyNodeDocument(), fonts);
      const [, alongside] = await Promise.all([renderPdf(hostileDocument(), fonts), renderPdf(everyNodeDocument(), fonts)]);
      expect(Buffer.from(alongside.bytes).equals(Buffer.from(alone.bytes))).toBe(true);
    });

    it('never changes the fonts it is given, even as Node Buffers (whose slice() does not copy)', async () => {
      const asBuffers = Object.fromEntries(Object.entries(fonts).map(([face, bytes]) => [face, Buffer.from(bytes)])) as unknown as PdfFonts;
      const before = Object.values(asBuffers).map((bytes) => Buffer.from(bytes));
      const expected = await renderPdf(everyNodeDocument(), fonts);
      const fromBuffers = await renderPdf(everyNodeDocument(), asBuffers);
      await renderDocx(everyNodeDocument(), asBuffers);
      Object.values(asBuffers).forEach((bytes, i) => expect(Buffer.from(bytes).equals(before[i]!)).toBe(true));
      expect(Buffer.from(fromBuffers.bytes).equals(Buffer.from(expected.bytes))).toBe(true);
    });

    it('paints the DRAFT mark on every page of a draft from one form XObject, and none on the final', async () => {
      const forms = async (doc: MouDocument) => {
        const pdf = await PDFDocument.load((await renderPdf(doc, fonts)).bytes);
        const count = pdf.context.enumerateIndirectObjects()
          .filter(([, object]) => object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype'))?.toString() === '/Form').length;
        const contents = pdf.getPages().map((page) => {
          const refs = page.node.Contents();
          const ref = refs instanceof PDFArray ? refs.get(0) : refs;
          return Buffer.from(decodePDFRawStream(pdf.context.lookup(ref) as PDFRawStream).decode()).toString('latin1');
        });
        return { count, contents };
      };
      const draft = await forms(everyNodeDocument('draft'));
      expect(draft.count).toBe(1);
      for (const content of draft.contents) expect(content.startsWith('/Artifact BMC\n/Wm Do\n')).toBe(true);
      const final = await forms(everyNodeDocument('final'));
      expect(final.count).toBe(0);
      for (const content of final.contents) expect(content).not.toContain(' Do\n');
    });

    it('embeds subsets whose every glyph is one of the font’s own (fontkit’s short-loca bug would garble them)', async () => {
      const { bytes } = await renderPdf(everyNodeDocument(), fonts);
      const pdf = await PDFDocument.load(bytes);
      const original = fontkit.create(fonts.regular);
      // Garbled glyphs match no glyph of the font (accents are separate glyphs, parts of composite letters).
      const known = new Set(Array.from({ length: original.numGlyphs }, (_, id) => original.getGlyph(id).path.toSVG()));
      const programs = pdf.context.enumerateIndirectObjects()
        .map(([, object]) => object)
        .filter((object): object is PDFDict => object instanceof PDFDict && object.get(PDFName.of('FontName'))?.toString() === '/CSECMA+NotoSerif-Regular')
        .map((descriptor) => pdf.context.lookup(descriptor.get(PDFName.of('FontFile2')) as PDFRef))
        .filter((stream): stream is PDFRawStream => stream instanceof PDFRawStream);
      expect(programs).toHaveLength(1);
      const subset = fontkit.create(decodePDFRawStream(programs[0]!).decode());
      expect(subset.numGlyphs).toBeGreaterThan(40);
      let inked = 0;
      for (let id = 1; id < subset.numGlyphs; id++) {
        const svg = subset.getGlyph(id).path.toSVG();
        if (svg !== '') inked++;
        if (svg !== '') expect(known.has(svg), `glyph ${id}`).toBe(true);
      }
      expect(inked).toBeGreaterThan(40);
    });

    it('links each entry of the contents list to its heading\'s page', async () => {
      const { bytes } = await renderPdf(everyNodeDocument(), fonts);
      const pdf = await PDFDocument.load(bytes);
      const pageRefs = pdf.getPages().map((page) => page.ref.toString());
      const annots = pdf.getPage(0).node.Annots();
      const targets = (annots?.asArray() ?? []).map((ref) => {
        const link = pdf.context.lookup(ref, PDFDict);
        return pageRefs.indexOf(link.lookup(PDFName.of('Dest'), PDFArray).get(0).toString()) + 1;
      });
      expect(targets).toEqual(layoutDocument(everyNodeDocument(), metrics).headings.map((h) => h.page));
    });

    it('subsets a face glyph for glyph: outlines, advances, and the parts of accented letters renumbered', () => {
      const original = fontkit.create(fonts.bold);
      const chars = [...'Aé ŒÅ&ﬁ'];
      const glyphs = [0, ...chars.map((char) => original.glyphForCodePoint(char.codePointAt(0)!).id)];
      const subset = fontkit.create(subsetForPdf(parseFont(fonts.bold), glyphs));
      // é and Å are drawn from a base letter and an accent, which come after the glyphs asked for.
      expect(subset.numGlyphs).toBeGreaterThan(glyphs.length);
      glyphs.forEach((id, i) => {
        expect(subset.getGlyph(i).path.toSVG(), `glyph ${id}`).toBe(original.getGlyph(id).path.toSVG());
        expect(subset.getGlyph(i).advanceWidth, `glyph ${id}`).toBe(original.getGlyph(id).advanceWidth);
      });
      expect(subset.getGlyph(2).path.toSVG().length).toBeGreaterThan(0);
    });

    it('says how to load the fonts when they are missing', async () => {
      await expect(renderPdf(everyNodeDocument(), { ...fonts, italic: new Uint8Array() })).rejects.toThrow(/italic font is missing.*loadPdfFonts/);
    });
  });
});
