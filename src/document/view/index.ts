import { addedSectionsAfter, describeCounties, SECTION_OUTLINE, UNTITLED_SECTION_TITLE, type Draft, type SectionKey, type SectionLanguage } from '../../model';
import { checkContext, ruleStandings, type Finding, type Statute } from '../../requirements';
import { legalView } from './law';
import { agencyView, partiesByCounty, signaturesView } from './agencies';
import { crosswalkView } from './crosswalk';
import { reportView } from './report';
import { mdtView } from './mdt';
import { sectionViews } from './sections';
import { longDate, nameOr, paragraphs, wholeDate } from './text';

/** One entry of the body in reading order: an outline section or a section the committee added. */
export type BodyPart =
  | { kind: 'outline'; key: string; number: number; title: string }
  | { kind: 'custom'; id: string; number: number; title: string; text: string[]; lang?: SectionLanguage; untitled: boolean };

/** Outline sections in order, with each added section after the one it names, numbered anew. */
export function bodyOrder(draft: Draft): BodyPart[] {
  const parts: BodyPart[] = [];
  const custom = (after: SectionKey | 'signatures') => (after === 'signatures' ? [] : addedSectionsAfter(draft, after))
    .map((c): BodyPart => ({
      kind: 'custom', id: c.id, number: 0, title: nameOr(c.title, UNTITLED_SECTION_TITLE), text: paragraphs(c.text), untitled: !c.title.trim(), ...(c.lang ? { lang: c.lang } : {}),
    }));
  for (const section of SECTION_OUTLINE) parts.push({ kind: 'outline', key: section.key, number: 0, title: section.title }, ...custom(section.key));
  return parts.map((part, index) => ({ ...part, number: index + 1 }));
}

/** Each outline section's number in the MOU, by its key. */
function sectionNumbers(draft: Draft): Record<string, number> {
  const numbers: Record<string, number> = {};
  for (const part of bodyOrder(draft)) if (part.kind === 'outline') numbers[part.key] = part.number;
  return numbers;
}

/** "Section 6" for the MOU section a rule or finding belongs to, or a dash for none. */
const sectionNamer = (numbers: Record<string, number>) => (key: string) => (numbers[key] ? `Section ${numbers[key]}` : '—');

/** What the compliance report prints (templates/report/compliance.hbs). */
export function buildReportView(draft: Draft, findings: readonly Finding[], options: { today: string; marking: 'draft' | 'final'; statute?: Statute }) {
  return reportView(draft, findings, ruleStandings(draft, findings, options), sectionNamer(sectionNumbers(draft)), options);
}

/** Everything the templates print, derived from the draft: templates hold prose, not logic. */
export function buildView(draft: Draft, findings: readonly Finding[], options: { today: string; marking: 'draft' | 'final'; statute?: Statute }) {
  const { law, statute } = checkContext(options);
  const numbers = sectionNumbers(draft);
  const sectionNumber = sectionNamer(numbers);
  const parties = partiesByCounty(draft);
  return {
    title: nameOr(draft.title, 'Interagency Protocol for Commercially Sexually Exploited Children'),
    counties: describeCounties(draft.counties),
    isRegional: draft.counties.length > 1,
    isCompanion: draft.kind === 'companion',
    companionSetting: draft.companionSetting.trim() || null,
    legal: legalView(draft, law, statute),
    hasParties: draft.agencies.some((a) => a.signs),
    partyCount: draft.agencies.filter((a) => a.signs).length,
    isDraft: options.marking === 'draft',
    dates: {
      firstDeveloped: longDate(draft.firstDevelopedOn),
      lastRevised: longDate(draft.lastRevisedOn),
      effective: longDate(draft.effectiveOn),
      ends: draft.noEndDate ? null : longDate(draft.endsOn),
      noEndDate: draft.noEndDate,
      produced: wholeDate(options.today),
    },
    n: numbers,
    parties,
    /** Section 9's agencies: the Parties first, then those that do not sign, which it must not call Parties. */
    roleGroups: [true, false]
      .map((parties) => ({ parties, agencies: draft.agencies.filter((a) => a.signs === parties).map(agencyView) }))
      .filter((group) => group.agencies.length > 0),
    mdt: mdtView(draft, law),
    s: sectionViews(draft, law),
    signatures: signaturesView(draft),
    /** The crosswalk is printed as Exhibit A only when the committee chose it (it is always in the report). */
    exhibit: draft.complianceExhibit,
    crosswalk: crosswalkView(ruleStandings(draft, findings, options), sectionNumber),
  };
}

export type DocumentView = ReturnType<typeof buildView>;
