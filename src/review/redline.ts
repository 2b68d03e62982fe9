import { blockText, plainText, prepareExport, type Block, type Inline, type List, type MouDocument, type Table } from '../document';
import { wordDiff } from '../lib/word-diff';
import type { Draft } from '../model';

/**
 * The redline of two drafts: the newer one's MOU with the changes from the older one's tracked,
 * by `author` and dated now. Both are draft exports, marked DRAFT: a redline is for review.
 */
export function redlineOf(older: Draft, newer: Draft, { author, today, since }: { author: string; today: string; since: string }): MouDocument {
  const mou = (draft: Draft) => {
    const prepared = prepareExport(draft, { final: false, today });
    if (!prepared.ok) throw new Error('A draft export is never refused.');
    return prepared.value;
  };
  return redline(mou(older), mou(newer), { author, date: new Date().toISOString(), since });
}

/**
 * A redline: the newer MOU with what changed since an older one marked in it, as a Word file
 * shows tracked changes. Both documents come from the same templates, so the blocks line up: the
 * blocks of the two are matched (a longest common subsequence of their texts), and each block that
 * differs is paired with the block of the same kind from the same part of the draft, which is then
 * compared word by word. Text added is an insertion, text removed a deletion, each keeping its
 * bold and italic. A heading, title or signature block that changed or went keeps the newer one
 * and shows the older one's words as a deletion in a note before it.
 */
export function redline(older: MouDocument, newer: MouDocument, by: { author: string; date: string; since: string }): MouDocument {
  const blocks: Block[] = [];
  for (const step of align(older.blocks, newer.blocks, blockKey)) {
    if (step.kind === 'same') blocks.push(newer.blocks[step.b]!);
    else blocks.push(...changedRun(step.a.map((i) => older.blocks[i]!), step.b.map((i) => newer.blocks[i]!)));
  }
  // Under the title, what the marks are measured from.
  const title = blocks.findIndex((b) => b.type === 'title');
  blocks.splice(title + 1, 0, { type: 'paragraph', style: 'note', content: [{ type: 'text', text: `Tracked changes show what changed since ${by.since}.` }] });
  return { meta: { ...newer.meta, redline: { author: by.author, date: by.date } }, blocks };
}

/** What makes two blocks the same: their kind, where they came from and their words. */
function blockKey(block: Block): string {
  const source = block.source ? `${block.source.section}/${block.source.recordId ?? ''}` : '';
  return `${block.type}|${source}|${textOf(block)}`;
}

/** A block's words, with what else makes two blocks different (a paragraph's style, a list's numbering, a table's columns). */
function textOf(block: Block): string {
  switch (block.type) {
    case 'paragraph': return `${block.style}|${blockText(block)}`;
    case 'list': return `${block.ordered}|${blockText(block)}`;
    case 'table': return `${block.widths.join(' ')}\n${blockText(block)}`;
    default: return blockText(block);
  }
}

type Step = { kind: 'same'; a: number; b: number } | { kind: 'changed'; a: number[]; b: number[] };

/**
 * The two sequences as runs of matched items and runs of items that differ, in order (the longest
 * common subsequence by key; the documents are a few hundred blocks, a list a few dozen items).
 */
function align<T>(a: readonly T[], b: readonly T[], key: (item: T) => string): Step[] {
  const ka = a.map(key);
  const kb = b.map(key);
  const n = ka.length;
  const m = kb.length;
  const lcs = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) lcs[i]![j] = ka[i] === kb[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const steps: Step[] = [];
  let run: { kind: 'changed'; a: number[]; b: number[] } | null = null;
  const changed = () => (run ??= { kind: 'changed', a: [], b: [] });
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && ka[i] === kb[j]) {
      if (run) steps.push(run);
      run = null;
      steps.push({ kind: 'same', a: i++, b: j++ });
    } else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) changed().b.push(j++);
    else changed().a.push(i++);
  }
  if (run) steps.push(run);
  return steps;
}

/** A run of older blocks replaced by newer ones: each newer block paired with an older of its kind and part, or new. */
function changedRun(olderBlocks: Block[], newerBlocks: Block[]): Block[] {
  const out: Block[] = [];
  const left = [...olderBlocks];
  for (const block of newerBlocks) {
    const at = left.findIndex((old) => old.type === block.type && old.source?.section === block.source?.section
      && (block.type !== 'signature' || old.source?.recordId === block.source?.recordId));
    // Older blocks passed over on the way to the pair went: they are shown removed where they stood.
    const gone = at < 0 ? [] : left.splice(0, at + 1);
    const pair = gone.pop();
    out.push(...gone.flatMap(removed));
    out.push(...(pair ? compared(pair, block) : added(block)));
  }
  out.push(...left.flatMap(removed));
  return out;
}

/** A note with an older block's words struck out, for blocks whose own text cannot carry marks. */
const struckNote = (words: string, source?: Block['source']): Block =>
  ({ type: 'paragraph', style: 'note', content: [{ type: 'deletion', text: words }], ...(source ? { source } : {}) });

const mark = (content: readonly Inline[], as: 'insertion' | 'deletion'): Inline[] =>
  content.flatMap((inline): Inline[] => (inline.type === 'break' ? [inline] : inline.type === 'deletion' ? [] : [{ ...inline, type: as }]));

function removed(block: Block): Block[] {
  switch (block.type) {
    case 'paragraph': return [{ ...block, content: mark(block.content, 'deletion') }];
    case 'list': return [{ ...block, items: block.items.map((item) => mark(item, 'deletion')) }];
    case 'table': return [markTable(block, 'deletion')];
    // Its lines joined by dashes, leaving out those it does not print (a county its agency's name already says).
    case 'heading':
    case 'title':
    case 'signature': return [struckNote(textOf(block).split('\n').filter((line) => line.trim() !== '').join(' — '), block.source)];
    default: return [];
  }
}

