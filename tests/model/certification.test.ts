import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applyEdit, approvalStandings, bindingHash, contentHash, restoreDraft, serializeDraft, signatureStandings, type Draft, type DraftEdit } from '../../src/model';
import { completeDraft, withChange } from '../support/drafts';

const certify: DraftEdit = { kind: 'certify', by: 'Dana Cruz, CSEC coordinator', on: '2026-12-02' };

describe('the content hash', () => {
  it('is the SHA-256 of the draft’s content as canonical JSON, the same whatever order its keys were written in', () => {
    const draft = completeDraft();
    expect(contentHash(draft)).toMatch(/^sha256:[0-9a-f]{64}$/);
    const reordered = Object.fromEntries(Object.entries(draft).reverse()) as typeof draft;
    expect(contentHash(reordered)).toBe(contentHash(draft));
    // The same draft saved to a file and read back has the same hash.
    const restored = restoreDraft(serializeDraft(draft));
    expect(restored.ok && contentHash(restored.value.draft)).toBe(contentHash(draft));
    // Computed independently: sorted keys, no spaces, the certification, signatures, approvals and review left out.
    const sorted = (value: unknown): unknown => (Array.isArray(value) ? value.map(sorted)
      : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, sorted(v)])) : value);
    const { certification: _left, signatures: _out, approvals: _none, comments: _c, sectionReviews: _r, ...content } = draft;
    expect(contentHash(draft)).toBe(`sha256:${createHash('sha256').update(JSON.stringify(sorted(content))).digest('hex')}`);
  });

  it('is the same for a draft saved before sections had a language: an English section records none', () => {
    const draft = withChange(completeDraft(), (d) => { d.customSections = [{ id: 'x', title: 'Local', after: 'training', text: 'Words.' }]; });
    const restored = restoreDraft(serializeDraft(draft));
    expect(restored.ok && restored.value.draft.customSections[0]).toEqual({ id: 'x', title: 'Local', after: 'training', text: 'Words.' });
    expect(restored.ok && contentHash(restored.value.draft)).toBe(contentHash(draft));
    const spanish = withChange(draft, (d) => { d.customSections[0]!.lang = 'es'; });
    expect(contentHash(spanish)).not.toBe(contentHash(draft));
  });

  it('changes with any answer, and not with the certification', () => {
    const draft = completeDraft();
    expect(contentHash(withChange(draft, (d) => { d.sections.training.frequency = 'Yearly'; }))).not.toBe(contentHash(draft));
    expect(contentHash(withChange(draft, (d) => { d.agencies[0]!.signer.title = 'Director.'; }))).not.toBe(contentHash(draft));
    expect(contentHash(applyEdit(draft, certify))).toBe(contentHash(draft));
  });
});

describe('certifying the final text', () => {
  it('records the content hash, who and when, and then refuses every edit but starting a new version', () => {
    const draft = completeDraft();
    const certified = applyEdit(draft, certify);
    expect(certified.certification).toEqual({ contentHash: contentHash(draft), by: 'Dana Cruz, CSEC coordinator', on: '2026-12-02' });
    const edits: DraftEdit[] = [
      { kind: 'set', path: ['title'], value: 'Another title' },
      { kind: 'add', list: 'agencies', record: { name: 'New agency' } },
      { kind: 'remove', list: 'agencies', id: draft.agencies[0]!.id },
      { kind: 'move', list: 'agencies', id: draft.agencies[0]!.id, to: 3 },
      { kind: 'acknowledge', finding: { ruleId: 'training', county: null, recordId: null, path: null }, by: 'A', reason: 'B', on: null },
      { kind: 'set', path: ['complianceExhibit'], value: true },
      certify,
    ];
    for (const edit of edits) expect(applyEdit(certified, edit), edit.kind).toBe(certified);
    const reopened = applyEdit(certified, { kind: 'reopen' });
    expect(reopened.certification).toBeNull();
    expect(applyEdit(reopened, { kind: 'set', path: ['title'], value: 'Another title' }).title).toBe('Another title');
  });

  it('refuses a certification without a name, and starting a new version of a draft never certified', () => {
    const draft = completeDraft();
    expect(applyEdit(draft, { kind: 'certify', by: '  ', on: '2026-12-02' })).toBe(draft);
    expect(applyEdit(draft, { kind: 'reopen' })).toBe(draft);
  });

  it('is kept in the draft file and read back', () => {
    const certified = applyEdit(completeDraft(), certify);
    const restored = restoreDraft(serializeDraft(certified));
    expect(restored.ok && restored.value.draft.certification).toEqual(certified.certification);
    // A hash that is not one is dropped on reading, with a note, and the draft opens unlocked.
    const text = serializeDraft(certified).replace(/"contentHash": "sha256:[0-9a-f]+"/, '"contentHash": "md5:abc"');
    const broken = restoreDraft(text);
    expect(broken.ok && broken.value.draft.certification).toBeNull();
    expect(broken.ok && broken.value.repairs).toContainEqual(expect.objectContaining({ path: 'certification' }));
  });
});

