import { CADENCE_LABELS, describeCounties, describeProtocolKind, ROLE_LABELS, SECTION_LANGUAGES, type Draft, type MdtTier, type SectionKey } from '../model';
import type { FieldSpec } from './section-fields';
import { SECTION_FIELDS } from './section-fields';
import { answerInWords, approvalsInWords, at, itemInWords, NOT_ANSWERED, short } from './answer-words';
import { capitalise, plural } from '../lib/words';
import { approvalFieldId } from './county-approvals';
import { basicsFieldsOf, TERM_FIELDS } from './section-fields';
import { fieldId, type StepId } from './steps';
import { addedSectionName, addedSectionsOn, agencyChoices, agencyName, itemName, tierName } from './record-names';

/** One line of "check your answers": the question, the answer in words, and the field to change it. */
export interface Answer {
  question: string;
  answer: string;
  /** The control that changes it. */
  field: string;
  /** The record whose own page holds that control (an agency's), by its id. */
  item?: string;
  /** The language the answer is written in, where it is not English (an added section's text). */
  lang?: string;
}

/** `full`: long texts whole, for a reviewer reading them; otherwise shortened, for checking at a glance. */
interface Options {
  full?: boolean;
}

/** Each question's answer; a list inside a section (terms, services) item by item, each with its own page. */
const fromSpecs = (specs: readonly FieldSpec[], value: unknown, prefix: string, options: Options, draft?: Draft): Answer[] =>
  specs.flatMap((spec) => {
    const field = fieldId(prefix ? `${prefix}.${spec.name}` : spec.name);
    const items = at(value, spec.name);
    if (spec.kind !== 'records' || !Array.isArray(items) || items.length === 0) return [{ question: spec.label, answer: answerInWords(spec, items, options), field }];
    // An agency as the list on the step names it ("Agency 3" until it has a name).
    const roster = draft ? agencyChoices(draft) : [];
    const agency = (id: unknown) => roster.find(([key]) => key === id)?.[1];
    return items.map((item, index) => ({
      question: `${capitalise(spec.noun)}: ${itemName(spec, item, index)}`,
      answer: itemInWords(spec, item, agency, options) || NOT_ANSWERED,
      field: `${field}-${index}-${spec.fields[0]!.name}`,
      item: `${spec.name}.${index}`,
    }));
  });


/** An agency's answers on its own page, in one line: its roles, county, part and signature. */
export function agencyInWords(draft: Draft, index: number): string {
  const agency = draft.agencies[index]!;
  return [
    agency.roles.map((role) => ROLE_LABELS[role]).join(', ') || 'no role chosen',
    ...(draft.counties.length > 1 ? [`${agency.county} County`] : []),
    agency.leadsTeam ? 'leads the team' : '',
    agency.tookPart ? 'took part' : 'has not taken part',
    agency.signs ? `signs (${agency.signer.name.trim() || 'signer not named'})` : 'does not sign',
  ].filter(Boolean).join('; ');
}

/** A tier's answers in one line: who convenes it, how many members, when it meets. */
export function tierInWords(draft: Draft, tier: MdtTier): string {
  const name = (id: string | null) => draft.agencies.find((a) => a.id === id)?.name.trim() || 'an agency';
  const meets = tier.convenes === null ? 'meeting time not decided'
    : tier.convenes.kind === 'within' ? `meets within ${tier.convenes.amount} ${tier.convenes.unit}` : `meets ${CADENCE_LABELS[tier.convenes.cadence]}`;
  return [`convened by ${tier.convenerAgencyId ? name(tier.convenerAgencyId) : 'nobody yet'}`, plural(tier.memberAgencyIds.length, 'member'), meets].join('; ');
}

/** Every answer of a step, in the order the step asks, then the sections the committee added after it. */
export function stepAnswers(draft: Draft, step: StepId, options: Options = {}): Answer[] {
  const added = addedSectionsOn(draft, step).map(({ section, index }) => ({
    question: `Section of your own${section.lang ? `, in ${SECTION_LANGUAGES[section.lang].name}` : ''}: ${addedSectionName(draft, index)}`,
    answer: section.text.trim() ? (options.full ? section.text.trim() : short(section.text.trim())) : NOT_ANSWERED,
    field: fieldId(`customSections.${index}.title`),
    item: section.id,
    ...(section.lang && section.text.trim() ? { lang: section.lang } : {}),
  }));
  return [...ownAnswers(draft, step, options), ...added];
}

function ownAnswers(draft: Draft, step: StepId, options: Options): Answer[] {
  switch (step) {
    case 'basics':
      return [
        { question: 'County or counties', answer: draft.counties.length ? describeCounties(draft.counties) : NOT_ANSWERED, field: fieldId('counties') },
        { question: 'Kind of protocol', answer: describeProtocolKind(draft), field: fieldId('kind') },
        ...fromSpecs(basicsFieldsOf(draft).filter((s) => s.name !== 'companionSetting' || draft.kind === 'companion'), draft, '', options),
      ];
    case 'agencies':
      return [...(draft.agencies.length === 0
        ? [{ question: 'Agencies', answer: 'None yet', field: fieldId('agencies') }]
        : draft.agencies.map((agency, index) => ({
          question: agencyName(draft, index),
          answer: agencyInWords(draft, index),
          field: fieldId(`agencies.${index}.name`),
          item: agency.id,
        }))),
      ...draft.counties.map((county) => ({
        question: `Approval blocks, ${county} County`,
        answer: approvalsInWords(draft.countyApprovals.find((a) => a.county === county)),
        field: approvalFieldId(county),
      }))];
    case 'mdt':
      return [
        ...(draft.mdtTiers.length === 0
          ? [{ question: 'Tiers', answer: 'None yet', field: fieldId('mdtTiers') }]
          : draft.mdtTiers.map((tier, index) => ({ question: tierName(draft, index), answer: tierInWords(draft, tier), field: fieldId(`mdtTiers.${index}.name`), item: tier.id }))),
        ...fromSpecs(SECTION_FIELDS.mdt, draft.sections.mdt, 'sections.mdt', options),
      ];
    case 'roles':
      return [
        ...draft.agencies.map((agency, index) => ({
          question: agencyName(draft, index), answer: agency.responsibilities.trim() ? (options.full ? agency.responsibilities.trim() : short(agency.responsibilities.trim())) : NOT_ANSWERED,
          field: fieldId(`agencies.${index}.responsibilities`),
        })),
        ...fromSpecs(SECTION_FIELDS.roles, draft.sections.roles, 'sections.roles', options),
      ];
    case 'administration':
      return [...fromSpecs(TERM_FIELDS, draft, '', options), ...fromSpecs(SECTION_FIELDS.administration, draft.sections.administration, 'sections.administration', options)];
    default:
      return fromSpecs(SECTION_FIELDS[step as SectionKey], draft.sections[step as SectionKey], `sections.${step}`, options, draft);
  }
}
