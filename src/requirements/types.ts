import type { Draft } from '../model';

export type Severity = 'blocking' | 'warning' | 'info';

/** One thing the committee should look at: what is missing, under which law, and where to fix it. */
export interface Finding {
  ruleId: string;
  title: string;
  severity: Severity;
  citation: string;
  message: string;
  /** For rules checked county by county in a regional protocol. */
  county?: string;
  /** Dotted path of the field to fix, e.g. "sections.reporting.missingYouth.noticeWithinHours". */
  path?: string;
  /** Id of the agency or MDT tier the finding is about; unlike a path it survives reordering. */
  recordId?: string;
  /** Outline section key where the fix belongs, e.g. "reporting" (see SECTION_OUTLINE). */
  section?: string;
  /** Set when the committee accepted this warning; blocking findings are never acknowledged. */
  acknowledged?: { by: string; reason: string; on: string | null };
}

export interface CheckContext {
  /** Today's date (YYYY-MM-DD); pinned in tests so that findings do not change with the calendar. */
  today: string;
  config: CheckConfig;
}

/**
 * Numbers that come from practice or unverified sources rather than statute, kept configurable
 * (sb855-requirements.md: never hard-code UNVERIFIED facts).
 */
export interface CheckConfig {
  /** Warn when the protocol ends within this many days. Practice, not law. */
  endingSoonDays: number;
}

export type RawFinding = Omit<Finding, 'ruleId' | 'title' | 'citation' | 'severity' | 'section' | 'acknowledged'> & {
  severity?: Severity;
  citation?: string;
  section?: string;
};

/** A statutory or practice check as data (OpenFisca-style: every rule carries its reference). */
export interface Rule {
  id: string;
  title: string;
  citation: string;
  /** The most severe finding the rule can give. */
  severity: Severity;
  /** Outline section key where the protocol meets this requirement (the crosswalk's column). */
  section: string;
  /** How severity depends on dates or on what the draft states, in words, for the README and help. */
  severityNote?: string;
  /** Dates between which the underlying law applies to a protocol, by its first-developed date. */
  effective?: { from?: string; to?: string; note: string };
  check(draft: Draft, context: CheckContext): RawFinding[];
}
