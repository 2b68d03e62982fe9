import type { Partner, Statute } from './statute';

// The partners SB 855 named (2014). Its enactment date is not pinned here: no protocol this
// product checks predates it, so its period starts with `from: null`.
const ORIGINAL_PARTNERS: Partner[] = [
  { role: 'probation', ruleId: 'partner-probation', citation: 'WIC 16524.8(a)(1)(A)', name: 'the county probation department' },
  { role: 'mental-health', ruleId: 'partner-mental-health', citation: 'WIC 16524.8(a)(1)(B)', name: 'the county mental health department' },
  { role: 'public-health', ruleId: 'partner-public-health', citation: 'WIC 16524.8(a)(1)(C)', name: 'the county public health department' },
  { role: 'juvenile-court', ruleId: 'partner-juvenile-court', citation: 'WIC 16524.8(a)(1)(D)', name: 'the juvenile court in the county' },
];

// AB 1227 (Stats. 2017, ch. 558), in force 2018-01-01, added two partners; 16524.8(c) lets a
// protocol developed before then leave them out until it is revised.
const AB_1227_PARTNERS: Partner[] = [
  { role: 'county-office-of-education', ruleId: 'partner-education', citation: 'WIC 16524.8(a)(1)(E)', name: 'the county office of education', earlierProtocolsMayOmit: 'WIC 16524.8(c)' },
  { role: 'sheriff', ruleId: 'partner-sheriff', citation: 'WIC 16524.8(a)(1)(F)', name: "the county sheriff’s department", earlierProtocolsMayOmit: 'WIC 16524.8(c)' },
];

const LEAD = { role: 'human-services', name: 'the county human services department', citation: 'WIC 16524.8(a)(1)' } as const;

/**
 * California law as this product applies it (sb855-requirements.md §2, §3 and §5). Every number,
 * date and list a check enforces or the MOU states is here, once, with its citation.
 */
