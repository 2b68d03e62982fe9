import { describeCounties, describeProtocolKind, type Draft } from '../model';
import { groupFindings, SEVERITY_GROUPS, summarizeFindings, type Finding } from '../requirements';
import { whereToFix } from '../review/findings-text';
import { printable } from './printable';

/** The findings as a person reads them in a terminal: grouped by severity, each with its law. */
export function formatFindings(draft: Draft, findings: readonly Finding[]): string {
  const lines = [draft.title, `${describeCounties(draft.counties)} (${describeProtocolKind(draft)})`, summarizeFindings(findings)];
  const groups = groupFindings(findings);
  for (const { severity, heading } of SEVERITY_GROUPS) {
    const group = groups[severity];
    if (group.length === 0) continue;
    lines.push('', heading);
    for (const finding of group) {
      const where = whereToFix(finding, draft);
      lines.push(`  - [${finding.ruleId}]${finding.county ? ` ${finding.county} County:` : ''} ${finding.message}`);
      if (finding.note) lines.push(`      ${finding.note}`);
      lines.push(`      ${finding.citation}${where ? ` | fix at: ${where}` : ''}`);
      if (finding.acknowledged) {
        lines.push(`      acknowledged by ${finding.acknowledged.by}${finding.acknowledged.on ? ` on ${finding.acknowledged.on}` : ''}: ${finding.acknowledged.reason}`);
      }
    }
  }
  if (groups.blocking.length === 0) lines.push('', SEVERITY_GROUPS[0]!.none);
  return printable(`${lines.join('\n')}\n`);
}

/** The --json shape: stable field names for scripts. */
export const findingsAsJson = (findings: readonly Finding[]) =>
  findings.map(({ ruleId, ...rest }) => ({ id: ruleId, ...rest }));
