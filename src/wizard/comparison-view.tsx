import { useEffect, useRef } from 'react';
import type { Segment } from '../lib/word-diff';
import { hasDifferences, type Change, type Comparison } from '../review/compare';
import { briefSegments, countInWords } from '../review/compare-text';
import type { Finding } from '../requirements';
import type { PacketState } from './certify-panel';

interface Props {
  comparison: Comparison;
  /** What the open draft is compared with: "the version of 10:42 this morning", "the file napa.csecmou.json". */
  older: string;
  /** A file may be the later of the two (a colleague's newer draft): then the changes run from the open draft to it. */
  fileIsNewer?: { newer: boolean; onChange: (newer: boolean) => void };
  onBack: () => void;
  /** Downloads the open draft's MOU with the changes as Word tracked changes; absent where it cannot be made. */
  onRedline?: () => void;
  redline?: PacketState;
  /** Reviewing a draft received: the open draft is the one received, and does not change here. */
  reviewing?: boolean;
}

const KIND_WORDS: Record<Change['kind'], string> = { added: 'Added', removed: 'Removed', changed: 'Changed', moved: 'Moved' };

/** A text's changes, the removed words struck through and the added underlined, each said in words to a screen reader. */
function Words({ segments }: { segments: readonly Segment[] }) {
  return (
    <span className="change__words">
      {briefSegments(segments).map((segment, i) =>
        segment.kind === 'same' ? <span key={i}>{segment.text}</span>
          : segment.kind === 'removed' ? <del key={i}><span className="usa-sr-only">[removed: </span>{segment.text}<span className="usa-sr-only">]</span></del>
            : <ins key={i}><span className="usa-sr-only">[added: </span>{segment.text}<span className="usa-sr-only">]</span></ins>)}
    </span>
  );
}

function ChangeItem({ change }: { change: Change }) {
  return (
    <li className={`change change--${change.kind}`}>
      <span className={`usa-tag change__tag change__tag--${change.kind}`}>{KIND_WORDS[change.kind]}</span>{' '}
      <span className="change__what">{change.what}</span>{': '}
      {change.kind !== 'changed' ? <span className="change__detail">{change.detail}</span>
        : change.words ? <Words segments={change.words} />
          : <span className="change__detail">{change.before} <span aria-hidden="true">→</span><span className="usa-sr-only">became</span> {change.after}</span>}
    </li>
  );
}

function FindingList({ heading, findings }: { heading: string; findings: readonly Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <>
      <h4>{heading}</h4>
      <ul className="changes">
        {findings.map((finding, i) => (
          <li key={`${finding.ruleId}-${i}`}>{finding.county ? `${finding.county} County: ` : ''}{finding.message} <span className="change__citation">({finding.citation})</span></li>
        ))}
      </ul>
    </>
  );
}

/** What changed from an earlier version or another draft file to the open draft, part by part. */
export function ComparisonView({ comparison, older: other, fileIsNewer, onBack, onRedline, redline = null, reviewing = false }: Props) {
  const now = reviewing ? 'the draft you received' : 'the draft as it is now';
  const reversed = fileIsNewer?.newer === true;
  const [older, newer] = reversed ? [now, other] : [other, now];
  // When the redline is saved (or fails), focus goes to the words that say so.
  const said = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (redline?.kind === 'said') said.current?.focus();
  }, [redline]);
  // A new page: focus goes to its heading; not when the direction is changed, which keeps focus on its box.
  useEffect(() => {
    document.getElementById('comparison-heading')?.focus();
  }, [other]);
  const { appeared, resolved } = comparison.findings;
  return (
    <section className="panel comparison" aria-labelledby="comparison-heading" data-testid="comparison">
      <button type="button" className="usa-button usa-button--unstyled link-button back-link" onClick={onBack}>Back to the draft</button>
      <h2 id="comparison-heading" tabIndex={-1}>{reversed ? `What changed in ${other}` : `What changed since ${other}`}</h2>
      <p>
        From {older} (older) to {newer} (newer). A renamed agency, MDT tier or added
        section is recognized as the same one, and one moved in its list is shown as moved.
      </p>
      {fileIsNewer && (
        <div className="usa-checkbox comparison__direction">
          <input className="usa-checkbox__input" type="checkbox" id="comparison-file-newer" checked={reversed} onChange={(e) => fileIsNewer.onChange(e.currentTarget.checked)} />
          <label className="usa-checkbox__label" htmlFor="comparison-file-newer">The file is the later version, such as a colleague’s newer draft</label>
        </div>
      )}
      {!hasDifferences(comparison) ? (
        <p className="comparison__none" data-testid="no-differences">No differences: the draft reads the same as {other}.</p>
      ) : (
        <>
          <p className="comparison__count" data-testid="comparison-count"><strong>{countInWords(comparison)}</strong></p>
          {onRedline && (
            <div className="comparison__redline">
              {/* aria-disabled, not disabled, while it works: a disabled button would drop focus to the page. */}
              <button type="button" className="usa-button usa-button--outline" aria-disabled={redline?.kind === 'busy'}
                onClick={() => { if (redline?.kind !== 'busy') onRedline(); }} aria-describedby="redline-hint">
                Download a redline Word file (.docx)
              </button>
              <p className="usa-hint" id="redline-hint">The MOU of {newer}, with every change since {older} as a Word tracked change, for counsel to read only what changed.</p>
              <p className={`status${redline?.kind === 'said' && redline.failed ? ' status--error' : ''}`} role="status" tabIndex={-1} ref={said} data-testid="redline-message">
                {redline ? (redline.kind === 'busy' ? `${redline.words}…` : redline.words) : ''}
              </p>
            </div>
          )}
          {comparison.parts.map((part) => (
            // A heading each, not a landmark each, as the parts of "Check your answers".
            <div key={part.title} className="comparison__part">
              <h3>{part.title}</h3>
              <ul className="changes">
                {part.changes.map((change, i) => <ChangeItem key={i} change={change} />)}
              </ul>
            </div>
          ))}
          {appeared.length + resolved.length > 0 && (
            <div className="comparison__part">
              <h3 id="comparison-findings">Findings of the checks</h3>
              <FindingList heading={`Appeared (${appeared.length})`} findings={appeared} />
              <FindingList heading={`Resolved (${resolved.length})`} findings={resolved} />
            </div>
          )}
        </>
      )}
      <button type="button" className="usa-button usa-button--outline" onClick={onBack}>Back to the draft</button>
    </section>
  );
}
