import { sectionLabel, type Draft, type SectionKey } from '../model';
import type { Finding } from '../requirements';
import { AGENCY_FIELD_WORDS, BASICS_FIELD_WORDS, SECTION_FIELDS, TIER_FIELD_WORDS } from './section-fields';
import { STEPS, stepOfFinding } from './steps';

const lower = (words: string) => words.charAt(0).toLowerCase() + words.slice(1);

/**
 * Where a finding is fixed, in the committee's words: "Mendocino County Probation Department:
 * took part", "Section 6. Reporting and immediate response: who is told that a youth is missing
 * from care", never "agencies.3.tookPart".
 */
export function placeInWords(finding: Pick<Finding, 'path' | 'section' | 'recordId'>, draft: Draft): string {
  const parts = (finding.path ?? '').split('.').filter(Boolean);
  const [head, second, ...rest] = parts;
  const field = rest.join('.');
  if (head === 'agencies' && second !== undefined) {
    const index = Number(second);
    const agency = draft.agencies.find((a) => a.id === finding.recordId) ?? draft.agencies[index];
    const name = agency?.name.trim() || `Agency ${index + 1}`;
    const words = AGENCY_FIELD_WORDS[field] ?? AGENCY_FIELD_WORDS[rest[0] ?? ''];
    return words ? `${name}: ${words}` : name;
  }
  if (head === 'agencies') return 'Agencies and signatures: the list of agencies';
  if (head === 'mdtTiers' && second !== undefined) {
    const index = Number(second);
    const tier = draft.mdtTiers.find((t) => t.id === finding.recordId) ?? draft.mdtTiers[index];
    const name = `MDT tier “${tier?.name.trim() || `Tier ${index + 1}`}”`;
    const words = TIER_FIELD_WORDS[rest[0] ?? ''];
    return words ? `${name}: ${words}` : name;
  }
  if (head === 'mdtTiers') return 'Section 7. Multidisciplinary teams: the tiers';
  if (head === 'sections' && second) {
    const label = sectionLabel(second) ?? 'The protocol';
    const spec = SECTION_FIELDS[second as SectionKey]?.find((f) => f.name === field || field.startsWith(`${f.name}.`));
    return spec ? `${label}: ${lower(spec.label)}` : label;
  }
  if (head && BASICS_FIELD_WORDS[head]) {
    const step = STEPS.find((s) => s.id === stepOfFinding(finding));
    const where = step?.number ? sectionLabel(step.id) : step?.title;
    return `${where}: ${BASICS_FIELD_WORDS[head]}`;
  }
  return sectionLabel(finding.section) ?? 'Protocol basics';
}
