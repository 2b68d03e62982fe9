import { describe, expect, it } from 'vitest';
import { plainText, prepareExport, type Block, type Inline, type MouDocument } from '../../src/document';
import { applyEdit, type Draft, type DraftEdit } from '../../src/model';
import { redline } from '../../src/review/redline';
import { completeDraft } from '../support/drafts';

const today = '2026-12-02';
const by = { author: 'Sam Ortiz', date: '2026-12-02T10:00:00Z', since: 'the version the partners approved' };

const mou = (draft: Draft): MouDocument => {
  const prepared = prepareExport(draft, { final: false, today });
  if (!prepared.ok) throw new Error('a draft export is never refused');
  return prepared.value;
};

const inlinesOf = (block: Block): Inline[][] => (block.type === 'paragraph' ? [block.content] : block.type === 'list' ? block.items
  : block.type === 'table' ? [...block.header, ...block.rows.flat()] : []);

const only = (content: Inline[], kind: 'insertion' | 'deletion') => content.some((i) => i.type === kind) && content.every((i) => i.type === kind || i.type === 'break');

/** A block's words as they now read (insertions in, deletions out), or as they were (the reverse); a list item wholly removed (or added) is not there. */
const reading = (block: Block, when: 'now' | 'then'): string => {
  const drop = when === 'now' ? 'deletion' : 'insertion';
  const items = block.type === 'list' ? inlinesOf(block).filter((item) => !only(item, drop)) : inlinesOf(block);
  const kept = items.map((content) => plainText(content.flatMap((i): Inline[] => (i.type === drop ? [] : i.type === 'insertion' || i.type === 'deletion' ? [{ ...i, type: 'text' }] : [i]))));
  return block.type === 'paragraph' || block.type === 'list' || block.type === 'table' ? `${block.type}:${kept.join('|')}` : JSON.stringify({ ...block, source: undefined });
};

/** Whether a redline marks anything. */
const hasChanges = (doc: MouDocument) => doc.blocks.flatMap(inlinesOf).flat().some((i) => i.type === 'insertion' || i.type === 'deletion');

const onlyDeleted = (block: Block) => { const all = inlinesOf(block).flat().filter((i) => i.type !== 'break'); return all.length > 0 && all.every((i) => i.type === 'deletion'); };
const onlyInserted = (block: Block) => { const all = inlinesOf(block).flat().filter((i) => i.type !== 'break'); return all.length > 0 && all.every((i) => i.type === 'insertion'); };

