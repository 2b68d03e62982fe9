import { useEffect, useRef, useState } from 'react';
import { sectionLabel } from '../model';
import { findingId, type Finding } from '../requirements';
import { characterInWords, plural } from '../lib/words';
import { unshownRefusal, type Unshown } from '../document/unshown';
import type { FixPlace } from './places';
import { UnshownPlaces } from './unshown-places';

/** Which document, final or draft, in which format. */
export interface ExportChoice {
  final: boolean;
  format: 'docx' | 'pdf';
  document: 'mou' | 'report';
  /** A draft Word file of the MOU with the open comments in its margin, as Word comments. */
  comments?: boolean;
}

/** An export under way: what it is doing, as step `step` of `of`. */
export interface ExportBusy {
  words: string;
  step: number;
  of: number;
}

interface Props {
  /** The blocking findings that stand now. */
  blocking: readonly Finding[];
  /** What is being prepared right now, or null. */
  busy: ExportBusy | null;
  onExport: (choice: ExportChoice) => void;
  /** The blocking findings that refused the last final export, or null. */
  refusal: readonly Finding[] | null;
  /**
   * What refused the last final PDF: characters its font cannot show, with the fields that still
   * hold them (none once they are all changed).
   */
  unshown?: Unshown | null;
  /** What happened to the last export, in words. */
  message: string | null;
  /** Why the last export failed, or null. */
  failure: string | null;
  /** Whether that outcome is still the latest news: no other action's message has been said since. */
  live?: boolean;
  /** Opens the step and field that fixes a finding. */
  onFix?: (place: FixPlace) => void;
  /** Where a finding is fixed, in the committee's words. */
  placeOf?: (place: FixPlace) => string;
  /** Whether the MOU carries the compliance crosswalk as Exhibit A, and how to change it. */
  exhibit: boolean;
  onExhibit: (attach: boolean) => void;
  /** A certified text: the exhibit is part of it, so it cannot be changed either. */
  locked?: boolean;
  /** Open reviewers' comments, which a draft Word file can carry in its margin. */
  openComments?: number;
  /**
   * For a reviewer, who reads the committee's draft and cannot change it: draft exports only, to
   * read, print or pass on, and no choice that would change the draft.
   */
  reviewing?: boolean;
}

const FORMATS = [
  { document: 'mou', format: 'docx', label: 'Word (.docx)' },
  { document: 'mou', format: 'pdf', label: 'PDF' },
  { document: 'report', format: 'docx', label: 'compliance report, Word (.docx)' },
  { document: 'report', format: 'pdf', label: 'compliance report, PDF' },
] as const;

