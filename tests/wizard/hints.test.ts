import { describe, expect, it } from 'vitest';
import { CALIFORNIA, citationAsSubject, lawInForce } from '../../src/requirements';
import { partnersHint } from '../../src/wizard/agencies-step';
import { BASICS_FIELDS, hintText } from '../../src/wizard/section-fields';
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

  it('says, where WIC 16524.8 does not bind the protocol, that its requirements are advice for it', () => {
    const now = partnersHint(completeDraft(), law);
    const companion = partnersHint(withChange(completeDraft(), (d) => { d.kind = 'companion'; d.companionSetting = 'Juvenile hall'; }), law);
    expect(companion).toBe(`${now} That is required of the county’s CSEC Program protocol; for this companion protocol it is advice only.`);
    // Said before what an earlier protocol may leave out: a recommendation binds no one.
    const earlier = partnersHint(withChange(completeDraft(), (d) => { d.kind = 'companion'; d.companionSetting = 'Juvenile hall'; d.firstDevelopedOn = '2016-05-01'; }), law);
    expect(earlier).toMatch(/^.+ That is required of the county’s CSEC Program protocol; for this companion protocol it is advice only\. This protocol was first developed before January 1, 2018, .+\.$/);
    const outside = partnersHint(withChange(completeDraft(), (d) => { d.participatesInCsecProgram = false; }), law);
    expect(outside).toBe(`${now} That is required of the protocol of a county that elects to receive CSEC Program funds; for this protocol it is advice only.`);
    // In a region where only Trinity is outside the program, Trinity's agencies are told so, and the others nothing.
    const region = withChange(completeDraft(['Lassen', 'Trinity']), (d) => { d.countiesNotInCsecProgram = ['Trinity']; });
    expect(partnersHint(region, law, 'Trinity')).toBe(`${now} That is required of the protocol of a county that elects to receive CSEC Program funds; Trinity County has not, so for its agencies it is advice only.`);
    expect(partnersHint(region, law, 'Lassen')).toBe(now);
    // Electing the program changes the 16524.8 checks, not the duties that bind every county.
    const program = hintText(BASICS_FIELDS.find((f) => f.name === 'participatesInCsecProgram')!.hint, law);
    expect(program).toContain('If the county has not, the checks of that section and of program-funded training only give advice.');
    expect(program).toContain('The duties to report abuse and missing youth apply to child welfare and probation either way.');
  });

  it('closes a citation that names its text of the law with a comma before the verb', () => {
    expect(citationAsSubject('WIC 16524.8(a)(1), as amended by AB 1227 (Stats. 2017, ch. 558)')).toBe('Welfare and Institutions Code section 16524.8(a)(1), as amended by AB 1227 (Stats. 2017, ch. 558),');
    expect(citationAsSubject('WIC 16524.8(b)')).toBe('Welfare and Institutions Code section 16524.8(b)');
  });
});
