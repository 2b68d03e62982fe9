import { describe, expect, it } from 'vitest';
import type { Finding } from './types';
import { groupFindings, summarizeFindings } from './summary';

const finding = (severity: Finding['severity'], extra: Partial<Finding> = {}): Finding => ({
  ruleId: 'r', title: 'A rule', citation: 'WIC 16524.8(a)(1)', message: 'Fix it.', severity, ...extra,
});

describe('the findings summary', () => {
  it('counts findings as "2 blocking, 3 warnings, 1 advice", acknowledged warnings included', () => {
    const findings = [
      finding('blocking'), finding('blocking'),
      finding('warning'), finding('warning'), finding('warning', { acknowledged: { by: 'Chair', reason: 'ok', on: null } }),
      finding('info'),
    ];
    expect(summarizeFindings(findings)).toBe('2 blocking, 3 warnings, 1 advice');
  });

  it('says "1 warning" in the singular and counts empty groups as zero', () => {
    expect(summarizeFindings([finding('warning')])).toBe('0 blocking, 1 warning, 0 advice');
  });

  it('groups findings by severity keeping their order', () => {
    const a = finding('warning', { ruleId: 'a' });
    const b = finding('warning', { ruleId: 'b' });
    expect(groupFindings([a, finding('info'), b]).warning).toEqual([a, b]);
  });
});
