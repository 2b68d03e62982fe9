import { describe, expect, it } from 'vitest';
import { todayIso } from '../../src/lib/dates';
import { readBasics, type BasicsForm } from '../../src/wizard/basics-schema';

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
