import { describe, expect, it } from 'vitest';
import { unshownIn, unshownRefusal } from '../../src/document/unshown';
import type { Draft } from '../../src/model';
import { completeDraft } from '../support/drafts';

describe('where the draft holds characters a PDF cannot show', () => {
  const draft = (): Draft => {
    const d = completeDraft(['Napa']);
    d.agencies[2]!.signer.title = 'Director 🙂';
    d.mdtTiers[0]!.purpose = `${d.mdtTiers[0]!.purpose} 🙂`;
    d.customSections = [{ id: 'closing', title: 'Closing 🙂', after: null, text: '' }];
    // Reviewers' words are never printed in a final MOU, so they are no place to fix.
    d.comments = [{ id: 'c1', anchor: { kind: 'section', section: 'purpose' }, author: 'Ana 🙂', at: '2026-11-01T10:00:00.000Z', text: '🙂', status: 'open', statusBy: null, statusAt: null, replies: [] }] as unknown as Draft['comments'];
    return d;
  };

  it('names each printed field that holds one, with the record it is in, in the draft’s order', () => {
    const d = draft();
    expect(unshownIn(d, ['🙂', '林'])).toEqual({
      // "林" is in no field of this draft: only what is there is named.
      characters: ['🙂'],
      places: [
        { path: 'agencies.2.signer.title', recordId: d.agencies[2]!.id },
        { path: 'mdtTiers.0.purpose', recordId: d.mdtTiers[0]!.id },
        // An added section is fixed on the page of the section it follows: the last, for one at the end.
        { path: 'customSections.0.title', recordId: 'closing', section: 'administration' },
      ],
    });
  });

  it('reads only the draft’s own fields: a key a file carries that the app does not know is printed nowhere', () => {
    const d = completeDraft(['Napa']);
    d.agencies[0]!.signer.name = 'Lin 林';
    Object.assign(d.agencies[0]!, { note: '林' });
    Object.assign(d.sections.services, { aside: '林' });
    // Who approved the text for an agency is recorded, not printed.
    d.approvals = [{ agencyId: d.agencies[0]!.id, by: 'Counsel 林', on: '2026-11-01', textHash: `sha256:${'0'.repeat(64)}` }];
    expect(unshownIn(d, ['林']).places).toEqual([{ path: 'agencies.0.signer.name', recordId: d.agencies[0]!.id }]);
  });

  it('finds a name typed with its parts apart, as the PDF reports it composed, and names only the characters still there', () => {
    const d = completeDraft(['Napa']);
    // Hangul typed as separate jamo, as macOS may send it; the PDF reports the composed syllable.
    d.agencies[0]!.signer.name = '\u1100\u1161\u11A8 Kim';
    expect(unshownIn(d, ['\uAC01', '林'])).toEqual({ characters: ['\uAC01'], places: [{ path: 'agencies.0.signer.name', recordId: d.agencies[0]!.id }] });
    // Changed since, none is left: the characters are still said, with no place.
    expect(unshownIn(completeDraft(['Napa']), ['林'])).toEqual({ characters: ['林'], places: [] });
  });

  it('says the characters, what a final PDF would print, and the way to the Word file', () => {
    expect(unshownRefusal({ characters: ['林'], places: [] }, (c) => `“${c}”`, 'export the final Word file'))
      .toBe('The PDF cannot print “林”: its typeface has no letter for it, so it would come out as �. '
        + 'Write it in Latin letters (or leave it out) where it is used, or export the final Word file, which keeps it.');
  });

  it('does not send to the Word file what is not a character, which it cannot hold either', () => {
    const show = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`;
    const only = unshownRefusal({ characters: ['\uFFFE'], places: [] }, show, 'export the final Word file');
    expect(only).toBe('The PDF cannot print U+FFFE: it is not a character (half of a surrogate pair, or U+FFFE or U+FFFF), which no file can hold. Delete it where it is used.');
    expect(only).not.toContain('Word');
    const both = unshownRefusal({ characters: ['林', '\uD800'], places: [] }, show, 'export the final Word file');
    expect(both).toBe('The PDF cannot print U+6797 and U+D800: its typeface has no letter for U+6797, which would come out as �, and U+D800 is not a character '
      + '(half of a surrogate pair, or U+FFFE or U+FFFF), which no file can hold. Delete U+D800 where it is used. '
      + 'Write U+6797 in Latin letters (or leave it out) where it is used, or export the final Word file, which keeps it.');
  });
});
