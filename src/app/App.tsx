import { useCallback, useEffect, useRef, useState } from 'react';
import { describeCounties, describeRestoreError, DRAFT_VERSION, draftSchema, restoreDraft, type Draft, type RestoredDraft, type RestoreError } from '../model';
import { err, ok, type Result } from '../lib/result';
import { summarizeFindings, type Finding } from '../requirements';
import { readDraftFile, saveDraftFile } from '../storage/draft-file';
import { askToPersist, type Persistence } from '../storage/persistence';
import { ExportPanel, type ExportBusy, flushPendingEdits, KeptDrafts, LoadMessages, NewProtocol, OpenDraft, type Basics, type ExportChoice } from '../wizard';
import { todayIso } from '../lib/dates';
import { createDraftStore } from './draft-store';
import { exportMou, warmExport } from './export-mou';
import { SAMPLE_NAME, sampleText } from './sample';
import { OpenProtocol, type Loaded } from './open-protocol';
import { useAutosave } from './use-autosave';
import { useKeptDrafts } from './use-kept-drafts';


interface Removed {
  id: string;
  title: string;
  draft: Draft;
  envelopeExtras: Record<string, unknown>;
}

export function App() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<{ id: number; message: string } | null>(null);
  const [repairs, setRepairs] = useState<string[]>([]);
  const [exporting, setExporting] = useState<ExportBusy | null>(null);
  const [exported, setExported] = useState<{ message: string | null; refusal: Finding[] | null; failure: string | null }>(
    { message: null, refusal: null, failure: null },
  );
  const attempt = useRef(0);
  const [persistence, setPersistence] = useState<Persistence>('unknown');
  const [fileSavedAt, setFileSavedAt] = useState<Date | null>(null);
  // The export code and the PDF fonts load in the background once the first page is idle.
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 2000));
    idle(() => warmExport());
  }, []);
  const drafts = useKeptDrafts();
  const [removed, setRemoved] = useState<Removed | null>(null);

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
    const store = createDraftStore(draft, { today: todayIso, deferChecks: true });
    const { findings } = store.getState();
    let kept = keptId;
    if (kept === null) {
      try {
        kept = await drafts.keep(null, draft, envelopeExtras);
      } catch {
        kept = null;
      }
    }
    if (id !== attempt.current) return;
    setLoaded({ store, envelopeExtras, source, keptId: kept });
    setFileSavedAt(null);
    if (kept !== null) void askToPersist().then(setPersistence);
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
      setRemoved(result?.ok ? { id: keptId, title, draft: result.value.draft, envelopeExtras: result.value.envelopeExtras } : null);
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
    setStatus(`Put “${removed.title}” back among the drafts kept in this browser.`);
    setRemoved(null);
  };

  const exportDraft = async ({ final, format }: ExportChoice) => {
    if (!loaded) return;
    const what = `${final ? 'final' : 'draft'} ${format === 'docx' ? 'Word file' : 'PDF'}`;
    setExporting({ words: `Preparing the ${what}`, step: 0, of: 3 });
    try {
      flushPendingEdits();
      const outcome = await exportMou(loaded.store.getState().draft, final, format, todayIso(),
        (progress) => setExporting({ ...progress, words: `Preparing the ${what}: ${progress.words.toLowerCase()}` }));
      setExported(outcome.kind === 'refused'
        ? { message: null, refusal: outcome.blocking, failure: null }
        : { message: [`Saved the ${what} as ${outcome.name} in your downloads.`, ...outcome.notes].join(' '), refusal: null, failure: null });
    } catch (error) {
      setExported({ message: null, refusal: null, failure: `${(error as Error).message} Your draft has not been changed.` });
    } finally {
      setExporting(null);
    }
  };

  const keep = drafts.keep;
  const keptId = loaded?.keptId ?? null;
  const envelopeExtras = loaded?.envelopeExtras;
  const autosave = useCallback(async (draft: Draft) => {
    await keep(keptId, draft, envelopeExtras ?? {});
  }, [keep, keptId, envelopeExtras]);
  const stash = drafts.stash;
  const stashNow = useCallback((draft: Draft) => {
    if (keptId !== null) stash(keptId, draft, envelopeExtras ?? {});
  }, [stash, keptId, envelopeExtras]);
  const saveState = useAutosave(loaded?.store ?? null, keptId === null ? null : autosave, stashNow);

  const close = () => {
    flushPendingEdits();
    setLoaded(null);
    setExported({ message: null, refusal: null, failure: null });
    setStatus(keptId === null ? '' : 'The protocol is kept in this browser: continue it from the list below.');
  };

  const save = () => {
    if (!loaded) return;
    flushPendingEdits();
    const name = saveDraftFile(loaded.store.getState().draft, { envelopeExtras: loaded.envelopeExtras });
    setFileSavedAt(new Date());
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
        <LoadMessages status={status} error={error} repairs={repairs} />
        {drafts.unavailable && (
          <div className="usa-alert usa-alert--warning usa-alert--slim" data-testid="storage-unavailable">
            <div className="usa-alert__body"><p className="usa-alert__text">{drafts.unavailable}</p></div>
          </div>
        )}
        {loaded ? (
          <OpenProtocol loaded={loaded} saveState={saveState} persistence={persistence} fileSavedAt={fileSavedAt} onSave={save} onClose={close}>
            {(blockingCount, fix, placeOf) => (
              <ExportPanel
                blockingCount={blockingCount}
                onFix={fix}
                placeOf={placeOf}
                busy={exporting}
                onExport={exportDraft}
                refusal={exported.refusal}
                message={exported.message}
                failure={exported.failure}
              />
            )}
          </OpenProtocol>
        ) : (
          <>
            <section className="intro" aria-label="About this tool">
              <p>
                This tool walks a county&apos;s steering committee through its interagency protocol section by
                section, checks every answer against the law as you type, and writes the MOU as a Word file and
                a PDF for signature and for CDSS.
              </p>
              <p>Everything stays on this computer: nothing you type or open is sent over the network.</p>
            </section>
            <KeptDrafts drafts={drafts.kept} onContinue={continueDraft} onRemove={removeDraft} />
            {removed && (
              <div className="usa-alert usa-alert--info usa-alert--slim" data-testid="removed-draft">
                <div className="usa-alert__body">
                  <p className="usa-alert__text">
                    <button type="button" className="usa-button usa-button--outline" onClick={undoRemove}>
                      Undo
                    </button>{' '}
                    Keep “{removed.title}” in this browser again.
                  </p>
                </div>
              </div>
            )}
            <NewProtocol onCreate={startProtocol} />
            <OpenDraft onFileChosen={openFile} onUseSample={openSample} />
          </>
        )}
      </main>
      <footer className="site-footer">
        <div className="wrap">
          <p>
            Everything stays on this computer: drafts you start or open are kept in this browser as
            you work, until you remove them, and saved as files you download; nothing is sent over the
            network. The checks help the committee; they are not legal advice.
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
