import { describe, expect, it } from 'vitest';
import { findChargePlan } from '../../src/requirements/text/charge-plans';
import { sentences } from '../../src/requirements/text/sentences';
import { findStatedHours } from '../../src/requirements/text/stated-hours';

describe('sentences', () => {
  it('splits at . ! ? before whitespace or the end, and at blank lines', () => {
    expect(sentences('One. Two! Three?\n\nFour\n\nFive.')).toEqual(['One.', 'Two!', 'Three?', 'Four', 'Five.']);
  });

  it('reads text as it looks: a soft hyphen or a zero-width space, copied from a PDF or a web page, is not there', () => {
    expect(sentences('Deputies arrest minors for pros\u00adtitution.')).toEqual(['Deputies arrest minors for prostitution.']);
    expect(findChargePlan('Deputies ar\u200brest minors for prostitution.')).toBe('Deputies arrest minors for prostitution.');
    expect(findStatedHours('The written report follows within 36\u200b hours.').map((h) => h.hours)).toEqual([36]);
  });

  it('keeps statute citations and their abbreviations inside one sentence', () => {
    expect(sentences('Under Welf. & Inst. Code § 300 and PC 653.22 youth are served. Sec. 11166 applies.')).toEqual([
      'Under Welf. & Inst. Code § 300 and PC 653.22 youth are served.',
      'Sec. 11166 applies.',
    ]);
  });

  it('reads "No." as a number only before a figure', () => {
    expect(sentences('See Resolution No. 5 here. Are minors cited? No. They are not.')).toEqual([
      'See Resolution No. 5 here.', 'Are minors cited?', 'No.', 'They are not.',
    ]);
  });

  it('joins the lines of a paragraph with single spaces', () => {
    expect(sentences('  Youth are\n   served as victims.  ')).toEqual(['Youth are served as victims.']);
  });
});

describe('findChargePlan', () => {
  it.each([
    'Minors found soliciting are cited under 647(b).',
    'Officers will arrest youth for prostitution',
    'Juveniles may be charged with loitering with intent to commit prostitution (PC 653.22)',
    'A child engaged in prostitution is booked into juvenile hall',
    'Youth arrested for 647(b) are referred to the MDT',
    'Teens are prosecuted under 647 (b).',
    'Girls are cited under 647b.',
    'Anyone under 18 who is prostituted is arrested.',
    'A person under the age of 18 may be cited for loitering.',
    'CSEC identified on patrol are booked for solicitation.',
  ])('finds the plan in "%s"', (text) => {
    expect(findChargePlan(text)).toBe(text);
  });

  it('returns the first plan, trimmed, from among other sentences', () => {
    const text = 'Youth are victims. Officers will arrest youth for prostitution. Boys are cited under 647(b).';
    expect(findChargePlan(`  ${text}`)).toBe('Officers will arrest youth for prostitution.');
  });

  it('does not break the sentence inside a citation', () => {
    expect(findChargePlan('Per Pen. Code 653.22, juveniles are charged with loitering.')).toBe(
      'Per Pen. Code 653.22, juveniles are charged with loitering.',
    );
  });

  it('cuts a plan longer than 200 characters to 200 with an ellipsis', () => {
    const plan = `Officers will arrest youth for prostitution and refer ${'them to the county team, '.repeat(8)}today.`;
    const quoted = findChargePlan(plan);
    expect(quoted).toHaveLength(200);
    expect(quoted?.slice(-13)).toBe('the county t…');
  });

  it('drops the space where the cut falls after a word', () => {
    const plan = `Officers will arrest youth for prostitution ${'and then refer them onward '.repeat(10)}now.`;
    const quoted = findChargePlan(plan);
    expect(quoted).toHaveLength(199);
    expect(quoted?.slice(-11)).toBe('refer them…');
  });

  it.each([
    'Law enforcement does not arrest or cite minors for prostitution.',
    'No youth will be cited under 647(b).',
    'Minors are never charged with prostitution',
    'Officers refer them to services rather than arresting youth for prostitution.',
    'Officers call the social worker instead of citing youth for loitering.',
    "Officers won't arrest minors for prostitution.",
    // As Word writes a contraction, and as text pasted from it arrives.
    'Officers won’t arrest minors for prostitution.',
    'Deputies don’t cite youth for loitering under 653.22.',
    'Minors cannot be charged under 647(b).',
    'Youth may not be cited for prostitution.',
    'Children shall not be booked for loitering under PC 653.22.',
    'Minors are no longer prosecuted for prostitution.',
    'SB 1322 prohibits arresting minors for prostitution.',
    'Officers shall refrain from arresting minors for prostitution.',
    'Deputies avoid citing youth for loitering under 653.22.',
    'Law enforcement is barred from charging a child with prostitution.',
  ])('finds no plan where a negation rules it out: "%s"', (text) => {
    expect(findChargePlan(text)).toBeNull();
  });

  it.each([
    'Adults who solicit minors are arrested under 647(b).',
    'Exploiters who buy sex from minors are charged.',
    'Sex buyers who purchase a child for prostitution are prosecuted.',
    'Johns soliciting youth are cited.',
    'Traffickers and pimps who prostitute minors are booked.',
    'Purchasers are charged with soliciting a minor.',
    'Persons soliciting a minor are arrested under 647(b).',
  ])('finds no plan where the enforcement targets adults: "%s"', (text) => {
    expect(findChargePlan(text)).toBeNull();
  });

  it.each([
    'Youth are excited to join the prostitution prevention group.',
    'The bookkeeping for youth served after prostitution is kept by probation.',
    'Youth recharge at the drop-in center after leaving prostitution.',
    'The officer in charge of youth exploited through prostitution attends the MDT.',
  ])('matches enforcement words only as whole words: "%s"', (text) => {
    expect(findChargePlan(text)).toBeNull();
  });

  it.each([
    ['no offence', 'Officers will arrest youth for curfew violations.'],
    ['no enforcement', 'Youth exploited through prostitution are served as victims.'],
    ['no minor', 'Officers will arrest people for prostitution.'],
    ['only an agency named for children', 'Officers cite people for loitering and call Children and Family Services.'],
  ])('finds no plan in a sentence with %s', (_, text) => {
    expect(findChargePlan(text)).toBeNull();
  });

  it('finds no plan in empty text', () => {
    expect(findChargePlan('')).toBeNull();
  });
});