export const CALIFORNIA: Statute = {
  program: {
    description: 'The Commercially Sexually Exploited Children Program; its protocol duty binds counties that elect to receive its funds.',
    periods: [{ from: null, value: { name: 'Commercially Sexually Exploited Children Program', sections: 'Welfare and Institutions Code sections 16524.6 through 16524.11', protocolSection: 'WIC 16524.8' }, citation: 'WIC 16524.8(a)(1)' }],
  },
  programFunds: {
    description: 'What CSEC Program funds may be used for.',
    periods: [{ from: null, value: null, citation: 'WIC 16524.7' }],
  },
  team: {
    description: 'The team that develops the protocol: its lead and the partners it must include.',
    periods: [
      { from: null, value: { lead: LEAD, partners: ORIGINAL_PARTNERS }, citation: 'WIC 16524.8(a)(1), as enacted by SB 855 (2014)' },
      { from: '2018-01-01', value: { lead: LEAD, partners: [...ORIGINAL_PARTNERS, ...AB_1227_PARTNERS] }, citation: 'WIC 16524.8(a)(1), as amended by AB 1227 (Stats. 2017, ch. 558)' },
    ],
  },
  teamMayInclude: {
    description: 'Members the team may include besides the required partners.',
    periods: [{ from: null, value: ['local-education-agency', 'local-law-enforcement', 'survivor-organization', 'service-provider'], citation: 'WIC 16524.8(a)(2)' }],
  },
  services: {
    description: 'The protocol addresses the provision of services to exploited children within WIC 300.',
    periods: [{ from: null, value: { within: 'WIC 300' }, citation: 'WIC 16524.8(b); WIC 300(b)(2)' }],
  },
  exploitedChildren: {
    description: 'Who is a commercially sexually exploited child within WIC 300(b): served through child welfare as a victim.',
    periods: [{
      from: null,
      value: {
        describedIn: 'WIC 300(b)',
        who: 'a child who has been sexually trafficked as described in Penal Code section 236.1, or who receives food or shelter in exchange for, or is paid to perform, sexual acts described in Penal Code section 236.1 or 11165.1, and whose parent or guardian failed to, or was unable to, protect the child',
      },
      citation: 'WIC 300(b)(2)',
    }],
  },
  mdtFunctions: {
    description: 'What the multidisciplinary team approach provides.',
    periods: [{
      from: null,
      value: [
        { key: 'caseManagement', name: 'coordinated case management' },
        { key: 'servicePlanning', name: 'service planning' },
        { key: 'services', name: 'services' },
      ],
      citation: 'WIC 16524.8(b)',
    }],
  },
  identification: {
    description: 'Child welfare and probation have policies to identify children who are, or are at risk of being, commercially sexually exploited.',
    periods: [{ from: null, value: null, citation: 'WIC 16501.35(a)(1)' }],
  },
  documentation: {
    description: 'Child welfare and probation document identified children in the statewide system.',
    // AB 2108 deleted the old "on or before September 29, 2016" wording: the duty is ongoing.
    periods: [{ from: null, value: { system: 'the statewide child welfare information system' }, citation: 'WIC 16501.35(a)(2)' }],
  },
  missingFromCare: {
    description: 'Notice that a child receiving child welfare services is missing from foster care.',
    // A 2024 statute without an urgency clause takes effect on January 1, 2025 (Cal. Const.,
    // art. IV, § 8(c)). The subdivision numbers are not verified, so the citation names the section.
    periods: [{
      from: '2025-01-01',
      value: {
        hours: 24,
        immediately: true,
        recipients: ['law-enforcement', 'parents-guardians', 'indian-custodian-and-tribe'],
        meaning: 'a child in foster care whose whereabouts are unknown, or who is at a location the court has not approved that may pose a risk to the child; a nonminor dependent is missing from foster care only when the absence is not voluntary or the nonminor dependent is at risk of substantial harm',
      },
      citation: 'WIC 16501.35, as amended by AB 2108 (Stats. 2024, ch. 660)',
    }],
  },
  missingCseReport: {
    description: 'Report of a missing child believed to be, or at risk of being, a victim of commercial sexual exploitation.',
    // Pin cite not verified: CDSS cites PC 11166(j)(3); the federal source is SSA 471(a)(35)(B).
    periods: [{ from: null, value: { hours: 24, immediately: true, recipients: ['law-enforcement', 'ncmec'] }, citation: 'PC 11166 (CDSS: 11166(j)(3)); P.L. 113-183' }],
  },
  writtenReport: {
    description: "A mandated reporter’s written report, after the telephone report.",
    periods: [{
      from: null,
      value: { hours: 36, reportTo: 'an agency specified in Penal Code section 11165.9', firstReport: 'by telephone immediately or as soon as practicably possible' },
      citation: 'PC 11166(a)',
    }],
  },
  internetReporting: {
    description: "Reports with no immediate risk may go through the county’s internet-based reporting system.",
    periods: [{ from: null, value: null, citation: 'PC 11166.02' }],
  },
  mdtInformationWindow: {
    description: 'How long after a report of suspected abuse a child abuse MDT may share information without showing good cause.',
    periods: [{ from: null, value: { days: 30 }, citation: 'WIC 18961.7' }],
  },
  training: {
    description: 'Training the CSEC Program funds.',
    periods: [{ from: null, value: { audiences: ['county-childrens-services-workers', 'foster-caregivers'] }, citation: 'WIC 16524.7(a)(3)' }],
  },
  minorsNotCharged: {
    description: 'Prostitution offences that do not apply to a person under 18.',
    // SB 1322 (2016) took effect on January 1, 2017; its chaptered text is not verified, so the
    // rule built on it warns and never blocks.
    periods: [{ from: '2017-01-01', value: { offences: ['PC 647(b)', 'PC 653.22'], underAge: 18 }, citation: 'SB 1322 (2016): PC 647(b) and 653.22 do not apply to minors' }],
  },
};
