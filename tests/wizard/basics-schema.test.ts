import { describe, expect, it } from 'vitest';
import { todayIso } from '../../src/lib/dates';
import { formDate, INCOMPLETE_DATE, readBasics, type BasicsForm } from '../../src/wizard/basics-schema';

const form = (firstDevelopedOn: string): BasicsForm => ({ counties: ['Napa'], kind: 'csec-program', companionSetting: '', participatesInCsecProgram: true, firstDevelopedOn });

describe('a new protocol’s basics', () => {
  it('takes a first-developed date of today or earlier, or none', () => {
    for (const date of ['', '2009-03-04', todayIso()]) expect(readBasics(form(date)).ok, date).toBe(true);
  });

  it('refuses a first-developed date still to come, such as 2099 typed for 2009: it would change which partners are required', () => {
    const tomorrow = todayIso(new Date(Date.now() + 36 * 3600_000));
    for (const date of ['2099-03-04', tomorrow]) {
      expect(readBasics(form(date)), date).toEqual({ ok: false, errors: { firstDevelopedOn: 'Enter the date the protocol was first developed: today or earlier.' } });
    }
  });
});

const messages = (value: string | null) => formDate('the date the MOU takes effect').safeParse(value).error?.issues.map((issue) => issue.message) ?? [];

describe('a date answered in a form', () => {
  it('takes no date, and a whole date with its year in full', () => {
    expect([messages(null), messages('2026-06-01'), messages('1900-01-01')]).toEqual([[], [], []]);
  });

  it('refuses part of a date, a year typed short and a year no protocol has, naming the date', () => {
    expect(messages(INCOMPLETE_DATE)).toEqual(['Enter the whole of the date the MOU takes effect: its month, day and year.']);
    expect(messages('0020-06-01')).toEqual(['Enter the year of the date the MOU takes effect in full, with four digits, such as 2025.']);
    expect(messages('1899-12-31')).toEqual(['Enter the date the MOU takes effect from 1900 on.']);
    expect(messages('2026-02-30')).toEqual(['Enter the date the MOU takes effect as a real calendar date.']);
  });
});
