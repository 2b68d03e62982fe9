import { wordDiff, type Segment } from '../lib/word-diff';
import { AGENCY_ROLES, CADENCE_LABELS, describeCounties, describeProtocolKind, ROLE_LABELS, SECTION_LANGUAGES, SECTION_OUTLINE, sectionBefore, sectionLabel, type CustomSection, type Draft, type MdtTier, type SectionKey, type SectionLanguage } from '../model';
import { checkDraft, type Finding } from '../requirements';
import { answerInWords, approvalsInWords, at } from '../wizard/answer-words';
import { addedSectionName, addedSectionsOn } from '../wizard/record-names';
import { BASICS_FIELDS, SECTION_FIELDS, TERM_FIELDS, type FieldSpec } from '../wizard/section-fields';
import { byId, movesIn } from './record-changes';

/**
 * What changed between two drafts, part by part: the basics, the agencies, then each section of
 * the outline. Agencies, tiers and added sections are matched by their ids, so a reordered list
 * is a move, not a removal and an addition, and a renamed agency is the same agency.
 */
export type Change =
  | { kind: 'added' | 'removed'; what: string; detail: string }
  /** `words`: the word-by-word difference of a text; null for a short answer (a date, a choice). */
  | { kind: 'changed'; what: string; before: string; after: string; words: Segment[] | null }
  | { kind: 'moved'; what: string; detail: string };

export interface PartChanges { title: string; changes: Change[] }

export interface Comparison {
  /** Only the parts with changes, in the order of the wizard and the MOU. */
  parts: PartChanges[];
  /** Findings of the checks that the newer draft has and the older had not, and the other way round. */
  findings: { appeared: Finding[]; resolved: Finding[] };
}

export const hasDifferences = (comparison: Comparison): boolean =>
  comparison.parts.length > 0 || comparison.findings.appeared.length > 0 || comparison.findings.resolved.length > 0;

const TEXT_KINDS = new Set<FieldSpec['kind']>(['text', 'textarea']);

/** Both drafts, for answers that name one of their agencies. */
interface Pair { before: Draft; after: Draft }

const agencyIn = (draft: Draft, id: unknown) => {
  const agency = draft.agencies.find((a) => a.id === id);
  return agency ? agency.name.trim() || 'an unnamed agency' : 'Not decided yet';
};

/** The changes of one field between two values, under the label `what`. */
function fieldChanges(spec: FieldSpec, before: unknown, after: unknown, what: string, pair: Pair): Change[] {
  switch (spec.kind) {
    case 'text':
    case 'textarea': {
      const [a, b] = [typeof before === 'string' ? before : '', typeof after === 'string' ? after : ''];
      if (a.trim() === b.trim()) return [];
      if (a.trim() === '') return [{ kind: 'added', what, detail: b.trim() }];
      if (b.trim() === '') return [{ kind: 'removed', what, detail: a.trim() }];
      return [{ kind: 'changed', what, before: a, after: b, words: wordDiff(a, b) }];
    }
    case 'lines':
    case 'choices': {
      const words = (value: unknown): string[] => {
        const list = Array.isArray(value) ? value.map(String) : [];
        return spec.kind === 'choices' ? spec.options.filter(([key]) => list.includes(key)).map(([, label]) => label) : list.filter((line) => line.trim() !== '');
      };
      return listChanges(words(before), words(after), what);
    }
    case 'agency':
      // By id: a renamed agency is the same agency, and its renaming is said once, among the agencies.
      return before === after ? [] : [{ kind: 'changed', what, before: agencyIn(pair.before, before), after: agencyIn(pair.after, after), words: null }];
    case 'records':
      return recordChanges(spec, Array.isArray(before) ? before : [], Array.isArray(after) ? after : [], what, pair);
    default: {
      const [a, b] = [answerInWords(spec, before), answerInWords(spec, after)];
      return a === b ? [] : [{ kind: 'changed', what, before: a, after: b, words: null }];
    }
  }
}

