import { todayIso } from '../lib/dates';
import { printableDraft, type Draft } from '../model';
import { rulesFor } from './catalogue';
import { acknowledges } from './identity';
import { CALIFORNIA } from './law/california';
import { lawInForce } from './law/in-force';
import type { Statute } from './law/statute';
import { notBoundNote, notBoundReason, notElectedWords } from './scope';
import type { CheckConfig, CheckContext, Finding, Severity } from './types';

export const DEFAULT_CONFIG: CheckConfig = { endingSoonDays: 90, missingFromCareRecipients: [] };

const ORDER: Record<Severity, number> = { blocking: 0, warning: 1, info: 2 };

export interface CheckOptions {
  today?: string;
  config?: Partial<CheckConfig>;
  /** The law to check against; California's statute data unless a test supplies another text. */
  statute?: Statute;
}

export function checkContext(options: CheckOptions = {}): CheckContext {
  const today = options.today ?? todayIso();
  const statute = options.statute ?? CALIFORNIA;
  return { today, statute, law: lawInForce(statute, today), config: { ...DEFAULT_CONFIG, ...options.config } };
}

/**
 * Runs every rule in force on the day over the draft. Pure: the same draft, date and law give
 * the same findings. A WIC 16524.8 rule gives advice only where 16524.8 does not bind the protocol.
 */
export function checkDraft(typed: Draft, options: CheckOptions = {}): Finding[] {
  // The rules read the draft as the documents print it: a name of one zero-width space is blank.
  const draft = printableDraft(typed);
  const context = checkContext(options);
  const findings = rulesFor(context.statute).flatMap((rule) => {
    const citation = rule.citation(context.law);
    if (citation === null) return [];
    return rule.check(draft, context).map((raw): Finding => {
      const { note: ownNote, ...rest } = raw;
      const severity = raw.severity ?? rule.severity;
      // In a regional protocol, a finding about one county binds as that county's answer does.
      const county = rule.perCounty ? raw.county : null;
      const notBound = rule.programProtocolOnly ? notBoundReason(draft, county) : null;
      const advice = notBound !== null;
      // Advice says why first, then anything the rule itself said of the finding.
      const hasNot = notElectedWords(draft, county);
      const note = advice
        ? [rule.notBoundNote?.(notBound, citation, hasNot) ?? notBoundNote(notBound, context.law, severity === 'blocking', hasNot), ownNote].filter(Boolean).join(' ')
        : ownNote;
      const finding: Finding = {
        ...rest,
        ruleId: rule.id,
        title: rule.title,
        citation: raw.citation ?? citation,
        severity: advice ? 'info' : severity,
        section: raw.section ?? rule.section,
        ...(note ? { note } : {}),
      };
      // The latest acceptance that names it: one given again, with another reason, is the one shown.
      const ack = finding.severity === 'warning' ? draft.acknowledgements.findLast((a) => acknowledges(a, finding)) : undefined;
      return ack ? { ...finding, acknowledged: { by: ack.by, reason: ack.reason, on: ack.on } } : finding;
    });
  });
  // Stable sort keeps rule order within a severity.
  return findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

export const hasBlocking = (findings: readonly Finding[]): boolean =>
  findings.some((f) => f.severity === 'blocking');
