/**
 * The roles an agency can fill on the protocol team. The first seven are named in
 * WIC 16524.8(a)(1); the rest are the "may include" members of 16524.8(a)(2) and others that
 * real protocols list. Being the human services department is a role; leading the team is a
 * separate fact (`Agency.leadsTeam`).
 */
export const AGENCY_ROLES = [
  'human-services',
  'probation',
  'mental-health',
  'public-health',
  'juvenile-court',
  'county-office-of-education',
  'sheriff',
  'local-education-agency',
  'local-law-enforcement',
  'survivor-organization',
  'service-provider',
  'district-attorney',
  'public-defender',
  'tribe',
  'other',
] as const;

export type AgencyRole = (typeof AGENCY_ROLES)[number];

export const ROLE_LABELS: Record<AgencyRole, string> = {
  'human-services': 'County human services department',
  probation: 'County probation department',
  'mental-health': 'County mental health department',
  'public-health': 'County public health department',
  'juvenile-court': 'Juvenile court',
  'county-office-of-education': 'County office of education',
  sheriff: "County sheriff’s department",
  'local-education-agency': 'Local education agency',
  'local-law-enforcement': 'Local law enforcement',
  'survivor-organization': 'Survivor or survivor-led organization',
  'service-provider': 'Service provider',
  'district-attorney': 'District attorney',
  'public-defender': 'Public defender',
  tribe: 'Tribe or tribal organization',
  other: 'Other partner',
};
