import { listInWords, plural } from '../../lib/words';
import { MISSING_CSE_RECIPIENT_LABELS, MISSING_YOUTH_CONTACT_LABELS } from '../../model';
import { statedDeadlines, timedDuties } from '../stated-deadlines';
import { noticeDue } from '../law/statute';
import type { RawFinding, Rule } from '../types';

const documentation: Rule = {
  id: 'documentation',
  title: 'Identified youth are documented in the statewide system',
  basis: 'statute',
  severity: 'warning',
  section: 'reporting',
  citation: (law) => law.documentation?.citation ?? null,
  check(draft, { law }) {
    const doc = draft.sections.reporting.documentation;
    const gaps = [doc.childWelfare ? null : 'child welfare', doc.probation ? null : 'probation'].filter(Boolean);
    if (gaps.length === 0) return [];
    return [{
      section: 'reporting',
      // At the first box not ticked, which the wizard's link focuses (the two boxes have no field of their own together).
      path: `sections.reporting.documentation.${doc.childWelfare ? 'probation' : 'childWelfare'}`,
      message: `The protocol does not say that ${gaps.join(' and ')} ${gaps.length > 1 ? 'document' : 'documents'} identified youth in ${law.documentation!.value.system}.`,
    }];
  },
};

const missingYouthNotice: Rule = {
  id: 'missing-youth-notice',
  title: 'Notice that a youth is missing from foster care, in time and to the people the law names',
  basis: 'statute',
  severity: 'blocking',
  section: 'reporting',
  citation: (law) => law.missingFromCare?.citation ?? null,
  check(draft, { law, config }) {
    const notice = law.missingFromCare!.value;
    const { hours, recipients: required } = notice;
    const missing = draft.sections.reporting.missingYouth;
    const path = 'sections.reporting.missingYouth';
    const findings: RawFinding[] = [];
    if (missing.noticeWithinHours === null) {
      findings.push({ severity: 'warning', section: 'reporting', path: `${path}.noticeWithinHours`,
        message: `The protocol does not state how quickly people are notified when a youth is missing from foster care. Notice is due ${noticeDue(notice)}.` });
    } else if (missing.noticeWithinHours > hours) {
      findings.push({ section: 'reporting', path: `${path}.noticeWithinHours`,
        message: `The protocol allows ${missing.noticeWithinHours} hours to give notice that a youth is missing from foster care; the law requires notice ${noticeDue(notice)}. Change the timeline to ${hours} hours or less.` });
    }
    const absent = required.filter((c) => !missing.notifies.includes(c));
    if (absent.length > 0) {
      findings.push({ severity: 'warning', section: 'reporting', path: `${path}.notifies`,
        message: `The missing-youth procedure does not name everyone the law requires to be told that a youth is missing from foster care. Add to those notified: ${listInWords(absent.map((k) => MISSING_YOUTH_CONTACT_LABELS[k]))}.` });
    }
    const expected = config.missingFromCareRecipients.filter((c) => !required.includes(c) && !missing.notifies.includes(c));
    if (expected.length > 0) {
      findings.push({ severity: 'warning', section: 'reporting', path: `${path}.notifies`, citation: 'County configuration (recipients beyond those the law names)',
        message: `The missing-youth procedure does not name everyone this county’s settings expect to be told that a youth is missing from foster care. Add to those notified: ${listInWords(expected.map((k) => MISSING_YOUTH_CONTACT_LABELS[k]))}.` });
    }
    return findings;
  },
};

