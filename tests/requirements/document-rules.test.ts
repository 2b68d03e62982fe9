import { describe, expect, it } from 'vitest';
import { checkDraft } from '../../src/requirements';
import type { Draft } from '../../src/model';
import { completeDraft, TODAY, withChange } from '../support/drafts';

const findingsOf = (draft: Draft, ruleId: string, config = {}) =>
  checkDraft(draft, { today: TODAY, config }).filter((f) => f.ruleId === ruleId);

describe('terminology', () => {
  it('warns about "child prostitute" and says where it is', () => {
    const draft = withChange(completeDraft(), (d) => { d.sections.definitions.text = 'No youth is a Child Prostitute.'; });
    expect(findingsOf(draft, 'terminology')).toMatchObject([
      { severity: 'warning', path: 'sections.definitions.text', section: 'definitions' },
    ]);
  });

  it('finds the term however its words are spaced or hyphenated, and names it with one space', () => {
    const hyphenated = withChange(completeDraft(), (d) => { d.sections.definitions.text = 'No youth is a child pros\u00adtitute.'; });
    expect(findingsOf(hyphenated, 'terminology').map((f) => f.message)[0]).toContain('the term “child prostitute”');
    for (const gap of ['\u00a0', '\n', '  ', ' \u200b']) {
      const draft = withChange(completeDraft(), (d) => { d.sections.definitions.text = `No youth is a juvenile${gap}prostitute.`; });
      expect(findingsOf(draft, 'terminology').map((f) => f.message)).toEqual([
        'This text uses the term “juvenile prostitute”. SB 855 treats these children as victims of abuse (“commercially sexually exploited children”), not as offenders; reword it.',
      ]);
    }
  });
});

describe('minors-not-charged (SB 1322)', () => {
  it('warns, with its citation, when the text says "minors ... are cited under 647(b)"', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.agencies[6]!.responsibilities = 'Minors found soliciting near the highway are cited under 647(b) and referred to the MDT.';
    });
    const [finding, ...rest] = findingsOf(draft, 'minors-not-charged');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ severity: 'warning', path: 'agencies.6.responsibilities', citation: 'SB 1322 (2016): PC 647(b) and 653.22 do not apply to minors' });
    expect(finding!.message).toContain('Penal Code section 647(b) and Penal Code section 653.22 do not apply to a person under 18');
    expect(finding!.message).toContain('“Minors found soliciting near the highway are cited under 647(b) and referred to the MDT.”');
  });

  it('warns in the other word order too: "deputies arrest youth for prostitution"', () => {
    const draft = withChange(completeDraft(), (d) => { d.sections.reporting.text = 'Deputies arrest youth for prostitution and bring them to the assessment center.'; });
    expect(findingsOf(draft, 'minors-not-charged')).toMatchObject([{ severity: 'warning', path: 'sections.reporting.text', section: 'reporting' }]);
  });

  it('does not flag a protocol that says minors are never arrested for prostitution', () => {
    const draft = withChange(completeDraft(), (d) => { d.sections.reporting.text = 'Law enforcement does not arrest or cite minors for prostitution.'; });
    expect(findingsOf(draft, 'minors-not-charged')).toEqual([]);
  });

  it('does not flag arrests of the adults who exploit children', () => {
    const draft = withChange(completeDraft(), (d) => { d.agencies[6]!.responsibilities = 'Deputies arrest exploiters and buyers who solicit minors, under 647(b).'; });
    expect(findingsOf(draft, 'minors-not-charged')).toEqual([]);
  });

  it('is not applied before SB 1322 took effect on January 1, 2017', () => {
    const draft = withChange(completeDraft(), (d) => { d.sections.reporting.text = 'Deputies arrest youth for prostitution.'; });
    expect(checkDraft(draft, { today: '2016-12-31' }).filter((f) => f.ruleId === 'minors-not-charged')).toEqual([]);
  });
});

describe('signatures', () => {
  it('blocks a signing agency without a signer title', () => {
    const draft = withChange(completeDraft(), (d) => { d.agencies[1]!.signer.title = ''; });
    const [finding] = findingsOf(draft, 'signatures');
    expect(finding).toMatchObject({ severity: 'blocking', path: 'agencies.1.signer.title', section: 'signatures' });
    expect(finding!.message).toBe("Yolo County Probation Department signs the MOU but its signer’s title is missing. No law requires it, but a final MOU cannot print the agency’s signature block without it.");
  });

  it('does not ask for a signer from an agency that does not sign', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.agencies[1]!.signs = false;
      d.agencies[1]!.signer = { name: '', title: '' };
    });
    expect(findingsOf(draft, 'signatures')).toEqual([]);
  });
});

describe('term', () => {
  it('warns when there is no effective date and no end date', () => {
    const draft = withChange(completeDraft(), (d) => { d.effectiveOn = null; d.noEndDate = false; });
    expect(findingsOf(draft, 'term').map((f) => f.path)).toEqual(['effectiveOn', 'endsOn']);
  });

  it('warns when the MOU ends within 90 days', () => {
    const draft = withChange(completeDraft(), (d) => { d.noEndDate = false; d.endsOn = '2027-01-31'; });
    expect(findingsOf(draft, 'term')[0]!.message).toBe('The MOU ends on January 31, 2027, in 64 days. Plan its renewal.');
  });

  it('takes the warning window from configuration', () => {
    const draft = withChange(completeDraft(), (d) => { d.noEndDate = false; d.endsOn = '2027-01-31'; });
    expect(findingsOf(draft, 'term', { endingSoonDays: 30 })).toEqual([]);
  });

  it('warns when the end date is before the effective date', () => {
    const draft = withChange(completeDraft(), (d) => { d.noEndDate = false; d.endsOn = '2025-06-30'; });
    expect(findingsOf(draft, 'term')[0]!.message).toContain('is before the effective date');
  });
});
