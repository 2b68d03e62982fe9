import { countiesOutsideCsecProgram, type Draft } from '../model';
import { checkContext, type CheckOptions } from './check-draft';
import { rulesFor } from './catalogue';
import { lawInForce } from './law/in-force';
import type { Parameter } from './law/parameter';
import type { Statute } from './law/statute';
import { notBoundReason, type NotBound } from './scope';
import type { Basis, Finding, Rule } from './types';

/** Where one rule stands for a draft: what the compliance crosswalk prints. */
export interface RuleStanding {
  ruleId: string;
  title: string;
  basis: Basis;
  section: string;
  /** The rule's citation on the day; empty when its law is not in force that day. */
  citation: string;
  /**
   * For a rule checked county by county that binds only counties in the CSEC Program: the
   * protocol's counties outside it, for which the rule is advice and its status says nothing.
   */
  outsideProgram?: string[];
  status:
    | { kind: 'met' }
    | { kind: 'not-met'; findings: Finding[]; accepted: Finding[] }
    /** Not met, but not required of this protocol either: the law (`by`) makes it a recommendation. */
    | { kind: 'recommended'; by: string; findings: Finding[]; accepted: Finding[] }
    | { kind: 'accepted'; accepted: Finding[] }
    | { kind: 'not-applicable'; reason: NotBound | 'not-yet-in-force' | 'no-longer-in-force' };
}

/**
 * Each rule's standing: not applicable (with the reason) when its law is not in force or does
 * not bind this protocol; met only when it applied and gave no finding; otherwise not met (or
 * only recommended, where the law lets this protocol leave it out), or met but for warnings the
 * committee accepted.
 */
export function ruleStandings(draft: Draft, findings: readonly Finding[], options: CheckOptions = {}): RuleStanding[] {
  const { law, statute, today } = checkContext(options);
  const notBound = notBoundReason(draft);
  const outside = countiesOutsideCsecProgram(draft);
  return rulesFor(statute).map((rule): RuleStanding => {
    const citation = rule.citation(law);
    const base = { ruleId: rule.id, title: rule.title, basis: rule.basis, section: rule.section, citation: citation ?? '' };
    if (citation === null) return { ...base, status: { kind: 'not-applicable', reason: laterInForce(rule, statute, today) ? 'not-yet-in-force' : 'no-longer-in-force' } };
    if (rule.programProtocolOnly && notBound !== null) return { ...base, status: { kind: 'not-applicable', reason: notBound } };
    // A regional protocol some of whose counties are outside the program: the rule stands by the others.
    const apart: string[] = rule.programProtocolOnly && rule.perCounty ? outside : [];
    const own = findings.filter((f) => f.ruleId === rule.id && !apart.includes(f.county ?? ''));
    return { ...base, ...(apart.length > 0 ? { outsideProgram: apart } : {}), status: standing(own) };
  });
}

/** A rule's standing from its findings that bind: met, accepted, recommended or not met. */
function standing(own: Finding[]): RuleStanding['status'] {
  const open = own.filter((f) => !f.acknowledged);
  const accepted = own.filter((f) => f.acknowledged);
  const notRequiredBy = open[0]?.notRequiredBy;
  if (notRequiredBy && open.every((f) => f.notRequiredBy === notRequiredBy)) return { kind: 'recommended', by: notRequiredBy, findings: open, accepted };
  if (open.length > 0) return { kind: 'not-met', findings: open, accepted };
  if (accepted.length > 0) return { kind: 'accepted', accepted };
  return { kind: 'met' };
}

/** Whether some later text of the statute brings the rule's law into force. */
function laterInForce(rule: Rule, statute: Statute, date: string): boolean {
  const starts = Object.values(statute).flatMap((parameter: Parameter<unknown>) => parameter.periods.map((p) => p.from));
  return starts.some((from) => from !== null && from > date && rule.citation(lawInForce(statute, from)) !== null);
}
