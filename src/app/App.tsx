import { useRef, useState } from 'react';
import { describeCounties, describeRestoreError, restoreDraft, type Draft, type RestoredDraft, type RestoreError } from '../model';
import type { Result } from '../lib/result';
import { checkDraft, summarizeFindings, type Finding } from '../requirements';
import { readDraftFile, saveDraftFile } from '../storage/draft-file';
import { FindingsPanel, LoadMessages, OpenDraft } from '../wizard';
import { SAMPLE_NAME, sampleText } from './sample';

interface Loaded {
  draft: Draft;
  envelopeExtras: Record<string, unknown>;
  findings: Finding[];
  source: string;
}

export function App() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<{ id: number; message: string } | null>(null);
  const [repairs, setRepairs] = useState<string[]>([]);
  const attempt = useRef(0);

  // A file that cannot be opened changes only the messages: the open draft and its findings
  // stay exactly as they were (a malformed file never replaces the user's work).
  const accept = (result: Result<RestoredDraft, RestoreError>, source: string, id: number) => {
    if (id !== attempt.current) return; // a later choice has superseded this one
    if (!result.ok) {
      setError({ id, message: describeRestoreError(result.error) });
      setStatus('');
      return;
    }
    const { draft, envelopeExtras } = result.value;
    const findings = checkDraft(draft);
    setLoaded({ draft, envelopeExtras, findings, source });
    setError(null);
    setRepairs(result.value.repairs);
    setStatus(`Opened ${source} (${describeCounties(draft.counties)}): ${summarizeFindings(findings)}.`);
  };

  const openFile = async (file: File) => {
    const id = ++attempt.current;
    accept(await readDraftFile(file), `the file ${file.name}`, id);
  };

  const openSample = () => accept(restoreDraft(sampleText), SAMPLE_NAME, ++attempt.current);

  const save = () => {
    if (!loaded) return;
    const name = saveDraftFile(loaded.draft, { envelopeExtras: loaded.envelopeExtras });
    setError(null);
    setStatus(`Saved a copy as ${name} in your downloads.`);
  };

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="masthead">
        <div className="wrap">
          <h1>CSEC Protocol &amp; MOU Wizard</h1>
          <p className="masthead__lede">
            Draft and check a county&apos;s interagency protocol for commercially sexually exploited
            children under SB 855 (Welfare and Institutions Code 16524.8).
          </p>
        </div>
      </header>
      <main id="main" className="wrap">
        <OpenDraft onFileChosen={openFile} onUseSample={openSample} />
        <LoadMessages status={status} error={error} repairs={repairs} />
        {loaded ? (
          <FindingsPanel draft={loaded.draft} findings={loaded.findings} source={loaded.source} onSave={save} />
        ) : (
          <section className="panel empty" aria-labelledby="empty-heading">
            <h2 id="empty-heading">No draft open</h2>
            <p>
              When a draft is open, this page lists what the protocol still needs: blocking findings
              that stop a final export, warnings the committee can acknowledge, and advice.
            </p>
          </section>
        )}
      </main>
      <footer className="site-footer">
        <div className="wrap">
          <p>
            Everything stays on this computer: drafts are read and saved in your browser and nothing
            is sent over the network. The checks help the committee; they are not legal advice.
          </p>
        </div>
      </footer>
    </>
  );
}
