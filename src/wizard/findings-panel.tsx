import { FindingItem } from './finding-item';
import { describeCounties, describeProtocolKind, type Draft } from '../model';
import { findingId, groupFindings, SEVERITY_GROUPS, summarizeFindings, type Finding } from '../requirements';

interface Props {
  draft: Draft;
  findings: readonly Finding[];
  /** Where the draft came from, such as the file name, shown under the title. */
  source: string;
  onSave?: () => void;
}

/** The checks' results for the open draft, grouped by how much each one matters. */
export function FindingsPanel({ draft, findings, source, onSave }: Props) {
  const groups = groupFindings(findings);
  const acknowledged = groups.warning.filter((f) => f.acknowledged).length;
  const kind = describeProtocolKind(draft);
  return (
    <section className="panel findings" aria-labelledby="draft-title" data-testid="findings-panel">
      <header className="findings__header">
        <div>
          <h2 id="draft-title" tabIndex={-1}>{draft.title}</h2>
          <p className="findings__counties">{describeCounties(draft.counties)}</p>
          <p className="findings__meta">
            {kind} · Opened from {source}
          </p>
        </div>
        {onSave && (
          <button type="button" className="button button--secondary" onClick={onSave}>
            Save a copy of this draft
          </button>
        )}
      </header>
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
                  <FindingItem key={findingId(finding)} finding={finding} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </section>
  );
}
