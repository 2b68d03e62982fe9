import type { CADENCES } from './mdt';
import type { INFO_SHARING_AUTHORITIES, MISSING_CSE_RECIPIENTS, MISSING_YOUTH_CONTACTS, PRINCIPLES, TRAINING_AUDIENCES } from './sections';

/** Words for the choices a committee makes, shared by the forms and the generated MOU. */

export const PRINCIPLE_LABELS: Record<(typeof PRINCIPLES)[number], { label: string; meaning: string }> = {
  'victim-centered': { label: 'Victim-centered', meaning: 'the safety, needs and wishes of the child or youth come first in every decision' },
  'trauma-informed': { label: 'Trauma-informed', meaning: 'staff recognize the effects of trauma and avoid practices that re-traumatize' },
  multidisciplinary: { label: 'Multidisciplinary', meaning: 'agencies plan and act together rather than one at a time' },
  'culturally-competent': { label: 'Culturally competent', meaning: "services respect and respond to each youth’s culture, language, identity and community" },
  'survivor-informed': { label: 'Survivor-informed', meaning: 'the experience of survivors of exploitation shapes the response' },
  'strengths-based': { label: 'Strengths-based', meaning: "plans build on the youth’s own strengths and supports" },
  'developmentally-appropriate': { label: 'Developmentally appropriate', meaning: "services fit the youth’s age and stage of development" },
  'youth-driven': { label: 'Youth-driven', meaning: 'youth take part in the decisions that affect them' },
  'harm-reduction': { label: 'Harm reduction', meaning: 'staff meet youth where they are and reduce risk step by step, without conditions on help' },
};

export const MISSING_YOUTH_CONTACT_LABELS: Record<(typeof MISSING_YOUTH_CONTACTS)[number], string> = {
  'law-enforcement': 'local law enforcement',
  'parents-guardians': "the youth’s parents or guardians",
  'indian-custodian-and-tribe': "for an Indian child, the Indian custodian and the child’s Tribe",
  ncmec: 'the National Center for Missing and Exploited Children',
  'juvenile-court': 'the juvenile court',
  'youth-attorney': "the youth’s attorney",
  'parents-attorneys': 'the parents’ attorneys',
  casa: "the youth’s court-appointed special advocate (CASA)",
  'csec-advocate': "the youth’s CSEC advocate",
  other: 'others named in this section',
};

export const MISSING_CSE_RECIPIENT_LABELS: Record<(typeof MISSING_CSE_RECIPIENTS)[number], string> = {
  'law-enforcement': 'law enforcement, for entry into the National Crime Information Center (NCIC) database',
  ncmec: 'the National Center for Missing and Exploited Children (NCMEC)',
};

export const INFO_SHARING_LABELS: Record<(typeof INFO_SHARING_AUTHORITIES)[number], { citation: string; scope: string }> = {
  'wic-18961.7': { citation: 'Welfare and Institutions Code section 18961.7', scope: 'information shared within a child abuse multidisciplinary personnel team under a county protocol' },
  'pc-13753': { citation: 'Penal Code section 13753', scope: 'information shared within a human trafficking multidisciplinary team' },
  'wic-827': { citation: 'Welfare and Institutions Code section 827', scope: 'juvenile case files' },
  'wic-10850': { citation: 'Welfare and Institutions Code section 10850', scope: 'social services records' },
  'wic-5328': { citation: 'Welfare and Institutions Code section 5328', scope: 'mental health records' },
  hipaa: { citation: 'The Health Insurance Portability and Accountability Act (HIPAA) and its regulations', scope: 'protected health information' },
  '42-cfr-part-2': { citation: 'Title 42, Code of Federal Regulations, Part 2', scope: 'substance use disorder treatment records' },
};

export const TRAINING_AUDIENCE_LABELS: Record<(typeof TRAINING_AUDIENCES)[number], string> = {
  'county-childrens-services-workers': "county children’s services workers",
  'foster-caregivers': 'foster caregivers',
  'probation-officers': 'probation officers',
  'law-enforcement': 'law enforcement officers',
  educators: 'educators and school staff',
  'health-and-mental-health-providers': 'health and mental health providers',
  'court-personnel': 'court personnel',
  'service-providers': 'community service providers',
  other: 'others named in this section',
};

export const CADENCE_LABELS: Record<(typeof CADENCES)[number], string> = {
  weekly: 'weekly',
  'every-two-weeks': 'every two weeks',
  monthly: 'monthly',
  quarterly: 'quarterly',
  'as-needed': 'as needed',
};

export const REVIEW_CADENCE_LABELS = {
  annually: 'every year',
  'every-two-years': 'every two years',
  other: 'as set out in this section',
} as const;
