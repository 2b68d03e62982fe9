import { describe, expect, it } from 'vitest';
import { CALIFORNIA, citationInWords, lawInForce, RULES } from '../../src/requirements';
import { TODAY } from '../support/drafts';

// The catalogue of sb855-requirements.md §5, which every rule id must match, after the checks
// that a draft in progress is complete enough to be one protocol.
const CATALOGUE = [
  'counties-named', 'agency-county', 'agency-named', 'age-range', 'added-section-text', 'added-section-title', 'added-section-unique-title', 'lead-agency', 'partner-probation', 'partner-mental-health', 'partner-public-health',
  'partner-juvenile-court', 'partner-education', 'partner-sheriff', 'optional-partners',
  'services-section', 'mdt-functions', 'mdt-structure', 'mdt-members', 'screening',
  'documentation', 'missing-youth-notice', 'missing-cse-report', 'mandated-report',
  'stated-timelines', 'info-sharing', 'training', 'terminology', 'minors-not-charged',
  'signatures', 'term',
];

describe('the rule catalogue', () => {
  it('holds exactly the checks of the requirements reference, once each', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...CATALOGUE].sort());
  });

  it('gives every rule a title, and a citation that reads as law or as plainly labelled practice', () => {
    const law = lawInForce(CALIFORNIA, TODAY);
    for (const rule of RULES) {
      const citation = rule.citation(law)!;
      expect(rule.title.length, rule.id).toBeGreaterThan(10);
      if (rule.basis === 'completeness') expect(citation, rule.id).toContain('not a legal requirement');
      else if (rule.basis === 'practice') expect(citation, rule.id).toMatch(/[Rr]ecommended practice/);
      else expect(citation, rule.id).toMatch(/^(WIC|PC|SB) \d/);
      expect(citation, rule.id).not.toMatch(/inference|framing|NCYL/i);
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

describe('citations in words', () => {
  it('writes a code out in full, naming one section or several of the same code', () => {
    expect(citationInWords('WIC 16524.8(a)(1)')).toBe('Welfare and Institutions Code section 16524.8(a)(1)');
    expect(citationInWords('WIC 16524.8(b); WIC 300(b)(2)')).toBe('Welfare and Institutions Code sections 16524.8(b) and 300(b)(2)');
    expect(citationInWords('PC 11166(a); PC 11166.02')).toBe('Penal Code sections 11166(a) and 11166.02');
    expect(citationInWords('PC 11166; WIC 300')).toBe('Penal Code section 11166 and Welfare and Institutions Code section 300');
    // What is not a code citation stays as written.
    expect(citationInWords('WIC 16524.7(a)(3); recommended practice')).toBe('Welfare and Institutions Code section 16524.7(a)(3); recommended practice');
  });
});
