import type { Finding, Severity } from './types';
import { plural } from '../lib/words';

/** Said while no blocking finding stands, before the final PDF has been checked to print the text. */
export const NO_BLOCKING_FINDINGS = 'No blocking findings.';

/** The groups of findings, most serious first, in the words county staff see (app and CLI). */
export const SEVERITY_GROUPS: ReadonlyArray<{ severity: Severity; heading: string; none: string }> = [
  {
    severity: 'blocking',
    heading: 'Blocking — stops a final export',
    none: `${NO_BLOCKING_FINDINGS} Nothing stops a final export of this protocol.`,
  },
  { severity: 'warning', heading: 'Warnings', none: 'No warnings.' },
  { severity: 'info', heading: 'Advice', none: 'No advice.' },
];

export function groupFindings(findings: readonly Finding[]): Record<Severity, Finding[]> {
  const groups: Record<Severity, Finding[]> = { blocking: [], warning: [], info: [] };
  for (const finding of findings) groups[finding.severity].push(finding);
  return groups;
}


/** "2 blocking, 3 warnings, 1 advice": the one count the app and the CLI both show. */
export function summarizeFindings(findings: readonly Finding[]): string {
  const groups = groupFindings(findings);
  return [
    `${groups.blocking.length} blocking`,
    plural(groups.warning.length, 'warning', 'warnings'),
    `${groups.info.length} advice`,
  ].join(', ');
}
