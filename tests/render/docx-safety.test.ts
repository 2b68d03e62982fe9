import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, MouDocument } from '../../src/document';
import { xmlSafe } from '../../src/render/docx';
import { everyNodeDocument } from '../support/documents';
import { docxParts, paragraphs, part } from '../support/docx-xml';
import { ARABIC, COMBINING, CONTROLS, EMOJI, HEBREW, LONG, hostileDocument } from '../support/hostile-document';

const withBlocks = (blocks: Block[]): MouDocument => ({ ...everyNodeDocument(), blocks });

/** What XML 1.0 forbids (https://www.w3.org/TR/xml/#charsets), to look for in the written parts. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('xmlSafe', () => {
  it('removes the C0 controls XML forbids, keeps tab, newline and carriage return, and spaces words a vertical tab or form feed parted', () => {
    expect(xmlSafe(`a${CONTROLS}b`)).toBe('a\t\n  \rb');
    expect(xmlSafe('Bell\u0007 Person\u000BVT\u000CFF')).toBe('Bell Person VT FF');
  });

  it('shows U+FFFE, U+FFFF and lone surrogates as U+FFFD, as the PDF does, and keeps surrogate pairs', () => {
    expect(xmlSafe('a\uFFFEb\uFFFFc')).toBe('a\uFFFDb\uFFFDc');
    expect(xmlSafe('x\uD800y\uDC00z\uDBFF')).toBe('x\uFFFDy\uFFFDz\uFFFD');
    expect(xmlSafe(EMOJI)).toBe(EMOJI);
  });

  it('leaves right-to-left text, combining marks and ordinary punctuation exactly as typed', () => {
    for (const text of [ARABIC, HEBREW, COMBINING, '“quotes” — & < > \u00A0 \u200F', LONG]) expect(xmlSafe(text)).toBe(text);
  });
});

describe('the DOCX writer with hostile text', () => {
  let parts: Map<string, string>;
  let body: string;
  beforeAll(async () => {
    parts = await docxParts(hostileDocument());
    body = part(parts, 'word/document.xml');
  });

  it('writes no character XML 1.0 forbids in any part', () => {
    for (const [path, xml] of parts) expect(FORBIDDEN.test(xml), path).toBe(false);
  });

  it('keeps emoji, right-to-left text, combining marks and a 10,000-character run intact', () => {
    for (const text of [EMOJI, ARABIC, HEBREW, COMBINING]) expect(body).toContain(text);
    const long = paragraphs(body).find((p) => p.text.endsWith('END-OF-LONG'));
    expect(long?.text).toHaveLength(10_000);
  });

  it('lays out a paragraph that starts in Arabic or Hebrew right to left, and others left to right', () => {
    const rtl = paragraphs(body).filter((p) => p.xml.includes('<w:bidi/>')).map((p) => p.text);
    expect(rtl).toEqual(expect.arrayContaining([ARABIC, HEBREW, `${ARABIC} (CSEC) ${HEBREW}`, HEBREW]));
    expect(rtl.some((text) => text.startsWith('Hostile') || text.startsWith('Name:'))).toBe(false);
  });

  it('writes a tab typed into a paragraph as a space, as the PDF sets it, not as a jump to a tab stop', async () => {
    const xml = part(await docxParts(withBlocks([{ type: 'paragraph', style: 'body', content: [{ type: 'text', text: 'Reason\twith\ttabs' }] }])), 'word/document.xml');
    expect(paragraphs(xml).map((p) => p.text)).toContain('Reason with tabs');
    expect(xml).not.toContain('\t');
  });

  it('turns newlines typed into a run into line breaks, and into spaces where a line must stay one', () => {
    expect(paragraphs(body).find((p) => p.text.includes('two'))?.text).toMatch(/ two\nlines\nthree$/);
    // "Heading one " + tab to CR (one space) + the noncharacters and lone surrogates shown as U+FFFD.
    expect(paragraphs(body).find((p) => p.style === 'Heading1')?.text).toBe('Heading one  \uFFFD\uFFFDx\uFFFDy\uFFFDz Heading one-after');
  });

  it('skips a table without columns, which Word would refuse, and keeps the rest', () => {
    expect(body.match(/<w:tbl>/g)).toHaveLength(3);
  });

  it('writes control characters out of the header, footer and document properties too', () => {
    const core = part(parts, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Title  \uFFFD\uFFFDx\uFFFDy\uFFFDz Title-after</dc:title>');
    expect(core).toContain('<cp:keywords>CSEC, keyword  \uFFFD\uFFFDx\uFFFDy\uFFFDz keyword-after</cp:keywords>');
    // The running header stays one line: its tab, newline and carriage return become spaces.
    const headers = [...parts].filter(([path]) => /^word\/header\d*\.xml$/.test(path)).map(([, xml]) => xml);
    expect(headers.length).toBeGreaterThan(0);
    for (const xml of headers) expect(paragraphs(xml).map((p) => p.text)).toEqual(['Header  \uFFFD\uFFFDx\uFFFDy\uFFFDz Header-after\tDRAFT']);
  });
});

describe('documents the model allows but a writer may trip on', () => {
  it('gives a signer not yet known a line to print the name and title on by hand', async () => {
    const unsigned: MouDocument = { ...everyNodeDocument(), blocks: [{ type: 'signature', agency: 'Probation', county: '', signerName: ' ', signerTitle: '' }] };
    const fields = paragraphs(part(await docxParts(unsigned), 'word/document.xml')).filter((p) => /^(Name|Title): /.test(p.text));
    // The label, then a tab whose underscore leader draws the line, 240 pt long as in the PDF.
    expect(fields.map((p) => p.text)).toEqual(['Name: \t', 'Title: \t']);
    for (const field of fields) expect(field.xml).toContain('<w:tab w:val="left" w:pos="4800" w:leader="underscore"/>');
  });

  it('gives a document with no blocks one empty paragraph, as Word itself does', async () => {
    const empty: MouDocument = { ...everyNodeDocument(), blocks: [] };
    expect(paragraphs(part(await docxParts(empty), 'word/document.xml'))).toHaveLength(1);
  });
});
