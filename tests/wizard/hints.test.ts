import { describe, expect, it } from 'vitest';
import { CALIFORNIA, citationAsSubject, lawInForce } from '../../src/requirements';
import { partnersHint } from '../../src/wizard/agencies-step';
import { completeDraft, TODAY, withChange } from '../support/drafts';

const law = lawInForce(CALIFORNIA, TODAY);

describe('the law in the questions’ hints', () => {
  it('names the partners, and says which this protocol may leave out when it was first developed before the law added them', () => {
    const now = partnersHint(completeDraft(), law);
    expect(now).toMatch(/^Welfare and Institutions Code section 16524\.8\(a\)\(1\), as amended by AB 1227 \(Stats\. 2017, ch\. 558\), requires that the team include representatives of .+\.$/);
    expect(now).not.toContain('recommended');
    const earlier = partnersHint(withChange(completeDraft(), (d) => { d.firstDevelopedOn = '2016-05-01'; }), law);
    expect(earlier.startsWith(now)).toBe(true);
    expect(earlier.slice(now.length)).toMatch(/^ This protocol was first developed before January 1, 2018, so .+ and .+ are recommended, not required \(Welfare and Institutions Code section 16524\.8\(c\)\)\.$/);
  });

  it('closes a citation that names its text of the law with a comma before the verb', () => {
    expect(citationAsSubject('WIC 16524.8(a)(1), as amended by AB 1227 (Stats. 2017, ch. 558)')).toBe('Welfare and Institutions Code section 16524.8(a)(1), as amended by AB 1227 (Stats. 2017, ch. 558),');
    expect(citationAsSubject('WIC 16524.8(b)')).toBe('Welfare and Institutions Code section 16524.8(b)');
  });
});
