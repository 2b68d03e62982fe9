import { describe, expect, it } from 'vitest';
import { prepareExport, withOpenComments, type Block } from '../../src/document';
import { applyEdit, TRAINING_AUDIENCE_LABELS, type CommentAnchor, type Draft } from '../../src/model';
import { choiceWords } from '../../src/wizard/comment-places';
import { completeDraft } from '../support/drafts';

const today = '2026-12-02';

/** The draft with one comment on `anchor`, and the block of its MOU the comment lands on. */
function landing(draft: Draft, anchor: Partial<CommentAnchor> & Pick<CommentAnchor, 'section'>, printedAs?: (draft: Draft, anchor: CommentAnchor) => string[]): Block {
  const commented = applyEdit(draft, { kind: 'comment', comment: { id: 'c', anchor: { recordId: null, field: null, label: 'It', ...anchor }, author: 'Sam', at: `${today}T10:00:00Z`, text: 'Look.' } });
  const prepared = prepareExport(commented, { final: false, today });
  if (!prepared.ok) throw new Error('a draft export is never refused');
  const blocks = withOpenComments(prepared.value, commented, () => 'it', printedAs && ((comment) => printedAs(commented, comment.anchor))).blocks.filter((b) => b.comments?.length);
  expect(blocks).toHaveLength(1);
  return blocks[0]!;
}

describe('placing comments in the MOU', () => {
  const draft = completeDraft(['Napa'], { sections: { training: { frequency: 'At hire and every year after' } } });
  const signer = draft.agencies.find((a) => a.signs)!;

  it('puts a comment on a field on the block that prints its words', () => {
    const block = landing(draft, { section: 'training', field: 'sections.training.frequency' });
    expect(JSON.stringify(block)).toContain('At hire and every year after');
    expect(block.comments).toEqual([{ author: 'Sam', at: `${today}T10:00:00Z`, text: 'On it: Look.', replies: [] }]);
  });

  it('puts a comment on an agency on its signature block, found by id wherever it stands', () => {
    const moved = applyEdit(draft, { kind: 'move', list: 'agencies', id: signer.id, to: 5 });
    expect(landing(moved, { section: 'agencies', recordId: signer.id })).toMatchObject({ type: 'signature', agency: signer.name, source: { recordId: signer.id } });
  });

  it('puts a comment on an MDT tier on its heading, found by id after the tiers are reordered and it is renamed', () => {
    const twoTiers = applyEdit(draft, { kind: 'add', list: 'mdtTiers', record: { id: 'ongoing', name: 'Ongoing MDT', memberAgencyIds: [] } });
    const [first] = twoTiers.mdtTiers;
    const moved = applyEdit(applyEdit(twoTiers, { kind: 'move', list: 'mdtTiers', id: first!.id, to: 1 }), { kind: 'update', list: 'mdtTiers', id: first!.id, path: ['name'], value: 'Rapid response MDT' });
    expect(moved.mdtTiers.map((t) => t.name)).toEqual(['Ongoing MDT', 'Rapid response MDT']);
    expect(landing(moved, { section: 'mdt', recordId: first!.id })).toMatchObject({ type: 'heading', level: 2, text: 'Rapid response MDT', source: { recordId: first!.id } });
  });

  it('puts a comment on a section the committee added on that section’s heading, not on the step it is written on', () => {
    const added = applyEdit(draft, { kind: 'add', list: 'customSections', record: { id: 'section-1', title: 'Local resources', after: 'training', text: 'The county keeps a list of shelters.' } });
    expect(landing(added, { section: 'training', recordId: 'section-1' })).toMatchObject({ type: 'heading', text: expect.stringMatching(/Local resources$/), source: { section: 'custom', recordId: 'section-1' } });
  });

  it('puts a comment on one agency’s answer under that agency, though another agency’s answer begins alike', () => {
    const [first, second] = draft.agencies;
    const alike = [first!, second!].reduce((d, agency, i) => applyEdit(d, { kind: 'update', list: 'agencies', id: agency.id, path: ['responsibilities'], value: `Takes part in both MDT tiers.\nAnd ${i === 0 ? 'screens' : 'treats'} youth.` }), draft);
    const block = landing(alike, { section: 'roles', recordId: second!.id, field: 'responsibilities' });
    expect(JSON.stringify(block)).toContain('treats');
    expect(JSON.stringify(block)).not.toContain('screens');
  });

  it('puts a comment on an answer of choices on the list that prints them, told the words they print as', () => {
    // Found by a review: "Who is trained" stores ids, so its comment fell back to the heading.
    const trained = completeDraft(['Napa']);
    expect(trained.sections.training.audiences.length).toBeGreaterThan(0);
    const block = landing(trained, { section: 'training', field: 'sections.training.audiences' }, choiceWords);
    expect(block.type).toBe('list');
    expect(JSON.stringify(block)).toContain(TRAINING_AUDIENCE_LABELS[trained.sections.training.audiences[0]!]);
  });

  it('puts a comment on the whole section, a choice (untold what it prints as), or a record since removed, on the section’s heading', () => {
    expect(landing(draft, { section: 'training' })).toMatchObject({ type: 'heading', text: expect.stringMatching(/Training$/) });
    expect(landing(draft, { section: 'training', field: 'sections.training.audiences' })).toMatchObject({ type: 'heading' });
    expect(landing(draft, { section: 'roles', recordId: 'gone', field: 'responsibilities' })).toMatchObject({ type: 'heading', text: expect.stringMatching(/Roles and responsibilities$/) });
  });

  it('leaves resolved comments out', () => {
    const commented = (state: Draft) => {
      const prepared = prepareExport(state, { final: false, today });
      if (!prepared.ok) throw new Error('a draft export is never refused');
      return withOpenComments(prepared.value, state, () => '').blocks.some((b) => b.comments);
    };
    const open = applyEdit(draft, { kind: 'comment', comment: { id: 'c', anchor: { section: 'training', recordId: null, field: null, label: '' }, author: 'Sam', at: `${today}T10:00:00Z`, text: 'Look.' } });
    expect(commented(open)).toBe(true);
    expect(commented(applyEdit(open, { kind: 'commentStatus', commentId: 'c', status: 'resolved', by: 'Dana', at: `${today}T11:00:00Z` }))).toBe(false);
  });
});
