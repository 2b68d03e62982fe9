import { describe, expect, it } from 'vitest';
import { DRAFT_FORMAT, DRAFT_VERSION, describeRestoreError, draftSchema, restoreDraft, type Repair } from '../../src/model';
import { repairInWords, repairsInWords } from '../../src/review/repairs-text';

/** What opening a file holding `draft` mends, in the words the preview and the command line show. */
function mended(draft: unknown): string[] {
  const restored = restoreDraft({ format: DRAFT_FORMAT, version: DRAFT_VERSION, draft });
  if (!restored.ok) throw new Error(describeRestoreError(restored.error));
  return repairsInWords(restored.value.repairs, 100);
}

/** A dotted path ("agencies.0.tookPart", "counties.1"), as the code names a value. */
const DOTTED = /\w\.\w|\.\d/;

const PROBATION = 'Mendocino County Probation Department';

describe('what a file needed mended, in the words of the wizard', () => {
  it('names an agency’s answer by the agency’s name and the label its page shows', () => {
    expect(mended({ counties: ['Mendocino'], agencies: [{ id: 'p', county: 'Mendocino', name: PROBATION, tookPart: 'yes' }] })).toEqual([
      `${PROBATION}: “took part” was "yes", which is not a yes-or-no answer; it was cleared.`,
    ]);
  });

  it('says an agency role that is not one of the choices was left out of its roles', () => {
    expect(mended({ counties: ['Mendocino'], agencies: [{ id: 'p', county: 'Mendocino', name: PROBATION, roles: ['probation', 'wizard'] }] })).toEqual([
      `${PROBATION}: “roles” listed "wizard", which is not one of the choices; it was left out.`,
    ]);
  });

  it('calls an unnamed agency by its place in the list', () => {
    expect(mended({ counties: ['Mendocino'], agencies: [{ id: 'a', county: 'Mendocino', name: 'Mendocino CWS' }, { id: 'b', county: 'Mendocino', signs: 'no' }] })).toEqual([
      'Agency 2: “signs the MOU” was "no", which is not a yes-or-no answer; it was cleared.',
    ]);
  });

  it('says a county that does not exist is not a California county, and that a county named twice is kept once', () => {
    expect(mended({ counties: ['Mendocino', 'Atlantis', 'Mendocino'] })).toEqual([
      'Protocol basics: “county or counties” named "Mendocino" more than once; it is kept once.',
      'Protocol basics: “county or counties” listed "Atlantis", which is not a California county; it was left out.',
    ]);
  });

  it('names an agency left out for want of a usable county by the name the file gave it', () => {
    expect(mended({ counties: ['Mendocino'], agencies: [{ id: 'g', county: 'Gotham', name: 'Gotham PD' }] })).toEqual([
      'Gotham PD: “county” was "Gotham", which is not a California county; it was cleared.',
      'Gotham PD was left out: it cannot be kept without a usable “county”.',
    ]);
  });

  it('says in one line, in words, everything a record left out lacked, not the file’s own names one line each', () => {
    const lines = mended({ counties: ['Napa'], acknowledgements: [{ rule: 'zzz', by: ' ', reason: '' }], certification: { by: 'x' } });
    expect(lines.filter((line) => line.includes('was left out: it cannot be kept'))).toEqual([
      'Warnings the committee accepted, item 1 was left out: it cannot be kept without a usable “rule”, “name of who gave it” and “reason”.',
      'Certification of the final text was left out: it cannot be kept without a usable “content hash” and “date”.',
    ]);
    expect(lines.join(' ')).not.toMatch(/ruleId|contentHash/);
  });

  it('names an MDT tier by its name and its question by its label', () => {
    expect(mended({
      counties: ['Mendocino'], agencies: [{ id: 'p', county: 'Mendocino', name: PROBATION }],
      mdtTiers: [{ id: 't', name: 'Immediate response MDT', memberAgencyIds: ['p', 7] }],
    })).toEqual([
      'MDT tier “Immediate response MDT”: “members” listed 7, which is not text; it was left out.',
    ]);
  });

  it('names a section by its outline title and its question by its label', () => {
    expect(mended({ counties: ['Mendocino'], sections: { reporting: { missingYouth: { noticeWithinHours: 'soon', notifies: ['law-enforcement', 'aliens'] } } } })).toEqual([
      'Section 6. Reporting and immediate response: “notice that a youth is missing from care is given within” was "soon", which is not a number; it was cleared.',
      'Section 6. Reporting and immediate response: “who is told that a youth is missing from care” listed "aliens", which is not one of the choices; it was left out.',
    ]);
  });

  it('says where a basics date of the administration section is asked, and what a date should be', () => {
    expect(mended({ counties: ['Mendocino'], effectiveOn: '2026-02-30' })).toEqual([
      'Section 14. Dispute resolution, amendment, term and termination: “effective date” was "2026-02-30", which could not be used (use a real calendar date written as YYYY-MM-DD); it was cleared.',
    ]);
  });

  it('says which record had an id it could not use, without the ids it gave', () => {
    expect(mended({ counties: ['Mendocino'], agencies: [{ id: 'a', county: 'Mendocino', name: 'Mendocino CWS' }, { id: 'a', county: 'Mendocino', name: PROBATION }], mdtTiers: [{ id: ' ' }] })).toEqual([
      `${PROBATION} had the same id as another record in the file ("a"), so it was given one of its own.`,
      'MDT tier “Tier 1” had no id, so it was given one.',
    ]);
  });

  it('falls back to a readable place, never a dotted path, for a path the wizard does not ask about', () => {
    const unknown: Repair = { kind: 'unusable', path: 'legacy.notes.2', record: null, value: '5', reason: 'is not text' };
    expect(repairInWords(unknown)).toBe('A part of the file this app does not know (“legacy”, “notes”, item 3) was 5, which is not text; it was left out.');
    expect(repairInWords({ kind: 'prototypeKey', path: '', record: null })).toMatch(/^The draft: a key named "__proto__", which this app never writes/);
    expect(repairInWords({ kind: 'note', text: 'Service "Shelter": removed its provider "closed", which is not an agency in this draft.' }))
      .toBe('Service "Shelter": removed its provider "closed", which is not an agency in this draft.');
  });

  it('names every part of a draft it knows, given a value of the wrong kind, as a known part', () => {
    const known = Object.keys(draftSchema.shape).filter((key) => key !== 'counties');
    for (const key of known) {
      const words = mended({ counties: ['Mendocino'], [key]: 5 });
      expect(words, key).toHaveLength(1);
      expect(words[0], key).not.toMatch(/does not know|^The draft/);
    }
  });

  it('shows no dotted path for any repair of a file with many kinds of unusable values', () => {
    const all = mended({
      counties: ['Mendocino', 'Atlantis'], endsOn: 'soon', complianceExhibit: 'x',
      agencies: [{ id: 'p', county: 'Mendocino', name: PROBATION, tookPart: 'yes', representative: 5, roles: [3] }, { id: 'q', county: 'Nowhere' }, 42],
      mdtTiers: [{ id: 't', name: '', convenes: { kind: 'within', amount: -1, unit: 'hours' }, provides: { services: 'y' } }],
      sections: { definitions: { terms: [{ term: 5 }] }, training: { audiences: ['aliens'] } },
      customSections: [{ id: 'c', title: 'Local resources', after: 'appendix' }],
      acknowledgements: [{ ruleId: 'term', by: 'Ann', reason: ' ' }],
      countyApprovals: [{ county: 'Mendocino', countyCounsel: 'y' }],
    });
    expect(all.length).toBeGreaterThan(12);
    for (const repair of all) expect(repair).not.toMatch(DOTTED);
    expect(all).toContain('Added section “Local resources”: “placed after” was "appendix", which is not one of the choices; it was cleared.');
  });
});
