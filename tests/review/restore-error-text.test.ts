import { describe, expect, it } from 'vitest';
import { describeRestoreError, draftSchema, type RestoreError } from '../../src/model';
import { draftIssue } from '../../src/model/repair';
import { restoreErrorInWords } from '../../src/review/restore-error-text';

/** A dotted path ("agencies.0.county", "counties.1"), as the code names a value. */
const DOTTED = /\w\.\w|\.\d/;

const PROBATION = 'Mendocino County Probation Department';

// The door mends or drops nearly everything it cannot use, so a file it refuses as a draft is rare:
// these errors are written out as restoreDraft would return them.
describe('a file that cannot be opened, in the words of the wizard', () => {
  it('names an agency’s answer by the agency’s name and the label its page shows, never by its path', () => {
    const error: RestoreError = { kind: 'invalidDraft', issues: [{ path: 'agencies.0.county', record: PROBATION, reason: 'is not a California county' }] };
    const message = restoreErrorInWords(error);
    expect(message).toBe(`This draft file has values the app cannot use — ${PROBATION}: “county” is not a California county. Your current work has not been changed.`);
    expect(message).not.toMatch(DOTTED);
  });

  it('calls an unnamed tier by its place in the list, a basics answer by its page, and the whole draft as such', () => {
    const error: RestoreError = {
      kind: 'invalidDraft',
      issues: [
        { path: 'mdtTiers.1.name', record: null, reason: 'is not text' },
        { path: 'kind', record: null, reason: 'is not one of the choices' },
        { path: '', record: null, reason: 'is not a group of answers' },
      ],
    };
    const message = restoreErrorInWords(error);
    expect(message).toContain('MDT tier “Tier 2”: “name” is not text; ');
    expect(message).toContain('The draft is not a group of answers.');
    expect(message).not.toMatch(DOTTED);
  });

  it('says every other refusal as the model does', () => {
    const error: RestoreError = { kind: 'versionTooNew', version: 99, app: '2.0.0' };
    expect(restoreErrorInWords(error)).toBe(describeRestoreError(error));
    expect(restoreErrorInWords(error, 'Update it.')).toBe(describeRestoreError(error, { openWithNewer: 'Update it.' }));
  });

  it('takes the record’s name and the reason from the file as it was read', () => {
    const file = { agencies: [{ id: 'p', name: ` ${PROBATION} `, county: 'Atlantis' }] };
    const parsed = draftSchema.safeParse(file);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.error.issues.map((issue) => draftIssue(file, issue))).toEqual([
      { path: 'agencies.0.county', record: PROBATION, reason: 'is not a California county' },
    ]);
  });
});
