import { todayIso } from '../lib/dates';
import type { Acknowledgement, Draft } from '../model';
import { RULES } from './catalogue';
import type { CheckConfig, Finding, Rule, Severity } from './types';

export const DEFAULT_CONFIG: CheckConfig = { endingSoonDays: 90 };

const ORDER: Record<Severity, number> = { blocking: 0, warning: 1, info: 2 };

/** Runs every rule over the draft. Pure: the same draft and date give the same findings. */
export function checkDraft(
  draft: Draft,
  options: { today?: string; config?: Partial<CheckConfig>; rules?: readonly Rule[] } = {},
): Finding[] {
  const context = { today: options.today ?? todayIso(), config: { ...DEFAULT_CONFIG, ...options.config } };
  const findings = (options.rules ?? RULES).flatMap((rule) =>
    rule.check(draft, context).map((raw): Finding => {
      const finding: Finding = {
        ...raw,
        ruleId: rule.id,
        title: rule.title,
        citation: raw.citation ?? rule.citation,
        severity: raw.severity ?? rule.severity,
        section: raw.section ?? rule.section,
      };
      const ack = finding.severity === 'warning' ? findAcknowledgement(draft.acknowledgements, finding) : undefined;
      return ack ? { ...finding, acknowledged: { by: ack.by, reason: ack.reason, on: ack.on } } : finding;
    }),
  );
  // Stable sort keeps rule order within a severity.
  return findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

/**
 * An acknowledgement matches a finding of its rule, and of its county, record and field when it
 * names them.
 */
function findAcknowledgement(acks: Acknowledgement[], finding: Finding): Acknowledgement | undefined {
  return acks.find((ack) =>
    ack.ruleId === finding.ruleId &&
    (ack.county === null || ack.county === finding.county) &&
    (ack.recordId === null || ack.recordId === finding.recordId) &&
    (ack.path === null || ack.path === finding.path));
}

export const hasBlocking = (findings: readonly Finding[]): boolean =>
  findings.some((f) => f.severity === 'blocking');
