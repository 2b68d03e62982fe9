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

  it('warns about a plan to arrest youth for prostitution', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.agencies[6]!.responsibilities = 'Deputies arrest minors found engaging in prostitution.';
    });
    const [finding] = findingsOf(draft, 'terminology');
    expect(finding).toMatchObject({ path: 'agencies.6.responsibilities' });
    expect(finding!.message).toContain('arresting or citing youth for prostitution');
  });

  it('does not flag the word "arrest" about an exploiter', () => {
    const draft = withChange(completeDraft(), (d) => { d.agencies[6]!.responsibilities = 'Deputies arrest exploiters and buyers.'; });
    expect(findingsOf(draft, 'terminology')).toEqual([]);
  });
});

describe('signatures', () => {
  it('blocks a signing agency without a signer title', () => {
    const draft = withChange(completeDraft(), (d) => { d.agencies[1]!.signer.title = ''; });
    const [finding] = findingsOf(draft, 'signatures');
    expect(finding).toMatchObject({ severity: 'blocking', path: 'agencies.1.signer.title', section: 'signatures' });
    expect(finding!.message).toBe("Yolo County Probation Department signs the MOU but its signer's title is missing.");
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
    expect(findingsOf(draft, 'term')[0]!.message).toBe('The MOU ends on 31 January 2027, in 64 days. Plan its renewal.');
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
