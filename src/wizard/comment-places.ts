import { COMMENT_STATES, commentRecord, commentState, type Comment, type CommentAnchor, type Draft, type ReviewStatus, type SectionKey } from '../model';
import { basicsFieldsOf, SECTION_FIELDS, TERM_FIELDS, type FieldSpec } from './section-fields';
import { fieldId, STEPS, stepTitle, type StepId } from './steps';
import { at } from './answer-words';
import { addedSectionName, addedSectionsOn, agencyName, tierName } from './record-names';

/** Something on a step a comment can be about, in words. */
export interface CommentPlace {
  anchor: CommentAnchor;
  label: string;
}

const place = (section: StepId, label: string, recordId: string | null = null, field: string | null = null): CommentPlace =>
  ({ anchor: { section, recordId, field, label }, label });

const fields = (step: StepId, specs: readonly FieldSpec[], prefix: string) =>
  specs.map((spec) => place(step, spec.label, null, prefix ? `${prefix}.${spec.name}` : spec.name));


/**
 * What a reviewer can comment on from a step, React-free: the whole section, then each of its
 * questions, agencies or MDT tiers, then the sections the committee added after it. Records are
 * named by id, so a comment stays on its agency, tier or section however the list is reordered.
 */
export function commentPlaces(draft: Draft, step: StepId): CommentPlace[] {
  const added = addedSectionsOn(draft, step).map(({ section, index }) => place(step, `Section of your own: ${addedSectionName(draft, index)}`, section.id));
  return [...ownPlaces(draft, step), ...added];
}

function ownPlaces(draft: Draft, step: StepId): CommentPlace[] {
  const title = stepTitle(STEPS.find((s) => s.id === step)!);
  const whole = place(step, `The whole of “${title}”`);
  switch (step) {
    case 'basics':
      return [whole, place(step, 'County or counties', null, 'counties'), place(step, 'Kind of protocol', null, 'kind'), ...fields(step, basicsFieldsOf(draft), '')];
    case 'agencies':
      return [whole, ...draft.agencies.map((agency, index) => place(step, agencyName(draft, index), agency.id))];
    case 'mdt':
      return [whole, ...draft.mdtTiers.map((tier, index) => place(step, `MDT tier: ${tierName(draft, index)}`, tier.id)), ...fields(step, SECTION_FIELDS.mdt, 'sections.mdt')];
    case 'roles':
      return [whole, ...draft.agencies.map((agency, index) => place(step, `${agencyName(draft, index)}: roles and responsibilities`, agency.id, 'responsibilities')), ...fields(step, SECTION_FIELDS.roles, 'sections.roles')];
    case 'administration':
      return [whole, ...fields(step, TERM_FIELDS, ''), ...fields(step, SECTION_FIELDS.administration, 'sections.administration')];
    default:
      return [whole, ...fields(step, SECTION_FIELDS[step as SectionKey], `sections.${step}`)];
  }
}

/**
 * The place of the answer whose Comment button was pressed on the page of every answer, by that
 * answer's field id (answers.ts): a question, an item of a list within it (its list), an agency's
 * responsibilities, or a record (an agency, a tier, an added section). None for an answer that is
 * no place of its own (a county's approval blocks): the comment is then about the whole section.
 */
export function commentPlaceOfAnswer(draft: Draft, step: StepId, field: string, item: string | null): CommentPlace | undefined {
  const places = commentPlaces(draft, step);
  const idOf = ({ recordId, field: path }: CommentAnchor) => (path === null ? null
    : fieldId(recordId === null ? path : `agencies.${draft.agencies.findIndex((agency) => agency.id === recordId)}.${path}`));
  return places.find((p) => p.anchor.field === null && p.anchor.recordId !== null && p.anchor.recordId === item)
    ?? places.find((p) => idOf(p.anchor) === field)
    ?? places.find((p) => { const id = idOf(p.anchor); return id !== null && field.startsWith(`${id}-`); });
}

/**
 * The words an answer of choices is printed as (the labels of the choices made, and a label's
 * lead before its colon), for finding the paragraph of the MOU a comment on it is about: the draft
 * keeps the choices' ids, which the MOU does not print. None for any other answer.
 */
export function choiceWords(draft: Draft, anchor: CommentAnchor): string[] {
  if (anchor.field === null || anchor.recordId !== null) return [];
  const section = SECTION_FIELDS[anchor.section as SectionKey] ?? [];
  const spec = [...section.map((s) => ({ s, path: `sections.${anchor.section}.${s.name}` })), ...[...basicsFieldsOf(draft), ...TERM_FIELDS].map((s) => ({ s, path: s.name }))]
    .find(({ path }) => path === anchor.field)?.s;
  if (spec?.kind !== 'choices') return [];
  const value = at(draft, anchor.field);
  if (!Array.isArray(value)) return [];
  return spec.options.filter(([id]) => value.includes(id)).flatMap(([, label]) => [label, ...(label.includes(': ') ? [label.slice(0, label.indexOf(': '))] : [])]);
}

/** A place's name within a sentence: "The whole of “11. Training”" loses its capital; a question or a name keeps its own. */
export const placeInSentence = (label: string) => label.replace(/^The whole of /, 'the whole of ');

/** The key of a place among a step's choices, for a select's value. */
export const placeKey = (anchor: CommentAnchor) => `${anchor.recordId ?? ''}|${anchor.field ?? ''}`;

/**
 * What a comment is about, in words as the draft stands now: the record's current name when it
 * is still there (it may have moved or been renamed), or what it was called when it has gone.
 */
export function commentAbout(draft: Draft, comment: Comment): string {
  const { anchor } = comment;
  if (anchor.recordId !== null && !commentRecord(draft, anchor)) {
    return `${anchor.label || 'An agency, MDT tier or section'} (since removed from the draft)`;
  }
  const now = commentPlaces(draft, anchor.section).find((p) => placeKey(p.anchor) === placeKey(anchor));
  return now?.label ?? anchor.label ?? 'This section';
}

/** The comments on a step: open, then resolved, then withdrawn, each group oldest first. */
export function commentsOn(draft: Draft, step: StepId): Comment[] {
  const here = draft.comments.filter((c) => c.anchor.section === step);
  return COMMENT_STATES.flatMap((state) => here.filter((c) => commentState(c) === state));
}

export const REVIEW_STATUS_WORDS: Record<ReviewStatus, string> = {
  'not-reviewed': 'Not reviewed',
  'changes-requested': 'Changes requested',
  approved: 'Approved',
};
