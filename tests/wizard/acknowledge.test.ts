import { describe, expect, it } from 'vitest';
import { applyEdit } from '../../src/model';
import { checkDraft } from '../../src/requirements';
import { identityOf } from '../../src/wizard/finding-item';
import { completeDraft, TODAY, withChange } from '../support/drafts';

describe('accepting a warning in the findings panel', () => {
  it('accepts a shared title for that title: the section retitled into another clash shows its warning again', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.customSections = [
        { id: 'a', title: 'Local resources', after: 'training', text: 'One.' },
        { id: 'b', title: 'Local resources', after: 'training', text: 'Two.' },
      ];
    });
    const warning = checkDraft(draft, { today: TODAY }).find((f) => f.ruleId === 'added-section-unique-title' && f.recordId === 'a')!;
    expect(identityOf(warning)).toEqual({ ruleId: 'added-section-unique-title', county: null, recordId: 'a', path: null, about: 'local resources' });
    const accepted = applyEdit(draft, { kind: 'acknowledge', finding: identityOf(warning), by: 'Chair', reason: 'Two parts of one list', on: TODAY });
    const standing = (d: typeof draft) => checkDraft(d, { today: TODAY }).filter((f) => f.recordId === 'a' && f.ruleId === 'added-section-unique-title');
    expect(standing(accepted)).toMatchObject([{ acknowledged: { by: 'Chair' } }]);
    const retitled = withChange(accepted, (d) => { d.customSections[0]!.title = 'Training'; });
    expect(standing(retitled)).toHaveLength(1);
    expect(standing(retitled)[0]!.acknowledged).toBeUndefined();
    // Withdrawn by the same identity; one accepted before acknowledgements named the title too.
    expect(applyEdit(accepted, { kind: 'withdraw', finding: identityOf(warning) }).acknowledgements).toEqual([]);
    const older = withChange(accepted, (d) => { delete d.acknowledgements[0]!.about; });
    expect(applyEdit(older, { kind: 'withdraw', finding: identityOf(warning) }).acknowledgements).toEqual([]);
    expect(applyEdit(older, { kind: 'acknowledge', finding: identityOf(warning), by: 'Vice chair', reason: 'Kept', on: TODAY }).acknowledgements)
      .toMatchObject([{ by: 'Vice chair', about: 'local resources' }]);
  });

  it('withdraws, or gives again, an acceptance made before a finding about an added section named it by id', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.customSections = [{ id: 'local', title: 'Local practice', after: 'reporting', text: 'The written report follows within 72 hours.' }];
      // As the app saved it when such a finding was known by its place in the list.
      d.acknowledgements = [{ ruleId: 'stated-timelines', county: null, recordId: null, path: 'customSections.0.text', by: 'A', reason: 'Quoted', on: TODAY }];
    });
    const warning = () => checkDraft(draft, { today: TODAY }).find((f) => f.ruleId === 'stated-timelines')!;
    expect(warning()).toMatchObject({ recordId: 'local', path: 'customSections.0.text', acknowledged: { by: 'A' } });
    const withdrawn = applyEdit(draft, { kind: 'withdraw', finding: identityOf(warning()), at: warning().path ?? null });
    expect(withdrawn.acknowledgements).toEqual([]);
    // Given again by another, with another reason: that is the acceptance shown.
    const again = applyEdit(draft, { kind: 'acknowledge', finding: identityOf(warning()), by: 'B', reason: 'Checked', on: TODAY });
    expect(checkDraft(again, { today: TODAY }).find((f) => f.ruleId === 'stated-timelines')!.acknowledged).toMatchObject({ by: 'B', reason: 'Checked' });
  });
});
