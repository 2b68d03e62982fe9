import type { Finding, Severity } from './types';

export function groupFindings(findings: readonly Finding[]): Record<Severity, Finding[]> {
  const groups: Record<Severity, Finding[]> = { blocking: [], warning: [], info: [] };
  for (const finding of findings) groups[finding.severity].push(finding);
  return groups;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "2 blocking, 3 warnings, 1 advice": the one count the app and the CLI both show. */
export function summarizeFindings(findings: readonly Finding[]): string {
  const groups = groupFindings(findings);
  return [
    `${groups.blocking.length} blocking`,
    plural(groups.warning.length, 'warning', 'warnings'),
    `${groups.info.length} advice`,
  ].join(', ');
}
