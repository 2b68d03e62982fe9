import type { Block, Inline, Table } from './model';

/**
 * The templates write a tiny XML-like markup that this parser turns into blocks. Handlebars
 * escapes every value it inserts (& < > " ' ` =), so user text can never become markup: it is
 * decoded back to exactly what the user typed. Inside a paragraph, list item or cell the text is
 * literal, and a newline (which only user text contains: each template paragraph is one line)
 * becomes a line break. Between blocks, whitespace is layout of the template and is ignored.
 *
 * Blocks: <title>, <subtitle>, <h1>–<h3>, <p>, <lead-in> (a paragraph set on the same page as the block after it), <note> (a drafting note, after a bold label), <center>, <ul>/<ol> of <li>, the same
 * as <center-list> (centred lines without markers; a last <instead> is said in its place when it leaves no room on its page),
 * <table> with <cols>30 70</cols> then <tr> rows of <th> or <td>, <signature> holding
 * <agency>, <county>, <signer-name>, <signer-title> (after an empty <keep-with-next/> when it is
 * set on the same page as the next block), and the empty <pagebreak/> and <toc/>.
 * Inline: <b>, <i>, <br/>.
 */
export class MarkupError extends Error {}

type Token = { kind: 'open' | 'close' | 'empty'; name: string } | { kind: 'text'; text: string };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    const char = ENTITIES[name];
    if (char === undefined) throw new MarkupError(`Unknown entity ${whole}`);
    return char;
  });
}

function tokenize(markup: string): Token[] {
  const tokens: Token[] = [];
  const tag = /<(\/?)([a-z][a-z0-9-]*)(\/?)>/g;
  let last = 0;
  for (let match = tag.exec(markup); match; match = tag.exec(markup)) {
    if (match.index > last) tokens.push({ kind: 'text', text: decode(markup.slice(last, match.index)) });
    const [, close, name = '', empty] = match;
    tokens.push({ kind: close ? 'close' : empty ? 'empty' : 'open', name });
    last = tag.lastIndex;
  }
  if (last < markup.length) tokens.push({ kind: 'text', text: decode(markup.slice(last)) });
  return tokens;
}

class Reader {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}

  peek(): Token | undefined {
    return this.tokens[this.index];
  }

  next(): Token {
    const token = this.tokens[this.index++];
    if (!token) throw new MarkupError('Unexpected end of markup');
    return token;
  }

  /** Skips whitespace between blocks; anything else there is a template bug. */
  skipLayout(): void {
    for (let token = this.peek(); token?.kind === 'text'; token = this.peek()) {
      if (token.text.trim() !== '') throw new MarkupError(`Text outside a block: "${token.text.trim().slice(0, 40)}"`);
      this.index++;
    }
  }

  expectClose(name: string): void {
    const token = this.next();
    if (token.kind !== 'close' || token.name !== name) throw new MarkupError(`Expected </${name}>, found ${describe(token)}`);
  }

  /** Inline content up to </name>: text, <b>, <i> and <br/>. */
  inlines(name: string, style: { bold?: boolean; italic?: boolean } = {}): Inline[] {
    const out: Inline[] = [];
    for (;;) {
      const token = this.next();
      if (token.kind === 'close' && token.name === name) return out;
      if (token.kind === 'text') {
        // Any line ending a user typed or pasted (CRLF from Windows, CR) is one break.
        token.text.split(/\r\n?|\n/).forEach((line, i) => {
          if (i > 0) out.push({ type: 'break' });
          if (line !== '') out.push({ type: 'text', text: line, ...style });
        });
      } else if (token.kind === 'empty' && token.name === 'br') out.push({ type: 'break' });
      else if (token.kind === 'open' && (token.name === 'b' || token.name === 'i')) {
        out.push(...this.inlines(token.name, { ...style, ...(token.name === 'b' ? { bold: true } : { italic: true }) }));
      } else throw new MarkupError(`Unexpected ${describe(token)} inside <${name}>`);
    }
  }

  text(name: string): string {
    return this.inlines(name).map((i) => (i.type === 'text' ? i.text : '\n')).join('');
  }
}

const describe = (token: Token) =>
  token.kind === 'text' ? `text "${token.text.slice(0, 30)}"` : `<${token.kind === 'close' ? '/' : ''}${token.name}${token.kind === 'empty' ? '/' : ''}>`;

const PARAGRAPH_STYLES = { p: 'body', center: 'center' } as const;

/**
 * What begins each <note>: the notes say what a draft still lacks or gets wrong, and in smaller
 * type alone they read as terms of the agreement, to the eye and to a screen reader alike.
 */
export const DRAFTING_NOTE_LABEL = 'Drafting note: ';

