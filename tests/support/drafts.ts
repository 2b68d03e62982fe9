import { draftSchema, type AgencyRole, type County, type Draft, type DraftInput } from '../../src/model';

const TEAM: Array<{ role: AgencyRole; name: string }> = [
  { role: 'human-services', name: 'Department of Social Services' },
  { role: 'probation', name: 'Probation Department' },
  { role: 'mental-health', name: 'Behavioral Health Department' },
  { role: 'public-health', name: 'Public Health Department' },
  { role: 'juvenile-court', name: 'Superior Court, Juvenile Division' },
  { role: 'county-office-of-education', name: 'Office of Education' },
  { role: 'sheriff', name: "Sheriff's Office" },
  { role: 'survivor-organization', name: 'Survivor Advocates Collective' },
];

const slug = (text: string) => text.toLowerCase().replace(/[^a-z]+/g, '-');

/** A draft that passes every rule: each test then takes one thing away. */
export function completeDraft(counties: County[] = ['Yolo'], overrides: Partial<DraftInput> = {}): Draft {
  const agencies = counties.flatMap((county) =>
    TEAM.map(({ role, name }) => ({
      id: `${slug(county)}-${role}`,
      name: `${county} County ${name}`,
      county,
      roles: [role],
      leadsTeam: role === 'human-services',
      representative: { name: 'Alex Rivera', title: 'Deputy Director' },
      tookPart: true,
      signs: role !== 'juvenile-court',
      signer: { name: 'Jordan Lee', title: 'Director' },
      responsibilities: 'Takes part in the MDT.',
    })),
  );
  const ids = agencies.map((a) => a.id);
  return draftSchema.parse({
    counties,
    firstDevelopedOn: '2025-03-01',
    effectiveOn: '2026-01-01',
    noEndDate: true,
    agencies,
    mdtTiers: [
      {
        id: 'immediate',
        name: 'Immediate response MDT',
        convenerAgencyId: ids[0],
        memberAgencyIds: ids,
        convenes: { kind: 'within', amount: 72, unit: 'hours' },
        provides: { caseManagement: true, servicePlanning: true, services: true },
      },
    ],
    sections: {
      governance: { survivorInput: 'Survivor advocates reviewed every draft.' },
      identification: { screeningTool: 'CSE-IT', screenedBy: 'Social workers', population: 'Youth aged 10 and over', minimumAge: 10, timing: 'At intake' },
      reporting: {
        writtenReportWithinHours: 36,
        missingYouth: { noticeWithinHours: 24, notifies: ['law-enforcement', 'parents-guardians', 'indian-custodian-and-tribe'] },
        missingCseReport: { reportWithinHours: 24, reportsTo: ['law-enforcement', 'ncmec'] },
        documentation: { childWelfare: true, probation: true },
      },
      services: { text: 'Each youth is offered advocacy, shelter and health care.' },
      informationSharing: { authorities: ['wic-18961.7'] },
      training: { audiences: ['county-childrens-services-workers', 'foster-caregivers'] },
    },
    ...overrides,
  });
}

/** Applies a change to a copy, so each scenario reads as "a complete draft, except ...". */
export function withChange(draft: Draft, change: (copy: Draft) => void): Draft {
  const copy = structuredClone(draft);
  change(copy);
  return copy;
}

export const TODAY = '2026-11-28';
