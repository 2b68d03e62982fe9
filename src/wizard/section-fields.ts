import {
  INFO_SHARING_AUTHORITIES, INFO_SHARING_LABELS, MISSING_CSE_RECIPIENT_LABELS, MISSING_CSE_RECIPIENTS,
  MISSING_YOUTH_CONTACT_LABELS, MISSING_YOUTH_CONTACTS, PRINCIPLE_LABELS, PRINCIPLES, REVIEW_CADENCE_LABELS,
  TRAINING_AUDIENCE_LABELS, TRAINING_AUDIENCES, type Draft, type SectionKey,
} from '../model';
import { citationAsSubject, citationInWords, noticeDue, type LawInForce } from '../requirements';
import { asksProgramPerCounty, FIRST_DEVELOPED_HINT } from './basics-schema';
import { listInWords } from '../lib/words';

/**
 * The questions of each outline section: which field of the section's schema each one fills, in
 * the committee's words. The fields' types and rules come from the model's section schema; this
 * says only how to ask.
 */
export type FieldSpec =
  | { kind: 'text' | 'textarea' | 'lines' | 'date'; name: string; label: string; hint?: Hint }
  | { kind: 'number'; name: string; label: string; hint?: Hint; unit: string }
  | { kind: 'checkbox'; name: string; label: string; hint?: Hint }
  | { kind: 'choices' | 'radios'; name: string; label: string; hint?: Hint; options: ReadonlyArray<Option> }
  /** One of the protocol's agencies, or none. */
  | { kind: 'agency'; name: string; label: string; hint?: Hint }
  /** A list the committee adds to: each item asks `fields`; `noun` names one item ("term"). */
  | { kind: 'records'; name: string; label: string; hint?: Hint; noun: string; fields: readonly FieldSpec[]; blank: Record<string, unknown> };

/**
 * A choice: its value and its words, and where they name something in another language, that
 * name in its own words, shown after them in brackets and marked as that language ("Spanish
 * (español)").
 */
export type Option = readonly [value: string, words: string] | readonly [value: string, words: string, own: { lang: string; words: string }];

/** Help beside a question, read from the law in force so that citations are never retyped. */
export type Hint = string | ((law: LawInForce) => string);

