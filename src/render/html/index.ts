import { assertNever } from '../../lib/assert-never';
import { DOCUMENT_LANGUAGE, type Block, type Heading, type Inline, type MouDocument } from '../../document/model';
import { escapeHtml } from './escape';

/**
 * The MOU as an HTML fragment for the wizard's preview: semantic elements with class names
 * (the look lives in preview.css), headings with ids for the contents list, and the DRAFT
 * marking as an element every page-sized view can show.
 */
export function renderHtml(doc: MouDocument, { titleLevel = 1 }: { titleLevel?: 1 | 2 | 3 } = {}): string {
  const headings = doc.blocks.filter((b): b is Heading => b.type === 'heading');
  const ids = new Map(headings.map((heading, index) => [heading, `mou-h-${index + 1}`]));
  // Each block knows the heading it sits under, which names a table's scrolling region.
  let under: string | undefined;
  const body = doc.blocks.map((block) => {
    if (block.type === 'heading') under = ids.get(block);
    return withSource(renderBlock(block, headings, ids, titleLevel, under), block);
  }).join('\n');
  const draft = doc.meta.marking === 'draft';
  return [
    `<article class="mou${draft ? ' mou--draft' : ''}" lang="${DOCUMENT_LANGUAGE}" aria-label="${escapeHtml(doc.meta.title)}">`,
    `<header class="mou__running-header">${escapeHtml(doc.meta.header)}${draft ? ' <strong class="mou__draft-mark">DRAFT</strong>' : ''}</header>`,
    body,
    '</article>',
  ].join('\n');
}

/** Marks a block's element with the step and record that produced it, for the wizard's preview. */
function withSource(html: string, block: Block): string {
  if (!block.source) return html;
  const record = block.source.recordId ? ` data-record="${escapeHtml(block.source.recordId)}"` : '';
  return html.replace(/^<(\w+)/, `<$1 data-section="${escapeHtml(block.source.section)}"${record}`);
}

function renderInlines(content: readonly Inline[]): string {
  return content.map((inline) => {
    switch (inline.type) {
      case 'break':
        return '<br>';
      case 'text':
      case 'insertion':
      case 'deletion': {
        let html = escapeHtml(inline.text);
        if (inline.italic) html = `<em>${html}</em>`;
        if (inline.bold) html = `<strong>${html}</strong>`;
        // A redline's changes, as a reader of the preview sees them and a screen reader names them.
        if (inline.type === 'insertion') html = `<ins>${html}</ins>`;
        if (inline.type === 'deletion') html = `<del>${html}</del>`;
        return html;
      }
      default:
        return assertNever(inline, 'inline');
    }
  }).join('');
}

function renderBlock(block: Block, headings: Heading[], ids: Map<Heading, string>, titleLevel: number, under: string | undefined): string {
  switch (block.type) {
    case 'title':
      return `<div class="mou__title"><h${titleLevel}>${escapeHtml(block.text)}</h${titleLevel}>${block.subtitle.map((line) => `<p class="mou__subtitle">${escapeHtml(line)}</p>`).join('')}</div>`;
    case 'heading': {
      // Under the title: with the title an h1, outline levels 1–3 are h2–h4; in the wizard's
      // preview, under its own heading, the title is an h3 and they are h4–h6.
      const tag = `h${block.level + titleLevel}`;
      return `<${tag} id="${ids.get(block)}" class="mou__h${block.level}"${langAttribute(block.lang)}>${escapeHtml(block.text)}</${tag}>`;
    }
    case 'paragraph':
      return `<p class="mou__${block.style}"${langAttribute(block.lang)}>${renderInlines(block.content)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}${block.centered ? ' class="mou__center-list" role="list"' : ''}>${block.items.map((item) => `<li>${renderInlines(item)}</li>`).join('')}</${tag}>`;
    }
    case 'table':
      // No column widths: the page's strict Content-Security-Policy forbids style attributes. On a
      // narrow screen the table scrolls sideways in a box of its own, reachable by keyboard and
      // named by its section's heading, rather than squeeze its words apart (WCAG 1.4.10 allows
      // it). A group, not a region: the page's landmarks stay its panels and previews.
      return [
        `<div class="mou__table-scroll" role="group" tabindex="0"${under ? ` aria-labelledby="${under}"` : ' aria-label="Table"'}>`,
        '<table class="mou__table">',
        `<thead><tr>${block.header.map((cell) => `<th scope="col">${renderInlines(cell)}</th>`).join('')}</tr></thead>`,
        `<tbody>${block.rows.map((row) => `<tr>${row.map((cell) => `<td>${renderInlines(cell)}</td>`).join('')}</tr>`).join('')}</tbody>`,
        '</table>',
        '</div>',
      ].join('');
    case 'signature':
      return [
        '<section class="mou__signature">',
        `<p class="mou__signature-agency"><strong>${escapeHtml(block.agency)}</strong></p>`,
        ...(block.county.trim() ? [`<p>${escapeHtml(block.county)} County</p>`] : []),
        '<p class="mou__signature-line">Signature: <span aria-hidden="true">______________________________</span></p>',
        signatureField('Name', block.signerName),
        signatureField('Title', block.signerTitle),
        '<p>Date: <span aria-hidden="true">________________</span></p>',
        '</section>',
      ].join('');
    case 'pageBreak':
      return '<hr class="mou__page-break">';
    case 'toc':
      return [
        '<nav class="mou__toc" aria-label="Contents"><p class="mou__toc-title">Contents</p><ol>',
        ...headings.filter((h) => h.level === 1).map((h) => `<li${langAttribute(h.lang)}><a href="#${ids.get(h)}">${escapeHtml(h.text)}</a></li>`),
        '</ol></nav>',
      ].join('');
    default:
      return assertNever(block, 'block');
  }
}

/** A part written in another language than the document's says so, for a screen reader's voice (WCAG 3.1.2). */
const langAttribute = (lang: string | undefined) => (lang ? ` lang="${escapeHtml(lang)}"` : '');

/** A signer's name or title; left blank in the draft, a line to fill in by hand, as on the printed MOU. */
function signatureField(label: string, value: string): string {
  if (value.trim() !== '') return `<p>${label}: ${escapeHtml(value)}</p>`;
  return `<p>${label}: <span class="usa-sr-only">to be filled in when signing</span><span aria-hidden="true">______________________________</span></p>`;
}
