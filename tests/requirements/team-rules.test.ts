import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/requirements';
import { completeDraft, TODAY, withChange } from '../support/drafts';
import type { Draft } from '../../src/model';

const check = (draft: Draft) => checkDraft(draft, { today: TODAY });
const findingsOf = (draft: Draft, ruleId: string) => check(draft).filter((f) => f.ruleId === ruleId);
const dropRole = (draft: Draft, county: string, role: string) =>
  withChange(draft, (d) => {
    d.agencies = d.agencies.filter((a) => !(a.county === county && a.roles.includes(role as never)));
  });

describe('a complete protocol', () => {
  it('has no findings at all', () => {
    expect(check(completeDraft())).toEqual([]);
  });

  it('has no findings as a three-county regional protocol', () => {
    expect(check(completeDraft(['Monterey', 'San Benito', 'Santa Cruz']))).toEqual([]);
  });
});

describe('lead-agency', () => {
  it('blocks a protocol with no human services department', () => {
    const [finding, ...rest] = findingsOf(dropRole(completeDraft(), 'Yolo', 'human-services'), 'lead-agency');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'blocking', citation: 'WIC 16524.8(a)(1)', county: 'Yolo', path: 'agencies', section: 'governance' });
    expect(finding!.message).toContain('No agency of Yolo County');
  });

  it('blocks a draft where human services took part but probation is recorded as the lead', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.agencies.find((a) => a.roles.includes('human-services'))!.leadsTeam = false;
      d.agencies.find((a) => a.roles.includes('probation'))!.leadsTeam = true;
    });
    expect(findingsOf(draft, 'lead-agency')).toMatchObject([{ severity: 'blocking', recordId: 'yolo-probation', path: 'agencies.1.leadsTeam' }]);
    expect(findingsOf(draft, 'lead-agency')[0]!.message).toBe('Yolo County Probation Department is recorded as leading the team for Yolo County, but the law requires the team to be led by a representative of the county human services department. Record Yolo County Department of Social Services as the lead.');
  });

  it('blocks a draft that records no lead, pointing at the human services department', () => {
    const draft = withChange(completeDraft(), (d) => { d.agencies[0]!.leadsTeam = false; });
    expect(findingsOf(draft, 'lead-agency')).toMatchObject([{ severity: 'blocking', path: 'agencies.0.leadsTeam' }]);
  });

  it('blocks a lead agency that did not take part, pointing at its "took part" field', () => {
    const draft = withChange(completeDraft(), (d) => { d.agencies[0]!.tookPart = false; });
    expect(findingsOf(draft, 'lead-agency')).toMatchObject([{ severity: 'blocking', path: 'agencies.0.tookPart' }]);
  });

  it('checks each county of a regional protocol on its own', () => {
    const draft = dropRole(completeDraft(['Monterey', 'San Benito', 'Santa Cruz']), 'San Benito', 'human-services');
    expect(findingsOf(draft, 'lead-agency').map((f) => f.county)).toEqual(['San Benito']);
  });

  it("does not let one county's agency satisfy another county's requirement", () => {
    const draft = withChange(completeDraft(['Monterey', 'San Benito']), (d) => {
      d.agencies = d.agencies.filter((a) => !(a.county === 'San Benito' && a.roles.includes('human-services')));
      d.agencies.find((a) => a.county === 'Monterey' && a.roles.includes('human-services'))!.name = 'Tri-County Human Services';
    });
    expect(findingsOf(draft, 'lead-agency')).toMatchObject([{ county: 'San Benito' }]);
  });

});

