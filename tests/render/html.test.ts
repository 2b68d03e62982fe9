import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html';
import { everyNodeDocument } from '../support/documents';

describe('the HTML writer', () => {
  const html = renderHtml(everyNodeDocument());

  it('renders every node type as semantic HTML', () => {
    expect(html).toContain('<div class="mou__title"><h1>Interagency Protocol for Commercially Sexually Exploited Children</h1><p class="mou__subtitle">Mendocino County</p>');
    expect(html).toContain('<h2 id="mou-h-1" class="mou__h1">1. Parties, purpose and legal authority</h2>');
    expect(html).toContain('<h4 id="mou-h-4" class="mou__h3">2.1.1 A note on words</h4>');
    expect(html).toContain('<ol><li><strong>CSEC</strong>: a commercially sexually exploited child.</li>');
    expect(html).toContain('<thead><tr><th scope="col">Tier</th>');
    expect(html).toContain('<p>Name: José Núñez</p><p>Title: Chief Probation Officer</p>');
    expect(html).toContain('<hr class="mou__page-break">');
  });

  it('sets the title and the outline lower when the fragment sits under a heading of the page', () => {
    const under = renderHtml(everyNodeDocument(), { titleLevel: 3 });
    expect(under).toContain('<div class="mou__title"><h3>Interagency Protocol for Commercially Sexually Exploited Children</h3>');
    expect(under).toContain('<h4 id="mou-h-1" class="mou__h1">1. Parties, purpose and legal authority</h4>');
    expect(under).toContain('<h6 id="mou-h-4" class="mou__h3">2.1.1 A note on words</h6>');
    expect(under).not.toMatch(/<h[12]\b/);
  });

  it('lists the level-one headings as a linked table of contents', () => {
    expect(html).toContain('<li><a href="#mou-h-1">1. Parties, purpose and legal authority</a></li>');
    expect(html).not.toContain('<a href="#mou-h-2">');
  });

  it('escapes user text and keeps its line breaks', () => {
    expect(html).toContain('<p class="mou__note">First line typed by the user<br>second line, with {{braces}}, # and &lt;angle&gt; &amp; ampersand.</p>');
  });

  it('drops control characters HTML cannot carry', () => {
    const doc = everyNodeDocument();
    doc.blocks.push({ type: 'paragraph', style: 'body', content: [{ type: 'text', text: 'bell\u0007 and \uffff end' }] });
    expect(renderHtml(doc)).toContain('<p class="mou__body">bell and  end</p>');
  });

  it('marks a draft and not a final document', () => {
    expect(html).toContain('<article class="mou mou--draft"');
    expect(html).toContain('<strong class="mou__draft-mark">DRAFT</strong>');
    const final = renderHtml(everyNodeDocument('final'));
    expect(final).not.toContain('DRAFT');
  });

  it('leaves a line to fill in by hand for a signer’s name or title left blank, said as such to a screen reader', () => {
    const doc = everyNodeDocument();
    doc.blocks = [{ type: 'signature', agency: 'Probation', county: 'Yolo', signerName: 'Ana <Ruiz>', signerTitle: ' ' }];
    const out = renderHtml(doc);
    expect(out).toContain('<p>Name: Ana &lt;Ruiz&gt;</p>');
    expect(out).toContain('<p>Title: <span class="usa-sr-only">to be filled in when signing</span><span aria-hidden="true">______________________________</span></p>');
  });

  it('marks each block with the step and record that produced it, escaped', () => {
    const doc = everyNodeDocument();
    doc.blocks = [
      { type: 'heading', level: 1, text: '6. Reporting', source: { section: 'reporting' } },
      { type: 'signature', agency: 'A', county: '', signerName: 'B', signerTitle: 'C', source: { section: 'agencies', recordId: 'x"><script>' } },
    ];
    const out = renderHtml(doc);
    expect(out).toContain('<h2 data-section="reporting" id="mou-h-1" class="mou__h1">6. Reporting</h2>');
    expect(out).toContain('<section data-section="agencies" data-record="x&quot;&gt;&lt;script&gt;" class="mou__signature">');
  });
});
