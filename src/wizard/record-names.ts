import { addedSectionsAfter, printable, sectionBefore, type CustomSection, type Draft, type SectionKey } from '../model';
import { capitalise } from '../lib/words';
import { SECTION_FIELDS, type FieldSpec } from './section-fields';
import { sectionItemOf, STEP_LISTS, STEPS, stepTitle, type StepId } from './steps';

/** An agency by its name, or by its place in the list until it has one ("Agency 3"). */
export const agencyName = (draft: Draft, index: number) => named(draft.agencies[index]?.name) || `Agency ${index + 1}`;

/** A tier of the MDT by its name, or by its place until it has one ("Tier 2"). */
export const tierName = (draft: Draft, index: number) => named(draft.mdtTiers[index]?.name) || `Tier ${index + 1}`;

/** A name as the documents print it: one of zero-width spaces is none. */
const named = (name: string | undefined) => printable(name ?? '').trim();

/**
 * A draft's title as the pages name it: one left blank (a hand-edited file; the basics step asks
 * for a title) or of invisible characters only is "Untitled protocol", so that its heading, its
 * buttons and the messages about it name something.
 */
export const titleOrUntitled = (title: string) => (named(title) ? title : 'Untitled protocol');

/**
 * A section the committee added, by its title, or until it has one by where it is: "Untitled
 * section after 11. Training" ("Untitled section 2 after …" where that page lists several).
 * Among the sections of one page, which says where they are, `onItsPage` leaves the place out.
 */
export function addedSectionName(draft: Draft, index: number, onItsPage = false): string {
  const section = draft.customSections[index];
  const title = named(section?.title);
  if (!section || title) return title || `Added section ${index + 1}`;
  const step = sectionBefore(section);
  const untitled = addedSectionsOn(draft, step).filter((added) => !named(added.section.title));
  const number = untitled.length > 1 ? ` ${untitled.findIndex((added) => added.index === index) + 1}` : '';
  return `Untitled section${number}${onItsPage ? '' : ` after ${stepTitle(STEPS.find((s) => s.id === step)!)}`}`;
}

/** The name of the record at `index` of a list that records are added to. */
export const recordName = (draft: Draft, list: 'agencies' | 'mdtTiers' | 'customSections', index: number) =>
  list === 'agencies' ? agencyName(draft, index) : list === 'mdtTiers' ? tierName(draft, index) : addedSectionName(draft, index);

/** The sections the committee added that the page of `step` lists (addedSectionsAfter), each with its place in the draft's list. */
export const addedSectionsOn = (draft: Draft, step: StepId): Array<{ section: CustomSection; index: number }> =>
  (step in SECTION_FIELDS ? addedSectionsAfter(draft, step as SectionKey) : []).map((section) => ({ section, index: draft.customSections.indexOf(section) }));

/** The place in the draft's list of the added section `item`, when the page of `step` lists it; -1 otherwise. */
export const addedSectionAt = (draft: Draft, step: StepId, item: string | null): number =>
  item === null ? -1 : draft.customSections.findIndex((section) => section.id === item && sectionBefore(section) === step);

/**
 * Where else the draft names an agency, in words ("the convener and a member of MDT tier “Ongoing
 * MDT”", "the provider of the service “Counseling”", "recorded as approved"): what removing it
 * takes away with it.
 */
export function agencyReferences(draft: Draft, id: string): string[] {
  const tiers = draft.mdtTiers.flatMap((tier, index) => {
    const roles = [tier.convenerAgencyId === id ? 'the convener' : null, tier.memberAgencyIds.includes(id) ? 'a member' : null].filter(Boolean);
    return roles.length ? [`${roles.join(' and ')} of MDT tier “${tierName(draft, index)}”`] : [];
  });
  const services = draft.sections.services.offered.flatMap((service, index) =>
    service.providerAgencyId === id ? [`the provider of the service “${service.name.trim() || `Service ${index + 1}`}”`] : []);
  // Recorded for it, and gone with it until Undo puts it back.
  const recorded = [draft.approvals.some((a) => a.agencyId === id) ? 'recorded as approved' : null, draft.signatures.some((s) => s.agencyId === id) ? 'recorded as signed' : null];
  return [...tiers, ...services, ...recorded.filter((words): words is string => words !== null)];
}

/** Every agency as a choice: its id, and its name. */
export const agencyChoices = (draft: Draft) => draft.agencies.map((agency, index) => [agency.id, agencyName(draft, index)] as const);

/** An item of a list inside a section, found by sectionItemAt. */
export type SectionItem = NonNullable<ReturnType<typeof sectionItemAt>>;

/**
 * An item of a list inside a section ("terms.1", the definitions' second term) with the question
 * that lists it and its name: what was typed in its first question, or "Term 2" until then.
 */
export function sectionItemAt(draft: Draft, step: StepId, item: string | null) {
  const { name, index } = sectionItemOf(item) ?? {};
  if (!(step in SECTION_FIELDS) || name === undefined || index === undefined) return null;
  const spec = SECTION_FIELDS[step as SectionKey].find((s) => s.kind === 'records' && s.name === name);
  const items = (draft.sections[step as SectionKey] as Record<string, unknown>)[name];
  if (spec?.kind !== 'records' || !Array.isArray(items) || index >= items.length) return null;
  return { spec, index, title: itemName(spec, items[index], index) };
}

/** A section's item by what was typed in its first question, or by its place until then ("Term 2"). */
export const itemName = (spec: Extract<FieldSpec, { kind: 'records' }>, item: unknown, index: number) =>
  String((item as Record<string, unknown> | undefined)?.[spec.fields[0]!.name] ?? '').trim() || `${capitalise(spec.noun)} ${index + 1}`;

/**
 * The page a place shows in this draft: a record's page, or a step of adding it, while the record
 * is there; once it is gone (removed, or its adding cancelled), the list it was on.
 */
export function placeHeld<P extends { page: StepId | 'review' | null; item?: string; part?: number }>(draft: Draft, place: P): P {
  const { page, item } = place;
  if (page === null || page === 'review' || item === undefined) return place;
  const list = STEP_LISTS[page];
  if (list ? draft[list].some((record) => record.id === item) : sectionItemAt(draft, page, item) !== null || addedSectionAt(draft, page, item) >= 0) return place;
  const { item: _item, part: _part, ...rest } = place;
  return rest as P;
}
