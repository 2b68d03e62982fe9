import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/requirements';
import type { Draft } from '../../src/model';
import { completeDraft, TODAY, withChange } from '../support/drafts';

const findingsOf = (draft: Draft, ruleId: string) =>
  checkDraft(draft, { today: TODAY }).filter((f) => f.ruleId === ruleId);

describe('screening', () => {
  it('warns when identification does not say who screens or with what tool', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.sections.identification.screenedBy = '';
      d.sections.identification.screeningTool = '';
    });
    const [finding] = findingsOf(draft, 'screening');
    expect(finding).toMatchObject({ severity: 'warning', citation: 'Recommended practice, for the policies WIC 16501.35(a)(1) requires', path: 'sections.identification.screenedBy' });
    expect(finding!.message).toContain('does not say who screens and which screening tool is used.');
  });

  it('accepts a minimum age in place of a described population', () => {
    const draft = withChange(completeDraft(), (d) => { d.sections.identification.population = ''; });
    expect(findingsOf(draft, 'screening')).toEqual([]);
  });
});

describe('documentation', () => {
  it('warns when probation does not document identified youth in the statewide system', () => {
    const draft = withChange(completeDraft(), (d) => { d.sections.reporting.documentation.probation = false; });
    const [finding] = findingsOf(draft, 'documentation');
    // At the box to tick, where the wizard's link lands.
    expect(finding).toMatchObject({ severity: 'warning', citation: 'WIC 16501.35(a)(2)', path: 'sections.reporting.documentation.probation' });
    expect(finding!.message).toContain('that probation documents identified youth');
    const neither = withChange(draft, (d) => { d.sections.reporting.documentation.childWelfare = false; });
    expect(findingsOf(neither, 'documentation')).toMatchObject([{ path: 'sections.reporting.documentation.childWelfare' }]);
  });
});

describe('info-sharing', () => {
  it('warns when no authority for sharing information is cited', () => {
    const draft = withChange(completeDraft(), (d) => { d.sections.informationSharing.authorities = []; });
    expect(findingsOf(draft, 'info-sharing')).toMatchObject([{ severity: 'warning', section: 'informationSharing' }]);
  });

  it('accepts an authority the committee typed in itself', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.sections.informationSharing.authorities = [];
      d.sections.informationSharing.otherAuthorities = ['Standing order of the juvenile court'];
    });
    expect(findingsOf(draft, 'info-sharing')).toEqual([]);
  });
});

describe('training', () => {
  it('warns when foster caregivers are not trained', () => {
    const draft = withChange(completeDraft(), (d) => { d.sections.training.audiences = ['county-childrens-services-workers']; });
    const [finding] = findingsOf(draft, 'training');
    expect(finding).toMatchObject({ severity: 'warning', citation: 'WIC 16524.7(a)(3)' });
    expect(finding!.message).toContain('foster caregivers');
  });
});