describe('findStatedHours', () => {
  const one = (duty: string, hours: number, sentence: string) => [{ duty, hours, sentence }];

  it('finds the deadline of the written report', () => {
    const text = 'The written report follows within 72 hours.';
    expect(findStatedHours(text)).toEqual(one('written-report', 72, text));
  });

  it('finds the written report sent "in writing" as an SS 8572', () => {
    const text = 'Reporters send the SS 8572 in writing within 48 hours';
    expect(findStatedHours(text)).toEqual(one('written-report', 48, text));
  });

  it('reads "writing" without a report or form as no duty', () => {
    expect(findStatedHours('Partners agree in writing within 30 days.')).toEqual([]);
  });

  it('finds the report of a missing, exploited child to NCMEC in preference to the notice', () => {
    const text = 'A missing child believed exploited is reported to NCIC and NCMEC within 24 hours.';
    expect(findStatedHours(text)).toEqual(one('missing-cse-report', 24, text));
  });

  it('finds the report to the National Center for Missing and Exploited Children by name', () => {
    const text = 'Report to the National Center for Missing and Exploited Children within 2 hours.';
    expect(findStatedHours(text)).toEqual(one('missing-cse-report', 2, text));
  });

  it.each([
    ['missing', 'Notify law enforcement within 24 hours when a child is missing from foster care.'],
    ['runaway', 'A runaway is reported to probation within 24 hours.'],
    ['run away', 'When youth run away, staff call the social worker within 24 hours.'],
    ['AWOL', 'Staff report an AWOL youth within 24 hours.'],
    ['absent from placement', 'If a youth is absent from placement, notify the court within 24 hours.'],
    ['whereabouts unknown', 'When a youth\'s whereabouts are unknown, notify the parent within 24 hours.'],
  ])('finds the missing-from-care notice where the text says "%s"', (_, text) => {
    expect(findStatedHours(text)).toEqual(one('missing-from-care-notice', 24, text));
  });

  it.each([
    ['72-hour', 'A 72-hour written report is required.', 72],
    ['72 hrs', 'The written report follows in 72 hrs.', 72],
    ['72h', 'The written report follows within 72h.', 72],
    ['1.5 hours', 'The written report follows within 1.5 hours.', 1.5],
    ['seventy-two hours', 'The written report follows within seventy-two hours.', 72],
    ['forty eight hours', 'The written report follows within forty eight hours.', 48],
    ['twelve hours', 'The written report follows within twelve hours.', 12],
    ['one hour', 'The written report follows within one hour.', 1],
    // Hyphens as Word and pasted text give them: no-break (U+2011), and a dash typed for one.
    ['seventy\u2011two hours', 'The written report follows within seventy\u2011two hours.', 72],
    ['seventy\u2013two hours', 'The written report follows within seventy\u2013two hours.', 72],
    ['72\u2011hour', 'A 72\u2011hour written report is required.', 72],
  ])('reads "%s" as a figure in hours', (_, text, hours) => {
    expect(findStatedHours(text)).toEqual(one('written-report', hours, text));
  });

  it('reads "twenty-four (24) hours" as one figure', () => {
    const text = 'Report the missing child to NCMEC within twenty-four (24) hours.';
    expect(findStatedHours(text)).toEqual(one('missing-cse-report', 24, text));
  });

  it('counts days as 24 hours each, in digits and in words', () => {
    const text = 'A runaway is reported within 3 days, and within two calendar days if exploited.';
    expect(findStatedHours(text)).toEqual([
      { duty: 'missing-from-care-notice', hours: 72, sentence: text },
      { duty: 'missing-from-care-notice', hours: 48, sentence: text },
    ]);
  });

  it('takes business days at a day each, the least they can mean, and says they were business days', () => {
    const text = 'The written report follows within two business days.';
    expect(findStatedHours(text)).toEqual([{ duty: 'written-report', hours: 48, sentence: text, businessDays: 2 }]);
    expect(findStatedHours('Notice that a youth is missing is given within 1 working day.')).toMatchObject([{ duty: 'missing-from-care-notice', hours: 24, businessDays: 1 }]);
  });

  it('states nothing for "immediately"', () => {
    expect(findStatedHours('Staff report a missing youth to law enforcement immediately.')).toEqual([]);
  });

  it('skips figures that say how often rather than how soon', () => {
    expect(findStatedHours('The line for missing youth is staffed 24 hours a day, seven days a week.')).toEqual([]);
  });

  it('finds nothing in a sentence with a figure but no duty', () => {
    expect(findStatedHours('The MDT meets within 72 hours.')).toEqual([]);
  });

  it('finds nothing in a text with duties but no figures', () => {
    expect(findStatedHours('The written report follows promptly. Missing youth are reported to NCMEC.')).toEqual([]);
  });

  it('finds two duties in two sentences of one text', () => {
    const written = 'The written report follows within 36 hours.';
    const missing = 'A child missing from care is reported to the social worker within 24 hours.';
    expect(findStatedHours(`${written}\n\n${missing}`)).toEqual([
      { duty: 'written-report', hours: 36, sentence: written },
      { duty: 'missing-from-care-notice', hours: 24, sentence: missing },
    ]);
  });

  it('gives each figure in one sentence to the duty named closest before it', () => {
    const text =
      'The social worker notifies law enforcement of the missing child within 24 hours and sends a written report within 72 hours.';
    expect(findStatedHours(text)).toEqual([
      { duty: 'missing-from-care-notice', hours: 24, sentence: text },
      { duty: 'written-report', hours: 72, sentence: text },
    ]);
  });

  it('gives a figure stated before any duty to the first duty after it', () => {
    const text = 'Within 2 hours, staff report the missing youth to NCIC.';
    expect(findStatedHours(text)).toEqual(one('missing-cse-report', 2, text));
  });

  it('quotes a long sentence cut to 200 characters with an ellipsis', () => {
    const text = `The written report follows within 72 hours ${'and goes on to the agency named '.repeat(8)}today.`;
    const [stated] = findStatedHours(text);
    expect(stated?.sentence).toHaveLength(200);
    expect(stated?.sentence.slice(-13)).toBe('he agency na…');
  });
});
