import { distinctNames } from '../lib/words';
import { FindingItem } from './finding-item';
import type { Draft, FindingIdentity } from '../model';
import { findingId, groupFindings, NO_BLOCKING_FINDINGS, SEVERITY_GROUPS, summarizeFindings, type Finding } from '../requirements';
import { unshownRefusal, type Unshown } from '../document/unshown';
import { characterInWords } from '../lib/words';
import type { FixPlace } from './places';
import { UnshownPlaces } from './unshown-places';

/** Whether the final PDF can print the draft's text, as far as it has been checked (in the export worker, as typing pauses). */
export type FinalPdfCheck = { kind: 'unchecked' } | { kind: 'printable' } | { kind: 'unshown'; unshown: Unshown };

interface Props {
  draft: Draft;
  findings: readonly Finding[];
  /** Unchecked, the panel does not yet say that nothing stops a final export. */
  finalPdf?: FinalPdfCheck;
  onFix?: (place: FixPlace) => void;
  placeOf?: (place: FixPlace) => string;
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
export function FindingsPanel({ draft, findings, finalPdf = { kind: 'printable' }, placeOf, ...actions }: Props) {
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
          // Groups under the panel's heading, not landmarks of their own: three on every page made a screen reader's list of regions long.
          <div key={severity} className={`group group--${severity}`}>
            <h3 id={id}>
              {heading} <span className="group__count">({items.length})</span>
            </h3>
            {items.length === 0 && severity === 'blocking' && finalPdf.kind !== 'printable' ? (
              <NothingBlocking finalPdf={finalPdf} placeOf={placeOf} onFix={actions.onFix} />
            ) : items.length === 0 ? (
              <p className="group__none">{none}</p>
            ) : (
              <ul className="group__list">
                {items.map((finding) => (
                  <FindingItem key={findingId(finding)} finding={finding} draft={draft} name={names.get(finding)!} {...actions} />
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </section>
  );
}

/**
 * No blocking finding stands, but the final PDF is not yet known to print the text, or cannot: a
 * name in a script its typeface lacks stops a final PDF and the packet as surely as a finding.
 */
function NothingBlocking({ finalPdf, placeOf, onFix }: { finalPdf: Exclude<FinalPdfCheck, { kind: 'printable' }> } & Pick<Props, 'placeOf' | 'onFix'>) {
  if (finalPdf.kind === 'unchecked') return <p className="group__none">{NO_BLOCKING_FINDINGS}</p>;
  const { unshown } = finalPdf;
  return (
    <div className="group__unshown" data-testid="findings-unshown">
      <p>{NO_BLOCKING_FINDINGS} But the final PDF, and the submission packet that holds it, cannot be made yet. {unshownRefusal(unshown, characterInWords, 'export the final Word file')} {unshown.characters.length === 1 ? 'It is in:' : 'They are in:'}</p>
      <UnshownPlaces places={unshown.places} placeOf={placeOf} onFix={onFix} />
    </div>
  );
}
