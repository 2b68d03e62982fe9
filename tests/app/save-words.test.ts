import { describe, expect, it } from 'vitest';
import { describeKeptProblem, keptInWords, restoredWords, versionInWords } from '../../src/app/save-words';

// Noon UTC: December 7 in every time zone the machine may be in.
const AT = '2026-12-07T12:21:17.000Z';
const NONE = { comments: 0, replies: 0, approvals: 0, signatures: 0 };

describe('what a restore and a comparison say of a version', () => {
  it('names a version to the second, and a certified one by who certified it and the start of its content hash', () => {
    expect(versionInWords(AT)).toMatch(/^the version of December 7, 2026, \d+:21:17 [AP]M$/);
    const certified = versionInWords(AT, { by: 'Dana Cruz', contentHash: `sha256:7ef7e1e3${'a'.repeat(56)}` });
    expect(certified).toMatch(/^the version of December 7, 2026, \d+:21:17 [AP]M, the text certified final by Dana Cruz \(content hash 7ef7e1e3aaaaaaaa\)$/);
  });

  it('offers an undo after a restore, and for a certified version the way back through a new version', () => {
    expect(restoredWords('the version of X', null, NONE)).toBe('Restored the version of X. The draft as it was is kept among the earlier versions: restore it to undo.');
    expect(restoredWords('the version of X', { by: 'Dana Cruz' }, { ...NONE, signatures: 2, approvals: 1 })).toBe('Restored the version of X. Its text is certified final (by Dana Cruz), so it is locked again. The draft as it was is kept among the earlier versions: to go back to it, start a new version under “Certified final”, then restore it. The 1 approval and 2 signatures that the draft had and that version did not are kept with it.');
    expect(keptInWords({ ...NONE, comments: 1 }, 'the file')).toBe(' The 1 comment that the draft had and the file did not is kept with it.');
  });
});

describe('what a page says of a draft removed on it, reached again by Back', () => {
  it('says how many presses of Undo put it back: Undo puts back the newest removal first', () => {
    const missing = { kind: 'notFound' } as const;
    expect(describeKeptProblem(missing, { named: '“A”', later: 0 })).toBe('“A” was removed from this browser on this page. To open it again, first press Undo in the notice below the list of drafts.');
    expect(describeKeptProblem(missing, { named: '“A”', later: 1 })).toBe('“A” was removed from this browser on this page. To open it again, press Undo in the notice below the list of drafts 2 times: the draft removed after it comes back first.');
    expect(describeKeptProblem(missing, { named: '“A”', later: 2 })).toMatch(/ 3 times: the 2 drafts removed after it come back first\.$/);
  });
});