describe('whom WIC 16524.8 binds', () => {
  const companion = (draft: Draft) => withChange(draft, (d) => { d.kind = 'companion'; d.companionSetting = 'Juvenile hall'; });
  const notInProgram = (draft: Draft) => withChange(draft, (d) => { d.participatesInCsecProgram = false; });

  it('a companion protocol missing the sheriff gets advice, not a block, and says why', () => {
    const findings = check(companion(dropRole(completeDraft(), 'Yolo', 'sheriff')));
    expect(findings).toMatchObject([{ ruleId: 'partner-sheriff', severity: 'info', county: 'Yolo' }]);
    expect(findings[0]!.note).toContain("binds the county’s CSEC Program protocol, and this is a companion protocol");
    // A companion protocol's county may not take part in the program: its protocol is spoken of as one that may not exist.
    expect(findings[0]!.note).toContain('If the county takes part in the CSEC Program, its CSEC Program protocol must still meet this requirement.');
  });

  it('a county not in the CSEC Program missing the juvenile court gets advice, not a block', () => {
    const findings = check(notInProgram(dropRole(completeDraft(), 'Yolo', 'juvenile-court')));
    expect(findings).toMatchObject([{ ruleId: 'partner-juvenile-court', severity: 'info' }]);
    expect(findings[0]!.note).toContain('and Yolo County has not.');
  });

  it('a companion protocol led by probation gets advice about the lead, never a block', () => {
    const draft = companion(withChange(completeDraft(), (d) => {
      d.agencies.find((a) => a.roles.includes('human-services'))!.leadsTeam = false;
      d.agencies.find((a) => a.roles.includes('probation'))!.leadsTeam = true;
    }));
    expect(check(draft)).toMatchObject([{ ruleId: 'lead-agency', severity: 'info' }]);
  });

  it('says a protocol outside 16524.8 must still be met only where the CSEC Program protocol would be blocked', () => {
    // First developed in 2015, the CSEC Program protocol could leave the sheriff out (16524.8(c)).
    const draft = companion(withChange(dropRole(completeDraft(), 'Yolo', 'sheriff'), (d) => { d.firstDevelopedOn = '2015-10-01'; }));
    const [finding] = findingsOf(draft, 'partner-sheriff');
    expect(finding).toMatchObject({ severity: 'info' });
    expect(finding!.note).not.toContain('must');
    expect(finding!.note).toContain('this is a companion protocol.');
    expect(finding!.note).toContain('recommended, not required (WIC 16524.8(c))');
  });

  it.each([
    ['a companion protocol', companion],
    ['a county not in the CSEC Program', notInProgram],
  ])('%s is still warned about recommended practice, which applies to every protocol', (_name, make) => {
    const draft = make(withChange(dropRole(completeDraft(), 'Yolo', 'survivor-organization'), (d) => {
      d.sections.governance.survivorInput = '';
      d.mdtTiers.forEach((tier) => { tier.memberAgencyIds = tier.memberAgencyIds.filter((id) => d.agencies.find((a) => a.id === id)?.roles.includes('probation') !== true); });
    }));
    expect(findingsOf(draft, 'optional-partners')).toMatchObject([{ severity: 'warning' }]);
    expect(findingsOf(draft, 'mdt-members')).toMatchObject([{ severity: 'warning', citation: 'Recommended practice, drawn from the partners WIC 16524.8(a)(1) names' }]);
    expect(check(draft).every((f) => f.note === undefined || !f.note.includes('must'))).toBe(true);
  });

  it.each([
    ['a companion protocol', companion, 'this is a companion protocol'],
    ['a county not in the CSEC Program', notInProgram, 'this county has not elected'],
  ])("%s gets advice on training under the program's own law, WIC 16524.7, not 16524.8", (_name, make, why) => {
    const draft = make(withChange(completeDraft(), (d) => { d.sections.training.audiences = []; }));
    const [finding] = findingsOf(draft, 'training');
    expect(finding).toMatchObject({ severity: 'info', citation: 'WIC 16524.7(a)(3)' });
    expect(finding!.note).toContain('WIC 16524.7(a)(3) concerns the training the CSEC Program funds');
    expect(finding!.note).toContain(why);
    expect(finding!.note).not.toMatch(/16524\.8|must/);
  });

  it.each([
    ['a companion protocol', companion],
    ['a county not in the CSEC Program', notInProgram],
  ])('%s keeps every 16524.8 rule as advice, but the WIC 16501.35 and PC 11166 rules still bind it', (_name, make) => {
    const draft = make(withChange(dropRole(completeDraft(), 'Yolo', 'probation'), (d) => {
      d.sections.services = { ...d.sections.services, text: '', offered: [] };
      d.mdtTiers[0]!.provides.servicePlanning = false;
      d.sections.reporting.writtenReportWithinHours = 48;
      d.sections.reporting.missingYouth.noticeWithinHours = 30;
    }));
    const bySeverity = (severity: string) => check(draft).filter((f) => f.severity === severity).map((f) => f.ruleId);
    expect(bySeverity('info')).toEqual(['partner-probation', 'services-section', 'mdt-functions']);
    expect(bySeverity('blocking')).toEqual(['missing-youth-notice', 'mandated-report']);
  });
});

