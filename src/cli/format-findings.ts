import { describeCounties, sectionLabel, type Draft } from '../model';
import { summarizeFindings, type Finding, type Severity } from '../requirements';

const HEADINGS: Record<Severity, string> = {
  blocking: 'Blocking (a final export is refused until these are fixed)',
  warning: 'Warnings (fix, or acknowledge with a reason)',
  info: 'Advice',
};

/** The findings as a person reads them in a terminal: grouped by severity, each with its law. */
export function formatFindings(draft: Draft, findings: readonly Finding[]): string {
  const kind = draft.kind === 'companion' ? `companion protocol${draft.companionSetting ? `: ${draft.companionSetting}` : ''}` : 'CSEC Program protocol';
  const lines = [draft.title, `${describeCounties(draft.counties)} (${kind})`, summarizeFindings(findings)];
  for (const severity of ['blocking', 'warning', 'info'] as const) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push('', HEADINGS[severity]);
    for (const finding of group) {
      const where = [finding.path, sectionLabel(finding.section)].filter(Boolean).join('; ');
      lines.push(`  - [${finding.ruleId}]${finding.county ? ` ${finding.county} County:` : ''} ${finding.message}`);
      lines.push(`      ${finding.citation}${where ? ` | fix at: ${where}` : ''}`);
      if (finding.acknowledged) {
        lines.push(`      acknowledged by ${finding.acknowledged.by}${finding.acknowledged.on ? ` on ${finding.acknowledged.on}` : ''}: ${finding.acknowledged.reason}`);
      }
    }
  }
  if (!findings.some((f) => f.severity === 'blocking')) lines.push('', 'No blocking findings: the protocol meets every blocking check.');
  return `${lines.join('\n')}\n`;
}

/** The --json shape: stable field names for scripts. */
export const findingsAsJson = (findings: readonly Finding[]) =>
  findings.map(({ ruleId, ...rest }) => ({ id: ruleId, ...rest }));
