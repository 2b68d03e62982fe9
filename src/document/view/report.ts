import { describeCounties, describeProtocolKind, type Draft } from '../../model';
import type { Finding, RuleStanding } from '../../requirements';
import { crosswalkView } from './crosswalk';
import { documentDate, nameOr, typographic, wholeDate, withDatesKept } from './text';

const SEVERITY = { blocking: 'Blocking', warning: 'Warning', info: 'Advice' } as const;

/** "12 met, 2 not met, 1 recommended, not required, 1 accepted, 3 not applicable", leaving out the kinds with none. */
function tally(standings: readonly RuleStanding[]): string {
  const count = (kind: RuleStanding['status']['kind']) => standings.filter((s) => s.status.kind === kind).length;
  const parts = [[count('met'), 'met'], [count('not-met'), 'not met'], [count('recommended'), 'recommended, not required'], [count('accepted'), 'accepted'],
    [count('not-applicable'), 'not applicable']] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, words]) => `${n} ${words}`);
  return said.length > 0 ? said.join(', ') : 'none checked';
}

/**
 * What the compliance report prints: the crosswalk (statutory requirements apart from recommended
 * practice), the warnings the committee accepted with who, when and why, and the findings still
 * open, each with where in the MOU it belongs.
 */
export function reportView(draft: Draft, findings: readonly Finding[], standings: readonly RuleStanding[],
  sectionNumber: (key: string) => string, options: { today: string; marking: 'draft' | 'final' }) {
  const by = (basis: RuleStanding['basis']) => standings.filter((s) => s.basis === basis);
  const open = findings.filter((f) => !f.acknowledged);
  const count = (severity: Finding['severity']) => open.filter((f) => f.severity === severity).length;
  return {
    protocolTitle: nameOr(draft.title, 'Interagency Protocol for Commercially Sexually Exploited Children'),
    counties: describeCounties(draft.counties),
    kind: describeProtocolKind(draft),
    isDraft: options.marking === 'draft',
    produced: wholeDate(options.today),
    exhibit: draft.complianceExhibit,
    summary: {
      statute: tally(by('statute')),
      practice: tally(by('practice')),
      // As `csec-mou check` counts them: advice is open too, and section 5 lists it.
      open: `${count('blocking')} blocking, ${count('warning')} ${count('warning') === 1 ? 'warning' : 'warnings'}, ${count('info')} advice`,
    },
    crosswalk: crosswalkView(standings, sectionNumber),
    accepted: findings.filter((f) => f.acknowledged).map((f) => ({
      requirement: f.county ? `${f.title} (${f.county} County)` : f.title,
      by: typographic(f.acknowledged!.by),
      on: f.acknowledged!.on ? documentDate(f.acknowledged!.on) : 'Not dated',
      reason: typographic(f.acknowledged!.reason),
    })),
    open: open.map((f) => ({
      severity: SEVERITY[f.severity],
      requirement: f.title,
      // A message quotes the committee's text as typed: printed, it is set as the documents set it.
      // Its note says why it is advice only (a law that does not bind this protocol), as the app
      // and `csec-mou check` do: without it, a board would read the advice as a requirement.
      finding: withDatesKept(typographic(`${f.county ? `${f.county} County: ` : ''}${f.message}${f.note ? ` ${f.note}` : ''}`)),
      citation: f.citation || '—',
      where: f.section ? sectionNumber(f.section) : '—',
    })),
  };
}
