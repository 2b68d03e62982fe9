import { describeCounties, type Draft } from '../model';
import { plural } from '../lib/words';


/** Whether a section's answers hold anything: a text, a choice, a number or a ticked box. */
function hasContent(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number' || value === true) return true;
  if (Array.isArray(value)) return value.some(hasContent);
  if (value && typeof value === 'object') return Object.values(value).some(hasContent);
  return false;
}

/** One line a committee can tell versions apart by: "Mendocino: 7 agencies, 2 MDT tiers, 12 of 14 sections begun". */
export function describeSnapshot(draft: Draft): string {
  const sections = Object.values(draft.sections);
  const begun = sections.filter(hasContent).length;
  return `${describeCounties(draft.counties)}: ${plural(draft.agencies.length, 'agency', 'agencies')}, ${plural(draft.mdtTiers.length, 'MDT tier')}, ${begun} of ${sections.length} sections begun`;
}