export function parseMarkup(markup: string): Block[] {
  const reader = new Reader(tokenize(markup));
  const blocks: Block[] = [];
  for (reader.skipLayout(); reader.peek(); reader.skipLayout()) {
    const token = reader.next();
    if (token.kind === 'empty' && token.name === 'pagebreak') blocks.push({ type: 'pageBreak' });
    else if (token.kind === 'empty' && token.name === 'toc') blocks.push({ type: 'toc' });
    else if (token.kind !== 'open') throw new MarkupError(`Unexpected ${describe(token)} between blocks`);
    else blocks.push(...parseBlock(reader, token.name, blocks));
  }
  return blocks;
}

function parseBlock(reader: Reader, name: string, before: Block[]): Block[] {
  switch (name) {
    case 'title':
      return [{ type: 'title', text: reader.text(name), subtitle: [] }];
    case 'subtitle': {
      const title = before[before.length - 1];
      if (title?.type !== 'title') throw new MarkupError('<subtitle> must follow <title>');
      title.subtitle.push(reader.text(name));
      return [];
    }
    case 'h1': case 'h2': case 'h3':
      return [{ type: 'heading', level: Number(name[1]) as 1 | 2 | 3, text: reader.text(name) }];
    case 'note':
      return [{ type: 'paragraph', style: 'note', content: [{ type: 'text', text: DRAFTING_NOTE_LABEL, bold: true }, ...reader.inlines(name)] }];
    case 'p': case 'center':
      return [{ type: 'paragraph', style: PARAGRAPH_STYLES[name], content: reader.inlines(name) }];
    case 'lead-in':
      return [{ type: 'paragraph', style: 'body', content: reader.inlines(name), keepWithNext: true }];
    case 'ul': case 'ol':
      return [{ type: 'list', ordered: name === 'ol', items: children(reader, name, ['li'], () => reader.inlines('li')) }];
    case 'center-list': {
      // Its items, then at most one <instead>: what is said in the list's place when it leaves no room on its page.
      const read = children(reader, name, ['li', 'instead'], (child) => ({ child, content: reader.inlines(child) }));
      const instead = read.filter((item) => item.child === 'instead');
      if (instead.length > 1 || (instead.length === 1 && read[read.length - 1]!.child !== 'instead')) throw new MarkupError('A <center-list> ends with at most one <instead>');
      return [{ type: 'list', ordered: false, centered: true, items: read.filter((item) => item.child === 'li').map((item) => item.content), ...(instead[0] && { instead: instead[0].content }) }];
    }
    case 'table':
      return [parseTable(reader)];
    case 'signature':
      return [parseSignature(reader)];
    default:
      throw new MarkupError(`Unknown block <${name}>`);
  }
}

/** Reads the child elements of `parent`, each one of `allowed`, until </parent>. */
function children<T>(reader: Reader, parent: string, allowed: readonly string[], read: (name: string) => T): T[] {
  const items: T[] = [];
  for (;;) {
    reader.skipLayout();
    const token = reader.next();
    if (token.kind === 'close' && token.name === parent) return items;
    if (token.kind !== 'open' || !allowed.includes(token.name)) {
      throw new MarkupError(`Expected <${allowed.join('> or <')}> in <${parent}>, found ${describe(token)}`);
    }
    items.push(read(token.name));
  }
}

function parseTable(reader: Reader): Table {
  reader.skipLayout();
  const cols = reader.next();
  if (cols.kind !== 'open' || cols.name !== 'cols') throw new MarkupError('A <table> starts with <cols>');
  const widths = reader.text('cols').trim().split(/\s+/).map(Number);
  const rows = children(reader, 'table', ['tr'], () => {
    const cells = children(reader, 'tr', ['th', 'td'], (cell) => ({ cell, content: reader.inlines(cell) }));
    return { header: cells.every((c) => c.cell === 'th'), cells: cells.map((c) => c.content) };
  });
  const [first, ...rest] = rows;
  if (!first?.header || rest.some((row) => row.header)) throw new MarkupError('A <table> has exactly one header row, first');
  for (const row of rows) {
    if (row.cells.length !== widths.length) throw new MarkupError(`A row has ${row.cells.length} cells for ${widths.length} columns`);
  }
  return { type: 'table', header: first.cells, rows: rest.map((row) => row.cells), widths };
}

const SIGNATURE_FIELDS = ['agency', 'county', 'signer-name', 'signer-title'] as const;

function parseSignature(reader: Reader): Block {
  reader.skipLayout();
  const next = reader.peek();
  const keep = next?.kind === 'empty' && next.name === 'keep-with-next';
  if (keep) reader.next();
  const fields = new Map(children(reader, 'signature', SIGNATURE_FIELDS, (name) => [name, reader.text(name)] as const));
  const field = (name: (typeof SIGNATURE_FIELDS)[number]) => fields.get(name) ?? '';
  return { type: 'signature', agency: field('agency'), county: field('county'), signerName: field('signer-name'), signerTitle: field('signer-title'), ...(keep && { keepWithNext: true as const }) };
}
