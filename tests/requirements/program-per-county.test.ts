import { describe, expect, it } from 'vitest';
import { buildComplianceReport, buildDocument, plainText, type MouDocument } from '../../src/document';
import { describeProtocolKind, type Draft } from '../../src/model';
import { checkDraft, hasBlocking, ruleStandings } from '../../src/requirements';
import { completeDraft, TODAY, withChange } from '../support/drafts';

// WIC 16524.8 binds "each county electing": in a region where Trinity has not elected the
// program, Trinity's partners are advice, Lassen's and Modoc's are required.
const REGION = ['Lassen', 'Modoc', 'Trinity'] as const;
const mixed = (change: (d: Draft) => void = () => {}) =>
  withChange(completeDraft([...REGION]), (d) => { d.countiesNotInCsecProgram = ['Trinity']; change(d); });
const dropSheriff = (d: Draft, county: string) => { d.agencies = d.agencies.filter((a) => !(a.county === county && a.roles.includes('sheriff'))); };
const check = (draft: Draft) => checkDraft(draft, { today: TODAY });

const words = (doc: MouDocument) => doc.blocks.map((b) => (b.type === 'paragraph' ? plainText(b.content) : '')).join('\n');
const crosswalkStatus = (draft: Draft, title: string) => {
  const report = buildComplianceReport(draft, { marking: 'draft', today: TODAY, findings: check(draft) });
  const rows = report.blocks.flatMap((b) => (b.type === 'table' ? b.rows.map((row) => row.map(plainText)) : []));
  return rows.find((row) => row[0] === title)?.[3];
};