/** The question that asks the field at a dotted path ("terms.0.term" is asked by the records' "term"). */
export function questionAt(fields: readonly FieldSpec[], path: string): FieldSpec | undefined {
  for (const spec of fields) {
    if (spec.name === path) return spec;
    if (spec.kind !== 'records' || !path.startsWith(`${spec.name}.`)) continue;
    const item = /^\d+\.(.+)$/.exec(path.slice(spec.name.length + 1));
    const found = item ? questionAt(spec.fields, item[1]!) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** A question as a message names it: its label, without the "(optional)" the field already shows. */
export const questionName = (spec: FieldSpec) => spec.label.replace(/\s*\(optional\)$/, '');

export const hintText = (hint: Hint | undefined, law: LawInForce) => (typeof hint === 'function' ? hint(law) : hint ?? '');

const cite = (citation: string | undefined) => (citation ? citationInWords(citation) : 'the law in force');
/** The same, as the subject of a sentence ("…, as amended by …, requires"). */
const citeAsSubject = (citation: string | undefined) => (citation ? citationAsSubject(citation) : 'The law in force');

const FURTHER: FieldSpec = {
  kind: 'textarea',
  name: 'text',
  label: 'Further provisions (optional)',
  hint: 'Anything else the committee agrees for this section, in its own words. Each paragraph becomes a paragraph of the MOU.',
};

const options = <K extends string>(keys: readonly K[], words: (key: K) => string) => keys.map((key) => [key, words(key)] as const);

export const SECTION_FIELDS: Record<SectionKey, readonly FieldSpec[]> = {
  purpose: [
    { kind: 'textarea', name: 'purpose', label: 'Purpose of the protocol', hint: 'Why the agencies make this agreement. Leave empty to use the MOU’s standard statement of purpose.' },
    FURTHER,
  ],
  definitions: [
    { kind: 'records', name: 'terms', label: 'Terms this protocol defines', noun: 'term', blank: { term: '', definition: '' },
      hint: 'Words the agencies use differently, defined once for all of them.',
      fields: [
        { kind: 'text', name: 'term', label: 'Term', hint: 'As the MOU uses it, such as “Youth” or “CSEC advocate”.' },
        { kind: 'textarea', name: 'definition', label: 'Definition', hint: 'What the term means in this protocol, in one or two sentences.' },
      ] },
    FURTHER,
  ],
  principles: [
    { kind: 'choices', name: 'principles', label: 'Principles the agencies follow', hint: 'The MOU states each principle chosen with what it means in practice.', options: options(PRINCIPLES, (p) => `${PRINCIPLE_LABELS[p].label}: ${PRINCIPLE_LABELS[p].meaning}`) },
    FURTHER,
  ],
  governance: [
    { kind: 'textarea', name: 'steeringCommittee', label: 'Steering committee', hint: 'Who sits on the committee that oversees the protocol, and how often it meets.' },
    { kind: 'radios', name: 'reviewCadence', label: 'How often the protocol is reviewed', options: options(['annually', 'every-two-years', 'other'] as const, (c) => REVIEW_CADENCE_LABELS[c]) },
    { kind: 'textarea', name: 'survivorInput', label: 'How survivors informed the protocol', hint: (law) => `When no survivor or survivor-led organization is a party, say how the experience of survivors shaped the protocol. ${citeAsSubject(law.teamMayInclude?.citation)} lets the team include survivors of sexual exploitation.` },
    { kind: 'textarea', name: 'systemOfCareMou', label: 'How this protocol fits the county’s System of Care MOU', hint: 'The county’s interagency System of Care MOU for children and youth in foster care, and how the two work together.' },
    FURTHER,
  ],
  identification: [
    { kind: 'text', name: 'screeningTool', label: 'Screening tool', hint: (law) => `The tool staff use to identify children who are, or are at risk of being, exploited. ${citeAsSubject(law.identification?.citation)} asks child welfare and probation to have policies and procedures for this.` },
    { kind: 'textarea', name: 'screenedBy', label: 'Who screens', hint: 'Which staff of which agencies screen, such as child welfare social workers and probation officers.' },
    { kind: 'textarea', name: 'population', label: 'Which children and youth are screened', hint: 'Such as every youth entering foster care or juvenile hall.' },
    { kind: 'number', name: 'minimumAge', label: 'Youngest age screened', unit: 'years', hint: 'In whole years. Leave empty when no lower age is set.' },
    { kind: 'number', name: 'maximumAge', label: 'Oldest age screened', unit: 'years', hint: 'In whole years. Nonminor dependents may be screened too: set the oldest age the agencies screen.' },
    { kind: 'textarea', name: 'timing', label: 'When screening happens', hint: 'Such as at intake, at each change of placement and on return after running away.' },
    FURTHER,
  ],
  reporting: [
    { kind: 'number', name: 'writtenReportWithinHours', label: 'Written report follows the telephone report within', unit: 'hours', hint: (law) => law.writtenReport ? `${citeAsSubject(law.writtenReport.citation)} allows at most ${law.writtenReport.value.hours} hours. Leave empty to state the law’s limit.` : '' },
    { kind: 'checkbox', name: 'internetReporting', label: 'Reports with no immediate risk may be made through the county’s internet-based reporting system', hint: (law) => `As ${cite(law.internetReporting?.citation)} allows.` },
    { kind: 'number', name: 'missingYouth.noticeWithinHours', label: 'Notice that a youth is missing from care is given within', unit: 'hours', hint: (law) => law.missingFromCare ? `${citeAsSubject(law.missingFromCare.citation)} requires notice ${noticeDue(law.missingFromCare.value)}.` : '' },
    { kind: 'choices', name: 'missingYouth.notifies', label: 'Who is told that a youth is missing from care', options: options(MISSING_YOUTH_CONTACTS, (c) => MISSING_YOUTH_CONTACT_LABELS[c]),
      hint: (law) => law.missingFromCare ? `The law names ${listInWords(law.missingFromCare.value.recipients.map((r) => MISSING_YOUTH_CONTACT_LABELS[r]))} (${cite(law.missingFromCare.citation)}).` : '' },
    { kind: 'lines', name: 'missingYouth.otherContacts', label: 'Others told, one per line', hint: 'Who “others named in this section” are.' },
    { kind: 'number', name: 'missingCseReport.reportWithinHours', label: 'A missing child at risk of exploitation is reported within', unit: 'hours', hint: (law) => law.missingCseReport ? `${citeAsSubject(law.missingCseReport.citation)} requires the report ${noticeDue(law.missingCseReport.value)}.` : '' },
    { kind: 'choices', name: 'missingCseReport.reportsTo', label: 'To whom it is reported', options: options(MISSING_CSE_RECIPIENTS, (r) => MISSING_CSE_RECIPIENT_LABELS[r]),
      hint: (law) => law.missingCseReport ? `The law names ${listInWords(law.missingCseReport.value.recipients.map((r) => MISSING_CSE_RECIPIENT_LABELS[r]))} (${cite(law.missingCseReport.citation)}).` : '' },
    { kind: 'checkbox', name: 'documentation.childWelfare', label: 'Child welfare documents identified youth in the statewide system', hint: (law) => law.documentation ? `${cite(law.documentation.citation)}: ${law.documentation.value.system}.` : '' },
    { kind: 'checkbox', name: 'documentation.probation', label: 'Probation documents identified youth in the statewide system', hint: (law) => law.documentation ? `The same duty, for probation (${cite(law.documentation.citation)}).` : '' },
    FURTHER,
  ],
  mdt: [FURTHER],
  services: [
    { kind: 'records', name: 'offered', label: 'Services offered', noun: 'service', blank: { name: '', providerAgencyId: null, description: '' },
      // Said of a county's CSEC Program protocol: WIC 16524.8 binds no other (requirements/scope.ts).
      hint: (law) => `The services the protocol provides to exploited children. The law asks a county’s CSEC Program protocol to address them (${cite(law.services?.citation)}).`,
      fields: [
        { kind: 'text', name: 'name', label: 'Service', hint: 'Such as “Specialized CSEC advocacy” or “Emergency shelter”.' },
        { kind: 'agency', name: 'providerAgencyId', label: 'Provided by', hint: 'One of the agencies on the team, or not decided yet.' },
        { kind: 'textarea', name: 'description', label: 'What it offers', hint: 'Who can use it, how a youth is referred and what it provides.' },
      ] },
    FURTHER,
  ],
  roles: [FURTHER],
  informationSharing: [
    { kind: 'choices', name: 'authorities', label: 'Laws under which the agencies share information', options: options(INFO_SHARING_AUTHORITIES, (a) => `${INFO_SHARING_LABELS[a].citation}: ${INFO_SHARING_LABELS[a].scope}`),
      hint: (law) => law.mdtInformationWindow ? `A child abuse multidisciplinary team may share information for ${law.mdtInformationWindow.value.days} days after a report without showing good cause (${cite(law.mdtInformationWindow.citation)}).` : '' },
    { kind: 'lines', name: 'otherAuthorities', label: 'Other authorities, one per line', hint: 'Any other law the agencies rely on, written as the MOU should cite it.' },
    FURTHER,
  ],
  training: [
    { kind: 'choices', name: 'audiences', label: 'Who is trained', options: options(TRAINING_AUDIENCES, (a) => TRAINING_AUDIENCE_LABELS[a]),
      hint: (law) => law.training ? `Program funds pay for training of ${law.training.value.audiences.map((a) => TRAINING_AUDIENCE_LABELS[a]).join(' and ')} (${cite(law.training.citation)}).` : '' },
    { kind: 'lines', name: 'otherAudiences', label: 'Other audiences, one per line', hint: 'Who “others named in this section” are.' },
    { kind: 'text', name: 'frequency', label: 'How often training is given', hint: 'Such as “at hire and every year after”.' },
    FURTHER,
  ],
  data: [
    { kind: 'lines', name: 'measures', label: 'What the agencies measure, one per line', hint: 'Such as the number of youth screened and identified, and how many are connected to an advocate.' },
    FURTHER,
  ],
  funding: [{ ...FURTHER, hint: (law) => `How the county uses CSEC Program funds, within what ${cite(law.programFunds?.citation)} allows.` }],
  administration: [
    { kind: 'textarea', name: 'disputeResolution', label: 'How disagreements between the agencies are resolved', hint: 'Who meets first, and who decides when they cannot agree.' },
    { kind: 'textarea', name: 'amendment', label: 'How the MOU is amended', hint: 'Who proposes a change and who must agree to it in writing.' },
    { kind: 'textarea', name: 'termination', label: 'How an agency withdraws or the MOU ends', hint: 'How much notice an agency gives, and what happens to youth being served.' },
    FURTHER,
  ],
};

/** The words for an agency's fields, shared by the agencies page and the places findings name. */
export const AGENCY_FIELD_WORDS: Record<string, string> = {
  name: 'name',
  county: 'county',
  roles: 'roles',
  representative: 'representative',
  'representative.name': 'representative’s name',
  'representative.title': 'representative’s title',
  leadsTeam: 'leads the team',
  tookPart: 'took part',
  signs: 'signs the MOU',
  signer: 'signer',
  'signer.name': 'signer’s name',
  'signer.title': 'signer’s title',
  responsibilities: 'roles and responsibilities',
};

export const TIER_FIELD_WORDS: Record<string, string> = {
  name: 'name',
  purpose: 'purpose',
  convenerAgencyId: 'who convenes it',
  memberAgencyIds: 'members',
  convenes: 'when it meets',
  provides: 'what it provides',
};

export const BASICS_FIELD_WORDS: Record<string, string> = {
  title: 'title',
  counties: 'county or counties',
  kind: 'kind of protocol',
  companionSetting: 'setting',
  participatesInCsecProgram: 'takes part in the CSEC Program',
  countiesNotInCsecProgram: 'counties not in the CSEC Program',
  firstDevelopedOn: 'first developed on',
  lastRevisedOn: 'last revised on',
  effectiveOn: 'effective date',
  endsOn: 'end date',
  noEndDate: 'no end date',
};

/**
 * What electing the program changes: the checks under WIC 16524.8 (and of the training the
 * program funds) bind only then, while the duties to report abuse and missing youth bind child
 * welfare and probation either way (requirements/scope.ts).
 */
function programHint(law: LawInForce): string {
  const { protocolSection, name } = law.program!.value;
  // The reporting section's hints cite those duties' laws.
  return `${citationAsSubject(protocolSection)} binds the protocol of a county that elects to receive ${name} funds. If the county has not, the checks of that section and of program-funded training only give advice. The duties to report abuse and missing youth apply to child welfare and probation either way.`;
}

/** The protocol's basics, asked on the first page (the counties and the kind of protocol are asked there in their own way). */
export const BASICS_FIELDS: FieldSpec[] = [
  { kind: 'text', name: 'title', label: 'Title of the protocol', hint: 'As it appears on the cover and in every page header.' },
  { kind: 'text', name: 'companionSetting', label: 'Setting of a companion protocol (optional)', hint: 'Such as “Juvenile hall”.' },
  { kind: 'checkbox', name: 'participatesInCsecProgram', label: 'The protocol’s county or counties have elected to receive CSEC Program funds',
    hint: (law) => law.program ? programHint(law) : '' },
  { kind: 'date', name: 'firstDevelopedOn', label: 'First developed on (optional)', hint: FIRST_DEVELOPED_HINT },
  { kind: 'date', name: 'lastRevisedOn', label: 'Last revised on (optional)', hint: 'The date of the latest revision the committee adopted.' },
];

/**
 * A region whose counties answered differently (WIC 16524.8 binds "each county electing"): the
 * counties that have not elected the program, one box each.
 */
export const outsideProgramField = (counties: readonly string[]): FieldSpec => ({
  kind: 'choices', name: 'countiesNotInCsecProgram', label: 'Counties of the region that have not elected to receive CSEC Program funds (optional)',
  hint: (law) => `Leave all unticked when every county has. For a county ticked here, a missing lead or partner agency only gets advice, and the MOU says that this is not that county’s protocol under ${law.program ? citationInWords(law.program.value.protocolSection) : 'the law in force'}.`,
  options: counties.map((county) => [county, `${county} County`] as const),
});

/** The basics' questions for this draft: with, in a region that elected the program, which of its counties have not. */
export const basicsFieldsOf = (draft: Pick<Draft, 'kind' | 'counties' | 'participatesInCsecProgram'>): FieldSpec[] =>
  BASICS_FIELDS.flatMap((spec) => (spec.name === 'participatesInCsecProgram' && asksProgramPerCounty(draft) ? [spec, outsideProgramField(draft.counties)] : [spec]));

/** The MOU's term, asked in section 14 beside amendment and termination. */
export const TERM_FIELDS: FieldSpec[] = [
  { kind: 'date', name: 'effectiveOn', label: 'The MOU takes effect on', hint: 'Usually the date of the last signature, or a date the agencies agree.' },
  { kind: 'date', name: 'endsOn', label: 'The MOU ends on', hint: 'When the MOU has no end date, leave this empty and tick “The MOU has no end date” below.' },
  { kind: 'checkbox', name: 'noEndDate', label: 'The MOU has no end date', hint: 'It then runs until the agencies end it as this section provides.' },
];
