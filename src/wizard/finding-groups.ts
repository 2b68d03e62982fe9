import type { Severity } from '../requirements';

/** The panel's groups, most serious first, with the words county staff see. */
export const SEVERITY_GROUPS: ReadonlyArray<{ severity: Severity; heading: string; none: string }> = [
  {
    severity: 'blocking',
    heading: 'Blocking — stops a final export',
    none: 'No blocking findings. Nothing stops a final export of this protocol.',
  },
  { severity: 'warning', heading: 'Warnings', none: 'No warnings.' },
  { severity: 'info', heading: 'Advice', none: 'No advice.' },
];
