import { z } from 'zod';
import { agencySchema } from './agency';
import { commentSchema, sectionReviewSchema } from './comments';
import { CALIFORNIA_COUNTIES } from './counties';
import { boundedText, optionalDate, recordId, requiredText, text } from './fields';
import { mdtTierSchema } from './mdt';
import { SECTION_LANGUAGE_TAGS } from './languages';
import { SECTION_KEYS, sectionsSchema } from './sections';

export const PROTOCOL_KINDS = ['csec-program', 'companion'] as const;
export type ProtocolKind = (typeof PROTOCOL_KINDS)[number];

/** A section the committee adds to the outline, placed after one of the outline's sections. */
export const customSectionSchema = z.looseObject({
  id: recordId(),
  title: boundedText().default(''),
  /** Key of the outline section it follows, or null for the end of the body. */
  after: z.enum(SECTION_KEYS).nullable().default(null),
  text: text(),
  /**
   * The language its title and text are written in, when not the MOU's English; absent for
   * English. Absent rather than null, so that a draft saved before sections had a language keeps
   * its content hash.
   */
  lang: z.enum(SECTION_LANGUAGE_TAGS).optional(),
});

/** A warning the committee has read and decided to accept, with who decided and why. */
export const acknowledgementSchema = z.looseObject({
  ruleId: z.string().min(1),
  /** For per-county findings: which county's finding this accepts. */
  county: z.enum(CALIFORNIA_COUNTIES).nullable().default(null),
  /** For findings about one agency or MDT tier: its id, which survives reordering the list. */
  recordId: z.string().nullable().default(null),
  /** For findings about one field: which one. */
  path: z.string().nullable().default(null),
  /**
   * For findings about something that can change while its record and field stay (the title an
   * added section shares): what it was when accepted. Absent rather than null, so that drafts
   * saved before keep their content hash.
   */
  about: z.string().optional(),
  by: requiredText('Say who acknowledged the warning.'),
  reason: requiredText('Say why the warning is acceptable.'),
  on: optionalDate(),
});

/**
 * A county's own approval blocks on the signature pages, as many county agreements carry: County
 * Counsel's approval as to form, and the Board of Supervisors (its chair's signature and the
 * clerk's attestation). A county practice, not a requirement of SB 855.
 */
export const countyApprovalSchema = z.looseObject({
  county: z.enum(CALIFORNIA_COUNTIES),
  countyCounsel: z.boolean().default(false),
  boardOfSupervisors: z.boolean().default(false),
});

/**
 * The coordinator's certification that the draft's text is final: its content hash when
 * certified (content-hash.ts), who certified and when. While it stands, the text is locked: an
 * edit is refused until the coordinator starts a new version, which removes it.
 */
export const certificationSchema = z.looseObject({
  contentHash: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'A content hash is "sha256:" and 64 hexadecimal digits.'),
  by: requiredText('Say who certified the draft as final.'),
  on: z.iso.date({ message: 'Use a real calendar date written as YYYY-MM-DD.' }),
});

/**
 * Where the signing of the MOU stands for one signing agency: signed on a date, or pending while
 * `signedOn` is null; `textHash`, the content hash of the text it signed (content-hash.ts), so
 * that a signature does not carry over to a text changed since. Absent (not null) in drafts saved
 * before it was recorded, whose signatures are read as of the text certified.
 */
export const signatureStatusSchema = z.looseObject({
  agencyId: z.string().regex(/\S/, 'Name the agency by its id.'),
  signedOn: optionalDate(),
  textHash: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'A text hash is "sha256:" and 64 hexadecimal digits.').optional(),
});

/**
 * A signing agency's approval of the text that binds it (its counsel's, usually), recorded
 * against that text's hash (content-hash.ts, `bindingHash`): when the text changes, the approval
 * is out of date and the agency must approve again.
 */
export const approvalSchema = z.looseObject({
  agencyId: z.string().regex(/\S/, 'Name the agency by its id.'),
  by: requiredText('Say who approved the text for the agency.'),
  on: z.iso.date({ message: 'Use a real calendar date written as YYYY-MM-DD.' }),
  textHash: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'A text hash is "sha256:" and 64 hexadecimal digits.'),
});

export const draftSchema = z.looseObject({
  title: z.string().default('Interagency Protocol for Commercially Sexually Exploited Children'),
  /** One county, or several for a regional protocol (for example a tri-county region). */
  counties: z.array(z.enum(CALIFORNIA_COUNTIES)).default([]),
  /** The county's interagency protocol (its CSEC Program protocol when it takes part) or a companion protocol for one setting. */
  kind: z.enum(PROTOCOL_KINDS).default('csec-program'),
  /** For a companion protocol: the setting it covers, such as "Juvenile hall". */
  companionSetting: text(),
  /**
   * Whether the county (or counties) elected to receive CSEC Program funds; for a regional
   * protocol, the answer of every county not in `countiesNotInCsecProgram` (program.ts).
   */
  participatesInCsecProgram: z.boolean().default(true),
  /**
   * A regional protocol's counties that have not elected the program while the others have
   * (WIC 16524.8 binds "each county electing"). Read only where the app asks it (program.ts).
   * Absent rather than empty, so that drafts saved before it keep their content hash.
   */
  countiesNotInCsecProgram: z.array(z.enum(CALIFORNIA_COUNTIES)).optional(),
  /** Decides whether the office of education and sheriff are required (WIC 16524.8(c)). */
  firstDevelopedOn: optionalDate(),
  /** The latest revision; counties re-apply for funds each year and revise as they go. */
  lastRevisedOn: optionalDate(),
  effectiveOn: optionalDate(),
  endsOn: optionalDate(),
  noEndDate: z.boolean().default(false),
  agencies: z.array(agencySchema).default([]),
  mdtTiers: z.array(mdtTierSchema).default([]),
  sections: sectionsSchema,
  customSections: z.array(customSectionSchema).default([]),
  acknowledgements: z.array(acknowledgementSchema).default([]),
  /** Per county, the approval blocks its signature pages carry (none unless chosen). */
  countyApprovals: z.array(countyApprovalSchema).default([]),
  /**
   * Whether the MOU carries the compliance crosswalk as Exhibit A. The crosswalk is always in the
   * compliance report, a document of its own; the agreement the Parties sign holds it only when
   * the committee chooses.
   */
  complianceExhibit: z.boolean().default(false),
  /** Set when the coordinator certifies the text as final; null for a draft still being written. */
  certification: certificationSchema.nullable().default(null),
  /** Who has signed the MOU, per signing agency; an agency not listed has not signed yet. Not part of the text. */
  signatures: z.array(signatureStatusSchema).default([]),
  /** Each signing agency's approval of the text that binds it; not part of the text. */
  approvals: z.array(approvalSchema).default([]),
  /** Reviewers' comments and the committee's replies; not part of the text. */
  comments: z.array(commentSchema).default([]),
  /** Each reviewer's latest verdict per section; not part of the text. */
  sectionReviews: z.array(sectionReviewSchema).default([]),
});

export type Draft = z.infer<typeof draftSchema>;
export type Certification = z.infer<typeof certificationSchema>;
export type SignatureStatus = z.infer<typeof signatureStatusSchema>;
export type Approval = z.infer<typeof approvalSchema>;

export type DraftInput = z.input<typeof draftSchema>;
export type CustomSection = z.infer<typeof customSectionSchema>;
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;
export type CountyApproval = z.infer<typeof countyApprovalSchema>;
