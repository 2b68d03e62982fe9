import { headingKey, printable, sectionBefore, sectionLabel, type Draft, type SectionKey } from '../model';
import { RULES, type Finding } from '../requirements';
import { AGENCY_FIELD_WORDS, BASICS_FIELD_WORDS, SECTION_FIELDS, TIER_FIELD_WORDS } from './section-fields';
import { STEPS, stepOfFinding, stepTitle } from './steps';
import { addedSectionName, addedSectionsOn } from './record-names';

const lower = (words: string) => words.charAt(0).toLowerCase() + words.slice(1);

/** What names a field to open and fix: a finding, or a field found some other way (text a PDF cannot show). */
export type FixPlace = Pick<Finding, 'path' | 'section' | 'recordId'>;

/** A place in the draft in two parts: the record or page it is on, and the question, when the path names one. */
export interface Place {
  /** "Mendocino County Probation Department", "MDT tier “Immediate response MDT”", "Section 6. Reporting and immediate response". */
  where: string;
  /** "took part", "who is told that a youth is missing from care"; null for a whole record or page. */
  field: string | null;
}

/**
 * The name of the `index`th record of `list` ("agencies", "mdtTiers", "customSections",
 * "countyApprovals"): an agency's or tier's name, a section's title, a county. Undefined or blank
 * when it has none; the place then says "Agency 2".
 */
export type NameOf = (list: string, index: number) => string | undefined;

const ADDED_SECTION_WORDS: Record<string, string> = { title: 'title', after: 'placed after', text: 'text', lang: 'language' };

/** Parts of a draft no page asks about as a question, in words; their records are counted ("item 2"). */
const OTHER_PARTS: Record<string, string> = {
  acknowledgements: 'Warnings the committee accepted',
  signatures: 'Signatures recorded',
  approvals: 'Approvals of the text',
  comments: 'Reviewers’ comments',
  sectionReviews: 'Reviewers’ verdicts',
  certification: 'Certification of the final text',
  complianceExhibit: 'Compliance crosswalk attached to the MOU as Exhibit A',
};

/** Whether a page of the wizard asks the question at `path`, so that a link can open it there: not the parts no page asks about. */
export const askedOnAPage = (path: string): boolean => !(path.split('.')[0]! in OTHER_PARTS);

/** Parts whose records have places of their own, when the part as a whole is meant. */
const WHOLE_PARTS: Record<string, string> = {
  sections: 'The answers to the outline’s sections',
  customSections: 'Added sections',
  countyApprovals: 'Approval blocks for County Counsel and the Board',
};

/**
 * Where a draft path is, in the committee's words: the agency or tier by its name (`nameOf`), a
 * section by its outline title, a question by the label its page shows. A path this app does not
 * know is said by its keys, never as a dotted path. `section` is the outline section a finding
 * belongs to, which says where a basics question of that section is asked.
 */
export function placeOfPath(path: string, nameOf: NameOf, section?: string | null,
  { untitledSection, draft }: { untitledSection?: (index: number) => string | undefined; draft?: Draft } = {}): Place {
  const parts = path.split('.').filter(Boolean);
  // Given the draft, a section the MOU numbers otherwise says so (sectionLabel).
  const label = (key: string | undefined) => sectionLabel(key, draft);
  const [head, second, ...rest] = parts;
  const field = rest.join('.');
  const index = Number(second);
  // A name as the documents print it: one of zero-width spaces is none.
  const named = (fallback: string) => (head !== undefined && printable(nameOf(head, index) ?? '').trim()) || fallback;
  if (head === 'agencies' && second !== undefined) {
    return { where: named(`Agency ${index + 1}`), field: AGENCY_FIELD_WORDS[field] ?? AGENCY_FIELD_WORDS[rest[0] ?? ''] ?? null };
  }
  if (head === 'agencies') return { where: 'Agencies and signatures', field: 'the list of agencies' };
  if (head === 'mdtTiers' && second !== undefined) {
    return { where: `MDT tier “${named(`Tier ${index + 1}`)}”`, field: TIER_FIELD_WORDS[rest[0] ?? ''] ?? null };
  }
  if (head === 'mdtTiers') return { where: label('mdt')!, field: 'the tiers' };
  // A whole list or group the file had in a form the app cannot read ("sections": "x").
  if (head && second === undefined && WHOLE_PARTS[head]) return { where: WHOLE_PARTS[head], field: null };
  if (head === 'sections' && second) {
    const spec = SECTION_FIELDS[second as SectionKey]?.find((f) => f.name === field || field.startsWith(`${f.name}.`));
    return { where: label(second) ?? 'The protocol', field: spec ? lower(spec.label) : null };
  }
  if (head && BASICS_FIELD_WORDS[head]) {
    const step = STEPS.find((s) => s.id === stepOfFinding({ path, section: section ?? undefined }));
    const where = step?.number ? label(step.id) : step?.title;
    return { where: where ?? 'Protocol basics', field: BASICS_FIELD_WORDS[head] };
  }
  if (head === 'customSections' && second !== undefined) {
    const title = named('');
    return { where: title ? `Added section “${title}”` : untitledSection?.(index) ?? `Added section ${index + 1}`, field: ADDED_SECTION_WORDS[rest[0] ?? ''] ?? null };
  }
  if (head === 'countyApprovals' && second !== undefined) {
    const county = named('');
    return { where: county ? `Approval blocks for ${county} County` : `Approval blocks, item ${index + 1}`, field: null };
  }
  if (head && OTHER_PARTS[head]) {
    return { where: second !== undefined && /^\d+$/.test(second) ? `${OTHER_PARTS[head]}, item ${index + 1}` : OTHER_PARTS[head], field: null };
  }
  const known = label(section ?? undefined);
  if (known) return { where: known, field: null };
  return { where: parts.length === 0 ? 'The draft' : `A part of the file this app does not know (${parts.map((p) => (/^\d+$/.test(p) ? `item ${Number(p) + 1}` : `“${p}”`)).join(', ')})`, field: null };
}

