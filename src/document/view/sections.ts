import { listInWords } from '../../lib/words';
import {
  INFO_SHARING_LABELS, MISSING_YOUTH_CONTACT_LABELS, PRINCIPLE_LABELS, REVIEW_CADENCE_LABELS,
  TRAINING_AUDIENCE_LABELS, type Draft,
} from '../../model';
import { agencyName } from './agencies';
import { paragraphs } from './text';

// Statute, so not configurable: PC 11166(a) (written report within 36 hours) and the missing-
// from-care notice (no later than 24 hours; WIC 16501.35, AB 2108 and AB 161 per CDSS).
const WRITTEN_REPORT_HOURS = 36;
const MISSING_NOTICE_HOURS = 24;

/**
 * The law's limit, the committee's shorter one when it set one, and the committee's figure when
 * it breaks the limit (a draft shows the conflict; a final export is refused).
 */
function timeline(stated: number | null, limit: number) {
  return {
    limit,
    stricter: stated !== null && stated < limit ? stated : null,
    conflict: stated !== null && stated > limit ? stated : null,
  };
}

const nonBlank = (items: readonly string[]) => items.map((i) => i.trim()).filter(Boolean);

/** The answers of each outline section, shaped for its template. */
export function sectionViews(draft: Draft) {
  const s = draft.sections;
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
      terms: userTerms.map((t) => ({ term: t.term.trim(), definition: t.definition.trim() })),
    },
    principles: {
      items: s.principles.principles.map((p) => PRINCIPLE_LABELS[p]),
      text: paragraphs(s.principles.text),
    },
    governance: {
      steeringCommittee: paragraphs(s.governance.steeringCommittee),
      coordinator: agency(s.governance.leadAgencyId),
      review: s.governance.reviewCadence === null ? null : REVIEW_CADENCE_LABELS[s.governance.reviewCadence],
      survivorInput: paragraphs(s.governance.survivorInput),
      systemOfCareMou: paragraphs(s.governance.systemOfCareMou),
      text: paragraphs(s.governance.text),
    },
    identification: {
      tool: id.screeningTool.trim() || null,
      screenedBy: id.screenedBy.trim() || null,
      population: id.population.trim() || null,
      ages,
      timing: id.timing.trim() || null,
      text: paragraphs(id.text),
    },
    reporting: {
      writtenReport: timeline(s.reporting.writtenReportWithinHours, WRITTEN_REPORT_HOURS),
      missingNotice: timeline(missing.noticeWithinHours, MISSING_NOTICE_HOURS),
      notifies: [
        ...missing.notifies.filter((c) => c !== 'other').map((c) => MISSING_YOUTH_CONTACT_LABELS[c]),
        ...nonBlank(missing.otherContacts),
      ],
      // "child welfare services documents", "child welfare services and probation document"
      documenting: documenting.length > 0 ? `${listInWords(documenting)} ${documenting.length > 1 ? 'document' : 'documents'}` : null,
      text: paragraphs(s.reporting.text),
    },
    mdt: { text: paragraphs(s.mdt.text) },
    services: {
      offered: s.services.offered.filter((o) => o.name.trim() !== '').map((o) => ({
        name: o.name.trim(),
        provider: agency(o.providerAgencyId),
        description: o.description.trim() || null,
      })),
      text: paragraphs(s.services.text),
    },
    roles: { text: paragraphs(s.roles.text) },
    informationSharing: {
      authorities: [
        ...s.informationSharing.authorities.map((a) => `${INFO_SHARING_LABELS[a].citation}, for ${INFO_SHARING_LABELS[a].scope}`),
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
