import { describe, expect, it } from 'vitest';
import { createLeaveChecks } from '../../src/wizard/leave-checks';

describe('the checks before leaving a step', () => {
  const form = {};
  const failing = (checks: ReturnType<typeof createLeaveChecks>) => async () => {
    checks.report(form, [{ name: 'hours', message: 'Enter a number.' }]);
    return false;
  };

  it('lets a form’s answers in error be left behind, going where the try was going', async () => {
    const checks = createLeaveChecks();
    checks.add(failing(checks), true);
    let went = 0;
    expect(await checks.run(() => { went++; })).toBe(false);
    expect(checks.errors()).toMatchObject({ attempts: 1, canLeaveAnyway: true });
    checks.leaveAnyway();
    expect(went).toBe(1);
    // Back and Forward give no way to go on: the history has already undone them.
    expect(await checks.run()).toBe(false);
    expect(checks.errors().canLeaveAnyway).toBe(false);
  });

  it('never lets a comment written but not added be left behind with them', async () => {
    const checks = createLeaveChecks();
    checks.add(failing(checks), true);
    checks.add(async () => false);
    let went = 0;
    expect(await checks.run(() => { went++; })).toBe(false);
    expect(checks.errors()).toMatchObject({ attempts: 1, canLeaveAnyway: false });
    checks.leaveAnyway();
    expect(went).toBe(0);
  });
});
