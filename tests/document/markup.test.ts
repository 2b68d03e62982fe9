import { describe, expect, it } from 'vitest';
import { MarkupError, parseMarkup } from '../../src/document';

describe('the template markup', () => {
  it('reads every kind of block, ignoring the layout whitespace between them', () => {
    const blocks = parseMarkup(`
      <title>MOU</title>
      <subtitle>Yolo County</subtitle>
      <toc/>
      <h1>1. Parties</h1>
      <p>Plain <b>bold <i>both</i></b> and <i>italic</i>.</p>
      <note>A note</note>
      <ol><li>one</li>
      <li>two</li></ol>
      <table>
        <cols>40 60</cols>
        <tr><th>A</th><th>B</th></tr>
        <tr><td>1</td><td>2</td></tr>
      </table>
      <signature><agency>Probation</agency><county>Yolo</county><signer-name>Ana</signer-name><signer-title>Chief</signer-title></signature>
      <pagebreak/>
    `);
    expect(blocks).toEqual([
      { type: 'title', text: 'MOU', subtitle: ['Yolo County'] },
      { type: 'toc' },
      { type: 'heading', level: 1, text: '1. Parties' },
      { type: 'paragraph', style: 'body', content: [
        { type: 'text', text: 'Plain ' },
        { type: 'text', text: 'bold ', bold: true },
        { type: 'text', text: 'both', bold: true, italic: true },
        { type: 'text', text: ' and ' },
        { type: 'text', text: 'italic', italic: true },
        { type: 'text', text: '.' },
      ] },
      { type: 'paragraph', style: 'note', content: [{ type: 'text', text: 'Drafting note: ', bold: true }, { type: 'text', text: 'A note' }] },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'one' }], [{ type: 'text', text: 'two' }]] },
      { type: 'table', widths: [40, 60], header: [[{ type: 'text', text: 'A' }], [{ type: 'text', text: 'B' }]], rows: [[[{ type: 'text', text: '1' }], [{ type: 'text', text: '2' }]]] },
      { type: 'signature', agency: 'Probation', county: 'Yolo', signerName: 'Ana', signerTitle: 'Chief' },
      { type: 'pageBreak' },
    ]);
  });

  it('reads a centred list with the words said in its place when it leaves no room on its page', () => {
    const t = (text: string) => ({ type: 'text', text });
    expect(parseMarkup('<center-list><li>Probation</li>\n<li>Sheriff</li>\n<instead>The 2 Parties are named in Section 1.</instead></center-list>')).toEqual([
      { type: 'list', ordered: false, centered: true, items: [[t('Probation')], [t('Sheriff')]], instead: [t('The 2 Parties are named in Section 1.')] },
    ]);
    expect(parseMarkup('<center-list><li>Probation</li></center-list>')).toEqual([{ type: 'list', ordered: false, centered: true, items: [[t('Probation')]] }]);
  });

  it('decodes escaped text back to exactly what was typed, and newlines to line breaks', () => {
    const [block] = parseMarkup('<p>&lt;b&gt; &amp;amp; &quot;&#x27;&#x60;&#x3D; {{x}} #1\nnext  line</p>');
    expect(block).toEqual({ type: 'paragraph', style: 'body', content: [
      { type: 'text', text: '<b> &amp; "\'`= {{x}} #1' }, { type: 'break' }, { type: 'text', text: 'next  line' },
    ] });
  });

  it('reads a Windows line ending (CRLF) or a lone CR typed into a name as one line break', () => {
    const [block] = parseMarkup('<p>one\r\ntwo\rthree\nfour\r\n\r\nfive</p>');
    const t = (text: string) => ({ type: 'text', text });
    const br = { type: 'break' };
    expect(block).toEqual({ type: 'paragraph', style: 'body', content: [t('one'), br, t('two'), br, t('three'), br, t('four'), br, br, t('five')] });
  });

  it.each([
    ['text between blocks', '<p>a</p> stray', /Text outside a block: "stray"/],
    ['an unknown block', '<blink>a</blink>', /Unknown block <blink>/],
    ['an unclosed paragraph', '<p>a', /Unexpected end of markup/],
    ['a table without a header row', '<table><cols>100</cols><tr><td>a</td></tr></table>', /exactly one header row/],
    ['a row with too few cells', '<table><cols>50 50</cols><tr><th>a</th></tr></table>', /1 cells for 2 columns/],
    ['an unknown entity', '<p>&nbsp;</p>', /Unknown entity &nbsp;/],
    ['a centred list’s other words before its end', '<center-list><instead>all</instead><li>a</li></center-list>', /ends with at most one <instead>/],
    ['a centred list’s other words twice', '<center-list><li>a</li><instead>x</instead><instead>y</instead></center-list>', /ends with at most one <instead>/],
  ])('reports %s as a template bug', (_name, markup, message) => {
    expect(() => parseMarkup(markup)).toThrow(MarkupError);
    expect(() => parseMarkup(markup)).toThrow(message);
  });
});