function listChanges(before: readonly string[], after: readonly string[], what: string): Change[] {
  return [
    ...before.filter((item) => !after.includes(item)).map((detail): Change => ({ kind: 'removed', what, detail })),
    ...after.filter((item) => !before.includes(item)).map((detail): Change => ({ kind: 'added', what, detail })),
  ];
}

/** Items of a list without ids (terms, services): matched by their first field ("Youth", a service's name). */
function recordChanges(spec: Extract<FieldSpec, { kind: 'records' }>, before: unknown[], after: unknown[], what: string, pair: Pair): Change[] {
  const [first, ...rest] = spec.fields;
  if (!first) return [];
  const keyOf = (item: unknown) => String(at(item, first.name) ?? '').trim();
  const name = (item: unknown) => `${what}, ${spec.noun} “${keyOf(item) || `(no ${first.label.toLowerCase()})`}”`;
  const summary = (item: unknown) => spec.fields.map((field) => `${field.label}: ${valueInWords(field, at(item, field.name), pair.after)}`).join('; ');
  const changes: Change[] = [];
  const matched = new Set<unknown>();
  for (const old of before) {
    const match = after.find((item) => !matched.has(item) && keyOf(item) === keyOf(old));
    if (match === undefined) { changes.push({ kind: 'removed', what, detail: summary(old) }); continue; }
    matched.add(match);
    for (const field of rest) changes.push(...fieldChanges(field, at(old, field.name), at(match, field.name), `${name(match)}: ${field.label}`, pair));
  }
  for (const item of after) if (!matched.has(item)) changes.push({ kind: 'added', what, detail: summary(item) });
  return changes;
}

function valueInWords(spec: FieldSpec, value: unknown, draft: Draft): string {
  if (spec.kind === 'agency') return agencyIn(draft, value);
  if (TEXT_KINDS.has(spec.kind)) return typeof value === 'string' && value.trim() ? value.trim() : 'Not answered';
  return answerInWords(spec, value);
}

const specChanges = (specs: readonly FieldSpec[], before: unknown, after: unknown, pair: Pair) =>
  specs.flatMap((spec) => fieldChanges(spec, at(before, spec.name), at(after, spec.name), spec.label, pair));

const roleOptions = AGENCY_ROLES.map((role) => [role, ROLE_LABELS[role]] as const);

/** The agency's own answers, as the agencies page asks them (its responsibilities are section 9's). */
const AGENCY_FIELDS: readonly FieldSpec[] = [
  { kind: 'text', name: 'name', label: 'Name' },
  { kind: 'text', name: 'county', label: 'County it serves' },
  { kind: 'choices', name: 'roles', label: 'Roles', options: roleOptions },
  { kind: 'text', name: 'representative.name', label: 'Representative’s name' },
  { kind: 'text', name: 'representative.title', label: 'Representative’s title' },
  { kind: 'checkbox', name: 'leadsTeam', label: 'Leads the team' },
  { kind: 'checkbox', name: 'tookPart', label: 'Took part in developing the protocol' },
  { kind: 'checkbox', name: 'signs', label: 'Signs the MOU' },
  { kind: 'text', name: 'signer.name', label: 'Signer’s name' },
  { kind: 'text', name: 'signer.title', label: 'Signer’s title' },
];

const agencyName = (agency: { name: string }) => agency.name.trim() || 'An unnamed agency';
const tierName = (tier: MdtTier) => tier.name.trim() || 'An unnamed tier';

function meetsInWords(tier: MdtTier): string {
  if (tier.convenes === null) return 'Not decided yet';
  return tier.convenes.kind === 'within' ? `Within ${tier.convenes.amount} ${tier.convenes.unit}` : CADENCE_LABELS[tier.convenes.cadence];
}

