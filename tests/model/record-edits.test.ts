import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/model';
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
