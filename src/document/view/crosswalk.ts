import { documentDate, typographic } from './text';
import { describeCounties } from '../../model';
import type { Finding, RuleStanding } from '../../requirements';

const NOT_APPLICABLE: Record<Extract<RuleStanding['status'], { kind: 'not-applicable' }>['reason'], string> = {
  companion: 'Not applicable (companion protocol)',
  'not-in-program': 'Not applicable (county not in the CSEC Program)',
  'not-yet-in-force': 'Not applicable (not yet in force)',
  'no-longer-in-force': 'Not applicable (no longer in force)',
};

/** "Yolo County", "Lassen and Modoc counties": the counties the findings are about, or '' for none. */
const countiesOf = (list: Finding[]) => {
  const names = [...new Set(list.map((f) => f.county).filter((c): c is string => !!c))];
  return names.length > 0 ? describeCounties(names) : '';
};

const acceptance = (f: Finding) => {
  const ack = f.acknowledged!;
  return `Accepted by ${typographic(ack.by)}${ack.on ? ` on ${documentDate(ack.on)}` : ''}${f.county ? ` for ${f.county} County` : ''}: ${typographic(ack.reason)}`;
};

function statusText(status: RuleStanding['status']): string {
  switch (status.kind) {
    case 'met': return 'Met';
    case 'not-applicable': return NOT_APPLICABLE[status.reason];
    case 'accepted': return status.accepted.map(acceptance).join('; ');
    case 'not-met': {
      const where = countiesOf(status.findings);
      return [`Not met${where && ` (${where})`}`, ...status.accepted.map(acceptance)].join('; ');
    }
    case 'recommended': {
      const where = countiesOf(status.findings);
      return [`Not required of this protocol (${status.by}); recommended${where && ` for ${where}`}`, ...status.accepted.map(acceptance)].join('; ');
    }
  }
}

/**
 * The compliance crosswalk of the appendix, statutory requirements apart from recommended
 * practice: each rule, where the protocol meets it, and its standing.
 */
export function crosswalkView(standings: readonly RuleStanding[], sectionNumber: (key: string) => string) {
  const rows = (basis: Exclude<RuleStanding['basis'], 'completeness'>) => standings.filter((s) => s.basis === basis).map((s) => ({
    requirement: s.title,
    citation: s.citation || '—',
    section: sectionNumber(s.section),
    // Said after the status, which is only of the counties in the program.
    status: s.outsideProgram ? `${statusText(s.status)}; not applicable to ${describeCounties(s.outsideProgram)} (not in the CSEC Program)` : statusText(s.status),
  }));
  return { statute: rows('statute'), practice: rows('practice') };
}
