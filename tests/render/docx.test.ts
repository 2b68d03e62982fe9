import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Block, MouDocument } from '../../src/document';
import { renderDocx } from '../../src/render/docx';
import { createMetrics, layoutDocument } from '../../src/render/pdf';
import { SIGNATURE, TITLE_BLOCK } from '../../src/render/pdf/styles';
import { everyNodeDocument } from '../support/documents';
import { testFonts } from '../support/fonts';
import { docxParts, elements, paragraphs, part } from '../support/docx-xml';
import { unzip } from '../support/zip';

const withBlocks = (blocks: Block[], doc: MouDocument = everyNodeDocument()): MouDocument => ({ ...doc, blocks });
const text = (value: string) => [{ type: 'text' as const, text: value }];

describe('the DOCX writer', () => {
  let draft: Map<string, string>;
  let body: string;
  beforeAll(async () => {
    draft = await docxParts(everyNodeDocument('draft'));
    body = part(draft, 'word/document.xml');
  });
  afterEach(() => vi.useRealTimers());

  it('gives the same bytes for the same document, whenever it is rendered', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-01T10:00:00Z'));
    const first = await renderDocx(everyNodeDocument(), await testFonts());
    vi.setSystemTime(new Date('2031-06-15T17:45:13Z'));
    const second = await renderDocx(everyNodeDocument(), await testFonts());
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it("stamps every file in the zip with the document's date, not the time it was rendered", async () => {
    const stamps = new Set(unzip(await renderDocx(everyNodeDocument(), await testFonts())).map((entry) => `${entry.dosDate}/${entry.dosTime}`));
    expect([...stamps]).toEqual([`${((2026 - 1980) << 9) | (11 << 5) | 28}/0`]);
  });

  it("writes the title and headings with Word's own Title and Heading 1–3 styles, in order", () => {
    const outline = paragraphs(body).filter((p) => /^(Title|Heading\d)$/.test(p.style)).map((p) => [p.style, p.text]);
    expect(outline).toEqual([
      ['Title', 'Interagency Protocol for Commercially Sexually Exploited Children'],
      ['Heading1', '1. Parties, purpose and legal authority'],
      ['Heading2', '1.1 Parties'],
      ['Heading1', '2. Definitions'],
      ['Heading3', '2.1.1 A note on words'],
      ['Heading1', '7. Multidisciplinary teams'],
      ['Heading1', '15. Signatures'],
    ]);
    expect(paragraphs(body).filter((p) => p.style === 'Subtitle').map((p) => p.text)).toEqual(['Mendocino County', 'Memorandum of Understanding']);
  });

  it('sets the cover as the PDF does: no space above the title, the subtitle gap above the first subtitle only, and the title block’s space below its last', () => {
    const cover = body.match(/<w:p><w:pPr><w:pStyle w:val="(?:Title|Subtitle)"\/>(?:<w:spacing[^>]*\/>)?/g) ?? [];
    expect(cover).toEqual([
      '<w:p><w:pPr><w:pStyle w:val="Title"/><w:spacing w:before="0"/>',
      '<w:p><w:pPr><w:pStyle w:val="Subtitle"/>',
      `<w:p><w:pPr><w:pStyle w:val="Subtitle"/><w:spacing w:after="${TITLE_BLOCK.spaceAfter * 20}" w:before="0"/>`,
    ]);
    const subtitle = elements(part(draft, 'word/styles.xml'), 'w:style').find((style) => style.includes('w:styleId="Subtitle"'));
    expect(subtitle).toContain(`w:before="${TITLE_BLOCK.subtitleGap * 20}"`);
  });

  it('gives a cover a header of its own, empty and without the running header’s rule, which Word and LibreOffice would draw across the cover', async () => {
    const parts = await docxParts(withBlocks([
      { type: 'title', text: 'Glenn-Tehama Regional Interagency Protocol', subtitle: ['Glenn and Tehama counties'] },
      { type: 'pageBreak' },
      { type: 'heading', level: 1, text: '1. Parties' },
    ]));
    const document = part(parts, 'word/document.xml');
    expect(document).toContain('<w:titlePg/>');
    const headerOf = (type: string) => {
      const id = document.match(new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"/>`))![1]!;
      const target = part(parts, 'word/_rels/document.xml.rels').match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))![1]!;
      return part(parts, `word/${target}`);
    };
    const cover = headerOf('first');
    expect(paragraphs(cover).map((p) => p.text)).toEqual(['']);
    expect(cover).toMatch(/<w:pBdr><w:bottom w:val="none"[^>]*\/><\/w:pBdr>/);
    // Every other page keeps the rule under its running header, from the style.
    expect(headerOf('default')).not.toContain('<w:pBdr>');
    expect(elements(part(parts, 'word/styles.xml'), 'w:style').find((style) => style.includes('w:styleId="Header"'))).toMatch(/<w:pBdr><w:bottom w:val="single"/);
  });

  it('defines every style it uses in styles.xml, with heading outline levels for the navigation pane', () => {
    const styles = part(draft, 'word/styles.xml');
    const used = new Set([...draft.values()].flatMap((xml) => [...xml.matchAll(/<w:[pr]Style w:val="([^"]+)"/g)].map((m) => m[1]!)));
    for (const id of used) expect(styles, `style ${id}`).toContain(`w:styleId="${id}"`);
    // Every style a style is based on, is followed by or is linked to is defined too.
    const referred = [...styles.matchAll(/<w:(?:basedOn|next|link) w:val="([^"]+)"/g)].map((m) => m[1]!);
    expect(referred).toContain('DefaultParagraphFont');
    for (const id of new Set(referred)) expect(styles, `style ${id}`).toContain(`w:styleId="${id}"`);
    for (const [id, level] of [['Heading1', 0], ['Heading2', 1], ['Heading3', 2]] as const) {
      expect(elements(styles, 'w:style').find((s) => s.includes(`w:styleId="${id}"`))).toContain(`<w:outlineLvl w:val="${level}"/>`);
    }
    expect(paragraphs(body).find((p) => p.text.startsWith('First line'))?.style).toBe('Note');
    expect(paragraphs(body).find((p) => p.text.startsWith('This protocol'))?.style).toBe('BodyText');
  });

  it('keeps bold and italic runs and turns break inlines into line breaks', () => {
    expect(body).toMatch(/<w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t xml:space="preserve">Welfare and Institutions Code section 16524.8</);
    expect(body).toMatch(/<w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">CSEC</);
    expect(paragraphs(body).find((p) => p.style === 'Note')?.text).toBe('First line typed by the user\nsecond line, with {{braces}}, # and <angle> & ampersand.');
  });

  it('starts every numbered list at 1 and bullets the unordered ones', async () => {
    const list = (ordered: boolean): Block => ({ type: 'list', ordered, items: [text('a'), text('b')] });
    const parts = await docxParts(withBlocks([list(true), list(false), list(true)]));
    const numIds = [...part(parts, 'word/document.xml').matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(new Set(numIds).size).toBe(3);
    const numbering = part(parts, 'word/numbering.xml');
    for (const id of new Set(numIds)) {
      expect(numbering).toMatch(new RegExp(`<w:num w:numId="${id}">.*?<w:startOverride w:val="1"/>`));
    }
    const formatOf = (id: string | undefined) => {
      const abstract = new RegExp(`<w:num w:numId="${id}"><w:abstractNumId w:val="(\\d+)"`).exec(numbering)?.[1];
      return elements(numbering, 'w:abstractNum').find((a) => a.includes(`w:abstractNumId="${abstract}"`))?.match(/<w:numFmt w:val="(\w+)"/)?.[1];
    };
    expect([numIds[0], numIds[2], numIds[4]].map(formatOf)).toEqual(['decimal', 'bullet', 'decimal']);
  });

  it('spaces blocks as the PDF does, where the larger of two neighbours’ spacing wins, and sets no space above a heading a break puts at the top of a page', async () => {
    const list = (item: string): Block => ({ type: 'list', ordered: false, items: [text(`${item} 1`), text(`${item} 2`)] });
    const table: Block = { type: 'table', header: [text('Tier')], rows: [[text('Ongoing')]], widths: [100] };
    const parts = await docxParts(withBlocks([
      list('before text'), { type: 'paragraph', style: 'body', content: text('Text.') },
      list('before a heading'), { type: 'heading', level: 3, text: 'Modoc County' },
      table, { type: 'heading', level: 2, text: 'After the table' },
      { type: 'pageBreak' }, { type: 'heading', level: 1, text: 'On a new page' },
    ]));
    const xml = part(parts, 'word/document.xml');
    const spacing = (start: string) => /<w:spacing [^>]*>/.exec(paragraphs(xml).find((p) => p.text === start)!.xml)?.[0];
    // Word and LibreOffice let the larger of a paragraph's space below and the next one's above
    // win, as the PDF does: a list leaves its 6 pt whatever follows, and a heading keeps its own.
    expect([spacing('before text 1'), spacing('before text 2'), spacing('before a heading 2')]).toEqual([undefined, '<w:spacing w:after="120"/>', '<w:spacing w:after="120"/>']);
    const styleSpacing = (id: string) => new RegExp(`w:styleId="${id}".*?<w:spacing ([^>]*)>`, 's').exec(part(parts, 'word/styles.xml'))?.[1];
    expect(styleSpacing('Heading3')).toContain('w:before="200"');
    expect(styleSpacing('Heading1')).toContain('w:before="360"');
    // The table's 12 pt below is an empty paragraph's space below, which the heading's larger space above wins over.
    const spacer = /<w:tbl>.*<\/w:tbl>(<w:p>.*?<\/w:p>)/s.exec(xml)?.[1];
    expect(spacer).toContain('<w:pStyle w:val="Spacer"/>');
    expect(spacer).toContain('<w:spacing w:after="240"/>');
    expect(spacing('After the table')).toBeUndefined();
    // Word and LibreOffice set a paragraph's space above under a page break; the PDF sets none at a page's top.
    expect(spacing('On a new page')).toBe('<w:spacing w:before="0"/>');
  });

  it("repeats the table's header row on each page and sizes its columns from the relative widths", () => {
    const [table] = elements(body, 'w:tbl');
    expect([...table!.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))).toEqual([2808, 2808, 1872, 1872]);
    const rows = elements(table!, 'w:tr');
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).every((row) => !row.includes('<w:tblHeader/>'))).toBe(true);
  });

  it('keeps a paragraph with the list or table it leads into, and each row of a table on one page, as the PDF does', async () => {
    const para = (value: string): Block => ({ type: 'paragraph', style: 'body', content: text(value) });
    const table = (cell: string): Block => ({ type: 'table', header: [text('Tier'), text('Meets')], rows: [[text('Ongoing'), text(cell)], [text('Immediate'), text('At once')]], widths: [50, 50] });
    const xml = part(await docxParts(withBlocks([
      para('The parties agree:'), { type: 'list', ordered: false, items: [text('to meet')] },
      para('The tiers are:'), table('Monthly'),
      para('Alone.'), { type: 'paragraph', style: 'body', content: text('Lead-in.'), keepWithNext: true }, para('Last.'),
      // A row taller than a page, which the PDF cuts between lines: the table's rows may break.
      para('A long table:'), table('word '.repeat(3000)),
    ])), 'word/document.xml');
    const keeps = (start: string) => paragraphs(xml).find((p) => p.text === start)!.xml.includes('<w:keepNext/>');
    expect(['The parties agree:', 'The tiers are:', 'Alone.', 'Lead-in.', 'Last.'].map(keeps)).toEqual([true, true, false, true, false]);
    const [whole, cut] = elements(xml, 'w:tbl').map((t) => elements(t, 'w:tr').map((row) => row.includes('<w:cantSplit/>')));
    expect(whole).toEqual([true, true, true]);
    expect(cut).toEqual([false, false, false]);
    // Ruled in black, as the PDF rules its tables.
    const borders = /<w:tblBorders>(.*?)<\/w:tblBorders>/.exec(elements(xml, 'w:tbl')[0]!)![1]!;
    expect([...borders.matchAll(/w:color="([0-9A-F]{6})"/g)].map((m) => m[1])).toEqual(Array(6).fill('000000'));
  });

  it('does not ask Word to keep whole a lead-in the PDF split across pages, which LibreOffice would move whole to the next page', async () => {
    const lead = (words: number): Block => ({ type: 'paragraph', style: 'body', content: text(`Lead-in ${words}: ${'word '.repeat(words)}`) });
    const list: Block = { type: 'list', ordered: false, items: [text('first'), text('second')] };
    const blocks = [lead(10), list, lead(700), list];
    const metrics = createMetrics(await testFonts());
    // The PDF's layout sets the long one across a page break, and the short one on one page.
    const pagesOf = (start: string) => {
      const at = blocks.findIndex((b) => b.type === 'paragraph' && b.content[0]!.type === 'text' && b.content[0]!.text.startsWith(start));
      return new Set(layoutDocument(withBlocks(blocks), metrics).pages.flatMap((page, n) => (page.placed.some(({ slice }) => slice.block === at) ? [n] : []))).size;
    };
    expect([pagesOf('Lead-in 10:'), pagesOf('Lead-in 700:')]).toEqual([1, 2]);
    const xml = part(await docxParts(withBlocks(blocks)), 'word/document.xml');
    const keeps = (start: string) => paragraphs(xml).find((p) => p.text.startsWith(start))!.xml.includes('<w:keepNext/>');
    expect([keeps('Lead-in 10:'), keeps('Lead-in 700:')]).toEqual([true, false]);
  });

  it('pads ragged rows to the widest row, so no typed text is lost, and gives every cell a paragraph', async () => {
    const ragged: Block = { type: 'table', header: [text('A'), text('B'), text('C')], rows: [[text('only one')], [], [text('1'), text('2'), text('3'), text('4')]], widths: [50, 50] };
    const [table] = elements(part(await docxParts(withBlocks([ragged])), 'word/document.xml'), 'w:tbl');
    const rows = elements(table!, 'w:tr');
    expect(rows.map((row) => elements(row, 'w:tc').length)).toEqual([4, 4, 4, 4]);
    expect(paragraphs(rows[3]!).map((p) => p.text)).toEqual(['1', '2', '3', '4']);
    expect(elements(table!, 'w:tc').every((cell) => /<w:p\b/.test(cell))).toBe(true);
    // Widths that do not match the columns are not guessed at: the columns share the width equally.
    expect([...table!.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]))).toEqual([2340, 2340, 2340, 2340]);
  });

  it('sets signature blocks kept together (a county’s approvals) as one table, each row kept with the next but the last', async () => {
    const approval = (agency: string, keepWithNext?: true): Block => ({ type: 'signature', agency, county: '', signerName: '', signerTitle: 'Clerk', ...(keepWithNext && { keepWithNext }) });
    const xml = part(await docxParts(withBlocks([approval('Counsel', true), approval('Chair', true), approval('Attest'), approval('Apart')])), 'word/document.xml');
    const tables = elements(xml, 'w:tbl');
    expect(tables.map((t) => paragraphs(t).filter((p) => p.xml.includes('<w:b/>')).map((p) => p.text))).toEqual([['Counsel', 'Chair', 'Attest'], ['Apart']]);
    const rows = elements(tables[0]!, 'w:tr');
    // Four rows a block and a row between: as tall as the space above a block, as in the PDF.
    expect(rows).toHaveLength(14);
    expect(rows[4]).toContain(`<w:trHeight w:val="${Math.round(SIGNATURE.spaceBefore * 20)}" w:hRule="exact"/>`);
    // Every paragraph keeps with the next but the last block's last line, so the group is not parted.
    const lines = rows.flatMap((row) => paragraphs(row));
    expect(lines.slice(0, -1).filter((p) => !p.xml.includes('<w:keepNext/>') && p.style === 'Spacer')).toEqual([]);
    expect(lines.slice(0, -1).filter((p) => p.xml.includes('<w:keepNext w:val="false"/>'))).toEqual([]);
    expect(lines.at(-1)!.xml).toContain('<w:keepNext w:val="false"/>');
  });

  it('writes each signature block as the PDF lays it out, in a table that cannot split across pages', () => {
    const blocks = elements(body, 'w:tbl').filter((t) => t.includes('Name: '));
    expect(blocks).toHaveLength(2);
    for (const block of blocks) {
      expect(block.match(/<w:tr>/g)?.length).toBe((block.match(/<w:cantSplit\/>/g) ?? []).length);
      expect(new Set(paragraphs(block).map((p) => p.style))).toEqual(new Set(['SignatureText', 'SignatureLabel', 'Spacer']));
      // Rows that cannot split can still part from each other: every paragraph but those of the
      // last row keeps with the next, by its style or, for the empty Spacer ones, by itself.
      const kept = elements(block, 'w:tr').slice(0, -1).flatMap((row) => paragraphs(row));
      expect(kept.filter((p) => p.style === 'Spacer' && !p.xml.includes('<w:keepNext/>'))).toEqual([]);
    }
    const words = paragraphs(blocks[0]!).map((p) => p.text).filter((text) => text !== '');
    expect(words).toEqual(['Mendocino County Probation Department', 'Signature', 'Date', 'Name: José Núñez', 'Title: Chief Probation Officer']);
    expect(paragraphs(blocks[0]!)[0]!.xml).toContain('<w:b/>');
    // The signature line and the date line side by side: one row, its first and last cells ruled below.
    const rows = elements(blocks[0]!, 'w:tr');
    const ruled = rows.find((row) => row.includes('w:hRule="exact"'))!;
    const cells = elements(ruled, 'w:tc').map((cell) => /<w:bottom w:val="single"/.test(cell));
    expect(cells).toEqual([true, false, true]);
    expect(blocks[0]).toMatch(/<w:gridCol w:w="5600"\/><w:gridCol w:w="600"\/><w:gridCol w:w="3160"\/>/);
    expect(elements(part(draft, 'word/styles.xml'), 'w:style').find((s) => s.includes('w:styleId="SignatureText"'))).toMatch(/<w:keepNext\/><w:keepLines\/>/);
    // Two tables that touch become one in Word, so a paragraph always separates them.
    expect(body).not.toMatch(/<\/w:tbl><w:tbl>/);
  });

  it("writes a table of contents over headings 1–3 with the PDF layout's page numbers, so Word need not update it on opening", async () => {
    expect(body).toContain('<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-3&quot;</w:instrText>');
    expect(part(draft, 'word/settings.xml')).not.toContain('updateFields');
    // No field is marked dirty, which would make Word ask to update fields when the file opens.
    expect(body).toContain('<w:fldChar w:fldCharType="begin"');
    expect(body).not.toMatch(/w:dirty="(true|1|on)"/);
    const pages = layoutDocument(everyNodeDocument('draft'), createMetrics(await testFonts())).headings.map((h) => h.page);
    const entries = paragraphs(body).filter((p) => /^TOC\d$/.test(p.style)).map((p) => [p.style, p.text]);
    expect(entries).toEqual([['TOC1', '1. Parties, purpose and legal authority'], ['TOC2', '1.1 Parties'], ['TOC1', '2. Definitions'],
      ['TOC3', '2.1.1 A note on words'], ['TOC1', '7. Multidisciplinary teams'], ['TOC1', '15. Signatures']]
      .map(([style, text], i) => [style, `${text}\t${pages[i]}`]));
    expect(new Set(pages).size).toBeGreaterThan(1);
    // As in the PDF, the entry before the last keeps with it: the last is never alone on a page.
    const tocParagraphs = elements(body, 'w:p').filter((p) => /<w:pStyle w:val="TOC\d"\/>/.test(p));
    expect(tocParagraphs.map((p) => p.includes('<w:keepNext/>'))).toEqual(entries.map((_, i) => i === entries.length - 2));
    // Every entry's page number in the regular face, as the PDF sets it, under a bold main entry too.
    const numbers = body.match(/<w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:tab\/><w:t xml:space="preserve">\d+<\/w:t>/g) ?? [];
    expect(numbers).toHaveLength(pages.length);
    for (const number of numbers) expect(number).toContain('<w:b w:val="false"/>');
    expect(body).toContain('<w:hyperlink w:history="1" w:anchor="_TocH1">');
    expect(body).toMatch(/<w:bookmarkStart w:name="_TocH1" w:id="1"\/><w:r><w:t xml:space="preserve">1\. Parties/);
    // The field begins in the first entry and ends in the last, as Word writes it: paragraphs of
    // their own would be empty lines, the first setting the list a line below "Contents".
    const contents = /<w:sdtContent>(.*?)<\/w:sdtContent>/.exec(body)![1]!;
    expect(paragraphs(contents).map((p) => p.style)).toEqual(entries.map(([style]) => style));
    expect(contents).toMatch(/^<w:p><w:pPr>.*?<\/w:pPr><w:r><w:fldChar w:fldCharType="begin"/);
    expect(contents).toMatch(/<w:r><w:fldChar w:fldCharType="end"\/><\/w:r><\/w:p>$/);
    // So too with a single entry, which holds both.
    const one = part(await docxParts(withBlocks([{ type: 'toc' }, { type: 'heading', level: 1, text: 'Only' }])), 'word/document.xml');
    const single = /<w:sdtContent>(.*?)<\/w:sdtContent>/.exec(one)![1]!;
    expect(paragraphs(single).map((p) => p.text)).toEqual(['Only\t1']);
    expect(single).toMatch(/fldCharType="begin".*fldCharType="separate".*Only.*fldCharType="end"/);
  });

  it('starts the block after a page break on a new page, without an empty paragraph and without a blank last page', async () => {
    expect(paragraphs(body).filter((p) => p.xml.includes('<w:pageBreakBefore/>')).map((p) => p.text)).toEqual(['1. Parties, purpose and legal authority', '15. Signatures']);
    const signature: Block = { type: 'signature', agency: 'A', county: 'B', signerName: 'C', signerTitle: 'D' };
    const xml = part(await docxParts(withBlocks([{ type: 'heading', level: 1, text: 'Signatures' }, { type: 'pageBreak' }, signature, { type: 'pageBreak' }])), 'word/document.xml');
    // Word ignores a page break inside a table, so the empty paragraph before it, which holds the
    // space above the block, starts the page.
    expect(xml).toMatch(/<\/w:p><w:p><w:pPr><w:pStyle w:val="Spacer"\/><w:keepNext\/><w:pageBreakBefore\/>[^<]*(<(?!w:t\b)[^>]*>)*<\/w:p><w:tbl>/);
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(1);
  });

  it('parts tables with one empty paragraph and ends with one after a table, with no second empty paragraph after a signature block', async () => {
    const signature = (agency: string): Block => ({ type: 'signature', agency, county: 'Napa', signerName: 'C', signerTitle: 'D' });
    const table: Block = { type: 'table', header: [text('Tier')], rows: [[text('Ongoing')]], widths: [100] };
    const para = (value: string): Block => ({ type: 'paragraph', style: 'body', content: text(value) });
    const body = (blocks: Block[]) => async () => {
      const xml = part(await docxParts(withBlocks(blocks)), 'word/document.xml');
      // The body's own elements, in order: T for a table, E for an empty paragraph, P for one with text.
      const inner = /<w:body>(.*)<w:sectPr/s.exec(xml)![1]!.replace(/<w:tbl>.*?<\/w:tbl>/gs, 'T');
      return [...inner.matchAll(/T|<w:p>.*?<\/w:p>|<w:p\/>/gs)].map(([el]) => (el === 'T' ? 'T' : el.includes('<w:t') ? 'P' : 'E')).join('');
    };
    // Each signature block is the space above it (an empty paragraph) and its table.
    expect(await body([para('Sign below.'), signature('A'), signature('B'), para('After.')])()).toBe('PETETP');
    expect(await body([signature('A'), signature('B')])()).toBe('ETETE');
    expect(await body([signature('A'), table, para('After.')])()).toBe('ETETEP');
  });

  it('starts one new page for breaks in a row, and none for a break before any content', async () => {
    const heading = (text: string): Block => ({ type: 'heading', level: 1, text });
    const xml = part(await docxParts(withBlocks([{ type: 'pageBreak' }, heading('A'), { type: 'pageBreak' }, { type: 'pageBreak' }, heading('B')])), 'word/document.xml');
    expect(paragraphs(xml).map((p) => [p.text, p.xml.includes('<w:pageBreakBefore/>')])).toEqual([['A', false], ['B', true]]);
  });
});

describe('reviewers’ comments in the Word file', () => {
  it('marks each with its author’s initials: the first letters of up to three words, never punctuation', async () => {
    const comment = (author: string) => ({ author, at: '2026-11-28T10:00:00Z', text: 'Look.', replies: [] });
    const doc = withBlocks([{ type: 'paragraph', style: 'body', content: text('Commented.'), comments: [
      comment('Sam Ortiz, CalTA'), comment("O'Brien <rev> & Co"), comment('José de la Núñez'), comment('***'),
    ] }]);
    const xml = part(await docxParts(doc), 'word/comments.xml');
    expect([...xml.matchAll(/w:initials="([^"]*)"/g)].map((m) => m[1])).toEqual(['SOC', 'ORC', 'JDL', '']);
  });
});
