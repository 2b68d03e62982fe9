import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/requirements';
import type { Draft } from '../../src/model';
import { completeDraft, TODAY, withChange } from '../support/drafts';

const findingsOf = (draft: Draft, ruleId: string, config = {}) =>
  checkDraft(draft, { today: TODAY, config }).filter((f) => f.ruleId === ruleId);

describe('missing-youth-notice (WIC 16501.35 as amended by AB 2108)', () => {
  it('blocks a 48-hour notice timeline, which contradicts the 24-hour limit', () => {
    const draft = withChange(completeDraft(), (d) => { d.sections.reporting.missingYouth.noticeWithinHours = 48; });
    const [finding] = findingsOf(draft, 'missing-youth-notice');
    expect(finding).toMatchObject({ severity: 'blocking', path: 'sections.reporting.missingYouth.noticeWithinHours', citation: 'WIC 16501.35, as amended by AB 2108 (Stats. 2024, ch. 660)' });
    expect(finding!.message).toContain('48 hours');
    expect(finding!.message).toContain('no case later than 24 hours');
  });

  it('accepts exactly 24 hours to law enforcement, parents or guardians, and an Indian child\'s custodian and tribe', () => {
    expect(findingsOf(completeDraft(), 'missing-youth-notice')).toEqual([]);
  });

  it('warns, without blocking, when no timeline is stated', () => {
    const draft = withChange(completeDraft(), (d) => { d.sections.reporting.missingYouth.noticeWithinHours = null; });
    expect(findingsOf(draft, 'missing-youth-notice')).toMatchObject([{ severity: 'warning' }]);
  });

  it('warns when parents or guardians are not among those notified', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.sections.reporting.missingYouth.notifies = ['law-enforcement', 'indian-custodian-and-tribe'];
    });
    const [finding, ...rest] = findingsOf(draft, 'missing-youth-notice');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'warning', path: 'sections.reporting.missingYouth.notifies' });
    expect(finding!.message).toBe("The missing-youth procedure does not name everyone the law requires to be told that a youth is missing from foster care. Add to those notified: the youth’s parents or guardians.");
    // Two to add, one with a comma of its own: set apart by a semicolon.
    const two = withChange(completeDraft(), (d) => { d.sections.reporting.missingYouth.notifies = ['law-enforcement']; });
    expect(findingsOf(two, 'missing-youth-notice')[0]!.message).toContain("Add to those notified: the youth’s parents or guardians; and for an Indian child, the Indian custodian and the child’s Tribe.");
  });

  it('no longer asks for NCMEC among those told of every missing youth', () => {
    const draft = withChange(completeDraft(), (d) => { d.sections.reporting.missingYouth.notifies = ['law-enforcement', 'parents-guardians', 'indian-custodian-and-tribe']; });
    expect(findingsOf(draft, 'missing-youth-notice')).toEqual([]);
  });

  it('warns about recipients the county configured beyond the law, such as CASA, and cites the configuration', () => {
    const [finding, ...rest] = findingsOf(completeDraft(), 'missing-youth-notice', { missingFromCareRecipients: ['casa', 'parents-attorneys'] });
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'warning', citation: 'County configuration (recipients beyond those the law names)' });
    expect(finding!.message).toContain("Add to those notified: the youth’s court-appointed special advocate (CASA) and the parents’ attorneys.");
  });

  it('is not applied before AB 2108 took effect', () => {
    const draft = withChange(completeDraft(), (d) => { d.sections.reporting.missingYouth.noticeWithinHours = 48; });
    expect(checkDraft(draft, { today: '2024-12-31' }).filter((f) => f.ruleId === 'missing-youth-notice')).toEqual([]);
  });
});

