import type { Agency, AgencyRole, Draft } from '../model';
import { ROLE_LABELS } from '../model';

/** AB 1227 (Stats. 2017, ch. 558) added the office of education and sheriff from this date. */
export const AB_1227_EFFECTIVE = '2018-01-01';

export const PARTNER_RULES: ReadonlyArray<{
  id: string;
  role: AgencyRole;
  citation: string;
  /** True for the partners AB 1227 added: required only for protocols first developed on or after 2018-01-01. */
  addedByAb1227: boolean;
}> = [
  { id: 'partner-probation', role: 'probation', citation: 'WIC 16524.8(a)(1)(A)', addedByAb1227: false },
  { id: 'partner-mental-health', role: 'mental-health', citation: 'WIC 16524.8(a)(1)(B)', addedByAb1227: false },
  { id: 'partner-public-health', role: 'public-health', citation: 'WIC 16524.8(a)(1)(C)', addedByAb1227: false },
  { id: 'partner-juvenile-court', role: 'juvenile-court', citation: 'WIC 16524.8(a)(1)(D)', addedByAb1227: false },
  { id: 'partner-education', role: 'county-office-of-education', citation: 'WIC 16524.8(a)(1)(E), (c)', addedByAb1227: true },
  { id: 'partner-sheriff', role: 'sheriff', citation: 'WIC 16524.8(a)(1)(F), (c)', addedByAb1227: true },
];

/**
 * Whether the AB 1227 partners are required. A protocol with no first-developed date is being
 * written now, so it is held to the current law.
 */
export function ab1227Applies(draft: Draft): boolean {
  return draft.firstDevelopedOn === null || draft.firstDevelopedOn >= AB_1227_EFFECTIVE;
}

/** The team roles required of every county: the human-services lead and the named partners. */
export function requiredRoles(draft: Draft): AgencyRole[] {
  const applies = ab1227Applies(draft);
  return [
    'human-services-lead',
    ...PARTNER_RULES.filter((p) => applies || !p.addedByAb1227).map((p) => p.role),
  ];
}

export const agenciesOf = (draft: Draft, county: string): Agency[] =>
  draft.agencies.filter((agency) => agency.county === county);

export const fills = (agency: Agency, role: AgencyRole): boolean => agency.roles.includes(role);

/** Where in the draft an agency's fields live, for "where to fix it". */
export const agencyPath = (draft: Draft, agency: Agency, field?: string): string => {
  const base = `agencies.${draft.agencies.indexOf(agency)}`;
  return field ? `${base}.${field}` : base;
};

export const roleLabel = (role: AgencyRole): string => ROLE_LABELS[role].toLowerCase();
