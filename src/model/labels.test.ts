import { describe, expect, it } from 'vitest';
import { describeCounties } from './counties';
import { sectionLabel } from './sections';

describe('labels people read', () => {
  it('names the outline section where a finding is fixed', () => {
    expect(sectionLabel('reporting')).toBe('Section 6. Reporting and immediate response');
    expect(sectionLabel('signatures')).toBe('Section 15. Signatures');
    expect(sectionLabel('not-a-section')).toBeNull();
    expect(sectionLabel(undefined)).toBeNull();
  });

  it('describes one county, two counties and a region', () => {
    expect(describeCounties(['Mendocino'])).toBe('Mendocino County');
    expect(describeCounties(['Humboldt', 'Del Norte'])).toBe('Humboldt and Del Norte counties');
    expect(describeCounties(['Lake', 'Mendocino', 'Sonoma'])).toBe('Lake, Mendocino and Sonoma counties');
  });
});

describe('the outline', () => {
  it('lists every section the schema holds, in order, then the signatures', async () => {
    const { sectionsSchema, SECTION_OUTLINE } = await import('./sections');
    const keys = Object.keys(sectionsSchema.parse(undefined));
    expect(SECTION_OUTLINE.map((s) => s.key)).toEqual([...keys, 'signatures']);
    expect(SECTION_OUTLINE.map((s) => s.number)).toEqual(keys.map((_, i) => i + 1).concat(keys.length + 1));
  });
});
