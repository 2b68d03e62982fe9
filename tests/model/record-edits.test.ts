import { describe, expect, it } from 'vitest';
import { applyEdit, contentHash, freshRecordId } from '../../src/model';
import { completeDraft } from '../support/drafts';

describe('an edit to a record, by its id', () => {
  const draft = completeDraft();
  const [first, second] = draft.agencies;

  it('sets a field of the record with that id, wherever it stands in the list', () => {
    const moved = applyEdit(draft, { kind: 'move', list: 'agencies', id: first!.id, to: 3 });
    const next = applyEdit(moved, { kind: 'update', list: 'agencies', id: first!.id, path: ['signer', 'name'], value: 'Pat Lee' });
    expect(next.agencies.find((a) => a.id === first!.id)!.signer.name).toBe('Pat Lee');
    expect(next.agencies.filter((a) => a.id !== first!.id)).toEqual(moved.agencies.filter((a) => a.id !== first!.id));
  });

  it('replaces the whole record with an empty path, keeping its id', () => {
    const next = applyEdit(draft, { kind: 'update', list: 'agencies', id: second!.id, path: [], value: { ...second!, id: 'other', name: 'Renamed' } });
    expect(next.agencies[1]).toEqual({ ...second!, name: 'Renamed' });
  });

  it('changes nothing once the record is gone, so a late edit never lands on the record that took its place', () => {
    const removed = applyEdit(draft, { kind: 'remove', list: 'agencies', id: first!.id });
    expect(applyEdit(removed, { kind: 'update', list: 'agencies', id: first!.id, path: [], value: { ...first!, name: 'Late' } })).toBe(removed);
    expect(applyEdit(removed, { kind: 'update', list: 'agencies', id: first!.id, path: ['name'], value: 'Late' })).toBe(removed);
  });

  it('changes nothing on a certified draft', () => {
    const certified = applyEdit(draft, { kind: 'certify', by: 'Dana Cruz', on: '2026-11-20' });
    expect(applyEdit(certified, { kind: 'update', list: 'agencies', id: first!.id, path: ['name'], value: 'X' })).toBe(certified);
  });
});

describe('a record the committee adds', () => {
  it('takes an id no record had before, so a comment on a removed record never lands on the new one', () => {
    let draft = applyEdit(completeDraft(), { kind: 'add', list: 'customSections', record: { id: 'section-1', title: 'Local resources', after: 'training', text: 'x' } });
    draft = applyEdit(draft, { kind: 'remove', list: 'customSections', id: 'section-1' });
    const ids = new Set(Array.from({ length: 50 }, () => freshRecordId(draft, 'customSections')));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^section-[0-9a-f]{8}$/);
    const id = [...ids][0]!;
    draft = applyEdit(draft, { kind: 'add', list: 'customSections', record: { id, after: 'training' } });
    expect(draft.customSections.map((s) => s.id)).toEqual([id]);
  });

  it('gets an id of its own when the one it brings is blank or taken', () => {
    const draft = completeDraft();
    const taken = draft.agencies[0]!.id;
    const added = applyEdit(draft, { kind: 'add', list: 'agencies', record: { id: taken, name: 'Another' } });
    expect(added.agencies.at(-1)!.id).not.toBe(taken);
    expect(new Set(added.agencies.map((a) => a.id)).size).toBe(added.agencies.length);
  });
});

describe('an optional answer of the draft, absent until given', () => {
  const region = completeDraft(['Lassen', 'Trinity']);

  it('is set by a set edit, refused when the schema refuses it, and taken away again, leaving the content hash as it was', () => {
    const set = applyEdit(region, { kind: 'set', path: ['countiesNotInCsecProgram'], value: ['Trinity'] });
    expect(set.countiesNotInCsecProgram).toEqual(['Trinity']);
    expect(applyEdit(region, { kind: 'set', path: ['countiesNotInCsecProgram'], value: ['Atlantis'] })).toBe(region);
    const unset = applyEdit(set, { kind: 'set', path: ['countiesNotInCsecProgram'], value: undefined });
    expect(unset).not.toHaveProperty('countiesNotInCsecProgram');
    expect(contentHash(unset)).toBe(contentHash(region));
  });

  it('is no way into a field the draft does not have', () => {
    expect(applyEdit(region, { kind: 'set', path: ['countiesNotInProgram'], value: ['Trinity'] })).toBe(region);
  });
});