/** Draft exports always work and are marked DRAFT; a final export is refused while blocking findings stand. */
export function ExportPanel({ blocking, busy, onExport, refusal, unshown = null, message, failure, live = true, onFix, placeOf, exhibit, onExhibit, locked = false, openComments = 0, reviewing = false }: Props) {
  const blockingCount = blocking.length;
  // The refusal lists only the findings that still stand: one fixed since goes from the list.
  const standing = new Set(blocking.map(findingId));
  const stillRefused = refusal?.filter((finding) => standing.has(findingId(finding))) ?? [];
  // After every export, focus moves to the words that say what happened (UX.md), even when they
  // are the same as the last export's: so it follows the end of the work, not a change of words.
  const said = useRef<HTMLDivElement>(null);
  const working = busy !== null;
  const wasWorking = useRef(working);
  // A refusal or failure is an alert only where its export ran, while it is the latest news: shown
  // again on coming back to the page, or after another action's message, it is content (UX.md:
  // one live region at a time).
  const [ranHere, setRanHere] = useState(false);
  useEffect(() => {
    if (working) setRanHere(true);
    if (wasWorking.current && !working) said.current?.querySelector<HTMLElement>('[data-outcome]')?.focus();
    wasWorking.current = working;
  }, [working]);
  const alertRole = ranHere && live ? 'alert' : undefined;
  // While an export runs the buttons say so with aria-disabled and ignore a press: a disabled
  // button under the keyboard's focus would drop focus to the page.
  const start = (choice: ExportChoice) => { if (!working) onExport(choice); };
  // A final export is shown as unavailable while blocking findings stand, yet stays focusable and
  // answers a press with the list of what to fix (a disabled button would say nothing).
  const refused = (final: boolean) => final && blockingCount > 0;
  const buttons = (final: boolean) => FORMATS.map(({ document, format, label }) => (
    <button key={`${document}-${format}`} type="button" className={`usa-button${final ? '' : ' usa-button--outline'}`}
      aria-disabled={working || refused(final) || undefined} aria-describedby={refused(final) ? 'export-final-hint' : undefined}
      onClick={() => start({ final, format, document })}>
      {final ? 'Final' : 'Draft'} {label}
    </button>
  ));
  return (
    <section className="panel export" aria-labelledby="export-heading">
      <h2 id="export-heading">{reviewing ? 'Export the draft to read' : 'Export the MOU'}</h2>
      <p className="usa-hint">
        The compliance report is a document of its own, apart from the MOU: each requirement and its standing,
        the warnings the committee accepted (who, when and why) and the findings still open.
      </p>
      {!reviewing && <div className="usa-checkbox">
        <input className="usa-checkbox__input" id="compliance-exhibit" type="checkbox" checked={exhibit} disabled={locked}
          aria-describedby="compliance-exhibit-hint" onChange={(event) => onExhibit(event.currentTarget.checked)} />
        <label className="usa-checkbox__label" htmlFor="compliance-exhibit">Attach the compliance crosswalk to the MOU as Exhibit A</label>
        <p className="usa-hint" id="compliance-exhibit-hint">
          {locked ? 'Part of the certified text: start a new version to change it.' : 'Only if the Parties want it in the agreement they sign. It is always in the compliance report.'}
        </p>
      </div>}
      <div className="export__choices">
        <div className="export__choice">
          <h3>Draft for review</h3>
          <p className="usa-hint">{reviewing ? 'Every page is marked DRAFT. The final MOU is exported by the committee.' : 'Always available. Every page is marked DRAFT.'}</p>
          <div className="export__buttons">
            {buttons(false)}
            {openComments > 0 && !reviewing && (
              <button type="button" className="usa-button usa-button--outline" aria-disabled={working || undefined}
                onClick={() => start({ final: false, format: 'docx', document: 'mou', comments: true })}>
                Draft Word (.docx) with the {plural(openComments, 'open comment')}
              </button>
            )}
          </div>
        </div>
        {!reviewing && <div className="export__choice">
          <h3>Final for signature and CDSS</h3>
          <p className="usa-hint" id="export-final-hint">
            {blockingCount > 0
              ? `Refused while ${blockingCount} blocking ${blockingCount === 1 ? 'finding stands' : 'findings stand'}: fix ${blockingCount === 1 ? 'it' : 'them'} first.`
              : 'The protocol meets every blocking check.'}
            {/* The order the state expects, said where the final files are: a final file made before
                certifying carries a hash the text may not keep. */}
            {locked ? ' The text is certified: every final file carries its content hash.'
              : ' For CDSS, certify the text first (under “Certify the final text”), then send the submission packet, which holds these files.'}
          </p>
          <div className="export__buttons">{buttons(true)}</div>
        </div>}
      </div>
      <div ref={said}>
        <p className="status" role="status" aria-live="polite" data-testid="export-status" tabIndex={-1} data-outcome={message ? '' : undefined}>{busy ? `${busy.words}…` : message ?? ''}</p>
        {busy && <progress className="export__progress" value={busy.step} max={busy.of} aria-label="Export progress" />}
        {refusal && (
          <div className="usa-alert usa-alert--error" role={alertRole} data-testid="export-refusal" tabIndex={-1} data-outcome="">
            <div className="usa-alert__body">
            <h3 className="usa-alert__heading">Final export refused</h3>
            {stillRefused.length === 0
              ? <p>Nothing was exported. The blocking findings that stopped it have been fixed since: export the final MOU again.</p>
              : <p>{stillRefused.length < refusal.length ? 'Nothing was exported. Some of the blocking findings that stopped it are fixed; these must still be fixed first:' : 'These blocking findings must be fixed first; nothing was exported:'}</p>}
            {stillRefused.length > 0 && (
            <ul>
              {stillRefused.map((finding) => (
                <li key={findingId(finding)}>
                  {finding.county ? `${finding.county} County: ` : ''}{finding.message} ({finding.citation}
                  {placeOf ? `; ${placeOf(finding)}` : sectionLabel(finding.section) ? `; ${sectionLabel(finding.section)}` : ''})
                  {onFix && <>{' '}<button type="button" className="usa-button usa-button--unstyled link-button" onClick={() => onFix(finding)}
                    aria-label={`Fix this: ${finding.county ? `${finding.county} County, ` : ''}${finding.title}`}>
                    Fix this
                  </button></>}
                </li>
              ))}
            </ul>
            )}
            </div>
          </div>
        )}
        {unshown && (
          <div className="usa-alert usa-alert--error" role={alertRole} data-testid="export-unshown" tabIndex={-1} data-outcome="">
            <div className="usa-alert__body">
              <h3 className="usa-alert__heading">Final PDF refused</h3>
              {unshown.places.length === 0
                ? <p>Nothing was exported. The text that stopped it has been changed since: export the final PDF again.</p>
                : <>
                  <p>Nothing was exported. {unshownRefusal(unshown, characterInWords, 'export the final Word file')} {unshown.characters.length === 1 ? 'It is in:' : 'They are in:'}</p>
                  <UnshownPlaces places={unshown.places} placeOf={placeOf} onFix={onFix} />
                </>}
            </div>
          </div>
        )}
        {failure && (
          <div className="usa-alert usa-alert--error" role={alertRole} data-testid="export-failure" tabIndex={-1} data-outcome="">
            <div className="usa-alert__body">
              <h3 className="usa-alert__heading">The export did not finish</h3>
              <p className="usa-alert__text">{failure}</p>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
