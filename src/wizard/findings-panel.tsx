import { FindingItem } from './finding-item';
import type { Draft, FindingIdentity } from '../model';
import { findingId, groupFindings, SEVERITY_GROUPS, summarizeFindings, type Finding } from '../requirements';

interface Props {
  draft: Draft;
  findings: readonly Finding[];
  onFix?: (finding: Finding) => void;
  onAcknowledge?: (finding: FindingIdentity, by: string, reason: string) => void;
  onWithdraw?: (finding: FindingIdentity) => void;
}

/**
 * What each finding's buttons add to their names so that a screen reader's list of buttons tells
 * them apart: its county and title, numbered where one rule found the same of several things.
 */
function findingNames(findings: readonly Finding[]): Map<Finding, string> {
  const base = (f: Finding) => `${f.county ? `${f.county} County, ` : ''}${f.title}`;
  const count = new Map<string, number>();
  for (const f of findings) count.set(base(f), (count.get(base(f)) ?? 0) + 1);
  const seen = new Map<string, number>();
  return new Map(findings.map((f) => {
    const name = base(f);
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return [f, count.get(name)! > 1 ? `${name} (${n} of ${count.get(name)})` : name];
  }));
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