const missingCseReport: Rule = {
  id: 'missing-cse-report',
  title: 'A missing child at risk of exploitation is reported to law enforcement and NCMEC in time',
  basis: 'statute',
  severity: 'blocking',
  section: 'reporting',
  citation: (law) => law.missingCseReport?.citation ?? null,
  check(draft, { law }) {
    const notice = law.missingCseReport!.value;
    const { hours, recipients: required } = notice;
    const report = draft.sections.reporting.missingCseReport;
    const path = 'sections.reporting.missingCseReport';
    const findings: RawFinding[] = [];
    if (report.reportWithinHours !== null && report.reportWithinHours > hours) {
      findings.push({ section: 'reporting', path: `${path}.reportWithinHours`,
        message: `The protocol allows ${report.reportWithinHours} hours to report a missing child believed to be, or at risk of being, commercially sexually exploited; the law requires the report ${noticeDue(notice)}. Change it to ${hours} hours or less.` });
    }
    const absent = required.filter((r) => !report.reportsTo.includes(r));
    if (absent.length > 0) {
      findings.push({ severity: 'warning', section: 'reporting', path: `${path}.reportsTo`,
        message: `The protocol does not say that a missing child believed to be, or at risk of being, commercially sexually exploited is reported to ${listInWords(absent.map((r) => MISSING_CSE_RECIPIENT_LABELS[r]))}, as the law requires within ${hours} hours.` });
    }
    return findings;
  },
};

const mandatedReport: Rule = {
  id: 'mandated-report',
  title: 'Written child-abuse report within the time the law allows',
  basis: 'statute',
  severity: 'blocking',
  section: 'reporting',
  citation: (law) => (law.writtenReport ? `${law.writtenReport.citation}${law.internetReporting ? `; ${law.internetReporting.citation}` : ''}` : null),
  check(draft, { law }) {
    const { hours: limit, firstReport } = law.writtenReport!.value;
    const hours = draft.sections.reporting.writtenReportWithinHours;
    if (hours === null || hours <= limit) return [];
    return [{
      section: 'reporting',
      path: 'sections.reporting.writtenReportWithinHours',
      message: `The protocol allows ${hours} hours for the written child-abuse report; a mandated reporter must report ${firstReport} and send the written report within ${limit} hours. Change it to ${limit} hours or less.`,
    }];
  },
};

const statedTimelines: Rule = {
  id: 'stated-timelines',
  title: "Deadlines written in a section’s text agree with the law and with the protocol’s answers",
  basis: 'statute',
  severity: 'warning',
  section: 'reporting',
  citation: (law) => [law.writtenReport, law.missingFromCare, law.missingCseReport].filter((p) => p !== null).map((p) => p.citation).join('; ') || null,
  check(draft, { law }) {
    const duties = timedDuties(draft, law);
    // One finding per text, so that each finding has its own identity (rule and field).
    const byText = new Map<string, { section: string; recordId?: string; problems: string[]; citations: Set<string> }>();
    for (const stated of statedDeadlines(draft)) {
      const duty = duties[stated.duty];
      if (!duty.limit) continue;
      const said = (figure: string) => `The text says ${figure} for ${duty.words} (“${stated.sentence}”)`;
      const problem = stated.businessDays !== undefined
        // A business day has no fixed length: over a weekend or a holiday it runs past any limit in hours.
        ? `${said(plural(stated.businessDays, 'business day'))}: at least ${stated.hours} hours, and more over a weekend or a holiday; the law allows at most ${duty.limit.hours} hours.`
        : stated.hours > duty.limit.hours
          ? `${said(`${stated.hours} hours`)}; the law allows at most ${duty.limit.hours} hours.`
          : duty.answer !== null && stated.hours !== duty.answer ? `${said(`${stated.hours} hours`)}, but the protocol’s answer is ${duty.answer} hours.` : null;
      if (problem === null) continue;
      const entry = byText.get(stated.path) ?? { section: stated.section, recordId: stated.recordId, problems: [], citations: new Set<string>() };
      entry.problems.push(problem);
      entry.citations.add(duty.limit.citation);
      byText.set(stated.path, entry);
    }
    return [...byText].map(([path, { section, recordId, problems, citations }]): RawFinding => ({
      section,
      ...(recordId ? { recordId } : {}),
      path,
      citation: [...citations].join('; '),
      message: `${problems.join(' ')} Change the text or the answer so the MOU states one deadline for each duty, within the law.`,
    }));
  },
};

export const reportingRules: Rule[] = [documentation, missingYouthNotice, missingCseReport, mandatedReport, statedTimelines];
