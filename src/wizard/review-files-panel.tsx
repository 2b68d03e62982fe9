import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { plural } from '../lib/words';
import { Alert } from './alert';

/** How each file refused or left out ends: others chosen with it may have changed the draft. */
export const NOTHING_TAKEN_IN = 'Nothing of it was taken in.';

export interface ReviewFilesOutcome {
  /** Per file opened: what it added, in words. */
  added: string[];
  /** Per file refused: why, in words. */
  refused: string[];
  /** Per file of a draft of another title: why, and how to take it in anyway, which says what it added. */
  held: Array<{ name: string; words: string; takeIn: () => string }>;
}

interface Props {
  /** Open comments on the draft, across every section. */
  openComments: number;
  onOpen: (files: File[]) => Promise<ReviewFilesOutcome>;
  /** The page's latest error, by attempt (a draft file that could not be opened). */
  pageErrorId?: number | null;
}

/**
 * The committee takes in reviewers' files: each adds its comments and verdicts to the draft's,
 * on the sections they were made on; none changes the committee's text, and the same file
 * opened twice adds nothing.
 */
export function ReviewFilesPanel({ openComments, onOpen, pageErrorId = null }: Props) {
  // What the panel shows: the outcome, and the held files the committee chose to leave out (a
  // choice, not a failure: told as a note, not an error).
  const [outcome, setOutcome] = useState<(ReviewFilesOutcome & { leftOut: string[] }) | null>(null);
  const [busy, setBusy] = useState(false);
  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length === 0) return;
    setBusy(true);
    const result = await onOpen(files);
    setBusy(false);
    setOutcome({ ...result, leftOut: [] });
  };
  // Focus moves to what happened once it is on the page (UX.md), each time files are opened: the
  // input was disabled while they were read, which sent focus to the page's body.
  const said = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome) said.current?.focus();
  }, [outcome]);
  const takeIn = (held: ReviewFilesOutcome['held'][number]) => {
    if (!outcome) return;
    setOutcome({ ...outcome, added: [...outcome.added, held.takeIn()], held: outcome.held.filter((h) => h !== held) });
  };
  const leave = (held: ReviewFilesOutcome['held'][number]) => {
    if (!outcome) return;
    setOutcome({ ...outcome, leftOut: [...outcome.leftOut, `${held.name}: left out, as you chose. ${NOTHING_TAKEN_IN}`], held: outcome.held.filter((h) => h !== held) });
  };
  // A later error at the top of the page is about another action: this panel's message goes, so
  // that one alert stands (opening review files clears the page's messages in turn). Set while
  // rendering, not in an effect, so that no frame shows both alerts.
  const [errorSeen, setErrorSeen] = useState(pageErrorId);
  if (pageErrorId !== errorSeen) {
    setErrorSeen(pageErrorId);
    if (pageErrorId !== null) setOutcome(null);
  }
  return (
    <section className="panel review-files" aria-labelledby="review-files-heading" data-testid="review-files">
      <h2 id="review-files-heading">Comments from reviewers</h2>
      <p>
        {openComments === 0 ? 'No open comments.' : `${plural(openComments, 'open comment')}: each part of the task list says how many are on it, and each step shows them below its questions.`}
        {' '}Reviewers send back a review file (<code>.csecreview.json</code>): open one or several together to add their
        comments. Nothing of your text is changed, and a file opened twice adds nothing.
      </p>
      <label className="usa-label" htmlFor="review-files-input">Open review files</label>
      <input id="review-files-input" type="file" multiple accept=".json,.csecreview.json" disabled={busy} onChange={(e) => void choose(e)} />
      {outcome && (
        // One live region for one outcome (UX.md): the files taken in and the files refused are
        // told together, as an alert when any file needs the committee's attention.
        <div id="review-files-outcome" ref={said} tabIndex={-1} data-testid="review-files-outcome"
          role={outcome.refused.length + outcome.held.length > 0 ? 'alert' : 'status'}>
          {outcome.added.length > 0 && (
            <div className="usa-alert usa-alert--success usa-alert--slim">
              <div className="usa-alert__body"><ul className="usa-alert__text usa-list usa-list--unstyled">{outcome.added.map((line) => <li key={line}>{line}</li>)}</ul></div>
            </div>
          )}
          {outcome.held.map((held) => (
            <Alert key={held.name} kind="warning" level={3} heading="Is this review about this draft?" data-testid="review-file-held">
              <p>{held.words}</p>
              <div className="button-row">
                <button type="button" className="usa-button usa-button--outline" aria-label={`Take its comments in: ${held.name}`} onClick={() => takeIn(held)}>Take its comments in</button>
                <button type="button" className="usa-button usa-button--unstyled link-button" aria-label={`Leave it out: ${held.name}`} onClick={() => leave(held)}>Leave it out</button>
              </div>
            </Alert>
          ))}
          {outcome.leftOut.length > 0 && (
            <div className="usa-alert usa-alert--info usa-alert--slim">
              <div className="usa-alert__body"><ul className="usa-alert__text usa-list usa-list--unstyled">{outcome.leftOut.map((line) => <li key={line}>{line}</li>)}</ul></div>
            </div>
          )}
          {outcome.refused.length > 0 && (
            <div className="usa-alert usa-alert--error usa-alert--slim">
              <div className="usa-alert__body"><ul className="usa-alert__text usa-list usa-list--unstyled">{outcome.refused.map((line) => <li key={line}>{line}</li>)}</ul></div>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