function added(block: Block): Block[] {
  switch (block.type) {
    case 'paragraph': return [{ ...block, content: mark(block.content, 'insertion') }];
    case 'list': return [{ ...block, items: block.items.map((item) => mark(item, 'insertion')) }];
    case 'table': return [markTable(block, 'insertion')];
    default: return [block];
  }
}

const markTable = (table: Table, as: 'insertion' | 'deletion'): Table =>
  ({ ...table, header: table.header.map((cell) => mark(cell, as)), rows: table.rows.map((row) => row.map((cell) => mark(cell, as))) });

/** An older and a newer block of the same kind and part, compared. */
function compared(older: Block, newer: Block): Block[] {
  if (older.type === 'paragraph' && newer.type === 'paragraph') return [{ ...newer, content: diffInlines(older.content, newer.content) }];
  if (older.type === 'list' && newer.type === 'list') return [diffList(older, newer)];
  if (older.type === 'table' && newer.type === 'table') {
    return older.header.length === newer.header.length ? [diffTable(older, newer)] : [markTable(older, 'deletion'), markTable(newer, 'insertion')];
  }
  return [...removed(older), newer];
}

/**
 * A table's rows matched as a list's items are (a longest common subsequence of their words):
 * rows that kept their words stay, a row moved (an MDT tier's, after the tiers were reordered)
 * is struck where it was and inserted where it is, and rows changed in place are compared cell
 * by cell. Matched by place alone, every row after a move read as rewritten.
 */
function diffTable(older: Table, newer: Table): Table {
  const rowText = (row: readonly Inline[][]) => row.map(plainText).join('\t');
  const rows: Inline[][][] = [];
  for (const step of align(older.rows, newer.rows, rowText)) {
    if (step.kind === 'same') { rows.push(newer.rows[step.b]!); continue; }
    const pairs = Math.min(step.a.length, step.b.length);
    for (let k = 0; k < pairs; k++) rows.push(newer.rows[step.b[k]!]!.map((cell, c) => diffInlines(older.rows[step.a[k]!]![c] ?? [], cell)));
    for (const a of step.a.slice(pairs)) rows.push(older.rows[a]!.map((cell) => mark(cell, 'deletion')));
    for (const b of step.b.slice(pairs)) rows.push(newer.rows[b]!.map((cell) => mark(cell, 'insertion')));
  }
  return { ...newer, header: newer.header.map((cell, c) => diffInlines(older.header[c] ?? [], cell)), rows };
}

function diffList(older: List, newer: List): List {
  const items: Inline[][] = [];
  for (const step of align(older.items, newer.items, plainText)) {
    if (step.kind === 'same') { items.push(newer.items[step.b]!); continue; }
    const pairs = Math.min(step.a.length, step.b.length);
    for (let k = 0; k < pairs; k++) items.push(diffInlines(older.items[step.a[k]!]!, newer.items[step.b[k]!]!));
    for (const a of step.a.slice(pairs)) items.push(mark(older.items[a]!, 'deletion'));
    for (const b of step.b.slice(pairs)) items.push(mark(newer.items[b]!, 'insertion'));
  }
  return { ...newer, items };
}

/** One character of some inlines with its look, or a line break. */
type Styled = { char: string; bold?: boolean; italic?: boolean } | { char: '\n'; lineBreak: true };

function styledChars(content: readonly Inline[]): Styled[] {
  return content.flatMap((inline): Styled[] => {
    if (inline.type === 'break') return [{ char: '\n', lineBreak: true }];
    if (inline.type === 'deletion') return [];
    const look = { ...(inline.bold ? { bold: true } : {}), ...(inline.italic ? { italic: true } : {}) };
    // UTF-16 units, as the word diff counts: neighbours of one look join again into one run.
    return Array.from({ length: inline.text.length }, (_, k) => ({ char: inline.text[k]!, ...look }));
  });
}

/**
 * The newer content with what changed from the older marked in it, word by word, each piece
 * keeping the look it had (what stayed and was added, as it now is; what went, as it was).
 */
function diffInlines(older: readonly Inline[], newer: readonly Inline[]): Inline[] {
  const a = styledChars(older);
  const b = styledChars(newer);
  const out: Inline[] = [];
  let ia = 0;
  let ib = 0;
  const take = (from: Styled[], start: number, length: number, as: 'text' | 'insertion' | 'deletion') => {
    for (const piece of from.slice(start, start + length)) {
      if ('lineBreak' in piece) {
        if (as !== 'deletion') out.push({ type: 'break' });
        else push({ type: 'deletion', text: ' ' });
        continue;
      }
      push({ type: as, text: piece.char, ...(piece.bold ? { bold: true } : {}), ...(piece.italic ? { italic: true } : {}) });
    }
  };
  // Neighbouring pieces of one kind and look become one run.
  const push = (inline: Inline) => {
    const last = out[out.length - 1];
    if (last && last.type === inline.type && last.type !== 'break' && inline.type !== 'break' && last.bold === inline.bold && last.italic === inline.italic) last.text += inline.text;
    else out.push(inline);
  };
  for (const segment of wordDiff(a.map((s) => s.char).join(''), b.map((s) => s.char).join(''))) {
    const length = segment.text.length;
    if (segment.kind === 'same') { take(b, ib, length, 'text'); ia += length; ib += length; }
    else if (segment.kind === 'added') { take(b, ib, length, 'insertion'); ib += length; }
    else { take(a, ia, length, 'deletion'); ia += length; }
  }
  return out;
}
