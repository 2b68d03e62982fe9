/**
 * Numbered, pure migrations of the draft inside a file envelope. Each takes the draft object of
 * version `from` and returns the draft of version `from + 1`; restoreDraft runs them in order on
 * a copy, so the caller's data is never touched until every step has succeeded.
 */
type PlainObject = Record<string, unknown>;

export interface Migration {
  from: number;
  name: string;
  up(draft: PlainObject): PlainObject;
}

const isObject = (value: unknown): value is PlainObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const MIGRATIONS: readonly Migration[] = [
  {
    // Version 1 (the prototype) held one county and one role per agency. Regional protocols need
    // several counties, and one agency may fill several statutory roles (WIC 16524.8(a)(1)).
    from: 1,
    name: 'regional-protocols-and-multiple-roles',
    up(draft) {
      const { county, ...rest } = draft;
      const counties = Array.isArray(draft.counties)
        ? draft.counties
        : typeof county === 'string' ? [county] : [];
      const agencies = Array.isArray(draft.agencies)
        ? draft.agencies.map((agency) => {
            if (!isObject(agency)) return agency;
            const { role, ...agencyRest } = agency;
            return {
              ...agencyRest,
              county: agency.county ?? county,
              roles: Array.isArray(agency.roles) ? agency.roles : typeof role === 'string' ? [role] : [],
            };
          })
        : draft.agencies;
      return { ...rest, counties, agencies };
    },
  },
  {
    // Version 2 had one role, "human-services-lead", for two facts: being the county human
    // services department and leading the team (WIC 16524.8(a)(1)); and the governance section's
    // coordinating agency held part of the second. Version 3 records the lead once, on the agency.
    // It also adds the report of a missing child at risk of exploitation, which version 2 folded
    // into the missing-from-care notice by listing NCMEC among those notified.
    from: 2,
    name: 'team-lead-and-missing-child-report',
    up(draft) {
      const sections = isObject(draft.sections) ? draft.sections : {};
      const { leadAgencyId, ...governance } = isObject(sections.governance) ? sections.governance : {};
      const agencies = Array.isArray(draft.agencies) ? draft.agencies.map(leadFromRole) : draft.agencies;
      const list = Array.isArray(agencies) ? agencies.filter(isObject) : [];
      const coordinator = list.find((a) => a.id === leadAgencyId);
      if (coordinator) {
        if (!list.some((a) => a.leadsTeam === true && a.county === coordinator.county)) coordinator.leadsTeam = true;
        else if (coordinator.leadsTeam !== true) keepCoordinator(governance, coordinator);
      }
      const acknowledgements = Array.isArray(draft.acknowledgements)
        ? draft.acknowledgements.map((ack) => (isObject(ack) && ack.ruleId === 'missing-youth' ? { ...ack, ruleId: 'missing-youth-notice' } : ack))
        : draft.acknowledgements;
      const reporting = isObject(sections.reporting) ? withMissingCseReport(sections.reporting) : sections.reporting;
      return { ...draft, agencies, acknowledgements, sections: { ...sections, governance, ...(reporting === undefined ? {} : { reporting }) } };
    },
  },
  {
    // Version 4 records, per county, the approval blocks of its signature pages (County Counsel,
    // the Board of Supervisors). A version 3 draft chose none: its signature pages stay as they were.
    from: 3,
    name: 'county-approval-blocks',
    up(draft) {
      return { ...draft, countyApprovals: Array.isArray(draft.countyApprovals) ? draft.countyApprovals : [] };
    },
  },
  {
    // Version 5 moves the compliance crosswalk out of the MOU into a report of its own: the MOU
    // carries it as an exhibit only when the committee chooses. A version 4 draft has not chosen.
    from: 4,
    name: 'compliance-report-apart',
    up(draft) {
      return { ...draft, complianceExhibit: draft.complianceExhibit === true };
    },
  },
  {
    // Version 6 can record the coordinator's certification of the final text, which locks it. A
    // version 5 draft was never certified: it stays open for editing. An older app opening a
    // version 6 file says it is too new, rather than letting a certified text be edited unawares.
    from: 5,
    name: 'final-certification',
    up(draft) {
      return { ...draft, certification: isObject(draft.certification) ? draft.certification : null };
    },
  },
  {
    // Version 7 carries reviewers' comments and their verdicts per section. A version 6 draft has
    // none; an older app opening a version 7 file says it is too new rather than hiding them.
    from: 6,
    name: 'review-comments',
    up(draft) {
      return {
        ...draft,
        comments: Array.isArray(draft.comments) ? draft.comments : [],
        sectionReviews: Array.isArray(draft.sectionReviews) ? draft.sectionReviews : [],
      };
    },
  },
  {
    // Version 8 lets a comment's author change its words (`editedAt`) or withdraw it
    // (`withdrawal`). A version 7 draft's comments are as first written, none withdrawn, so nothing
    // changes; an older app opening a version 8 file says it is too new, rather than showing a
    // withdrawn comment as open.
    from: 7,
    name: 'comment-edits',
    up(draft) {
      return { ...draft };
    },
  },
  {
    // Version 9 can record, for a regional protocol, the counties that have not elected the CSEC
    // Program while the others have. A version 8 draft's one answer holds for all its counties, so
    // nothing changes; an older app opening a version 9 file says it is too new, rather than
    // checking and printing it as if every county had elected the program.
    from: 8,
    name: 'program-per-county',
    up(draft) {
      return { ...draft };
    },
  },
];

function leadFromRole(agency: unknown): unknown {
  if (!isObject(agency)) return agency;
  if (!Array.isArray(agency.roles)) return { ...agency };
  const wasLead = agency.roles.includes('human-services-lead');
  return {
    ...agency,
    roles: agency.roles.map((role) => (role === 'human-services-lead' ? 'human-services' : role)),
    ...(wasLead && agency.leadsTeam === undefined ? { leadsTeam: true } : {}),
  };
}

/** A coordinating agency that is not the team's lead stays in the governance text, in words. */
function keepCoordinator(governance: PlainObject, coordinator: PlainObject) {
  const name = typeof coordinator.name === 'string' && coordinator.name.trim() ? coordinator.name.trim() : 'The coordinating agency';
  const sentence = `${name} coordinates this protocol and convenes the steering committee.`;
  const earlier = typeof governance.steeringCommittee === 'string' ? governance.steeringCommittee.trim() : '';
  governance.steeringCommittee = earlier ? `${sentence}\n\n${earlier}` : sentence;
}

/** Version 2 said "NCMEC is notified" for every missing youth; that covers the at-risk report too. */
function withMissingCseReport(reporting: PlainObject): PlainObject {
  if (reporting.missingCseReport !== undefined || !isObject(reporting.missingYouth)) return reporting;
  const { notifies, noticeWithinHours } = reporting.missingYouth;
  if (!Array.isArray(notifies) || !notifies.includes('ncmec')) return reporting;
  return {
    ...reporting,
    missingCseReport: {
      reportWithinHours: typeof noticeWithinHours === 'number' ? noticeWithinHours : null,
      reportsTo: notifies.includes('law-enforcement') ? ['law-enforcement', 'ncmec'] : ['ncmec'],
    },
  };
}