describe('the four original partners (probation, mental health, public health, juvenile court)', () => {
  it.each([
    ['probation', 'partner-probation', 'WIC 16524.8(a)(1)(A)'],
    ['mental-health', 'partner-mental-health', 'WIC 16524.8(a)(1)(B)'],
    ['public-health', 'partner-public-health', 'WIC 16524.8(a)(1)(C)'],
    ['juvenile-court', 'partner-juvenile-court', 'WIC 16524.8(a)(1)(D)'],
  ])('a protocol without the %s department is blocked under %s', (role, ruleId, citation) => {
    // In the MOU, the team that developed the protocol is in Section 4, Governance, as the lead agency's rule has it.
    expect(findingsOf(dropRole(completeDraft(), 'Yolo', role), ruleId)).toMatchObject([
      { severity: 'blocking', citation, county: 'Yolo', section: 'governance' },
    ]);
  });

  it('are blocking even for a protocol first developed in 2015', () => {
    const draft = withChange(dropRole(completeDraft(), 'Yolo', 'public-health'), (d) => { d.firstDevelopedOn = '2015-10-01'; });
    expect(findingsOf(draft, 'partner-public-health')).toMatchObject([{ severity: 'blocking' }]);
  });

  it('are satisfied by one agency that fills several roles', () => {
    const draft = withChange(dropRole(completeDraft(), 'Yolo', 'public-health'), (d) => {
      const health = d.agencies.find((a) => a.roles.includes('mental-health'))!;
      health.name = 'Yolo County Health and Human Services Agency';
      health.roles = ['mental-health', 'public-health'];
    });
    expect(check(draft)).toEqual([]);
  });

  it('need the partner to take part, not to sign: a court that took part but does not sign passes', () => {
    const draft = withChange(completeDraft(), (d) => {
      const court = d.agencies.find((a) => a.roles.includes('juvenile-court'))!;
      court.signs = false;
      court.signer = { name: '', title: '' };
    });
    expect(check(draft)).toEqual([]);
  });

  it('are not satisfied by a partner that signs but did not take part', () => {
    const draft = withChange(completeDraft(), (d) => {
      const probation = d.agencies.find((a) => a.roles.includes('probation'))!;
      probation.tookPart = false;
      probation.signs = true;
    });
    expect(findingsOf(draft, 'partner-probation')).toMatchObject([{ severity: 'blocking', path: 'agencies.1.tookPart' }]);
  });
});

describe('the office of education and the sheriff (AB 1227)', () => {
  it.each([
    ['county-office-of-education', 'partner-education'],
    ['sheriff', 'partner-sheriff'],
  ])('a protocol first developed on 2018-01-01 without the %s is blocked', (role, ruleId) => {
    const draft = withChange(dropRole(completeDraft(), 'Yolo', role), (d) => { d.firstDevelopedOn = '2018-01-01'; });
    expect(findingsOf(draft, ruleId)).toMatchObject([{ severity: 'blocking', county: 'Yolo' }]);
  });

  it.each([
    ['county-office-of-education', 'partner-education'],
    ['sheriff', 'partner-sheriff'],
  ])('a protocol first developed on 2017-12-31 without the %s gets a warning, not a block', (role, ruleId) => {
    const draft = withChange(dropRole(completeDraft(), 'Yolo', role), (d) => { d.firstDevelopedOn = '2017-12-31'; });
    const [finding] = findingsOf(draft, ruleId);
    expect(finding).toMatchObject({ severity: 'warning' });
    expect(finding!.note).toContain('first developed before January 1, 2018');
    expect(finding!.note).toContain('WIC 16524.8(c)');
  });

  it('a protocol with no first-developed date is held to the current law', () => {
    const draft = withChange(dropRole(completeDraft(), 'Yolo', 'sheriff'), (d) => { d.firstDevelopedOn = null; });
    expect(findingsOf(draft, 'partner-sheriff')).toMatchObject([{ severity: 'blocking' }]);
  });

  it('a 2015 regional protocol without a sheriff in one county gets a warning for that county only', () => {
    const draft = withChange(dropRole(completeDraft(['Monterey', 'San Benito', 'Santa Cruz']), 'Santa Cruz', 'sheriff'), (d) => {
      d.firstDevelopedOn = '2015-09-15';
    });
    expect(findingsOf(draft, 'partner-sheriff')).toMatchObject([{ severity: 'warning', county: 'Santa Cruz' }]);
  });
});

