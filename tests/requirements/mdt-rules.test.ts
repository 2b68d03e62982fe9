import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/requirements';
import type { Draft } from '../../src/model';
import { completeDraft, TODAY, withChange } from '../support/drafts';

const findingsOf = (draft: Draft, ruleId: string) =>
  checkDraft(draft, { today: TODAY }).filter((f) => f.ruleId === ruleId);

describe('services-section', () => {
  it('blocks a protocol whose services section is empty', () => {
    const draft = withChange(completeDraft(), (d) => { d.sections.services.text = '  '; });
    expect(findingsOf(draft, 'services-section')).toMatchObject([
      { severity: 'blocking', citation: 'WIC 16524.8(b); WIC 300(b)(2)', section: 'services' },
    ]);
  });

  it('is satisfied by a list of services without free text', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.sections.services.text = '';
      d.sections.services.offered = [{ name: '24/7 CSEC advocate', providerAgencyId: null, description: '' }];
    });
    expect(findingsOf(draft, 'services-section')).toEqual([]);
  });
});

describe('mdt-functions', () => {
  it('blocks MDT tiers that together lack service planning, naming what is missing', () => {
    const draft = withChange(completeDraft(), (d) => { d.mdtTiers[0]!.provides.servicePlanning = false; });
    const [finding] = findingsOf(draft, 'mdt-functions');
    expect(finding).toMatchObject({ severity: 'blocking', citation: 'WIC 16524.8(b)', path: 'mdtTiers' });
    expect(finding!.message).toContain('service planning');
    expect(finding!.message).toMatch(/^No multidisciplinary team tier provides service planning\. /);
  });

  it('accepts the three functions spread across several tiers', () => {
    const draft = withChange(completeDraft(), (d) => {
      const first = d.mdtTiers[0]!;
      first.provides = { caseManagement: true, servicePlanning: false, services: false };
      d.mdtTiers.push({ ...structuredClone(first), id: 'ongoing', name: 'Ongoing MDT',
        convenes: { kind: 'regular', cadence: 'monthly' },
        provides: { caseManagement: false, servicePlanning: true, services: true } });
    });
    expect(findingsOf(draft, 'mdt-functions')).toEqual([]);
  });

  it('blocks a protocol with no MDT tier at all', () => {
    const draft = withChange(completeDraft(), (d) => { d.mdtTiers = []; });
    expect(findingsOf(draft, 'mdt-functions')[0]!.message).toMatch(/^No multidisciplinary team tier provides coordinated case management, service planning and services\./);
  });
});

describe('mdt-structure', () => {
  it('warns when no tier is described', () => {
    const draft = withChange(completeDraft(), (d) => { d.mdtTiers = []; });
    expect(findingsOf(draft, 'mdt-structure')).toMatchObject([{ severity: 'warning', path: 'mdtTiers' }]);
  });

  it('warns about a tier with no convener and no timeline, naming both', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.mdtTiers[0]!.convenerAgencyId = null;
      d.mdtTiers[0]!.convenes = null;
    });
    const [finding] = findingsOf(draft, 'mdt-structure');
    expect(finding).toMatchObject({ severity: 'warning', path: 'mdtTiers.0' });
    expect(finding!.message).toBe('The MDT tier "Immediate response MDT" does not say a convening agency and when it convenes.');
  });

  it('asks for one complete tier, as the practice does: a second tier still being planned is no finding', () => {
    const second = { id: 'ongoing', name: 'Ongoing MDT', purpose: '', convenerAgencyId: null, memberAgencyIds: [], convenes: null, provides: { caseManagement: false, servicePlanning: false, services: false } };
    const draft = withChange(completeDraft(), (d) => { d.mdtTiers.push(second); });
    expect(findingsOf(draft, 'mdt-structure')).toEqual([]);
    // With no tier complete, each tier says what it lacks.
    const none = withChange(draft, (d) => { d.mdtTiers[0]!.convenes = null; });
    expect(findingsOf(none, 'mdt-structure').map((f) => [f.recordId, f.message])).toEqual([
      ['immediate', 'The MDT tier "Immediate response MDT" does not say when it convenes.'],
      ['ongoing', 'The MDT tier "Ongoing MDT" does not say a convening agency, member agencies and when it convenes.'],
    ]);
    // A tier not yet named is called as the wizard's list of tiers calls it.
    const unnamed = withChange(none, (d) => { d.mdtTiers[1]!.name = ' '; });
    expect(findingsOf(unnamed, 'mdt-structure')[1]!.message).toBe('The MDT tier "Tier 2" does not say a convening agency, member agencies and when it convenes.');
  });

  it('treats a convener id that names no agency as missing', () => {
    const draft = withChange(completeDraft(), (d) => { d.mdtTiers[0]!.convenerAgencyId = 'deleted-agency'; });
    expect(findingsOf(draft, 'mdt-structure')[0]!.message).toContain('a convening agency');
  });
});

describe('mdt-members', () => {
  it('warns when no tier includes the sheriff', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.mdtTiers[0]!.memberAgencyIds = d.mdtTiers[0]!.memberAgencyIds.filter((id) => id !== 'yolo-sheriff');
    });
    const [finding] = findingsOf(draft, 'mdt-members');
    expect(finding).toMatchObject({ severity: 'warning', county: 'Yolo' });
    // By the agency's name, with the role it fills.
    expect(finding!.message).toBe("No MDT tier includes Yolo County Sheriff's Office (the county sheriff’s department). Add it as a member of the tier where it takes part.");
  });

  it('does not ask a 2016 protocol to add the sheriff to its MDT', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.firstDevelopedOn = '2016-06-01';
      d.mdtTiers[0]!.memberAgencyIds = d.mdtTiers[0]!.memberAgencyIds.filter((id) => id !== 'yolo-sheriff');
    });
    expect(findingsOf(draft, 'mdt-members')).toEqual([]);
  });

  it('checks the members of each county of a regional protocol', () => {
    const draft = withChange(completeDraft(['Monterey', 'Santa Cruz']), (d) => {
      d.mdtTiers[0]!.memberAgencyIds = d.mdtTiers[0]!.memberAgencyIds.filter((id) => id !== 'santa-cruz-probation');
    });
    expect(findingsOf(draft, 'mdt-members')).toMatchObject([{ county: 'Santa Cruz' }]);
  });
});

describe('mdt-members and the partner rules together', () => {
  it('do not report a partner twice: one missing from the team is only a partner finding', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.agencies = d.agencies.filter((a) => a.id !== 'yolo-sheriff');
      d.mdtTiers[0]!.memberAgencyIds = d.mdtTiers[0]!.memberAgencyIds.filter((id) => id !== 'yolo-sheriff');
    });
    expect(findingsOf(draft, 'partner-sheriff')).toHaveLength(1);
    expect(findingsOf(draft, 'mdt-members')).toEqual([]);
  });
});
