import { useEffect, useRef, type ChangeEvent } from 'react';
import { momentInWords } from '../lib/dates';

export interface Version {
  seq: number;
  at: string;
  reason: string;
  summary: string;
}

interface Props {
  /** The draft's earlier versions, newest first; null until asked for. */
  versions: readonly Version[] | null;
  onShow: () => void;
  onRestore: (version: Version) => void;
  /** Shows what changed from a version to the draft as it is now. */
  onCompare: (version: Version) => void;
  /** A draft file chosen to replace the open draft (it is previewed first). */
  onReplaceWith: (file: File) => void;
  /** A draft file chosen to compare the open draft with. */
  onCompareWithFile: (file: File) => void;
}

/** Hands the file an input was given to `to`, and clears the input so the same file can be chosen again. */
const onFile = (to: (file: File) => void) => (event: ChangeEvent<HTMLInputElement>) => {
  const file = event.currentTarget.files?.[0];
  event.currentTarget.value = '';
  if (file) to(file);
};

const tally = (words: readonly string[]) => {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return (word: string) => counts.get(word) ?? 0;
};

/**
 * When each version was kept, in words that tell it from the others: to the minute, to the second
 * where two were kept in the same minute (opening a file, then restoring), and with its place
 * among the versions where two were kept in the same second. The buttons are named by it, so a
 * screen reader's list of buttons tells them apart.
 */
function versionTimes(versions: readonly Version[]): { shown: string; name: string }[] {
  const minutes = versions.map((version) => momentInWords(version.at));
  const inMinute = tally(minutes);
  const shown = versions.map((version, index) => inMinute(minutes[index]!) > 1 ? momentInWords(version.at, true) : minutes[index]!);
  const inSecond = tally(shown);
  return shown.map((when, index) => ({
    shown: when,
    name: inSecond(when) > 1 ? `${when}, version ${versions.length - index} of ${versions.length}` : when,
  }));
}

/** Earlier versions of the open draft, any of which can be restored, and replacing it with a file. */
export function History({ versions, onShow, onRestore, onCompare, onReplaceWith, onCompareWithFile, locked = false }: Props & {
  /** The text is certified: it is compared with others, but nothing is restored or put in its place until a new version is started. */
  locked?: boolean;
}) {
  // "Show earlier versions" goes as the versions come: focus moves to what took its place, not
  // to the page's start.
  const asked = useRef(false);
  useEffect(() => {
    if (versions === null || !asked.current) return;
    asked.current = false;
    document.getElementById('history-versions')?.focus();
  }, [versions]);
  const times = versions ? versionTimes(versions) : [];
  return (
    <section className="panel history" aria-labelledby="history-heading" data-testid="history">
      <h2 id="history-heading" tabIndex={-1}>Earlier versions</h2>
      <p>
        The app keeps a version of this draft each time it is opened, every few minutes while you edit,
        and before a version is restored or a file replaces it.
      </p>
      {locked && (
        <p className="usa-hint" data-testid="history-locked">
          The text is certified final: to restore a version or replace the draft with a file, first start a new version under “Certified final”. “What changed since then” still works: it changes nothing.
        </p>
      )}
      {versions === null ? (
        <button type="button" className="usa-button usa-button--outline" onClick={() => { asked.current = true; onShow(); }}>Show earlier versions</button>
      ) : versions.length === 0 ? (
        <p id="history-versions" tabIndex={-1}>No earlier versions are kept yet.</p>
      ) : (
        <ol id="history-versions" tabIndex={-1} className="history__list" aria-label="Earlier versions of this draft, newest first">
          {versions.map((version, index) => (
            <li key={version.seq} className="history__item">
              <div>
                <p className="history__when">{times[index]!.shown}: {version.reason}</p>
                <p className="history__summary">{version.summary}</p>
              </div>
              <div className="history__actions">
                <button type="button" className="usa-button usa-button--outline" onClick={() => onCompare(version)}>
                  What changed since then<span className="usa-sr-only">: the version of {times[index]!.name}</span>
                </button>
                {!locked && (
                  <button type="button" className="usa-button usa-button--outline" onClick={() => onRestore(version)}>
                    Restore<span className="usa-sr-only"> the version of {times[index]!.name}</span>
                  </button>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      {!locked && (
        <div className="history__replace">
          <label htmlFor="replace-file" className="usa-label">Replace this draft with a draft file</label>
          <p id="replace-file-hint" className="usa-hint">
            For a newer copy a committee member sent you. You see what the file holds before anything changes.
          </p>
          <input id="replace-file" type="file" accept=".json,.csecmou.json" aria-describedby="replace-file-hint" onChange={onFile(onReplaceWith)} />
        </div>
      )}
      <CompareWithFile onCompareWithFile={onCompareWithFile} />
    </section>
  );
}

/** The file input that compares the open draft with a draft file; `apart` rules it off from the controls above it. */
function CompareWithFile({ onCompareWithFile, apart = true, hint = 'See what changed between a copy someone sent you and this draft. Nothing changes in either.' }: Pick<Props, 'onCompareWithFile'> & { apart?: boolean; hint?: string }) {
  return (
    <div className={apart ? 'history__replace' : undefined}>
      <label htmlFor="compare-file" className="usa-label">Compare this draft with a draft file</label>
      <p id="compare-file-hint" className="usa-hint">{hint}</p>
      <input id="compare-file" type="file" accept=".json,.csecmou.json" aria-describedby="compare-file-hint" onChange={onFile(onCompareWithFile)} />
    </div>
  );
}

/**
 * A reviewer's "What changed": the draft received against the copy reviewed before, so that a
 * second round reads only what the committee changed. A reviewer restores and replaces nothing.
 */
export function ReviewerCompare({ onCompareWithFile }: Pick<Props, 'onCompareWithFile'>) {
  return (
    <section className="panel history" aria-labelledby="reviewer-compare-heading" data-testid="reviewer-compare">
      <h2 id="reviewer-compare-heading" tabIndex={-1}>What changed since you last reviewed</h2>
      <CompareWithFile onCompareWithFile={onCompareWithFile} apart={false}
        hint="Choose the copy of the draft you reviewed before: the changes the committee made since are listed, part by part. Nothing changes in either." />
    </section>
  );
}
