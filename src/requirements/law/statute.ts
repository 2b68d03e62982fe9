import type { AgencyRole, MdtFunction, MissingYouthContact, TrainingAudience } from '../../model';
import type { Parameter, Period } from './parameter';

/** A partner agency the statute names as a member of the team that develops the protocol. */
export interface Partner {
  role: AgencyRole;
  /** The check that this partner took part, one per partner so findings can be accepted one by one. */
  ruleId: string;
  citation: string;
  /** As the statute names it: "the county probation department". */
  name: string;
  /**
   * The law that lets a protocol first developed before this partner was required leave it out
   * until the protocol is revised (WIC 16524.8(c) for the partners AB 1227 added).
   */
  earlierProtocolsMayOmit?: string;
}

export interface Team {
  /** Who leads the team, with the citation that says so. */
  lead: { role: AgencyRole; name: string; citation: string };
  partners: readonly Partner[];
}

/** A time limit and who must be told within it. */
export interface Notice<Recipient extends string> {
  hours: number;
  /** Due at once, with `hours` as the latest ("immediately, and in no case later than 24 hours"). */
  immediately: boolean;
  recipients: readonly Recipient[];
}

/** "immediately and in no case later than 24 hours", or "within 24 hours": when a notice is due. */
export const noticeDue = (notice: Pick<Notice<string>, 'hours' | 'immediately'>): string =>
  notice.immediately ? `immediately and in no case later than ${notice.hours} hours` : `within ${notice.hours} hours`;

/**
 * The statutory facts the checks and the MOU rely on, each kept once as a dated parameter. A
 * later text of the law is a new period of the parameters it changes (see amendStatute).
 */
export interface Statute {
  /** WIC 16524.6–16524.11: the CSEC Program, and the counties its protocol duty binds. */
  program: Parameter<{ name: string; sections: string; protocolSection: string }>;
  /** WIC 16524.7: what program funds are for. */
  programFunds: Parameter<null>;
  /** WIC 16524.8(a)(1): who leads the team and which partners are on it. */
  team: Parameter<Team>;
  /** WIC 16524.8(a)(2): members the team may include. */
  teamMayInclude: Parameter<readonly AgencyRole[]>;
  /** WIC 16524.8(b): the protocol addresses services to exploited children within WIC 300. */
  services: Parameter<{ within: string }>;
  /** WIC 300(b)(2) (SB 855): who is a commercially sexually exploited child within WIC 300(b). */
  exploitedChildren: Parameter<{ who: string; describedIn: string }>;
  /** WIC 16524.8(b): what the multidisciplinary team approach provides. */
  mdtFunctions: Parameter<ReadonlyArray<{ key: MdtFunction; name: string }>>;
  /** WIC 16501.35: child welfare and probation policies to identify exploited children. */
  identification: Parameter<null>;
  /** WIC 16501.35: identified children are documented in the statewide system. */
  documentation: Parameter<{ system: string }>;
  /** WIC 16501.35 as amended by AB 2108: notice that a child is missing from foster care. */
  missingFromCare: Parameter<Notice<MissingYouthContact> & { meaning: string }>;
  /** A missing child believed to be, or at risk of being, a CSE victim: report to law enforcement and NCMEC. */
  missingCseReport: Parameter<Notice<'law-enforcement' | 'ncmec'>>;
  /**
   * PC 11166(a): whom a mandated reporter reports to, how the first report is made, and the
   * hours within which the written report follows it.
   */
  writtenReport: Parameter<{ hours: number; reportTo: string; firstReport: string }>;
  /** PC 11166.02: reports through the county's internet-based system. */
  internetReporting: Parameter<null>;
  /** WIC 18961.7: how long after a report a child abuse MDT may share information. */
  mdtInformationWindow: Parameter<{ days: number }>;
  /** WIC 16524.7: training the program funds. */
  training: Parameter<{ audiences: readonly TrainingAudience[] }>;
  /** SB 1322 (2016): prostitution offences that do not apply to minors. */
  minorsNotCharged: Parameter<{ offences: readonly string[]; underAge: number }>;
}

export type StatuteKey = keyof Statute;
type ValueOf<K extends StatuteKey> = Statute[K] extends Parameter<infer T> ? T : never;

/** The statute on one day: each fact's period in force, or null where the fact is not law that day. */
export type LawInForce = { readonly date: string } & { readonly [K in StatuteKey]: Period<ValueOf<K>> | null };

/** A new text of the law from `from`: the facts it changes, each with its value and citation. */
export type Amendment = { [K in StatuteKey]?: { value: ValueOf<K>; citation: string } };