describe('optional-partners', () => {
  const noSurvivors = () => withChange(dropRole(completeDraft(), 'Yolo', 'survivor-organization'), (d) => {
    d.sections.governance.survivorInput = '';
  });

  it('warns when no survivor input is recorded', () => {
    expect(findingsOf(noSurvivors(), 'optional-partners')).toMatchObject([
      { severity: 'warning', citation: 'WIC 16524.8(a)(2) (the team may include them); recommended practice', path: 'sections.governance.survivorInput' },
    ]);
  });

  it('is satisfied by a description of how survivors informed the protocol', () => {
    const draft = withChange(noSurvivors(), (d) => { d.sections.governance.survivorInput = 'A survivor advisory board met twice.'; });
    expect(findingsOf(draft, 'optional-partners')).toEqual([]);
  });

  it('shows the warning as acknowledged, with who and why, once the committee accepts it', () => {
    const draft = withChange(noSurvivors(), (d) => {
      d.acknowledgements = [{ ruleId: 'optional-partners', county: null, recordId: null, path: null, by: 'Dana Cho, coordinator', reason: 'Survivor board forming in spring.', on: '2026-11-01' }];
    });
    expect(findingsOf(draft, 'optional-partners')).toMatchObject([
      { severity: 'warning', acknowledged: { by: 'Dana Cho, coordinator', reason: 'Survivor board forming in spring.', on: '2026-11-01' } },
    ]);
  });
});

describe('acknowledgements', () => {
  it('never acknowledge a blocking finding', () => {
    const draft = withChange(dropRole(completeDraft(), 'Yolo', 'sheriff'), (d) => {
      d.acknowledgements = [{ ruleId: 'partner-sheriff', county: null, recordId: null, path: null, by: 'Someone', reason: 'We disagree', on: null }];
    });
    const [finding] = findingsOf(draft, 'partner-sheriff');
    expect(finding!.severity).toBe('blocking');
    expect(finding!.acknowledged).toBeUndefined();
  });

  it('accept only the county they name', () => {
    const draft = withChange(dropRole(dropRole(completeDraft(['Lassen', 'Modoc']), 'Lassen', 'sheriff'), 'Modoc', 'sheriff'), (d) => {
      d.firstDevelopedOn = '2016-01-01';
      d.acknowledgements = [{ ruleId: 'partner-sheriff', county: 'Modoc', recordId: null, path: null, by: 'Pat Doe', reason: 'Sheriff joins at revision.', on: null }];
    });
    const byCounty = Object.fromEntries(findingsOf(draft, 'partner-sheriff').map((f) => [f.county, f.acknowledged !== undefined]));
    expect(byCounty).toEqual({ Lassen: false, Modoc: true });
  });

  it('follow the agency they name when the list of agencies is reordered', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.firstDevelopedOn = '2016-01-01';
      d.agencies.find((a) => a.id === 'yolo-sheriff')!.tookPart = false;
      d.acknowledgements = [{ ruleId: 'partner-sheriff', county: 'Yolo', recordId: 'yolo-sheriff', path: null, by: 'Pat Doe', reason: 'Sheriff joins at revision.', on: null }];
      d.agencies.reverse();
    });
    expect(findingsOf(draft, 'partner-sheriff')).toMatchObject([{ recordId: 'yolo-sheriff', path: 'agencies.1.tookPart', acknowledged: { by: 'Pat Doe' } }]);
  });

  it('do not accept a finding about another record', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.mdtTiers[0]!.convenes = null;
      d.acknowledgements = [{ ruleId: 'mdt-structure', county: null, recordId: 'another-tier', path: null, by: 'Pat Doe', reason: 'Ad hoc.', on: null }];
    });
    expect(findingsOf(draft, 'mdt-structure')[0]!.acknowledged).toBeUndefined();
  });
});
