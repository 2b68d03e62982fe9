import { describe, expect, it } from 'vitest';
import { prepareExport } from '../../src/document';
import { completeDraft, TODAY, withChange } from '../support/drafts';

describe('the export gate', () => {
  const blocked = withChange(completeDraft(['Lassen', 'Modoc']), (d) => {
    d.agencies = d.agencies.filter((a) => a.id !== 'modoc-sheriff');
    d.sections.reporting.missingYouth.noticeWithinHours = 48;
  });

  it('refuses a final export while blocking findings stand, and lists every one of them', () => {
    const result = prepareExport(blocked, { final: true, today: TODAY });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((f) => `${f.ruleId}${f.county ? ` ${f.county}` : ''}`)).toEqual(['partner-sheriff Modoc', 'missing-youth-notice']);
    expect(result.error.every((f) => f.severity === 'blocking')).toBe(true);
  });

  it('always allows a draft export, marked as a draft', () => {
    const result = prepareExport(blocked, { final: false, today: TODAY });
    expect(result.ok && result.value.meta.marking).toBe('draft');
  });

  it('allows a final export of a protocol with warnings only, marked final', () => {
    const warned = withChange(completeDraft(), (d) => { d.sections.training.audiences = []; });
    const result = prepareExport(warned, { final: true, today: TODAY });
    expect(result.ok && result.value.meta.marking).toBe('final');
  });
});
