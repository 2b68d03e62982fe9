import { describe, expect, it } from 'vitest';
import { applyEdit, type Draft, type DraftEdit } from '../../src/model';
import { agencyReferences } from '../../src/wizard/record-names';
import { placesPutBack } from '../../src/wizard/use-list-edits';
import { completeDraft } from '../support/drafts';

const apply = (draft: Draft, edits: DraftEdit[]) => edits.reduce(applyEdit, draft);

describe('putting a removed agency back after other edits', () => {
  it('puts back its recorded approval and signature as they were recorded, which the notice says went with it', () => {
    const start = completeDraft(['Napa']);
    const signer = start.agencies.find((a) => a.signs)!;
    const other = start.agencies.find((a) => a.id !== signer.id)!;
    const recorded = apply(start, [
      { kind: 'approve', agencyId: signer.id, by: 'Lee Park, Deputy County Counsel', on: '2026-12-01' },
      { kind: 'signature', agencyId: signer.id, signedOn: '2026-12-02' },
    ]);
    // The notice of the removal says they go with it.
    expect(agencyReferences(recorded, signer.id).slice(-2)).toEqual(['recorded as approved', 'recorded as signed']);
    const index = recorded.agencies.findIndex((a) => a.id === signer.id);
    const removed = applyEdit(recorded, { kind: 'remove', list: 'agencies', id: signer.id });
    expect(removed.approvals.some((a) => a.agencyId === signer.id)).toBe(false);
    // Another edit since: Undo cannot put the whole draft back, only the agency and its places.
    const since = applyEdit(removed, { kind: 'move', list: 'agencies', id: other.id, to: 0 });
    const back = apply(since, [{ kind: 'insert', list: 'agencies', record: signer, index }, ...placesPutBack({ before: recorded, record: signer }, since)]);
    expect(back.approvals.filter((a) => a.agencyId === signer.id)).toEqual(recorded.approvals.filter((a) => a.agencyId === signer.id));
    expect(back.signatures.filter((s) => s.agencyId === signer.id)).toEqual(recorded.signatures.filter((s) => s.agencyId === signer.id));
  });
});