describe('the redline', () => {
  const older = completeDraft(['Napa'], { sections: { training: { frequency: 'At hire and every year after' } } });
  const edits: DraftEdit[] = [
    { kind: 'set', path: ['sections', 'training', 'frequency'], value: 'At hire and every six months after' },
    { kind: 'remove', list: 'agencies', id: older.agencies.find((a) => a.roles.includes('county-office-of-education'))!.id },
    { kind: 'add', list: 'agencies', record: { name: 'Napa Valley Survivors Network', signs: true, roles: ['survivor-organization'], tookPart: true } },
    { kind: 'set', path: ['sections', 'governance', 'survivorInput'], value: 'Survivor advocates reviewed every draft.' },
    { kind: 'set', path: ['sections', 'identification', 'screeningTool'], value: 'CSE-IT version 2' },
  ];
  const newer = edits.reduce(applyEdit, older);
  const marked = redline(mou(older), mou(newer), by);

  it('marks nothing when the two read the same, and says what it measures from', () => {
    const same = redline(mou(older), mou(older), by);
    expect(hasChanges(same)).toBe(false);
    expect(same.blocks.filter((b) => b.type !== 'paragraph' || plainText(b.content) !== `Tracked changes show what changed since ${by.since}.`)).toEqual(mou(older).blocks);
    expect(same.meta.redline).toEqual({ author: 'Sam Ortiz', date: by.date });
  });

  it('reads as the newer MOU once the changes are accepted', () => {
    expect(hasChanges(marked)).toBe(true);
    const accepted = marked.blocks.filter((b) => !onlyDeleted(b) && !(b.type === 'paragraph' && b.style === 'note' && /^Tracked changes show/.test(plainText(b.content))));
    expect(accepted.map((b) => reading(b, 'now'))).toEqual(mou(newer).blocks.map((b) => reading(b, 'now')));
  });

  it('reads as the older MOU once they are rejected, heading and signature changes aside', () => {
    const textual = (b: Block) => b.type === 'paragraph' || b.type === 'list' || b.type === 'table';
    const rejected = marked.blocks.filter((b) => textual(b) && !onlyInserted(b) && !(b.type === 'paragraph' && b.style === 'note' && /^Tracked changes show/.test(plainText(b.content)))
      && !(b.type === 'paragraph' && b.style === 'note' && b.content.every((i) => i.type === 'deletion') && !mou(older).blocks.some((o) => o.type === 'paragraph' && o.style === 'note' && reading(o, 'then') === reading(b, 'then'))));
    expect(rejected.map((b) => reading(b, 'then'))).toEqual(mou(older).blocks.filter(textual).map((b) => reading(b, 'then')));
  });

  it('marks a changed answer word by word, keeping the bold of the words that stayed', () => {
    const changed = marked.blocks.flatMap(inlinesOf).find((content) => content.some((i) => i.type === 'deletion' && i.text.includes('year')))!;
    expect(changed.filter((i) => i.type !== 'text')).toEqual([{ type: 'deletion', text: 'year' }, { type: 'insertion', text: 'six months' }]);
    const tool = marked.blocks.flatMap(inlinesOf).find((content) => content.some((i) => i.type === 'insertion' && i.text.includes('version 2')))!;
    expect(tool[0]).toEqual({ type: 'text', text: 'Screening tool:', bold: true });
  });

  it('strikes a table row where it was and inserts it where it is, after a move, rather than rewriting every row', () => {
    const two = applyEdit(older, { kind: 'add', list: 'mdtTiers', record: { id: 'ongoing', name: 'Ongoing MDT', memberAgencyIds: [], convenes: { kind: 'regular', cadence: 'monthly' } } });
    const first = two.mdtTiers[0]!;
    const moved = [{ kind: 'move', list: 'mdtTiers', id: first.id, to: 1 }, { kind: 'update', list: 'mdtTiers', id: first.id, path: ['name'], value: 'Rapid response MDT' }] as const;
    const tiers = (doc: MouDocument) => doc.blocks.find((b) => b.type === 'table' && plainText(b.header[0]!) === 'Team') as Extract<Block, { type: 'table' }>;
    const table = tiers(redline(mou(two), mou(moved.reduce(applyEdit, two)), by));
    const kinds = table.rows.map((row) => [...new Set(row.flat().filter((i) => i.type !== 'break').map((i) => i.type))].join());
    const words = (cell: readonly Inline[]) => cell.map((i) => (i.type === 'break' ? '\n' : i.text)).join('');
    expect(table.rows.map((row) => words(row[0]!))).toEqual([first.name, 'Ongoing MDT', 'Rapid response MDT']);
    expect(kinds).toEqual(['deletion', 'text', 'insertion']);
  });

  it('shows a removed agency’s signature block struck out, and a new one’s as it is', () => {
    const notes = marked.blocks.filter((b) => b.type === 'paragraph' && b.style === 'note' && b.content.every((i) => i.type === 'deletion'));
    const struck = notes.map((b) => (b as { content: Inline[] }).content.map((i) => (i.type === 'deletion' ? i.text : '')).join(''));
    expect(struck).toContainEqual(expect.stringMatching(/^Napa County Office of Education/));
    // Its lines joined by dashes, none empty (its county, which its name already says, is not printed).
    const block = struck.filter((line) => line.startsWith('Napa County Office of Education —'));
    expect(block).toHaveLength(1);
    expect(block[0]).not.toMatch(/—\s*—/);
    expect(marked.blocks.some((b) => b.type === 'signature' && b.agency === 'Napa Valley Survivors Network')).toBe(true);
  });
});
