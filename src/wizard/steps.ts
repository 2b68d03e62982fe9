import { SECTION_OUTLINE, sectionBefore, type Draft, type SectionKey } from '../model';
import { SECTION_FIELDS } from './section-fields';
import type { Finding } from '../requirements';

/** A page of the wizard: the protocol's basics, its agencies, then each section of the outline. */
export type StepId = 'basics' | 'agencies' | SectionKey;

export interface Step {
  id: StepId;
  title: string;
  /** "Section 6" for the outline's sections; the basics and agencies come before them. */
  number: number | null;
}

export const STEPS: readonly Step[] = [
  { id: 'basics', title: 'Protocol basics', number: null },
  { id: 'agencies', title: 'Agencies and signatures', number: null },
  ...SECTION_OUTLINE.filter((s) => s.key !== 'signatures').map((s) => ({ id: s.key as SectionKey, title: s.title, number: s.number })),
];

export const stepTitle = (step: Step) => (step.number === null ? step.title : `${step.number}. ${step.title}`);

export const isStepId = (value: string): value is StepId => STEPS.some((s) => s.id === value);

const TOP_LEVEL_BASICS = new Set(['title', 'counties', 'kind', 'companionSetting', 'participatesInCsecProgram', 'countiesNotInCsecProgram', 'firstDevelopedOn', 'lastRevisedOn']);

/**
 * The step where a finding is fixed: the page that holds its field when it names one (an agency's
 * "took part" is on the agencies page whatever section the rule belongs to), otherwise the
 * outline section of its rule.
 */
export function stepOfFinding(finding: Pick<Finding, 'path' | 'section'>): StepId {
  const [head, second, third] = (finding.path ?? '').split('.');
  if (head === 'agencies') return third === 'responsibilities' ? 'roles' : 'agencies';
  if (head === 'mdtTiers') return 'mdt';
  if (head === 'sections' && second && isStepId(second)) return second;
  if (head && TOP_LEVEL_BASICS.has(head)) return 'basics';
  if (head === 'effectiveOn' || head === 'endsOn' || head === 'noEndDate') return 'administration';
  if (finding.section === 'signatures') return 'agencies';
  return finding.section && isStepId(finding.section) ? finding.section : 'basics';
}

/** The list of a step whose records each have a page of their own, listed on the step's page. */
export const STEP_LISTS: Partial<Record<StepId, 'agencies' | 'mdtTiers'>> = { agencies: 'agencies', mdt: 'mdtTiers' };

/** The lists inside a section whose items each have a page of their own ("terms" of the definitions). */
export const sectionLists = (step: StepId): string[] =>
  step in SECTION_FIELDS ? SECTION_FIELDS[step as SectionKey].filter((spec) => spec.kind === 'records').map((spec) => spec.name) : [];

/**
 * An item of a list inside a section, as its page is addressed: by its list and its place in it
 * ("terms.1", the second term), for a section's items have no ids. Null for anything else.
 */
export function sectionItemOf(item: string | null | undefined): { name: string; index: number } | null {
  const match = /^([A-Za-z]+)\.(\d+)$/.exec(item ?? '');
  return match ? { name: match[1]!, index: Number(match[2]) } : null;
}

/**
 * Whether a step lists records that each have a page of their own: agencies, tiers, a section's
 * items, and on every section of the outline the sections the committee added after it.
 */
export const stepHasItems = (step: StepId) => STEP_LISTS[step] !== undefined || step in SECTION_FIELDS;

/**
 * The record whose own page holds a finding's field: "agencies.2.tookPart" is on the third
 * agency's page (named by the agency's id), "sections.definitions.terms.1.definition" on the second
 * term's ("terms.1", by its place: a section's items have no ids), "customSections.0.text" on
 * that added section's (by its id). Null for a finding about a whole list, or a field on the
 * step's page.
 */
export function recordOfFinding(finding: Pick<Finding, 'path' | 'section'>, draft: Draft): string | null {
  const step = stepOfFinding(finding);
  const parts = (finding.path ?? '').split('.');
  const list = STEP_LISTS[step];
  if (list && parts[0] === list && /^\d+$/.test(parts[1] ?? '')) return draft[list][Number(parts[1])]?.id ?? null;
  if (parts[0] === 'customSections' && /^\d+$/.test(parts[1] ?? '')) return draft.customSections[Number(parts[1])]?.id ?? null;
  const [head, section, name, index] = parts;
  if (head !== 'sections' || section !== step || !name || !sectionLists(step).includes(name) || !/^\d+$/.test(index ?? '')) return null;
  const items = (draft.sections[step as SectionKey] as Record<string, unknown>)[name];
  return Array.isArray(items) && Number(index) < items.length ? `${name}.${index}` : null;
}

/** The DOM id of the control for a draft path ("agencies.2.tookPart" → "f-agencies-2-tookPart"). */
export const fieldId = (path: string) => `f-${path.replaceAll('.', '-')}`;

/**
 * The control a finding's link focuses: the field itself, or for a finding about a whole record
 * or list (an MDT tier, "agencies") the first control that exists on the page.
 */
export function fieldCandidates(finding: Pick<Finding, 'path'>): string[] {
  const parts = (finding.path ?? '').split('.').filter(Boolean);
  const ids: string[] = [];
  for (let n = parts.length; n > 0; n--) ids.push(fieldId(parts.slice(0, n).join('.')));
  return ids;
}

export type StepStatus = 'not-started' | 'in-progress' | 'needs-attention' | 'completed';

export const STATUS_WORDS: Record<StepStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  'needs-attention': 'Needs attention',
  completed: 'Completed',
};

/** Whether the committee has answered anything on a step. */
function answered(draft: Draft, step: StepId): boolean {
  // A section of the committee's own, added on this step's page, is work done there.
  if (draft.customSections.some((section) => sectionBefore(section) === step)) return true;
  switch (step) {
    case 'basics':
      return draft.counties.length > 0;
    case 'agencies':
      return draft.agencies.length > 0;
    case 'mdt':
      return draft.mdtTiers.length > 0 || draft.sections.mdt.text.trim() !== '';
    case 'roles':
      return draft.agencies.some((a) => a.responsibilities.trim() !== '') || draft.sections.roles.text.trim() !== '';
    case 'administration':
      return draft.effectiveOn !== null || hasAnswer(draft.sections.administration);
    default:
      return hasAnswer(draft.sections[step]);
  }
}

/** Anything typed, ticked or chosen in a section: a non-empty string, list, number or true. */
function hasAnswer(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number' || value === true) return true;
  if (Array.isArray(value)) return value.length > 0;
  if (value && typeof value === 'object') return Object.values(value).some(hasAnswer);
  return false;
}

/**
 * A step's tag on the task list: it needs attention while a blocking finding belongs to it; once
 * answered it is in progress while a warning stands unacknowledged, then completed.
 */
export function stepStatus(draft: Draft, findings: readonly Finding[], step: StepId): StepStatus {
  const open = findings.filter((f) => stepOfFinding(f) === step && (f.severity === 'blocking' || (f.severity === 'warning' && !f.acknowledged)));
  if (open.some((f) => f.severity === 'blocking')) return 'needs-attention';
  if (!answered(draft, step)) return 'not-started';
  return open.length > 0 ? 'in-progress' : 'completed';
}
