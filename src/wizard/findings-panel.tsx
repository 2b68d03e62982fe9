import { distinctNames } from '../lib/words';
import { FindingItem } from './finding-item';
import type { Draft, FindingIdentity } from '../model';
import { findingId, groupFindings, NO_BLOCKING_FINDINGS, SEVERITY_GROUPS, summarizeFindings, type Finding } from '../requirements';
import { unshownRefusal, type Unshown } from '../document/unshown';
import { characterInWords, listInWords } from '../lib/words';
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
  /** A reviewer reads what the committee must change, and is taken to where it is. */
  reviewing?: boolean;
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
export function FindingsPanel({ draft, findings, finalPdf = { kind: 'printable' }, placeOf, reviewing = false, ...actions }: Props) {
  const groups = groupFindings(findings);
  const acknowledged = groups.warning.filter((f) => f.acknowledged).length;
  const names = findingNames(findings);
  return (
    <section className="panel findings" aria-labelledby="findings-heading" data-testid="findings-panel">
      <h2 id="findings-heading">What the protocol still needs</h2>
      <p className="findings__summary" data-testid="findings-summary">
        <strong>{summarizeFindings(findings)}</strong>
        {acknowledged > 0 && ` (${acknowledged} of the warnings acknowledged by the committee)`}
        {finalPdf.kind === 'unshown' && groups.blocking.length === 0 && '; the final PDFs cannot print the text yet'}
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
              <NothingBlocking finalPdf={finalPdf} placeOf={placeOf} onFix={actions.onFix} reviewing={reviewing} />
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
function NothingBlocking({ finalPdf, placeOf, onFix, reviewing }: { finalPdf: Exclude<FinalPdfCheck, { kind: 'printable' }> } & Pick<Props, 'placeOf' | 'onFix' | 'reviewing'>) {
  if (finalPdf.kind === 'unchecked') return <p className="group__none">{NO_BLOCKING_FINDINGS}</p>;
  const { unshown } = finalPdf;
  const one = unshown.characters.length === 1;
  const chars = listInWords(unshown.characters.map(characterInWords));
  // A reviewer changes nothing: told what the committee must do, not to do it.
  const why = reviewing
    ? `Its typeface has no letter for ${chars}. The committee must write ${one ? 'it' : 'them'} in Latin letters (or leave ${one ? 'it' : 'them'} out), or send the final Word file, which keeps ${one ? 'it' : 'them'}.`
    : unshownRefusal(unshown, characterInWords, 'export the final Word file');
  return (
    <div className="group__unshown" data-testid="findings-unshown">
      <p>{NO_BLOCKING_FINDINGS} But the final PDFs cannot all be made yet, nor the submission packet that holds them. {why} {one ? 'It is in:' : 'They are in:'}</p>
      <UnshownPlaces places={unshown.places} placeOf={placeOf} onFix={onFix} reviewing={reviewing} />
    </div>
  );
}
