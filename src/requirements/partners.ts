import { formatLongDate } from '../lib/dates';
import type { Agency, AgencyRole, Draft } from '../model';
import { firstInForce } from './law/parameter';
import type { LawInForce, Partner, Statute } from './law/statute';

/** A partner the law in force names, and whether this protocol may leave it out (WIC 16524.8(c)). */
export interface PartnerDuty {
  partner: Partner;
  /** Set when the protocol was first developed before the partner was required: why it may be left out. */
  optional: { since: string; citation: string } | null;
}

/**
 * The partners the law in force names, each marked optional when the protocol was first
 * developed before the law that added it and that law lets such protocols leave it out. A
 * protocol with no first-developed date is being written now, so it is held to the current law.
 */
export function partnerDuties(draft: Draft, law: LawInForce, statute: Statute): PartnerDuty[] {
  return (law.team?.value.partners ?? []).map((partner) => {
    const since = firstInForce(statute.team, (team) => team.partners.some((p) => p.role === partner.role));
    const optional = partner.earlierProtocolsMayOmit !== undefined && since !== null &&
      draft.firstDevelopedOn !== null && draft.firstDevelopedOn < since
      ? { since, citation: partner.earlierProtocolsMayOmit }
      : null;
    return { partner, optional };
  });
}

/** "The protocol was first developed before January 1, 2018, ...": why a missing partner is a warning. */
export const optionalPartnerNote = (duty: PartnerDuty): string =>
  duty.optional
    ? `The protocol was first developed before ${formatLongDate(duty.optional.since)}, when ${duty.partner.name} became a required member of the team, so adding it is recommended, not required (${duty.optional.citation}).`
    : '';

/** The days a text of the law changed the required partners: a protocol first developed before one may be held to less. */
export const partnerListChanges = (statute: Statute): string[] =>
  statute.team.periods.map((p) => p.from).filter((from): from is string => from !== null);

/** The lead and the partners this protocol must have on its team, by role. */
export function requiredRoles(draft: Draft, law: LawInForce, statute: Statute): AgencyRole[] {
  const lead = law.team ? [law.team.value.lead.role] : [];
  return [...lead, ...partnerDuties(draft, law, statute).filter((d) => !d.optional).map((d) => d.partner.role)];
}

export const agenciesOf = (draft: Draft, county: string): Agency[] =>
  draft.agencies.filter((agency) => agency.county === county);

export const fills = (agency: Agency, role: AgencyRole): boolean => agency.roles.includes(role);

/** Where in the draft an agency's fields live, for "where to fix it". */
export const agencyPath = (draft: Draft, agency: Agency, field?: string): string => {
  const base = `agencies.${draft.agencies.indexOf(agency)}`;
  return field ? `${base}.${field}` : base;
};
