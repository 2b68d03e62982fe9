import { useEffect, useRef, useState } from 'react';
import { describeCounties, describeRestoreError, DRAFT_VERSION, draftSchema, restoreDraft, type Draft, type RestoredDraft, type RestoreError } from '../model';
import { err, ok, type Result } from '../lib/result';
import { checkDraft, summarizeFindings, type Finding } from '../requirements';
import { readDraftFile, saveDraftFile } from '../storage/draft-file';
import { ExportPanel, FindingsPanel, KeptDrafts, LoadMessages, NewProtocol, OpenDraft, type Basics, type ExportChoice } from '../wizard';
import { todayIso } from '../lib/dates';
import { exportMou } from './export-mou';
import { SAMPLE_NAME, sampleText } from './sample';
import { useKeptDrafts } from './use-kept-drafts';

interface Loaded {
  draft: Draft;
  envelopeExtras: Record<string, unknown>;
  findings: Finding[];
  source: string;
  /** Its id among the drafts kept in this browser, or null when it could not be kept. */
  keptId: string | null;
}

interface Removed {
  id: string;
  title: string;
  draft: Draft;
  envelopeExtras: Record<string, unknown>;
  /** Whether it was the draft on screen, which is kept again on undo. */
  wasOpen: boolean;
}

export function App() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<{ id: number; message: string } | null>(null);
  const [repairs, setRepairs] = useState<string[]>([]);
  const [exporting, setExporting] = useState<string | null>(null);
  const [exported, setExported] = useState<{ message: string | null; refusal: Finding[] | null; failure: string | null }>(
    { message: null, refusal: null, failure: null },
  );
  const attempt = useRef(0);
  const drafts = useKeptDrafts();
  const [removed, setRemoved] = useState<Removed | null>(null);
  // Counts drafts opened, so that focus moves to the one just opened (UX.md: after an action,
  // focus goes where the eye goes).
  const [opened, setOpened] = useState(0);
  useEffect(() => {
    if (opened > 0) document.getElementById('draft-title')?.focus();
  }, [opened]);

  // A file that cannot be opened changes only the messages: the open draft and its findings
  // stay exactly as they were (a malformed file never replaces the user's work).
  // A draft opened from a file or the sample is kept as a new draft beside the others; one
  // continued from the list keeps its place.
  const accept = async (result: Result<RestoredDraft, RestoreError>, source: string, id: number, keptId: string | null = null) => {
    if (id !== attempt.current) return; // a later choice has superseded this one
    if (!result.ok) {
      setError({ id, message: describeRestoreError(result.error) });
      setStatus('');
      return;
    }
    const { draft, envelopeExtras } = result.value;
    const findings = checkDraft(draft);
    let kept = keptId;
    if (kept === null) {
      try {
        kept = await drafts.keep(null, draft, envelopeExtras);
      } catch {
        kept = null;
      }
    }
    if (id !== attempt.current) return;
    setLoaded({ draft, envelopeExtras, findings, source, keptId: kept });
    setOpened((count) => count + 1);
    setExported({ message: null, refusal: null, failure: null });
    setError(null);
    setRepairs(result.value.repairs);
    setStatus(`Opened ${source} (${describeCounties(draft.counties)}): ${summarizeFindings(findings)}.${kept !== null && keptId === null ? ' It is kept in this browser.' : ''}`);
  };

  const openFile = async (file: File) => {
    const id = ++attempt.current;
    accept(await readDraftFile(file), `the file ${file.name}`, id);
  };

  const openSample = () => accept(restoreDraft(sampleText), SAMPLE_NAME, ++attempt.current);

  const startProtocol = (basics: Basics) => {
    const draft = draftSchema.parse({ ...basics, title: newTitle(basics) });
    void accept(ok({ draft, fileVersion: DRAFT_VERSION, envelopeExtras: {}, repairs: [] }), `your new protocol`, ++attempt.current);
  };

  const continueDraft = async (keptId: string) => {
    const id = ++attempt.current;
    const result = await drafts.repository?.load(keptId);
    if (!result) return;
    const title = drafts.kept.find((d) => d.id === keptId)?.title ?? 'the kept draft';
    if (result.ok) return accept(result, `“${title}” from this browser`, id, keptId);
    const error = result.error;
    if (error.kind === 'notFound') setStatus(`“${title}” is no longer kept in this browser.`);
    else await accept(err(error), `“${title}” from this browser`, id, keptId);
  };

  const removeDraft = async (keptId: string) => {
    const title = drafts.kept.find((d) => d.id === keptId)?.title ?? 'The draft';
    try {
      const result = await drafts.repository?.load(keptId);
      await drafts.remove(keptId);
      if (loaded?.keptId === keptId) setLoaded({ ...loaded, keptId: null });
      setRemoved(result?.ok ? { id: keptId, title, draft: result.value.draft, envelopeExtras: result.value.envelopeExtras, wasOpen: loaded?.keptId === keptId } : null);
      setStatus(`Removed “${title}” from this browser.`);
    } catch (error) {
      setStatus(`The browser could not remove “${title}” (${(error as Error).message}). It is still kept.`);
    }
  };

  const undoRemove = async () => {
    if (!removed) return;
    try {
      await drafts.keep(removed.id, removed.draft, removed.envelopeExtras);
    } catch (error) {
      setStatus(`The browser could not keep “${removed.title}” again (${(error as Error).message}). Save a draft file to keep it.`);
      return;
    }
    if (removed.wasOpen && loaded && loaded.keptId === null) setLoaded({ ...loaded, keptId: removed.id });
    setStatus(`Put “${removed.title}” back among the drafts kept in this browser.`);
    setRemoved(null);
  };

  const exportDraft = async ({ final, format }: ExportChoice) => {
    if (!loaded) return;
    const what = `${final ? 'final' : 'draft'} ${format === 'docx' ? 'Word file' : 'PDF'}`;
    setExporting(`Preparing the ${what}…`);
    try {
      const outcome = await exportMou(loaded.draft, final, format, todayIso());
      setExported(outcome.kind === 'refused'
        ? { message: null, refusal: outcome.blocking, failure: null }
        : { message: [`Saved the ${what} as ${outcome.name} in your downloads.`, ...outcome.notes].join(' '), refusal: null, failure: null });
    } catch (error) {
      setExported({ message: null, refusal: null, failure: `${(error as Error).message} Your draft has not been changed.` });
    } finally {
      setExporting(null);
    }
  };

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
        <NewProtocol onCreate={startProtocol} />
        <KeptDrafts drafts={drafts.kept} currentId={loaded?.keptId ?? null} onContinue={continueDraft} onRemove={removeDraft} />
        {drafts.unavailable && <p className="notice" data-testid="storage-unavailable">{drafts.unavailable}</p>}
        <LoadMessages status={status} error={error} repairs={repairs} />
        {removed && (
          <div className="notice" data-testid="removed-draft">
            <button type="button" className="button button--secondary" onClick={undoRemove}>
              Undo
            </button>{' '}
            Keep “{removed.title}” in this browser again.
          </div>
        )}
        {loaded ? (
          <>
            <FindingsPanel draft={loaded.draft} findings={loaded.findings} source={loaded.source} onSave={save} />
            <ExportPanel
              blockingCount={loaded.findings.filter((f) => f.severity === 'blocking').length}
              busy={exporting}
              onExport={exportDraft}
              refusal={exported.refusal}
              message={exported.message}
              failure={exported.failure}
            />
          </>
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
            Everything stays on this computer: drafts you open are kept in this browser until you
            remove them, and saved as files you download; nothing is sent over the network. The
            checks help the committee; they are not legal advice.
          </p>
        </div>
      </footer>
    </>
  );
}

/** "Napa County Interagency Protocol ...", "Lassen-Modoc Regional Interagency Protocol ...". */
function newTitle({ counties, kind }: Basics): string {
  const what = kind === 'companion' ? 'Companion Protocol' : 'Interagency Protocol';
  const where = counties.length === 1 ? `${counties[0]} County` : `${counties.join('-')} Regional`;
  return `${where} ${what} for Commercially Sexually Exploited Children`;
}