function tierChanges(old: MdtTier, now: MdtTier, pair: Pair): Change[] {
  const what = (label: string) => `${tierName(now)}: ${label}`;
  // Members by id, named as each draft names them: a renamed member is neither removed nor added.
  const [was, is] = [old.memberAgencyIds, now.memberAgencyIds];
  const members: Change[] = [
    ...was.filter((id) => !is.includes(id)).map((id): Change => ({ kind: 'removed', what: what('Members'), detail: agencyIn(pair.before, id) })),
    ...is.filter((id) => !was.includes(id)).map((id): Change => ({ kind: 'added', what: what('Members'), detail: agencyIn(pair.after, id) })),
  ];
  const provides = (tier: MdtTier) => Object.entries(tier.provides).filter(([, on]) => on).map(([key]) => key);
  const scalar = (label: string, a: string, b: string): Change[] => (a === b ? [] : [{ kind: 'changed', what: what(label), before: a, after: b, words: null }]);
  return [
    ...fieldChanges({ kind: 'text', name: 'name', label: 'Name' }, old.name, now.name, what('Name'), pair),
    ...fieldChanges({ kind: 'textarea', name: 'purpose', label: 'Purpose' }, old.purpose, now.purpose, what('Purpose'), pair),
    ...fieldChanges({ kind: 'agency', name: 'convenerAgencyId', label: 'Convened by' }, old.convenerAgencyId, now.convenerAgencyId, what('Convened by'), pair),
    ...members,
    ...scalar('When it meets', meetsInWords(old), meetsInWords(now)),
    ...listChanges(provides(old), provides(now), what('Provides')),
  ];
}

function agenciesPart(pair: Pair): Change[] {
  const { before, after } = pair;
  const agencies = byId(before.agencies, after.agencies, 'Agency', agencyName, (old, now) =>
    AGENCY_FIELDS.flatMap((spec) => fieldChanges(spec, at(old, spec.name), at(now, spec.name), `${agencyName(now)}: ${spec.label}`, pair)));
  const counties = [...new Set([...before.counties, ...after.counties])];
  const approvals = counties.flatMap((county): Change[] => {
    const [a, b] = [before, after].map((draft) => approvalsInWords(draft.countyApprovals.find((c) => c.county === county)));
    return a === b ? [] : [{ kind: 'changed', what: `Approval blocks, ${county} County`, before: a!, after: b!, words: null }];
  });
  return [...agencies, ...approvals];
}

function basicsPart(pair: Pair): Change[] {
  const { before, after } = pair;
  const scalar = (what: string, a: string, b: string): Change[] => (a === b ? [] : [{ kind: 'changed', what, before: a, after: b, words: null }]);
  return [
    ...specChanges(BASICS_FIELDS.slice(0, 1), before, after, pair),
    ...scalar('County or counties', describeCounties(before.counties), describeCounties(after.counties)),
    ...scalar('Kind of protocol', describeProtocolKind(before), describeProtocolKind(after)),
    ...specChanges(BASICS_FIELDS.slice(1), before, after, pair),
    ...scalar('Compliance crosswalk attached to the MOU as Exhibit A', before.complianceExhibit ? 'Yes' : 'No', after.complianceExhibit ? 'Yes' : 'No'),
  ];
}

function sectionPart(key: SectionKey, pair: Pair): Change[] {
  const { before, after } = pair;
  const own = specChanges(SECTION_FIELDS[key], before.sections[key], after.sections[key], pair);
  switch (key) {
    case 'mdt':
      return [...byId(before.mdtTiers, after.mdtTiers, 'Tier', tierName, (old, now) => tierChanges(old, now, pair)), ...own];
    case 'roles': {
      // Each agency's duties, for the agencies both drafts have (an added or removed agency is said on the agencies part).
      const duties = after.agencies.flatMap((now) => {
        const old = before.agencies.find((a) => a.id === now.id);
        return old ? fieldChanges({ kind: 'textarea', name: 'responsibilities', label: '' }, old.responsibilities, now.responsibilities, `Roles and responsibilities of ${agencyName(now)}`, pair) : [];
      });
      return [...duties, ...own];
    }
    case 'administration':
      return [...specChanges(TERM_FIELDS, before, after, pair), ...own];
    default:
      return own;
  }
}