describe('tracking signatures', () => {
  it('records a signing agency’s signature date, also on a certified text, and outside the content hash', () => {
    const certified = applyEdit(completeDraft(), certify);
    const agency = certified.agencies.find((a) => a.signs)!;
    const signed = applyEdit(certified, { kind: 'signature', agencyId: agency.id, signedOn: '2026-12-03' });
    // With the hash of the text signed.
    expect(signed.signatures).toEqual([{ agencyId: agency.id, signedOn: '2026-12-03', textHash: contentHash(certified) }]);
    expect(contentHash(signed)).toBe(contentHash(certified));
    expect(signatureStandings(signed).find((s) => s.agency.id === agency.id)!.standing).toEqual({ kind: 'signed', signedOn: '2026-12-03' });
    // Pending again: the entry goes.
    expect(applyEdit(signed, { kind: 'signature', agencyId: agency.id, signedOn: null }).signatures).toEqual([]);
  });

  it('does not carry a signature over to a text changed since: it is of an earlier text until recorded again', () => {
    const certified = applyEdit(completeDraft(), certify);
    const agency = certified.agencies.find((a) => a.signs)!;
    const signed = applyEdit(certified, { kind: 'signature', agencyId: agency.id, signedOn: '2026-12-03' });
    const changed = applyEdit(applyEdit(signed, { kind: 'reopen' }), { kind: 'set', path: ['sections', 'training', 'frequency'], value: 'Every year' });
    const recertified = applyEdit(changed, certify);
    expect(signatureStandings(recertified).find((s) => s.agency.id === agency.id)!.standing).toEqual({ kind: 'earlier-text', signedOn: '2026-12-03' });
    // A new version certified unchanged keeps its signatures.
    expect(signatureStandings(applyEdit(applyEdit(signed, { kind: 'reopen' }), certify)).find((s) => s.agency.id === agency.id)!.standing.kind).toBe('signed');
    // One recorded before signatures kept their text's hash is read as of the text certified.
    const older = { ...signed, signatures: [{ agencyId: agency.id, signedOn: '2026-12-03' }] };
    expect(signatureStandings(older).find((s) => s.agency.id === agency.id)!.standing.kind).toBe('signed');
    expect(signatureStandings({ ...older, sections: recertified.sections }).find((s) => s.agency.id === agency.id)!.standing.kind).toBe('earlier-text');
  });

  it('refuses a signature for an agency that does not sign, or is not there, and a date that is not one', () => {
    const draft = completeDraft();
    const court = draft.agencies.find((a) => !a.signs)!;
    expect(applyEdit(draft, { kind: 'signature', agencyId: court.id, signedOn: '2026-12-03' })).toBe(draft);
    expect(applyEdit(draft, { kind: 'signature', agencyId: 'nobody', signedOn: '2026-12-03' })).toBe(draft);
    expect(applyEdit(draft, { kind: 'signature', agencyId: draft.agencies[0]!.id, signedOn: '12/03/2026' })).toBe(draft);
  });

  it('drops, with a note, a signature recorded for an agency that is gone or does not sign, when a file is read', () => {
    const draft = completeDraft();
    const court = draft.agencies.find((a) => !a.signs)!;
    const text = serializeDraft({ ...draft, signatures: [{ agencyId: 'gone', signedOn: '2026-12-01' }, { agencyId: court.id, signedOn: '2026-12-01' }] });
    const restored = restoreDraft(text);
    expect(restored.ok && restored.value.draft.signatures).toEqual([]);
    expect(restored.ok && restored.value.repairs).toEqual([
      { kind: 'note', text: 'Removed the signature recorded for "gone", which is not an agency in this draft.' },
      { kind: 'note', text: `Removed the signature recorded for "${court.name}", which does not sign.` },
    ]);
  });
});

describe('approval by each signing agency', () => {
  const approve = (draft: Draft, agencyId: string): Draft => applyEdit(draft, { kind: 'approve', agencyId, by: 'County Counsel', on: '2026-12-01' });
  const standing = (draft: Draft, agencyId: string) => approvalStandings(draft).find((s) => s.agency.id === agencyId)!.standing.kind;

  it('goes out of date when a section, the parties or the agency’s own duties change, and not when another agency’s duties or signer do', () => {
    const draft = completeDraft();
    const [own, other] = draft.agencies.filter((a) => a.signs);
    const approved = approve(draft, own!.id);
    expect(standing(approved, own!.id)).toBe('approved');
    expect(standing(approved, other!.id)).toBe('none');
    const change = (edit: (d: Draft) => void) => standing(withChange(approved, edit), own!.id);
    expect(change((d) => { d.sections.training.frequency = 'Every year'; })).toBe('outdated');
    expect(change((d) => { d.agencies.find((a) => a.id === own!.id)!.responsibilities = 'Convenes the MDT.'; })).toBe('outdated');
    expect(change((d) => { d.agencies.find((a) => a.id === other!.id)!.name = 'Renamed'; })).toBe('outdated');
    expect(change((d) => { d.agencies.find((a) => a.id === other!.id)!.responsibilities = 'Its own duties.'; })).toBe('approved');
    expect(change((d) => { d.agencies.find((a) => a.id === other!.id)!.signer.name = 'Someone Else'; })).toBe('approved');
    // Approving again records the text as it is now.
    const edited = withChange(approved, (d) => { d.sections.training.frequency = 'Every year'; });
    expect(standing(approve(edited, own!.id), own!.id)).toBe('approved');
  });

  it('is recorded also on a certified text, outside its content hash, only for a signing agency, and can be withdrawn', () => {
    const certified = applyEdit(completeDraft(), certify);
    const agency = certified.agencies.find((a) => a.signs)!;
    const approved = approve(certified, agency.id);
    expect(approved.approvals).toEqual([{ agencyId: agency.id, by: 'County Counsel', on: '2026-12-01', textHash: bindingHash(certified, agency.id) }]);
    expect(contentHash(approved)).toBe(contentHash(certified));
    expect(applyEdit(approved, { kind: 'unapprove', agencyId: agency.id }).approvals).toEqual([]);
    const court = certified.agencies.find((a) => !a.signs)!;
    expect(approve(certified, court.id)).toBe(certified);
    expect(applyEdit(certified, { kind: 'approve', agencyId: agency.id, by: ' ', on: '2026-12-01' })).toBe(certified);
  });
});
