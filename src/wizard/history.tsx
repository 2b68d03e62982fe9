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
        <table className="usa-table usa-table--borderless history__table">
          <caption className="usa-sr-only">Earlier versions of this draft, newest first</caption>
          <thead>
            <tr><th scope="col">Saved</th><th scope="col">When</th><th scope="col">What it held</th><th scope="col"><span className="usa-sr-only">Restore</span></th></tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.seq}>
                <th scope="row">{momentInWords(version.at)}</th>
                <td>{version.reason}</td>
                <td>{version.summary}</td>
                <td>
                  <button type="button" className="usa-button usa-button--unstyled" onClick={() => onRestore(version)}>
                    Restore<span className="usa-sr-only"> the version of {momentInWords(version.at)}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
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
