import { useEffect, useRef, useState } from 'react';
import { momentInWords, todayIso } from '../lib/dates';
import { describeCounties, describeRestoreError, DRAFT_VERSION, draftSchema, restoreDraft, type Draft, type RestoredDraft } from '../model';
import { checkDraft, summarizeFindings, type Finding } from '../requirements';
import { readDraftFile, saveDraftFile, type DraftFile } from '../storage/draft-file';
import type { LoadError, RemovedDraft } from '../storage/draft-repository';
import { askToPersist, type Persistence } from '../storage/persistence';
import {
  EditingElsewhere, ExportPanel, type ExportBusy, type ExportChoice, FilePreview, flushPendingEdits, History, KeptDrafts, LoadMessages,
  NewProtocol, OpenDraft, type Basics, type Version,
} from '../wizard';
import { exportMou, warmExport } from './export-mou';
import { REASONS } from './kept-session';
import { OpenProtocol } from './open-protocol';
import { SAMPLE_NAME, sampleText } from './sample';
import type { SaveState } from './use-autosave';
import { useKeptDrafts } from './use-kept-drafts';
import { OFFLINE_WORDS, useOffline } from './use-offline';
import { useProtocol } from './use-protocol';

/** A kept draft that could not be opened, in words. */
function describeKeptProblem(error: { kind: 'notFound' } | { kind: 'damaged' }): string {
  return error.kind === 'notFound'
    ? 'That draft is no longer kept in this browser (it was removed, perhaps in another tab). Open a saved draft file instead.'
    : 'The copies of that draft kept in this browser are damaged and none can be read. Open a saved draft file instead.';
}

interface Pending {
  mode: 'open' | 'replace';
  name: string;
  file: DraftFile;
}