function customPart(pair: Pair): Change[] {
  const { before, after } = pair;
  // An untitled section by the name the wizard gives it, in the draft that holds it.
  const name = (section: CustomSection, onItsPage = false) => {
    const index = after.customSections.indexOf(section);
    return index >= 0 ? addedSectionName(after, index, onItsPage) : addedSectionName(before, before.customSections.indexOf(section), onItsPage);
  };
  const changes = byId(before.customSections, after.customSections, 'Added section', name, (old, now) => [
    ...fieldChanges({ kind: 'text', name: 'title', label: 'Title' }, old.title, now.title, `${name(now)}: Title`, pair),
    ...(old.after === now.after ? [] : [{ kind: 'changed' as const, what: `${name(now)}: Placed after`, before: placeInWords(old.after), after: placeInWords(now.after), words: null }]),
    ...(old.lang === now.lang ? [] : [{ kind: 'changed' as const, what: `${name(now)}: Language`, before: languageName(old.lang), after: languageName(now.lang), words: null }]),
    ...fieldChanges({ kind: 'textarea', name: 'text', label: 'Text' }, old.text, now.text, `${name(now)}: Text`, pair),
  ], false);
  // A section's place is among those after the same section of the outline, as its page lists
  // them; one that went to another section's page is said above, by where it is placed.
  for (const step of new Set(after.customSections.map(sectionBefore))) {
    const on = (draft: Draft) => addedSectionsOn(draft, step).map(({ section }) => section);
    changes.push(...movesIn(on(before), on(after), 'Added section', (section) => name(section, true), ` after ${placeInWords(step)}`));
  }
  return changes;
}

const languageName = (lang: SectionLanguage | undefined) => (lang ? SECTION_LANGUAGES[lang].name : 'English');

const placeInWords = (key: string | null) => sectionLabel(key ?? undefined) ?? 'The end of the body';

/**
 * A finding's identity across two drafts: its rule and what it is about, not its words. A record
 * is known by its id, so its place in its list ("customSections.2.title") is left out: a moved
 * section's finding is the same finding.
 */
const findingKey = (finding: Finding) => {
  const path = finding.recordId ? finding.path?.replace(/^(\w+)\.\d+(?=\.|$)/, '$1') : finding.path;
  return [finding.ruleId, finding.county ?? '', finding.recordId ?? '', path ?? '', finding.about ?? ''].join('|');
};

/**
 * Compares `before` with `after` (the older and the newer draft). `today` is the date both are
 * checked on, so that a finding that depends on the date is the same for both.
 */
export function compareDrafts(before: Draft, after: Draft, today: string, checked: { before?: readonly Finding[]; after?: readonly Finding[] } = {}): Comparison {
  const pair = { before, after };
  const parts: PartChanges[] = [
    { title: 'Protocol basics', changes: basicsPart(pair) },
    { title: 'Agencies and signatures', changes: agenciesPart(pair) },
    ...SECTION_OUTLINE.filter((s) => s.key !== 'signatures').map((s) => ({ title: `${s.number}. ${s.title}`, changes: sectionPart(s.key as SectionKey, pair) })),
    { title: 'Sections the committee added', changes: customPart(pair) },
  ].filter((part) => part.changes.length > 0);
  // Findings already at hand (the app's store holds the open draft's) are not checked again.
  const old = checked.before ?? checkDraft(before, { today });
  const now = checked.after ?? checkDraft(after, { today });
  const oldKeys = new Set(old.map(findingKey));
  const newKeys = new Set(now.map(findingKey));
  return {
    parts,
    findings: { appeared: now.filter((f) => !oldKeys.has(findingKey(f))), resolved: old.filter((f) => !newKeys.has(findingKey(f))) },
  };
}
