import { describe, expect, it } from 'vitest';
import { createDraftStore } from '../../src/app/draft-store';
import { findingId } from '../../src/requirements';
import { completeDraft, TODAY } from '../support/drafts';

const store = () => createDraftStore(completeDraft(), { today: () => TODAY });

describe('the draft store', () => {
  it('sets a field, derives the findings anew and tells its subscribers once', () => {
    const s = store();
    let calls = 0;
    s.subscribe(() => calls++);
    expect(s.dispatch({ kind: 'set', path: ['sections', 'reporting', 'writtenReportWithinHours'], value: 72 })).toBe(true);
    expect(calls).toBe(1);
    expect(s.getState()).toMatchObject({ revision: 1, draft: { sections: { reporting: { writtenReportWithinHours: 72 } } } });
    expect(s.getState().findings.map((f) => f.ruleId)).toEqual(['mandated-report']);
  });

  it('refuses, changing nothing, a value the schema does not accept or a field that does not exist', () => {
    const s = store();
    const before = s.getState();
    expect(s.dispatch({ kind: 'set', path: ['sections', 'reporting', 'writtenReportWithinHours'], value: 'soon' })).toBe(false);
    expect(s.dispatch({ kind: 'set', path: ['sections', 'reporting', 'inventedField'], value: 1 })).toBe(false);
    expect(s.getState()).toBe(before);
  });

  it('takes on a reviewer’s copy only what a reviewer may do, refusing the rest as one change', () => {
    const s = createDraftStore(completeDraft(), { today: () => TODAY, reviewing: true });
    const before = s.getState();
    const set = { kind: 'set', path: ['sections', 'reporting', 'writtenReportWithinHours'], value: 72 } as const;
    expect(s.dispatch(set)).toBe(false);
    expect(s.getState()).toBe(before);
    const comment = { kind: 'comment', comment: { id: 'c1', anchor: { section: 'reporting', recordId: null, field: null, label: '' }, author: 'Sam', at: '2026-12-02T10:00:00.000Z', text: 'Why 72?' } } as const;
    expect(s.dispatch([set, comment])).toBe(true);
    expect(s.getState().draft.comments).toHaveLength(1);
    expect(s.getState().draft.sections).toEqual(before.draft.sections);
  });

  it('adds an agency with a fresh id in the first county, with every default filled', () => {
    const s = store();
    s.dispatch({ kind: 'add', list: 'agencies', record: { name: 'Yolo County Public Defender', roles: ['public-defender'] } });
    const added = s.getState().draft.agencies.at(-1)!;
    expect(added).toMatchObject({ id: 'agency-9', county: 'Yolo', name: 'Yolo County Public Defender', tookPart: false, leadsTeam: false, signer: { name: '', title: '' } });
  });

  it('removes an agency with everything that named it, and puts it back where it was on undo', () => {
    const s = store();
    const probation = s.getState().draft.agencies[1]!;
    s.dispatch({ kind: 'remove', list: 'agencies', id: probation.id });
    expect(s.getState().draft.mdtTiers[0]!.memberAgencyIds).not.toContain(probation.id);
    expect(s.getState().findings.map((f) => f.ruleId)).toContain('partner-probation');
    s.dispatch({ kind: 'insert', list: 'agencies', record: probation, index: 1 });
    expect(s.getState().draft.agencies[1]).toEqual(probation);
  });

  it('moves a record, and an acknowledgement by record id still applies after the move', () => {
    const s = store();
    s.dispatch({ kind: 'set', path: ['agencies', 6, 'tookPart'], value: false });
    s.dispatch({ kind: 'set', path: ['firstDevelopedOn'], value: '2016-01-01' });
    const [finding] = s.getState().findings.filter((f) => f.ruleId === 'partner-sheriff');
    expect(finding).toMatchObject({ severity: 'warning', recordId: 'yolo-sheriff' });
    s.dispatch({ kind: 'acknowledge', finding: { ruleId: 'partner-sheriff', county: 'Yolo', recordId: 'yolo-sheriff', path: null }, by: 'Dana Cho', reason: 'Joins at the next revision.', on: '2026-11-02' });
    s.dispatch({ kind: 'move', list: 'agencies', id: 'yolo-sheriff', to: 0 });
    expect(s.getState().draft.agencies[0]!.id).toBe('yolo-sheriff');
    const after = s.getState().findings.find((f) => f.ruleId === 'partner-sheriff')!;
    expect(after).toMatchObject({ path: 'agencies.0.tookPart', acknowledged: { by: 'Dana Cho' } });
    expect(findingId(after)).not.toBe(findingId(finding!));
  });

  it('withdraws an acknowledgement, so the warning stands open again', () => {
    const s = store();
    s.dispatch({ kind: 'set', path: ['sections', 'training', 'audiences'], value: ['foster-caregivers'] });
    const identity = { ruleId: 'training', county: null, recordId: null, path: 'sections.training.audiences' };
    s.dispatch({ kind: 'acknowledge', finding: identity, by: 'Dana Cho', reason: 'Trained by the state.', on: null });
    expect(s.getState().findings[0]!.acknowledged).toBeDefined();
    s.dispatch({ kind: 'withdraw', finding: identity });
    expect(s.getState().draft.acknowledgements).toEqual([]);
    expect(s.getState().findings[0]!.acknowledged).toBeUndefined();
  });

  it('refuses to add an agency when the protocol has no county and none is given', () => {
    const s = createDraftStore({ ...completeDraft(), counties: [], agencies: [], mdtTiers: [] }, { today: () => TODAY });
    expect(s.dispatch({ kind: 'add', list: 'agencies' })).toBe(false);
    expect(s.dispatch({ kind: 'add', list: 'agencies', record: { county: 'Napa' } })).toBe(true);
  });
});

describe('the draft store in the page', () => {
  it('shows a change at once and its findings in a task of their own, checking once for a burst of changes', async () => {
    const s = createDraftStore(completeDraft(), { today: () => TODAY, deferChecks: true });
    const seen: number[] = [];
    s.subscribe(() => seen.push(s.getState().findings.length));
    s.dispatch({ kind: 'set', path: ['sections', 'reporting', 'writtenReportWithinHours'], value: 72 });
    s.dispatch({ kind: 'set', path: ['sections', 'reporting', 'writtenReportWithinHours'], value: 96 });
    expect(s.getState().draft.sections.reporting.writtenReportWithinHours).toBe(96);
    expect(s.getState().findings).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(s.getState().findings.map((f) => f.ruleId)).toEqual(['mandated-report']);
    expect(s.getState().findings[0]!.message).toContain('96');
    expect(seen).toEqual([0, 0, 1]);
  });
});
