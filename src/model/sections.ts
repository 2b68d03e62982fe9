import { z } from 'zod';
import { boundedText, text } from './fields';

/** Guiding principles named by the CSEC Action Team and Child Welfare Council, and others in use. */
export const PRINCIPLES = [
  'victim-centered', 'trauma-informed', 'multidisciplinary', 'culturally-competent',
  'survivor-informed', 'strengths-based', 'developmentally-appropriate', 'youth-driven',
  'harm-reduction',
] as const;

/**
 * Who may be told when a youth is missing from care. Which of them the law requires is in the
 * statute data (requirements/law); the rest are recipients counties add.
 */
export const MISSING_YOUTH_CONTACTS = [
  'law-enforcement', 'parents-guardians', 'indian-custodian-and-tribe', 'ncmec', 'juvenile-court',
  'youth-attorney', 'parents-attorneys', 'casa', 'csec-advocate', 'other',
] as const;
export type MissingYouthContact = (typeof MISSING_YOUTH_CONTACTS)[number];

/** Whom a missing child believed to be, or at risk of being, exploited is reported to. */
export const MISSING_CSE_RECIPIENTS = ['law-enforcement', 'ncmec'] as const;

/** Legal authorities a protocol commonly cites for sharing information (offered as a checklist). */
export const INFO_SHARING_AUTHORITIES = [
  'wic-18961.7', 'pc-13753', 'wic-827', 'wic-10850', 'wic-5328', 'hipaa', '42-cfr-part-2',
] as const;

export const TRAINING_AUDIENCES = [
  'county-childrens-services-workers', 'foster-caregivers', 'probation-officers',
  'law-enforcement', 'educators', 'health-and-mental-health-providers', 'court-personnel',
  'service-providers', 'other',
] as const;
export type TrainingAudience = (typeof TRAINING_AUDIENCES)[number];

const section = <T extends z.core.$ZodLooseShape>(shape: T) =>
  z.looseObject({ ...shape, text: text() });

export const sectionsSchema = z
  .looseObject({
    /** 1. Parties, purpose and legal authority. */
    purpose: section({ purpose: text() }).prefault({}),
    /** 2. Definitions. */
    definitions: section({
      terms: z.array(z.looseObject({ term: text(), definition: text() })).default([]),
    }).prefault({}),
    /** 3. Guiding principles. */
    principles: section({ principles: z.array(z.enum(PRINCIPLES)).default([]) }).prefault({}),
    /** 4. Governance: steering committee, lead agency, review cadence. */
    governance: section({
      steeringCommittee: text(),
      reviewCadence: z.enum(['annually', 'every-two-years', 'other']).nullable().default(null),
      /** How survivors of exploitation informed the protocol when no survivor agency is a party. */
      survivorInput: text(),
      /** How this protocol fits the county's System of Care MOU (AB 2083, 2018). */
      systemOfCareMou: text(),
    }).prefault({}),
    /** 5. Identification and screening. */
    identification: section({
      screeningTool: text(),
      screenedBy: text(),
      population: text(),
      minimumAge: z.number().int().min(0).max(25).nullable().default(null),
      /** Nonminor dependents may be served to 21, so the oldest age screened is its own answer. */
      maximumAge: z.number().int().min(0).max(25).nullable().default(null),
      timing: text(),
    }).prefault({}),
    /** 6. Reporting and immediate response. */
    reporting: section({
      /** Hours within which a written child-abuse report follows the telephone report. */
      writtenReportWithinHours: z.number().positive().nullable().default(null),
      /** Reports with no immediate risk may go through the county's internet-based system. */
      internetReporting: z.boolean().default(false),
      missingYouth: z
        .looseObject({
          noticeWithinHours: z.number().positive().nullable().default(null),
          notifies: z.array(z.enum(MISSING_YOUTH_CONTACTS)).default([]),
          /** Others notified, named: what "other" in `notifies` stands for. */
          otherContacts: z.array(boundedText()).default([]),
        })
        .prefault({}),
      /** A missing child believed to be, or at risk of being, commercially sexually exploited. */
      missingCseReport: z
        .looseObject({
          reportWithinHours: z.number().positive().nullable().default(null),
          reportsTo: z.array(z.enum(MISSING_CSE_RECIPIENTS)).default([]),
        })
        .prefault({}),
      /** WIC 16501.35(a)(2): identified youth documented in the statewide system. */
      documentation: z
        .looseObject({
          childWelfare: z.boolean().default(false),
          probation: z.boolean().default(false),
        })
        .prefault({}),
    }).prefault({}),
    /** 7. Multidisciplinary teams (the tiers themselves are `mdtTiers` on the draft). */
    mdt: section({}).prefault({}),
    /** 8. Services to exploited children and youth. */
    services: section({
      offered: z
        .array(z.looseObject({ name: text(), providerAgencyId: z.string().nullable().default(null), description: text() }))
        .default([]),
    }).prefault({}),
    /** 9. Roles and responsibilities (each agency's own text is on the agency). */
    roles: section({}).prefault({}),
    /** 10. Information sharing and confidentiality. */
    informationSharing: section({
      authorities: z.array(z.enum(INFO_SHARING_AUTHORITIES)).default([]),
      otherAuthorities: z.array(boundedText()).default([]),
    }).prefault({}),
    /** 11. Training. */
    training: section({
      audiences: z.array(z.enum(TRAINING_AUDIENCES)).default([]),
      /** Other audiences, named: what "other" in `audiences` stands for. */
      otherAudiences: z.array(boundedText()).default([]),
      frequency: text(),
    }).prefault({}),
    /** 12. Data collection and evaluation. */
    data: section({ measures: z.array(boundedText()).default([]) }).prefault({}),
    /** 13. Funding and allowable uses. */
    funding: section({}).prefault({}),
    /** 14. Dispute resolution, amendment, term and termination. */
    administration: section({ disputeResolution: text(), amendment: text(), termination: text() }).prefault({}),
  })
  .prefault({});