/**
 * Where a finding is fixed, in the committee's words: "Mendocino County Probation Department:
 * took part", "Section 6. Reporting and immediate response: who is told that a youth is missing
 * from care", never "agencies.3.tookPart".
 */
export function placeInWords(finding: FixPlace, draft: Draft): string {
  if (!finding.path) return sectionLabel(finding.section, draft) ?? 'Protocol basics';
  const accepted = acknowledgementPlace(finding.path, draft);
  if (accepted) return accepted;
  const nameOf: NameOf = (list, index) => {
    if (list === 'agencies') return (draft.agencies.find((a) => a.id === finding.recordId) ?? draft.agencies[index])?.name;
    if (list === 'mdtTiers') return (draft.mdtTiers.find((t) => t.id === finding.recordId) ?? draft.mdtTiers[index])?.name;
    if (list === 'customSections') return (draft.customSections.find((c) => c.id === finding.recordId) ?? draft.customSections[index])?.title;
    if (list === 'countyApprovals') return draft.countyApprovals[index]?.county;
    return undefined;
  };
  // An untitled added section by the name its page gives it ("Untitled section after 11. Training").
  const untitled = (index: number) => {
    const at = draft.customSections.findIndex((c) => c.id === finding.recordId);
    return draft.customSections[at < 0 ? index : at] ? addedSectionName(draft, at < 0 ? index : at) : undefined;
  };
  const { where, field } = placeOfPath(finding.path, nameOf, finding.section, { untitledSection: untitled, draft });
  const place = `${where}${sharedTitlePlace(draft, finding)}`;
  return field ? `${place}: ${field}` : place;
}

const ACKNOWLEDGEMENT_FIELD_WORDS: Record<string, string> = { by: 'who accepts it', reason: 'why it is acceptable' };

/**
 * A field of a warning the committee accepted, by the warning's title as the findings show it
 * (its place in the draft's list is not the order they are shown in), with the way to change it:
 * an acceptance is withdrawn and given again, never edited. Null for any other path.
 */
function acknowledgementPlace(path: string, draft: Draft): string | null {
  const [head, index, field] = path.split('.');
  const accepted = head === 'acknowledgements' && /^\d+$/.test(index ?? '') ? draft.acknowledgements[Number(index)] : undefined;
  if (!accepted) return null;
  const title = RULES.find((rule) => rule.id === accepted.ruleId)?.title;
  const warning = `${title ? `The accepted warning “${title}”` : 'An accepted warning'}${accepted.county ? ` (${accepted.county} County)` : ''}`;
  const words = ACKNOWLEDGEMENT_FIELD_WORDS[field ?? ''];
  return `${words ? `${warning}: ${words}` : warning} (to change it, withdraw the acknowledgement among the findings and accept the warning again)`;
}

/**
 * For an added section whose title another added section has, where it stands on its page
 * (" (2 of 3 after 11. Training)"), so that the two are told apart; otherwise nothing.
 */
function sharedTitlePlace(draft: Draft, finding: FixPlace): string {
  const [list, index] = finding.path?.split('.') ?? [];
  if (list !== 'customSections') return '';
  const section = draft.customSections.find((c) => c.id === finding.recordId) ?? draft.customSections[Number(index)];
  const key = (title: string) => headingKey(printable(title));
  if (!section || !key(section.title) || !draft.customSections.some((c) => c !== section && key(c.title) === key(section.title))) return '';
  const step = sectionBefore(section);
  const onPage = addedSectionsOn(draft, step);
  const at = onPage.findIndex((added) => added.section === section) + 1;
  return ` (${onPage.length > 1 ? `${at} of ${onPage.length} ` : ''}after ${stepTitle(STEPS.find((s) => s.id === step)!)})`;
}
