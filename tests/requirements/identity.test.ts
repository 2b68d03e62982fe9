import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restoreDraft, type Draft } from '../../src/model';
import { checkDraft, findingId } from '../../src/requirements';
import { completeDraft, TODAY, withChange } from '../support/drafts';

const example = (name: string): Draft => {
  const restored = restoreDraft(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));
  if (!restored.ok) throw new Error(name);
  return restored.value.draft;
};

// Drafts that give many findings at once, several per rule and per county.
const DRAFTS: Array<[string, Draft]> = [
  ['the blocked regional example', example('draft-with-blocking-findings.csecmou.json')],
  ['an empty regional draft', withChange(completeDraft(['Lassen', 'Modoc']), (d) => {
    d.agencies = d.agencies.map((a) => ({ ...a, tookPart: false, leadsTeam: false, signer: { name: '', title: '' } }));
    d.mdtTiers = [];
  })],
  ['a draft with two deadlines in one text and a plan to cite a minor in another', withChange(completeDraft(), (d) => {
    d.sections.reporting.text = 'The written report follows within 72 hours. Staff notify law enforcement of a missing youth within 48 hours.';
    d.sections.services.text = 'Deputies arrest youth for prostitution. Officers cite minors under 647(b).';
  })],
];

describe('finding identity (rule, county, record, field)', () => {
  it.each(DRAFTS)('is unique among the findings of %s', (_name, draft) => {
    const ids = checkDraft(draft, { today: TODAY }).map(findingId);
    expect(ids.length).toBeGreaterThan(1);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives two deadlines stated in one text one finding that names both', () => {
    const [draft] = DRAFTS.slice(2).map(([, d]) => d);
    const findings = checkDraft(draft!, { today: TODAY }).filter((f) => f.ruleId === 'stated-timelines');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('72 hours for the written child-abuse report');
    expect(findings[0]!.message).toContain('48 hours for notice that a youth is missing from foster care');
    expect(findings[0]!.citation).toBe('PC 11166(a); WIC 16501.35, as amended by AB 2108 (Stats. 2024, ch. 660)');
  });
});
