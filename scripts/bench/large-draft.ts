import { draftSchema, type AgencyRole, type County, type Draft } from '../../src/model';

const COUNTIES: County[] = ['Monterey', 'San Benito', 'Santa Cruz'];
const ROLES: AgencyRole[] = [
  'human-services', 'probation', 'mental-health', 'public-health', 'juvenile-court',
  'county-office-of-education', 'sheriff', 'local-law-enforcement', 'service-provider',
  'survivor-organization', 'local-education-agency', 'district-attorney', 'public-defender',
];

const SENTENCES = [
  'The parties share responsibility for identifying exploited youth early and responding as one team.',
  'Each referral is acknowledged within one business day and tracked until the youth is connected to services.',
  'Staff explain to the youth, in plain language, what information is shared, with whom and why.',
  'Where a youth declines a service, the team records the offer and makes it again at the next contact.',
  'Supervisors review open cases monthly to make sure that no youth waits for a placement or an advocate.',
  'José Núñez and Nguyễn Thị Hoa coordinate the regional calendar of trainings and case conferences.',
];

/** Deterministic filler prose: `count` paragraphs of five sentences each. */
const prose = (count: number, seed: number) => Array.from({ length: count }, (_, p) =>
  Array.from({ length: 5 }, (_, s) => SENTENCES[(seed + p * 5 + s) % SENTENCES.length]).join(' ')).join('\n\n');

/**
 * The benchmark's draft: a three-county regional protocol with 40 agencies, four MDT tiers and
 * long sections, which prints to more than 40 pages.
 */
export function largeDraft(): Draft {
  const agencies = Array.from({ length: 40 }, (_, i) => {
    const county = COUNTIES[i % COUNTIES.length]!;
    const role = ROLES[Math.floor(i / COUNTIES.length) % ROLES.length]!;
    return {
      id: `agency-${i + 1}`,
      name: `${county} County ${role.replace(/-/g, ' ')} agency ${i + 1}`,
      county,
      roles: [role],
      leadsTeam: role === 'human-services',
      representative: { name: `Representative ${i + 1}`, title: 'Deputy Director' },
      tookPart: true,
      signs: i % 4 !== 3,
      signer: { name: `Signer ${i + 1}`, title: 'Director' },
      responsibilities: prose(3, i),
    };
  });
  const ids = agencies.map((a) => a.id);
  const tiers = ['Triage', 'Crisis response', 'Non-emergency', 'Ongoing'].map((name, i) => ({
    id: `tier-${i + 1}`,
    name: `${name} MDT`,
    purpose: prose(2, i),
    convenerAgencyId: ids[i],
    memberAgencyIds: ids,
    convenes: i < 2 ? { kind: 'within', amount: 24 * (i + 1), unit: 'hours' } : { kind: 'regular', cadence: 'monthly' },
    provides: { caseManagement: true, servicePlanning: true, services: true },
  }));
  const long = (seed: number) => ({ text: prose(8, seed) });
  return draftSchema.parse({
    title: 'Tri-County Interagency Protocol for Commercially Sexually Exploited Children',
    counties: COUNTIES,
    firstDevelopedOn: '2025-02-01',
    effectiveOn: '2026-01-01',
    noEndDate: true,
    agencies,
    mdtTiers: tiers,
    sections: {
      purpose: long(1), definitions: long(2), principles: long(3), governance: long(4), identification: long(5),
      reporting: long(6), mdt: long(7), services: long(8), roles: long(9), informationSharing: long(10),
      training: long(11), data: long(12), funding: long(13), administration: long(14),
    },
  });
}
