import { distinctNames } from '../lib/words';
import { FindingItem } from './finding-item';
import type { Draft, FindingIdentity } from '../model';
import { findingId, groupFindings, SEVERITY_GROUPS, summarizeFindings, type Finding } from '../requirements';

interface Props {
  draft: Draft;
  findings: readonly Finding[];
  onFix?: (finding: Finding) => void;
  onAcknowledge?: (finding: FindingIdentity, by: string, reason: string) => void;
  onWithdraw?: (finding: FindingIdentity, at: string | null) => void;
}

/**
 * What each finding's buttons add to their names so that a screen reader's list of buttons tells
 * them apart: its county and title, numbered where one rule found the same of several things.
 */
function findingNames(findings: readonly Finding[]): Map<Finding, string> {
  const names = distinctNames(findings.map((f) => `${f.county ? `${f.county} County, ` : ''}${f.title}`), (name, _, n, count) => `${name} (${n} of ${count})`);
  return new Map(findings.map((f, i) => [f, names[i]!]));
}

/** The checks' results for the open draft, grouped by how much each one matters, re-checked as the committee types. */
export function FindingsPanel({ draft, findings, ...actions }: Props) {
  const groups = groupFindings(findings);
  const acknowledged = groups.warning.filter((f) => f.acknowledged).length;
  const names = findingNames(findings);
  return (
    <section className="panel findings" aria-labelledby="findings-heading" data-testid="findings-panel">
      <h2 id="findings-heading">What the protocol still needs</h2>
      <p className="findings__summary" data-testid="findings-summary">
        <strong>{summarizeFindings(findings)}</strong>
        {acknowledged > 0 && ` (${acknowledged} of the warnings acknowledged by the committee)`}
      </p>
      {SEVERITY_GROUPS.map(({ severity, heading, none }) => {
        const items = groups[severity];
        const id = `findings-${severity}`;
        return (
          <section key={severity} className={`group group--${severity}`} aria-labelledby={id}>
            <h3 id={id}>
              {heading} <span className="group__count">({items.length})</span>
            </h3>
            {items.length === 0 ? (
              <p className="group__none">{none}</p>
            ) : (
              <ul className="group__list">
                {items.map((finding) => (
                  <FindingItem key={findingId(finding)} finding={finding} draft={draft} name={names.get(finding)!} {...actions} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </section>
  );
}
