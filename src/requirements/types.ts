import type { Draft, MissingYouthContact } from '../model';
import type { LawInForce, Statute } from './law/statute';
import type { NotBound } from './scope';

export type Severity = 'blocking' | 'warning' | 'info';

/**
 * Whether a rule enforces law or recommended practice (documents for a board keep them apart), or
 * only asks that the draft be complete enough to be one protocol (not shown in the crosswalk).
 */
export type Basis = 'statute' | 'practice' | 'completeness';

/** One thing the committee should look at: what is missing, under which law, and where to fix it. */
export interface Finding {
  ruleId: string;
  title: string;
  severity: Severity;
  citation: string;
  message: string;
  /** Why the finding has this severity when that depends on the protocol: shown beside the message. */
  note?: string;
  /**
   * The law under which what the finding asks is recommended but not required of this protocol
   * ("WIC 16524.8(c)": a protocol first developed before a partner was added may leave it out).
   */
  notRequiredBy?: string;
  /** For rules checked county by county in a regional protocol. */
  county?: string;
  /** Dotted path of the field to fix, e.g. "sections.reporting.missingYouth.noticeWithinHours". */
  path?: string;
  /** Id of the agency or MDT tier the finding is about; unlike a path it survives reordering. */
  recordId?: string;
  /**
   * What the finding is about beyond its record and field, where that can change while they stay
   * (the title an added section shares with another section): an acknowledgement made while it
   * was one thing does not accept the finding once it is another.
   */
  about?: string;
  /** Outline section key where the fix belongs, e.g. "reporting" (see SECTION_OUTLINE). */
  section?: string;
  /** Set when the committee accepted this warning; blocking findings are never acknowledged. */
  acknowledged?: { by: string; reason: string; on: string | null };
}

export interface CheckContext {
  /** Today's date (YYYY-MM-DD); pinned in tests so that findings do not change with the calendar. */
  today: string;
  config: CheckConfig;
  /** The law on `today`: every number, date and list a rule enforces comes from here. */
  law: LawInForce;
  /** The whole statute over time, for facts keyed to another date (when the protocol was first developed). */
  statute: Statute;
}

/**
 * Numbers that come from practice or unverified sources rather than statute, kept configurable
 * (sb855-requirements.md: never hard-code UNVERIFIED facts).
 */
export interface CheckConfig {
  /** Warn when the protocol ends within this many days. Practice, not law. */
  endingSoonDays: number;
  /**
   * Recipients of the missing-from-care notice a county expects beyond those the law names (the
   * bill's author also named parents' attorneys, CASA and the court). Warned about, never blocked.
   */
  missingFromCareRecipients: MissingYouthContact[];
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
  basis: Basis;
  /** The most severe finding the rule can give. */
  severity: Severity;
  /** Outline section key where the protocol meets this requirement (the crosswalk's column). */
  section: string;
  /**
   * WIC 16524.8 binds only the CSEC Program protocol of a county that elected the program: for a
   * companion protocol or a county outside the program such a rule gives advice, never a block.
   */
  programProtocolOnly?: boolean;
  /** Whether the rule is checked county by county in a regional protocol (each finding names its county). */
  perCounty?: boolean;
  /**
   * Why the rule gives only advice where it does not bind, when that is not WIC 16524.8's reach
   * (scope.ts says that); `citation` is the rule's own, `hasNot` who has not elected the program
   * ("this county has not", scope.ts `notElectedWords`).
   */
  notBoundNote?(reason: NotBound, citation: string, hasNot: string): string;
  /** The rule's citation on the day checked, read from the statute; null when its law is not in force that day. */
  citation(law: LawInForce): string | null;
  check(draft: Draft, context: CheckContext): RawFinding[];
}
