// The document model as Typst markup, for the bench only: Typst, a modern typesetter, sets the
// same 64 pages (same page, margins, font and sizes) as the peer our PDF writer is measured
// against. Every piece of text goes in as a Typst string, so nothing in it is read as markup.
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import type { Block, Inline, MouDocument } from '../../src/document';

const quote = (text: string) => JSON.stringify(text);

function inline(content: readonly Inline[]): string {
  return content.map((run) => {
    if (run.type === 'break') return '#linebreak()';
    const text = `#${quote(run.text)}`;
    if (run.bold && run.italic) return `#strong(emph(${quote(run.text)}))`;
    if (run.bold) return `#strong(${quote(run.text)})`;
    if (run.italic) return `#emph(${quote(run.text)})`;
    return text;
  }).join('');
}

const cell = (content: readonly Inline[]) => `[${inline(content)}]`;

function block(node: Block): string {
  switch (node.type) {
    case 'title':
      return `#align(center)[#text(20pt, weight: "bold", ${quote(node.text)})]\n${node.subtitle.map((line) => `#align(center)[#text(13pt, ${quote(line)})]`).join('\n')}\n`;
    case 'heading':
      return `${'='.repeat(node.level)} ${inline([{ type: 'text', text: node.text }])}\n`;
    case 'paragraph':
      return `${node.style === 'center' ? `#align(center)[${inline(node.content)}]` : inline(node.content)}\n`;
    case 'list':
      return node.items.map((item) => `${node.ordered ? '+' : '-'} ${inline(item)}`).join('\n') + '\n';
    case 'table': {
      const columns = node.header.length;
      const widths = node.widths.length === columns ? node.widths.map((w) => `${w}%`).join(', ') : String(columns);
      const rows = node.rows.map((row) => Array.from({ length: columns }, (_, i) => cell(row[i] ?? [])).join(', '));
      return `#table(columns: (${widths}), table.header(${node.header.map((h) => `[*${inline(h)}*]`).join(', ')}),\n${rows.join(',\n')})\n`;
    }
    case 'signature':
      return `#block(breakable: false)[*#${quote(node.agency)}* \\\n#v(24pt)#grid(columns: (280pt, 30pt, 1fr), line(length: 100%), [], line(length: 100%), text(8.5pt)[Signature], [], text(8.5pt)[Date])\nName: #${quote(node.signerName)} \\\nTitle: #${quote(node.signerTitle)}]\n`;
    case 'pageBreak':
      return '#pagebreak(weak: true)\n';
    case 'toc':
      return '#outline(title: "Contents")\n';
  }
}

/** The document as one Typst source, set like our PDF: US Letter, one-inch margins, Noto Serif 11 pt. */
export function typstSource(doc: MouDocument): string {
  return [
    '#set page(paper: "us-letter", margin: 1in, numbering: "1")',
    '#set text(font: "Noto Serif", size: 11pt, lang: "en")',
    '#set par(leading: 0.55em, spacing: 8pt)',
    '#show heading.where(level: 1): set text(14pt)',
    '#show heading.where(level: 2): set text(12pt)',
    ...doc.blocks.map(block),
  ].join('\n');
}

/** The folders of the four Noto Serif faces, for Typst's font search. */
export function notoSerifFolders(): string[] {
  const root = dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/noto-serif/package.json'));
  return ['400Regular', '700Bold', '400Regular_Italic', '700Bold_Italic'].map((face) => join(root, face));
}