export function App() {
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
  const [pending, setPending] = useState<Pending | null>(null);
  // The export code and the PDF fonts load in the background once the first page is idle.
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 2000));
    idle(() => warmExport());
  }, []);
  const drafts = useKeptDrafts();
  const offline = useOffline();
  const protocol = useProtocol(drafts.repository, drafts.refresh);
  const loaded = protocol.open;
  const [removed, setRemoved] = useState<{ title: string; removed: RemovedDraft } | null>(null);
  const saveState: SaveState = drafts.superseded ? { kind: 'stopped', problem: { kind: 'newerApp' } } : protocol.saveState;

  const opened = (restored: RestoredDraft, source: string, draft: Draft, keptNow: boolean, kept: boolean) => {
    // keptNow: kept in this browser as it opened (a file, the sample, a new protocol); kept: it is there now.
    setFileSavedAt(null);
    if (kept) void askToPersist().then(setPersistence);
    setExported({ message: null, refusal: null, failure: null });
    setError(null);
    setPending(null);
    setRepairs(restored.repairs);
    const findings = checkDraft(draft, { today: todayIso() });
    setStatus(`Opened ${source} (${describeCounties(draft.counties)}): ${summarizeFindings(findings)}.${keptNow ? ' It is kept in this browser.' : ''}`);
  };

  // A file that cannot be opened changes only the messages: the open draft and its findings
  // stay exactly as they were (a malformed file never replaces the user's work).
  const refuse = (id: number, restoreError: LoadError) => {
    if (id !== attempt.current) return;
    setError({ id, message: restoreError.kind === 'notFound' || restoreError.kind === 'damaged' ? describeKeptProblem(restoreError) : describeRestoreError(restoreError) });
    setStatus('');
  };

  // A file, the sample or a new protocol is kept as a new draft beside the others.
  const openAsNew = async (restored: RestoredDraft, source: string, id: number, file?: { text: string; name: string }) => {
    if (id !== attempt.current) return;
    const { store, kept } = await protocol.openAsNew({ restored, source, ...(file ? { fileText: file.text, fileName: file.name } : {}) });
    if (id !== attempt.current) return;
    opened(restored, source, store.getState().draft, kept, kept);
  };

  const chooseFile = async (file: File, mode: Pending['mode']) => {
    const id = ++attempt.current;
    const result = await readDraftFile(file);
    if (id !== attempt.current) return;
    if (!result.ok) return refuse(id, result.error);
    setError(null);
    setPending({ mode, name: file.name, file: result.value });
  };

  const confirmPending = async () => {
    if (!pending) return;
    const { mode, name, file } = pending;
    if (mode === 'open') return openAsNew(file.restored, `the file ${name}`, ++attempt.current, { text: file.text, name });
    try {
      await protocol.replaceWith(file.restored.draft, REASONS.beforeReplace(name));
    } catch (error) {
      setPending(null);
      return setError({ id: ++attempt.current, message: (error as Error).message });
    }
    setPending(null);
    setRepairs(file.restored.repairs);
    setStatus(`Replaced the draft with the file ${name}. The draft as it was is kept among its earlier versions.`);
  };

  const openSample = () => {
    const restored = restoreDraft(sampleText);
    if (restored.ok) void openAsNew(restored.value, SAMPLE_NAME, ++attempt.current);
  };

  const startProtocol = (basics: Basics) => {
    const draft = draftSchema.parse({ ...basics, title: newTitle(basics) });
    void openAsNew({ draft, fileVersion: DRAFT_VERSION, envelopeExtras: {}, repairs: [], integrity: 'verified', savedAt: null, appVersion: null }, 'your new protocol', ++attempt.current);
  };

  const continueDraft = async (keptId: string, takeOver = false) => {
    const id = ++attempt.current;
    const title = drafts.kept.find((d) => d.id === keptId)?.title ?? loaded?.store.getState().draft.title ?? 'the kept draft';
    const source = `“${title}” from this browser`;
    const result = await protocol.continueKept(keptId, source, takeOver);
    if (!result || id !== attempt.current) return;
    if (!result.ok) return refuse(id, result.error);
    opened(result.value.restored, source, result.value.restored.draft, false, true);
    if (!result.editsHere) setStatus(`“${title}” is open for editing in another tab.`);
  };

  const removeDraft = async (keptId: string) => {
    const title = drafts.kept.find((d) => d.id === keptId)?.title ?? 'The draft';
    try {
      const taken = await drafts.repository?.remove(keptId);
      await drafts.refresh();
      setRemoved(taken ? { title, removed: taken } : null);
      setStatus(`Removed “${title}” and its earlier versions from this browser.`);
    } catch (error) {
      setStatus(`The browser could not remove “${title}” (${(error as Error).message}). It is still kept.`);
    }
  };

  const undoRemove = async () => {
    if (!removed) return;
    try {
      await drafts.repository?.putBack(removed.removed);
      await drafts.refresh();
    } catch (error) {
      setStatus(`The browser could not keep “${removed.title}” again (${(error as Error).message}).`);
      return;
    }
    setStatus(`Put “${removed.title}” back among the drafts kept in this browser.`);
    setRemoved(null);
  };

  const restoreVersion = async (version: Version) => {
    let restored;
    try {
      restored = await protocol.restoreVersion(version);
    } catch (error) {
      return setError({ id: ++attempt.current, message: (error as Error).message });
    }
    if (!restored) return;
    if (!restored.ok) return refuse(++attempt.current, restored.error);
    setRepairs(restored.value.repairs);
    setStatus(`Restored the version of ${momentInWords(version.at)}. The draft as it was is kept among the earlier versions: restore it to undo.`);
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

  const close = () => {
    const keptId = loaded?.keptId ?? null;
    const fileSaved = fileSavedAt;
    protocol.close();
    setPending(null);
    setExported({ message: null, refusal: null, failure: null });
    setStatus(keptId === null ? '' : `The protocol is kept in this browser: continue it from the list below. ${fileSaved
      ? `It was last saved as a file at ${fileSaved.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}.`
      : 'It was not saved as a file this time: browsers can clear what they keep, so continue it and save a copy of this draft too.'}`);
  };

  const save = () => {
    if (!loaded) return;
    flushPendingEdits();
    const name = saveDraftFile(loaded.store.getState().draft, { envelopeExtras: loaded.envelopeExtras });
    setFileSavedAt(new Date());
    protocol.savedAsFile();
    setError(null);
    setStatus(`Saved a copy as ${name} in your downloads.`);
  };

  const preview = pending && (
    <FilePreview name={pending.name} restored={pending.file.restored}
      replacing={pending.mode === 'replace' ? loaded?.store.getState().draft.title ?? null : null}
      onConfirm={() => void confirmPending()} onCancel={() => { setPending(null); setStatus('Nothing was changed.'); }} />
  );

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
        {loaded && preview ? preview : loaded && loaded.editing !== 'here' ? (
          <EditingElsewhere title={loaded.store.getState().draft.title} handedOver={loaded.editing === 'handedOver'}
            onTakeOver={() => loaded.keptId && void continueDraft(loaded.keptId, true)} onClose={close} />
        ) : loaded ? (
          <OpenProtocol loaded={loaded} saveState={saveState} persistence={persistence} fileSavedAt={fileSavedAt} onSave={save} onClose={close}>
            {(blockingCount, fix, placeOf) => (
              <>
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
                {loaded.keptId !== null && (
                  <History versions={protocol.versions} onShow={() => void protocol.showHistory()} onRestore={(version) => void restoreVersion(version)}
                    onReplaceWith={(file) => void chooseFile(file, 'replace')} />
                )}
              </>
            )}
          </OpenProtocol>
        ) : preview ? preview : (
          <>
            <section className="intro" aria-label="About this tool">
              <p>
                This tool walks a county&apos;s steering committee through its interagency protocol section by
                section, checks every answer against the law as you type, and writes the MOU as a Word file and
                a PDF for signature and for CDSS.
              </p>
              <p>Everything stays on this computer: nothing you type or open is sent over the network.</p>
            </section>
            <KeptDrafts drafts={drafts.kept} onContinue={(id) => void continueDraft(id)} onRemove={removeDraft} />
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
            <OpenDraft onFileChosen={(file) => void chooseFile(file, 'open')} onUseSample={openSample} />
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
          <p role="status" data-testid="offline-status">{OFFLINE_WORDS[offline]}</p>
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