describe('missing-cse-report (a missing child at risk of exploitation)', () => {
  it('blocks a stated 48-hour report, which contradicts the 24-hour limit', () => {
    const draft = withChange(completeDraft(), (d) => { d.sections.reporting.missingCseReport.reportWithinHours = 48; });
    expect(findingsOf(draft, 'missing-cse-report')).toMatchObject([
      { severity: 'blocking', path: 'sections.reporting.missingCseReport.reportWithinHours', citation: 'PC 11166 (CDSS: 11166(j)(3)); P.L. 113-183' },
    ]);
  });

  it('warns when NCMEC is not among those the report goes to', () => {
    const draft = withChange(completeDraft(), (d) => { d.sections.reporting.missingCseReport.reportsTo = ['law-enforcement']; });
    const [finding] = findingsOf(draft, 'missing-cse-report');
    expect(finding).toMatchObject({ severity: 'warning', path: 'sections.reporting.missingCseReport.reportsTo' });
    expect(finding!.message).toContain('the National Center for Missing and Exploited Children (NCMEC), as the law requires within 24 hours');
  });

  it('is a separate duty: a complete missing-from-care notice does not satisfy it', () => {
    const draft = withChange(completeDraft(), (d) => { d.sections.reporting.missingCseReport = { reportWithinHours: null, reportsTo: [] }; });
    expect(findingsOf(draft, 'missing-youth-notice')).toEqual([]);
    expect(findingsOf(draft, 'missing-cse-report')).toMatchObject([{ severity: 'warning' }]);
  });
});

describe('mandated-report (PC 11166(a))', () => {
  it('blocks a written report due in 72 hours', () => {
    const draft = withChange(completeDraft(), (d) => { d.sections.reporting.writtenReportWithinHours = 72; });
    expect(findingsOf(draft, 'mandated-report')).toMatchObject([{ severity: 'blocking', citation: 'PC 11166(a); PC 11166.02' }]);
  });

  it('says nothing when no timeline is stated, since the law applies either way', () => {
    const draft = withChange(completeDraft(), (d) => { d.sections.reporting.writtenReportWithinHours = null; });
    expect(findingsOf(draft, 'mandated-report')).toEqual([]);
  });
});

describe('stated-timelines', () => {
  it('warns about a 72-hour written report stated only in the text', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.sections.reporting.writtenReportWithinHours = null;
      d.sections.reporting.text = 'The written report follows within 72 hours.';
    });
    const [finding, ...rest] = findingsOf(draft, 'stated-timelines');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'warning', path: 'sections.reporting.text', section: 'reporting', citation: 'PC 11166(a)' });
    expect(finding!.message).toContain('72 hours for the written child-abuse report');
    expect(finding!.message).toContain('at most 36 hours');
  });

  it('warns when the text gives a deadline that differs from the structured answer', () => {
    const draft = withChange(completeDraft(), (d) => { d.sections.reporting.text = 'Staff notify the parents of a missing youth within 12 hours.'; });
    const [finding] = findingsOf(draft, 'stated-timelines');
    expect(finding!.message).toContain("the protocol’s answer is 24 hours");
  });

  it('names a deadline in an added section by that section, so accepting it survives a move', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.customSections = [
        { id: 'local', title: 'Local practice', after: 'reporting', text: 'The written report follows within 72 hours.' },
        { id: 'other', title: 'Other', after: 'reporting', text: 'Words.' },
      ];
      d.acknowledgements = [{ ruleId: 'stated-timelines', county: null, recordId: 'local', path: null, by: 'Chair', reason: 'Quoted from the old protocol', on: TODAY }];
    });
    expect(findingsOf(draft, 'stated-timelines')).toMatchObject([{ recordId: 'local', path: 'customSections.0.text', acknowledged: { by: 'Chair' } }]);
    const moved = withChange(draft, (d) => { d.customSections.reverse(); });
    expect(findingsOf(moved, 'stated-timelines')).toMatchObject([{ recordId: 'local', path: 'customSections.1.text', acknowledged: { by: 'Chair' } }]);
  });

  it('warns about a deadline in business days, which runs past any limit in hours over a weekend', () => {
    const missing = withChange(completeDraft(), (d) => { d.sections.reporting.text = 'Notice that a youth is missing from care is given within two business days.'; });
    expect(findingsOf(missing, 'stated-timelines')[0]!.message).toContain('The text says 2 business days for notice that a youth is missing from foster care (“Notice that a youth is missing from care is given within two business days.”): at least 48 hours, and more over a weekend or a holiday; the law allows at most 24 hours.');
    const oneDay = withChange(completeDraft(), (d) => { d.sections.reporting.text = 'The written report is filed within 1 business day.'; });
    expect(findingsOf(oneDay, 'stated-timelines')[0]!.message).toContain('1 business day for the written child-abuse report');
  });

  it('says nothing when the text agrees with the answer', () => {
    const draft = withChange(completeDraft(), (d) => { d.sections.reporting.text = 'The written report follows in writing within 36 hours.'; });
    expect(findingsOf(draft, 'stated-timelines')).toEqual([]);
  });
});