export type Sections = z.infer<typeof sectionsSchema>;
/** The outline's sections that hold answers, in order (signatures are built from the agencies). */
export const SECTION_KEYS = [
  'purpose', 'definitions', 'principles', 'governance', 'identification', 'reporting', 'mdt',
  'services', 'roles', 'informationSharing', 'training', 'data', 'funding', 'administration',
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** Outline order and headings (sb855-requirements.md §6). Signatures are built from the agencies. */
export const SECTION_OUTLINE: ReadonlyArray<{ key: SectionKey | 'signatures'; number: number; title: string }> = [
  { key: 'purpose', number: 1, title: 'Parties, purpose and legal authority' },
  { key: 'definitions', number: 2, title: 'Definitions' },
  { key: 'principles', number: 3, title: 'Guiding principles' },
  { key: 'governance', number: 4, title: 'Governance' },
  { key: 'identification', number: 5, title: 'Identification and screening' },
  { key: 'reporting', number: 6, title: 'Reporting and immediate response' },
  { key: 'mdt', number: 7, title: 'Multidisciplinary teams' },
  { key: 'services', number: 8, title: 'Services to exploited children and youth' },
  { key: 'roles', number: 9, title: 'Roles and responsibilities' },
  { key: 'informationSharing', number: 10, title: 'Information sharing and confidentiality' },
  { key: 'training', number: 11, title: 'Training' },
  { key: 'data', number: 12, title: 'Data collection and evaluation' },
  { key: 'funding', number: 13, title: 'Funding and allowable uses' },
  { key: 'administration', number: 14, title: 'Dispute resolution, amendment, term and termination' },
  { key: 'signatures', number: 15, title: 'Signatures' },
];

/** The last section of the body, before the signatures. */
const LAST_SECTION = SECTION_OUTLINE.filter((s) => s.key !== 'signatures').at(-1)!.key as SectionKey;

/**
 * The outline section an added section follows, and whose page lists it: the one it names, or for
 * one placed at the end of the body (`after` null), the last section before the signatures.
 */
export const sectionBefore = (added: { after: SectionKey | null }): SectionKey => added.after ?? LAST_SECTION;

/** The heading the MOU gives a section the committee added without a title. */
export const UNTITLED_SECTION_TITLE = 'Additional provisions';

/**
 * The sections the committee added that follow the outline section `key` and its page lists, in
 * the MOU's order: those placed after it, then, on the last section's page, those placed at the
 * end of the body.
 */
export function addedSectionsAfter<T extends { after: SectionKey | null }>(draft: { customSections: readonly T[] }, key: SectionKey): T[] {
  const on = draft.customSections.filter((section) => sectionBefore(section) === key);
  return [...on.filter((section) => section.after !== null), ...on.filter((section) => section.after === null)];
}

/**
 * A title as the MOU's headings are told apart: in any case, with any spacing, and with straight
 * or typographic quotes alike, as the documents print both the same (document/view/text.ts).
 */
export const headingKey = (title: string): string =>
  title.replace(/\s+/g, ' ').trim().toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');

/**
 * The number the MOU gives the outline section `key` in this draft: its number in the outline,
 * moved on by each section the committee added before it (addedSectionsAfter's order).
 */
export function mouSectionNumber(draft: { customSections: ReadonlyArray<{ after: SectionKey | null }> }, key: string): number | null {
  const at = SECTION_OUTLINE.findIndex((s) => s.key === key);
  if (at < 0) return null;
  const added = SECTION_OUTLINE.slice(0, at).reduce((count, s) => count + (s.key === 'signatures' ? 0 : addedSectionsAfter(draft, s.key).length), 0);
  return SECTION_OUTLINE[at]!.number + added;
}

/**
 * "Section 6. Reporting and immediate response", as the wizard's steps number the outline, or null
 * when the key is not in the outline. Given the draft, a section the MOU numbers otherwise, since
 * the committee added sections before it, says so: "Section 11. Training (section 12 in the MOU)".
 */
export function sectionLabel(key: string | undefined, draft?: Parameters<typeof mouSectionNumber>[0]): string | null {
  const section = key ? SECTION_OUTLINE.find((s) => s.key === key) : undefined;
  if (!section) return null;
  const inMou = draft ? mouSectionNumber(draft, section.key) : section.number;
  return `Section ${section.number}. ${section.title}${inMou === section.number ? '' : ` (section ${inMou} in the MOU)`}`;
}
