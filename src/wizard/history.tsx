import type { ChangeEvent } from 'react';
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
  /** A draft file chosen to replace the open draft (it is previewed first). */
  onReplaceWith: (file: File) => void;
}

/** Earlier versions of the open draft, any of which can be restored, and replacing it with a file. */
export function History({ versions, onShow, onRestore, onReplaceWith }: Props) {
  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (file) onReplaceWith(file);
  };
  return (
    <section className="panel history" aria-labelledby="history-heading" data-testid="history">
      <h2 id="history-heading">Earlier versions</h2>
      <p>
        The app keeps a version of this draft each time it is opened, every few minutes while you edit,
        and before a version is restored or a file replaces it.
      </p>
      {versions === null ? (
        <button type="button" className="usa-button usa-button--outline" onClick={onShow}>Show earlier versions</button>
      ) : versions.length === 0 ? (
        <p>No earlier versions are kept yet.</p>
      ) : (
        <ol className="history__list" aria-label="Earlier versions of this draft, newest first">
          {versions.map((version) => (
            <li key={version.seq} className="history__item">
              <div>
                <p className="history__when">{momentInWords(version.at)}: {version.reason}</p>
                <p className="history__summary">{version.summary}</p>
              </div>
              <button type="button" className="usa-button usa-button--outline" onClick={() => onRestore(version)}>
                Restore<span className="usa-sr-only"> the version of {momentInWords(version.at)}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className="history__replace">
        <label htmlFor="replace-file" className="usa-label">Replace this draft with a draft file</label>
        <p id="replace-file-hint" className="usa-hint">
          For a newer copy a committee member sent you. You see what the file holds before anything changes.
        </p>
        <input id="replace-file" type="file" accept=".json,.csecmou.json" aria-describedby="replace-file-hint" onChange={chosen} />
      </div>
    </section>
  );
}
