import { SECTION_KEYS, sectionBefore, type Draft } from '../model';
import type { LawInForce } from './law/statute';
import { findStatedHours, type StatedHours, type TimedDuty } from './text/stated-hours';

export type { TimedDuty } from './text/stated-hours';

/** A deadline the committee wrote in a section's free text, with where it stands. */
export interface StatedDeadline extends StatedHours {
  path: string;
  section: string;
  /** The added section whose text states it: its id outlives its place in the list. */
  recordId?: string;
}

/** Every free text of the draft (sections' text and added sections), with its path and section. */
function freeTexts(draft: Draft): Array<{ path: string; section: string; text: string; recordId?: string }> {
  const sections = SECTION_KEYS.map((key) => ({ path: `sections.${key}.text`, section: key, text: draft.sections[key].text }));
  const added = draft.customSections.map((c, i) => ({ path: `customSections.${i}.text`, section: sectionBefore(c), text: c.text, recordId: c.id }));
  return [...sections, ...added];
}

/** Deadlines stated in the committee's own words, which the checks and the MOU must reconcile. */
export function statedDeadlines(draft: Draft): StatedDeadline[] {
  return freeTexts(draft).flatMap(({ text, ...where }) => findStatedHours(text).map((stated) => ({ ...stated, ...where })));
}

/** Each timed duty: its limit in law, the structured answer, and words for messages. */
export function timedDuties(draft: Draft, law: LawInForce) {
  const reporting = draft.sections.reporting;
  const duties: Record<TimedDuty, { words: string; limit: { hours: number; citation: string } | null; answer: number | null }> = {
    'written-report': {
      words: 'the written child-abuse report',
      limit: law.writtenReport && { hours: law.writtenReport.value.hours, citation: law.writtenReport.citation },
      answer: reporting.writtenReportWithinHours,
    },
    'missing-from-care-notice': {
      words: 'notice that a youth is missing from foster care',
      limit: law.missingFromCare && { hours: law.missingFromCare.value.hours, citation: law.missingFromCare.citation },
      answer: reporting.missingYouth.noticeWithinHours,
    },
    'missing-cse-report': {
      words: 'the report of a missing child at risk of exploitation',
      limit: law.missingCseReport && { hours: law.missingCseReport.value.hours, citation: law.missingCseReport.citation },
      answer: reporting.missingCseReport.reportWithinHours,
    },
  };
  return duties;
}
