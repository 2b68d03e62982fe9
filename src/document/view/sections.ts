import { listInWords } from '../../lib/words';
import {
  INFO_SHARING_LABELS, MISSING_CSE_RECIPIENT_LABELS, MISSING_YOUTH_CONTACT_LABELS, PRINCIPLE_LABELS, REVIEW_CADENCE_LABELS,
  TRAINING_AUDIENCE_LABELS, type Draft,
} from '../../model';
import { citationInWords, statedDeadlines, timedDuties, type LawInForce, type TimedDuty } from '../../requirements';
import { agencyName } from './agencies';
import { oneLine, paragraphs } from './text';

/**
 * One duty's deadline as the MOU states it: the law's limit and citation, the committee's shorter
 * one when it set one, and its figure when it breaks the limit (a draft shows the conflict; a
 * final export is refused). When the committee's own text states a figure for the duty within the
 * law's limit, the generated sentence names the law without a figure, so the MOU never prints two
 * deadlines for one duty; the stated-timelines check asks the committee to reconcile them. A figure
 * beyond the limit is never deferred to: the law's limit is printed, and the check warns.
 */
function timeline(answer: number | null, limit: { hours: number; citation: string } | null, inText: boolean) {
  if (limit === null) return null;
  return {
    limit: limit.hours,
    cite: citationInWords(limit.citation),
    inText,
    stricter: !inText && answer !== null && answer < limit.hours ? answer : null,
    conflict: answer !== null && answer > limit.hours ? answer : null,
  };
}

const nonBlank = (items: readonly string[]) => items.map((i) => i.trim()).filter(Boolean);

/** The answers of each outline section, shaped for its template. */
export function sectionViews(draft: Draft, law: LawInForce) {
  const s = draft.sections;
  const duties = timedDuties(draft, law);
  // A figure in the text beyond the law's limit, or in business days (longer over a weekend), is
  // not deferred to: the sentence then states the law's own limit, rather than "the time that
  // section allows, as this section provides below".
  const stated = statedDeadlines(draft);
  const deferred = (duty: TimedDuty) => {
    const figures = stated.filter((d) => d.duty === duty);
    const limit = duties[duty].limit;
    return figures.length > 0 && (limit === null || figures.every((d) => d.businessDays === undefined && d.hours <= limit.hours));
  };
  const deadline = (duty: TimedDuty) => timeline(duties[duty].answer, duties[duty].limit, deferred(duty));
  const agency = (id: string | null) => {
    const found = id === null ? undefined : draft.agencies.find((a) => a.id === id);
    return found ? agencyName(found) : null;
  };
  const id = s.identification;
  const ages = id.minimumAge !== null && id.maximumAge !== null ? `${id.minimumAge} to ${id.maximumAge}`
    : id.minimumAge !== null ? `${id.minimumAge} and older` : id.maximumAge !== null ? `Up to ${id.maximumAge}` : null;
  const missing = s.reporting.missingYouth;
  const documenting = [s.reporting.documentation.childWelfare ? 'child welfare services' : null, s.reporting.documentation.probation ? 'probation' : null].filter((x): x is string => x !== null);
  const userTerms = s.definitions.terms.filter((t) => t.term.trim() !== '');
  return {
    purpose: { purpose: paragraphs(s.purpose.purpose), text: paragraphs(s.purpose.text) },
    definitions: {
      text: paragraphs(s.definitions.text),
      // The generated definitions give way to the committee's own wording of the same term.
      definesCsec: userTerms.some((t) => /^commercially sexually exploited child/i.test(t.term.trim())),
      definesMdt: userTerms.some((t) => /^multidisciplinary team/i.test(t.term.trim())),
      definesMissing: userTerms.some((t) => /^missing from (?:foster )?care/i.test(t.term.trim())),
      terms: userTerms.map((t) => ({ term: oneLine(t.term), definition: t.definition.trim() })),
    },
    principles: {
      items: s.principles.principles.map((p) => PRINCIPLE_LABELS[p]),
      text: paragraphs(s.principles.text),
    },
    governance: {
      steeringCommittee: paragraphs(s.governance.steeringCommittee),
      review: s.governance.reviewCadence === null ? null : REVIEW_CADENCE_LABELS[s.governance.reviewCadence],
      survivorInput: paragraphs(s.governance.survivorInput),
      systemOfCareMou: paragraphs(s.governance.systemOfCareMou),
      text: paragraphs(s.governance.text),
    },
    identification: {
      cite: law.identification ? citationInWords(law.identification.citation) : null,
      tool: id.screeningTool.trim() || null,
      screenedBy: id.screenedBy.trim() || null,
      population: id.population.trim() || null,
      ages,
      timing: id.timing.trim() || null,
      text: paragraphs(id.text),
    },
    reporting: {
      writtenReport: law.writtenReport && { ...deadline('written-report'), to: law.writtenReport.value.reportTo, firstReport: law.writtenReport.value.firstReport },
      internetReporting: s.reporting.internetReporting && law.internetReporting ? citationInWords(law.internetReporting.citation) : null,
      missingNotice: law.missingFromCare && { ...deadline('missing-from-care-notice'), immediately: law.missingFromCare.value.immediately },
      missingCseReport: law.missingCseReport && { ...deadline('missing-cse-report'), immediately: law.missingCseReport.value.immediately },
      reportsTo: s.reporting.missingCseReport.reportsTo.map((r) => MISSING_CSE_RECIPIENT_LABELS[r]),
      notifies: [
        ...missing.notifies.filter((c) => c !== 'other').map((c) => MISSING_YOUTH_CONTACT_LABELS[c]),
        ...nonBlank(missing.otherContacts),
      ],
      // "child welfare services documents", "child welfare services and probation document"
      documenting: documenting.length > 0 ? `${listInWords(documenting)} ${documenting.length > 1 ? 'document' : 'documents'}` : null,
      documentation: law.documentation && { system: law.documentation.value.system, cite: citationInWords(law.documentation.citation) },
      text: paragraphs(s.reporting.text),
    },
    mdt: { text: paragraphs(s.mdt.text) },
    services: {
      offered: s.services.offered.filter((o) => o.name.trim() !== '').map((o) => ({
        name: oneLine(o.name),
        provider: agency(o.providerAgencyId),
        description: o.description.trim() || null,
      })),
      text: paragraphs(s.services.text),
    },
    roles: { text: paragraphs(s.roles.text) },
    informationSharing: {
      authorities: [
        ...s.informationSharing.authorities.map((a) => `${INFO_SHARING_LABELS[a].citation}, for ${INFO_SHARING_LABELS[a].scope}${a === 'wic-18961.7' && law.mdtInformationWindow ? ` (for up to ${law.mdtInformationWindow.value.days} days after a report of suspected abuse, or longer for good cause)` : ''}`),
        ...nonBlank(s.informationSharing.otherAuthorities),
      ],
      text: paragraphs(s.informationSharing.text),
    },
    training: {
      audiences: [
        ...s.training.audiences.filter((a) => a !== 'other').map((a) => TRAINING_AUDIENCE_LABELS[a]),
        ...nonBlank(s.training.otherAudiences),
      ],
      frequency: s.training.frequency.trim() || null,
      text: paragraphs(s.training.text),
    },
    data: { measures: nonBlank(s.data.measures), text: paragraphs(s.data.text) },
    funding: { text: paragraphs(s.funding.text) },
    administration: {
      disputeResolution: paragraphs(s.administration.disputeResolution),
      amendment: paragraphs(s.administration.amendment),
      termination: paragraphs(s.administration.termination),
      text: paragraphs(s.administration.text),
    },
  };
}
