import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeRestoreError, restoreDraft, SECTION_OUTLINE, type Draft } from '../src/model';
import { checkDraft } from '../src/requirements';
import { TODAY } from './support/drafts';

function example(name: string): Draft {
  const restored = restoreDraft(readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8'));
  if (!restored.ok) throw new Error(describeRestoreError(restored.error));
  return restored.value.draft;
}

describe('the complete single-county example (the app’s sample)', () => {
  const draft = example('complete-single-county.csecmou.json');

  it('passes every check, blocking or not', () => {
    expect(checkDraft(draft, { today: TODAY })).toEqual([]);
  });

  it('is a single-county CSEC Program protocol with a partner that took part without signing', () => {
    expect(draft.counties).toHaveLength(1);
    expect(draft.kind).toBe('csec-program');
    expect(draft.agencies.some((a) => a.tookPart && !a.signs)).toBe(true);
  });

  it('fills every section of the outline with text', () => {
    for (const { key } of SECTION_OUTLINE) {
      if (key === 'signatures') continue; // built from the agencies
      expect(draft.sections[key].text.trim(), key).not.toBe('');
    }
  });
});

describe('the example draft with blocking findings', () => {
  const draft = example('draft-with-blocking-findings.csecmou.json');
  const findings = checkDraft(draft, { today: TODAY });

  it('is a regional draft blocked for the reasons it was written to show', () => {
    expect(draft.counties).toEqual(['Lassen', 'Modoc']);
    const blocking = findings.filter((f) => f.severity === 'blocking').map((f) => `${f.ruleId}${f.county ? ` ${f.county}` : ''}`);
    expect(blocking).toEqual([
      'lead-agency Modoc', 'partner-juvenile-court Lassen', 'partner-sheriff Modoc', 'services-section',
      'mdt-functions', 'missing-youth-notice', 'mandated-report', 'signatures Modoc',
    ]);
  });

  it('shows an acknowledged warning with who accepted it', () => {
    expect(findings.find((f) => f.ruleId === 'optional-partners')?.acknowledged?.by).toBeTruthy();
  });
});
