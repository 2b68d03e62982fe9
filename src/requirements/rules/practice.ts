import { listInWords } from '../../lib/words';
import type { Rule } from '../types';

const screening: Rule = {
  id: 'screening',
  title: 'Identification says who screens, whom, when and with what tool',
  citation: 'WIC 16501.35(a)(1); practice',
  severity: 'warning',
  section: 'identification',
  check(draft) {
    const id = draft.sections.identification;
    const gaps = [
      id.screenedBy.trim() === '' ? ['who screens', 'screenedBy'] : null,
      id.population.trim() === '' && id.minimumAge === null ? ['which children and youth are screened', 'population'] : null,
      id.timing.trim() === '' ? ['when screening happens', 'timing'] : null,
      id.screeningTool.trim() === '' ? ['which screening tool is used', 'screeningTool'] : null,
    ].filter((gap): gap is [string, string] => gap !== null);
    if (gaps.length === 0) return [];
    return [{
      section: 'identification',
      path: `sections.identification.${gaps[0]![1]}`,
      message: `The identification section does not say ${listInWords(gaps.map((g) => g[0]))}. Child welfare and probation must have policies to identify children who are or are at risk of being commercially sexually exploited.`,
    }];
  },
};

const documentation: Rule = {
  id: 'documentation',
  title: 'Identified youth are documented in the statewide system',
  citation: 'WIC 16501.35(a)(2)',
  severity: 'warning',
  section: 'reporting',
  check(draft) {
    const doc = draft.sections.reporting.documentation;
    const gaps = [doc.childWelfare ? null : 'child welfare', doc.probation ? null : 'probation'].filter(Boolean);
    if (gaps.length === 0) return [];
    return [{
      section: 'reporting',
      path: 'sections.reporting.documentation',
      message: `The protocol does not say that ${gaps.join(' and ')} ${gaps.length > 1 ? 'document' : 'documents'} identified youth in the statewide child welfare information system.`,
    }];
  },
};

const REQUIRED_MISSING_CONTACTS = [
  { key: 'law-enforcement', label: 'local law enforcement' },
  { key: 'parents-guardians', label: 'parents or guardians' },
  { key: 'indian-custodian-and-tribe', label: "an Indian child's custodian and Tribe" },
  { key: 'ncmec', label: 'the National Center for Missing and Exploited Children' },
] as const;

const missingYouth: Rule = {
  id: 'missing-youth',
  title: 'Missing-from-care notice within 24 hours to the people the law names',
  citation: 'WIC 16501.35(b); AB 2108 and AB 161 (2024), per CDSS',
  severity: 'blocking',
  section: 'reporting',
  severityNote: 'Blocking when the stated timeline is longer than 24 hours; a warning when no timeline is stated or a required contact is not named.',
  check(draft) {
    const missing = draft.sections.reporting.missingYouth;
    const path = 'sections.reporting.missingYouth';
    const findings = [];
    if (missing.noticeWithinHours === null) {
      findings.push({ severity: 'warning' as const, section: 'reporting', path: `${path}.noticeWithinHours`,
        message: 'The protocol does not state how quickly people are notified when a youth is missing from care. Notice is due immediately and no later than 24 hours.' });
    } else if (missing.noticeWithinHours > 24) {
      findings.push({ severity: 'blocking' as const, section: 'reporting', path: `${path}.noticeWithinHours`,
        message: `The protocol allows ${missing.noticeWithinHours} hours to give notice that a youth is missing from care; the law requires notice immediately and no later than 24 hours. Change the timeline to 24 hours or less.` });
    }
    const absent = REQUIRED_MISSING_CONTACTS.filter((c) => !missing.notifies.includes(c.key));
    if (absent.length > 0) {
      findings.push({ severity: 'warning' as const, section: 'reporting', path: `${path}.notifies`,
        message: `The missing-youth procedure does not name ${listInWords(absent.map((c) => c.label), 'or')} among those notified.` });
    }
    return findings;
  },
};

const mandatedReport: Rule = {
  id: 'mandated-report',
  title: 'Written child-abuse report within 36 hours',
  citation: 'PC 11166(a)',
  severity: 'blocking',
  section: 'reporting',
  severityNote: 'Blocking only when a stated timeline contradicts the law.',
  check(draft) {
    const hours = draft.sections.reporting.writtenReportWithinHours;
    if (hours === null || hours <= 36) return [];
    return [{
      section: 'reporting',
      path: 'sections.reporting.writtenReportWithinHours',
      message: `The protocol allows ${hours} hours for the written child-abuse report; a mandated reporter must report by telephone immediately or as soon as practicably possible and send the written report within 36 hours. Change it to 36 hours or less.`,
    }];
  },
};

const infoSharing: Rule = {
  id: 'info-sharing',
  title: 'A legal authority for sharing information is cited',
  citation: 'WIC 18961.7; PC 13753; WIC 827; WIC 10850; WIC 5328',
  severity: 'warning',
  section: 'informationSharing',
  check(draft) {
    const sharing = draft.sections.informationSharing;
    if (sharing.authorities.length > 0 || sharing.otherAuthorities.some((a) => a.trim() !== '')) return [];
    return [{
      section: 'informationSharing',
      path: 'sections.informationSharing.authorities',
      message: 'The information-sharing section cites no legal authority for sharing confidential information. Choose the authorities the team relies on, such as WIC 18961.7 for a child abuse multidisciplinary team.',
    }];
  },
};

const training: Rule = {
  id: 'training',
  title: "Training covers county children's services workers and foster caregivers",
  citation: 'WIC 16524.7(a)(3)',
  severity: 'warning',
  section: 'training',
  check(draft) {
    const audiences = draft.sections.training.audiences;
    const absent = [
      audiences.includes('county-childrens-services-workers') ? null : "county children's services workers",
      audiences.includes('foster-caregivers') ? null : 'foster caregivers',
    ].filter(Boolean);
    if (absent.length === 0) return [];
    return [{
      section: 'training',
      path: 'sections.training.audiences',
      message: `The training plan does not include ${absent.join(' or ')}, whom CSEC Program funds are meant to train.`,
    }];
  },
};

export const practiceRules: Rule[] = [screening, documentation, missingYouth, mandatedReport, infoSharing, training];