describe('a regional protocol some of whose counties have not elected the CSEC Program', () => {
  it('blocks a missing partner of a county in the program, and only advises on one of a county outside it', () => {
    const findings = check(mixed((d) => { dropSheriff(d, 'Lassen'); dropSheriff(d, 'Trinity'); }));
    expect(findings.map((f) => [f.ruleId, f.county, f.severity])).toEqual([
      ['partner-sheriff', 'Lassen', 'blocking'],
      ['partner-sheriff', 'Trinity', 'info'],
    ]);
    expect(findings[0]!.note).toBeUndefined();
    expect(findings[1]!.note).toBe('Advice only: WIC 16524.8 binds the protocol of a county that elects to receive CSEC Program funds, and Trinity County has not. A county that elects the program must meet this requirement in its protocol.');
  });

  it('can be exported as final when only the county outside the program lacks a partner', () => {
    const draft = mixed((d) => {
      dropSheriff(d, 'Trinity');
      d.agencies.find((a) => a.county === 'Trinity' && a.leadsTeam)!.leadsTeam = false;
    });
    expect(check(draft).map((f) => [f.ruleId, f.severity])).toEqual([['lead-agency', 'info'], ['partner-sheriff', 'info']]);
    expect(hasBlocking(check(draft))).toBe(false);
  });

  it('still binds the protocol as a whole (WIC 16524.8(b)): it is the protocol of the counties that elected', () => {
    const findings = check(mixed((d) => { d.mdtTiers = []; }));
    expect(findings.find((f) => f.ruleId === 'mdt-functions')).toMatchObject({ severity: 'blocking' });
    expect(check(mixed((d) => { d.sections.training.audiences = []; })).find((f) => f.ruleId === 'training')).toMatchObject({ severity: 'warning' });
  });

  it('does not read a list naming every county, which the app refuses: each county is then in the program', () => {
    const draft = withChange(completeDraft([...REGION]), (d) => { d.countiesNotInCsecProgram = [...REGION]; d.mdtTiers = []; dropSheriff(d, 'Trinity'); });
    expect(check(draft).filter((f) => ['mdt-functions', 'partner-sheriff'].includes(f.ruleId)).map((f) => f.severity)).toEqual(['blocking', 'blocking']);
    expect(describeProtocolKind(draft)).toBe('CSEC Program protocol');
  });

  it.each([
    ['a companion protocol', (d: Draft) => { d.kind = 'companion'; }],
    ['a protocol of one county', (d: Draft) => { d.counties = ['Trinity']; d.agencies = d.agencies.filter((a) => a.county === 'Trinity'); }],
  ])('does not read the list for %s, where the app does not ask it', (_name, change) => {
    const draft = mixed((d) => { change(d); dropSheriff(d, 'Trinity'); });
    expect(check(draft).find((f) => f.ruleId === 'partner-sheriff')?.note ?? '').not.toContain('Trinity County has not');
    expect(describeProtocolKind(draft)).not.toContain('not in the CSEC Program');
  });

  it('reads the notes of a region outside the program in the plural', () => {
    const draft = withChange(completeDraft([...REGION]), (d) => { d.participatesInCsecProgram = false; d.mdtTiers = []; });
    expect(check(draft).find((f) => f.ruleId === 'mdt-functions')!.note).toContain('and its counties have not.');
    expect(describeProtocolKind(draft)).toBe('County interagency protocol (counties not in the CSEC Program)');
  });

  it('is read as one answer for all when the program is not elected at all, whatever the list says', () => {
    const draft = withChange(mixed(), (d) => { d.participatesInCsecProgram = false; dropSheriff(d, 'Lassen'); });
    expect(check(draft).map((f) => [f.county, f.severity])).toEqual([['Lassen', 'info']]);
  });

  it('crosswalk: the per-county rules stand by the counties in the program and say which county they do not bind', () => {
    const draft = mixed((d) => dropSheriff(d, 'Trinity'));
    const sheriff = ruleStandings(draft, check(draft), { today: TODAY }).find((s) => s.ruleId === 'partner-sheriff')!;
    expect(sheriff).toMatchObject({ status: { kind: 'met' }, outsideProgram: ['Trinity'] });
    expect(crosswalkStatus(draft, "The county sheriff’s department took part in developing the protocol"))
      .toBe('Met; not applicable to Trinity County (not in the CSEC Program)');
    expect(crosswalkStatus(mixed((d) => dropSheriff(d, 'Modoc')), "The county sheriff’s department took part in developing the protocol"))
      .toBe('Not met (Modoc County); not applicable to Trinity County (not in the CSEC Program)');
    // A rule on the whole protocol binds it whole.
    expect(crosswalkStatus(draft, 'The MDT approach provides what the law names')).toBe('Met');
  });

  it('MOU: names the counties whose protocol it is, and those for which it is not', () => {
    const draft = mixed();
    const text = words(buildDocument(draft, { marking: 'draft', today: TODAY, findings: check(draft) }));
    expect(text).toContain('Lassen and Modoc counties have elected to take part in the Commercially Sexually Exploited Children Program established by');
    expect(text).toContain('This MOU is the interagency protocol of each of those counties under Welfare and Institutions Code section 16524.8.');
    expect(text).toContain('Trinity County has not elected to receive funds from the Commercially Sexually Exploited Children Program, so for that county this protocol is not a protocol under Welfare and Institutions Code section 16524.8. The Parties in that county follow the approach that section describes by agreement.');
    expect(text).not.toContain('Each county named above has elected');
    expect(describeProtocolKind(draft)).toBe('CSEC Program protocol (Trinity County not in the CSEC Program)');
  });

  it('MOU: one county in the program and two outside it, in the singular and plural', () => {
    const draft = withChange(completeDraft([...REGION]), (d) => { d.countiesNotInCsecProgram = ['Modoc', 'Trinity']; });
    const text = words(buildDocument(draft, { marking: 'draft', today: TODAY, findings: check(draft) }));
    expect(text).toContain('Lassen County has elected to take part');
    expect(text).toContain('This MOU is that county’s interagency protocol under');
    expect(text).toContain('Modoc and Trinity counties have not elected to receive funds from the Commercially Sexually Exploited Children Program, so for those counties this protocol');
  });
});
