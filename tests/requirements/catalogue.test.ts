import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/requirements';

// The catalogue of sb855-requirements.md §5, which every rule id must match.
const CATALOGUE = [
  'lead-agency', 'partner-probation', 'partner-mental-health', 'partner-public-health',
  'partner-juvenile-court', 'partner-education', 'partner-sheriff', 'optional-partners',
  'services-section', 'mdt-functions', 'mdt-structure', 'mdt-members', 'screening',
  'documentation', 'missing-youth', 'mandated-report', 'info-sharing', 'training', 'terminology',
  'signatures', 'term',
];

describe('the rule catalogue', () => {
  it('holds exactly the checks of the requirements reference, once each', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...CATALOGUE].sort());
  });

  it('gives every rule a title and a citation', () => {
    for (const rule of RULES) {
      expect(rule.title.length, rule.id).toBeGreaterThan(10);
      expect(rule.citation, rule.id).toMatch(/WIC|PC|practice|Practice|Contract/);
    }
  });
});

describe('the crosswalk', () => {
  it('names, for every rule, an outline section where the protocol meets it', async () => {
    const { SECTION_OUTLINE } = await import('../../src/model');
    const keys = SECTION_OUTLINE.map((s) => s.key as string);
    for (const rule of RULES) expect(keys, rule.id).toContain(rule.section);
  });
});
