import { describe, expect, it } from 'vitest';
import { compareDrafts, hasDifferences, type Change } from '../../src/review/compare';
import { comparisonInWords } from '../../src/review/compare-text';
import { checkDraft } from '../../src/requirements';
import { completeDraft, TODAY, withChange } from '../support/drafts';

const changesOf = (before = completeDraft(), after = completeDraft()) => compareDrafts(before, after, TODAY);
const part = (comparison: ReturnType<typeof changesOf>, title: string): Change[] => comparison.parts.find((p) => p.title === title)?.changes ?? [];

describe('comparing two drafts', () => {
  it('finds no difference between a draft and itself', () => {
    const comparison = changesOf();
    expect(hasDifferences(comparison)).toBe(false);
    expect(comparisonInWords(comparison).at(-1)).toBe('No differences.');
  });

  it('says a reordered agency moved, not that one was removed and another added', () => {
    const after = withChange(completeDraft(), (d) => { d.agencies.reverse(); });
    const changes = part(changesOf(completeDraft(), after), 'Agencies and signatures');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'moved', what: 'Agency' });
  });

  it('says a renamed agency’s new name once, not as a member, convener or provider removed and another added', () => {
    const before = completeDraft();
    const probation = before.agencies.find((a) => a.roles.includes('probation'))!;
    const ready = withChange(before, (d) => {
      d.mdtTiers[0]!.convenerAgencyId = probation.id;
      d.sections.services.offered = [{ name: 'Court advocacy', providerAgencyId: probation.id, description: '' }];
    });
    expect(ready.mdtTiers[0]!.memberAgencyIds).toContain(probation.id);
    const after = withChange(ready, (d) => { d.agencies.find((a) => a.id === probation.id)!.name = `${probation.name} (Juvenile Division)`; });
    const comparison = changesOf(ready, after);
    expect(comparison.parts.flatMap((p) => p.changes)).toEqual([
      { kind: 'changed', what: `${probation.name} (Juvenile Division): Name`, before: probation.name, after: `${probation.name} (Juvenile Division)`, words: expect.anything() },
    ]);
    // A member taken out, or put back, is a change of member, named as each draft names it.
    const without = withChange(ready, (d) => { d.mdtTiers[0]!.memberAgencyIds = d.mdtTiers[0]!.memberAgencyIds.filter((id) => id !== probation.id); });
    const members = (a: typeof ready, b: typeof ready) => part(changesOf(a, b), '7. Multidisciplinary teams').filter((c) => c.what.endsWith(': Members')).map((c) => [c.kind, 'detail' in c ? c.detail : null]);
    expect(members(ready, without)).toEqual([['removed', probation.name]]);
    expect(members(without, after)).toEqual([['added', `${probation.name} (Juvenile Division)`]]);
  });

  it('names the one agency that moved, with its new place, when the rest kept their order', () => {
    const after = withChange(completeDraft(), (d) => { d.agencies.splice(2, 0, d.agencies.splice(6, 1)[0]!); });
    expect(part(changesOf(completeDraft(), after), 'Agencies and signatures')).toEqual([
      { kind: 'moved', what: 'Agency', detail: "Yolo County Sheriff's Office, now 3 of 8" },
    ]);
  });

  it('gives a moved added section its place on its own page, and an untitled one the wizard’s name for it', () => {
    const sections = (d: ReturnType<typeof completeDraft>) => {
      d.customSections = [
        { id: 'a', title: 'Local resources', after: 'training', text: 'A.' },
        { id: 'b', title: 'Early intervention', after: 'identification', text: 'B.' },
        { id: 'f', title: 'Refresher courses', after: 'training', text: 'F.' },
        { id: 'c', title: '', after: 'training', text: 'C.' },
        { id: 'd', title: 'Closing', after: null, text: 'D.' },
        { id: 'e', title: '', after: 'data', text: 'E.' },
      ];
    };
    const before = withChange(completeDraft(), sections);
    const after = withChange(before, (d) => {
      // The untitled section goes from last to first on the training page, the closing one
      // to the data page (said as a change of place), and the untitled one there is removed.
      const [a, b, f, c, dd] = d.customSections;
      d.customSections = [c!, b!, a!, { ...dd!, after: 'data' }, f!];
    });
    expect(part(changesOf(before, after), 'Sections the committee added')).toEqual([
      { kind: 'removed', what: 'Added section', detail: 'Untitled section after 12. Data collection and evaluation' },
      { kind: 'changed', what: 'Closing: Placed after', before: 'The end of the body', after: 'Section 12. Data collection and evaluation', words: null },
      { kind: 'moved', what: 'Added section', detail: 'Untitled section, now 1 of 3 after Section 11. Training' },
    ]);
  });

  it('follows an agency by its id through a new name, and says what else changed about it', () => {
    const after = withChange(completeDraft(), (d) => {
      d.agencies[1]!.name = 'Yolo County Probation';
      d.agencies[1]!.signs = false;
    });
    const changes = part(changesOf(completeDraft(), after), 'Agencies and signatures');
    expect(changes).toEqual([
      { kind: 'changed', what: 'Yolo County Probation: Name', before: 'Yolo County Probation Department', after: 'Yolo County Probation', words: expect.any(Array) },
      { kind: 'changed', what: 'Yolo County Probation: Signs the MOU', before: 'Yes', after: 'No', words: null },
    ]);
  });

  it('marks a text change word by word, in the section it belongs to', () => {
    const after = withChange(completeDraft(), (d) => { d.sections.identification.screeningTool = 'CSE-IT, repeated every six months'; });
    const changes = part(changesOf(completeDraft(), after), '5. Identification and screening');
    expect(changes).toEqual([{
      kind: 'changed', what: 'Screening tool', before: 'CSE-IT', after: 'CSE-IT, repeated every six months',
      words: [{ kind: 'removed', text: 'CSE-IT' }, { kind: 'added', text: 'CSE-IT, repeated every six months' }],
    }]);
    expect(comparisonInWords(changesOf(completeDraft(), after))).toContain('  changed  Screening tool: [-CSE-IT-]{+CSE-IT, repeated every six months+}');
  });

  it('lists choices, tier members and agencies added and removed, with the MDT tiers in section 7', () => {
    const before = completeDraft();
    const after = withChange(completeDraft(), (d) => {
      d.sections.training.audiences = ['foster-caregivers', 'educators'];
      d.mdtTiers[0]!.memberAgencyIds = d.mdtTiers[0]!.memberAgencyIds.filter((id) => id !== 'yolo-sheriff');
      d.agencies = d.agencies.filter((a) => a.id !== 'yolo-survivor-organization');
    });
    const comparison = changesOf(before, after);
    expect(part(comparison, '11. Training').map((c) => [c.kind, 'detail' in c ? c.detail : ''])).toEqual([
      ['removed', "county children’s services workers"],
      ['added', 'educators and school staff'],
    ]);
    expect(part(comparison, '7. Multidisciplinary teams')).toContainEqual({ kind: 'removed', what: 'Immediate response MDT: Members', detail: "Yolo County Sheriff's Office" });
    expect(part(comparison, 'Agencies and signatures')).toContainEqual({ kind: 'removed', what: 'Agency', detail: 'Yolo County Survivor Advocates Collective' });
  });

  it('says which findings appeared and which were resolved', () => {
    const broken = withChange(completeDraft(), (d) => { d.agencies = d.agencies.filter((a) => !a.roles.includes('probation')); });
    const worse = changesOf(completeDraft(), broken);
    expect(worse.findings.appeared.map((f) => f.ruleId)).toContain('partner-probation');
    expect(worse.findings.resolved).toEqual([]);
    const better = changesOf(broken, completeDraft());
    expect(better.findings.resolved.map((f) => f.ruleId)).toContain('partner-probation');
    expect(better.findings.appeared).toEqual([]);
    // Findings already checked (the app's store holds the open draft's) give the same answer, and are used as given.
    const checked = { before: checkDraft(completeDraft(), { today: TODAY }), after: checkDraft(broken, { today: TODAY }) };
    expect(compareDrafts(completeDraft(), broken, TODAY, checked)).toEqual(worse);
    expect(compareDrafts(completeDraft(), broken, TODAY, { after: checked.before }).findings.appeared).toEqual([]);
  });

  it('keeps a finding about a moved record the same finding, neither appeared nor resolved', () => {
    const before = withChange(completeDraft(), (d) => {
      d.customSections = [
        { id: 'a', title: '', after: 'training', text: 'One.' },
        { id: 'b', title: 'Local', after: 'training', text: 'Within 72 hours the written report follows.' },
      ];
    });
    const after = withChange(before, (d) => { d.customSections.reverse(); });
    expect(checkDraft(after, { today: TODAY }).filter((f) => f.recordId).map((f) => f.path)).toEqual(['customSections.1.title', 'customSections.0.text']);
    expect(changesOf(before, after).findings).toEqual({ appeared: [], resolved: [] });
  });

  it('says a section’s language changed', () => {
    const before = withChange(completeDraft(), (d) => { d.customSections = [{ id: 'a', title: 'Recursos', after: 'training', text: 'Texto.' }]; });
    const after = withChange(before, (d) => { d.customSections[0]!.lang = 'es'; });
    expect(part(changesOf(before, after), 'Sections the committee added')).toEqual([{ kind: 'changed', what: 'Recursos: Language', before: 'English', after: 'Spanish', words: null }]);
  });
});
