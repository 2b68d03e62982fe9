import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { describeCounties, DRAFT_VERSION, draftSchema, restoreDraft, type RestoredDraft } from '../model';
import { summarizeFindings } from '../requirements';
import { restoreErrorInWords } from '../review/restore-error-text';
import { lookForNewerApp } from './use-offline';
import { readDraftFile, type DraftFile } from '../storage/draft-file';
import type { DraftOrigin, LoadError } from '../storage/draft-repository';
import { capitalise } from '../lib/words';
import { tiersAddedInThisTab } from '../storage/tiers-added';
import { yourName } from '../storage/your-name';
import { askToPersist, type Persistence } from '../storage/persistence';
import { FilePreview, keptDraftInWords, LoadMessages, originWords, reviewsOfTheSame, TiersAddedContext, titleFor, titleOrUntitled, YourNameContext, type Basics, type Version } from '../wizard';
import { Alert } from '../wizard/alert';
import { START } from './browser-history';
import type { DraftStore } from './draft-store';
import { warmExport } from './export-mou';
import { HeldElsewhere } from './held-elsewhere';
import { REASONS } from './kept-session';
import { OpenProtocol } from './open-protocol';
import { PageFrame } from './page-frame';
import { SAMPLE_NAME, sampleText } from './sample';
import { closedWordsFor, keptInWords, describeKeptProblem, KEPT_IN_OTHER_TAB, restoredWords, versionInWords } from './save-words';
import { StartPage } from './start-page';
import { TaskListPanels } from './task-list-panels';
import type { SaveState } from './use-autosave';
import { useAskBeforeDropping } from './use-ask-before-dropping';
import { useBackAndForward } from './use-back-and-forward';
import { useExport } from './use-export';
import { useKeptDrafts } from './use-kept-drafts';
import { useMessages } from './use-messages';
import { useProtocol } from './use-protocol';
import { useReview } from './use-review';
import { useSaveFile } from './use-save-file';

interface Pending {
  /** Open as a draft of its own, replace the open one, or open it for review (read-only). */
  mode: 'open' | 'replace' | 'review';
  name: string;
  file: DraftFile;
}

export function App() {
  // Each choice (a file, the sample, a kept draft) counts up: a slower, earlier one never lands over a later one.
  const attempt = useRef(0);
  const [persistence, setPersistence] = useState<Persistence>('unknown');
  const [pending, setPending] = useState<Pending | null>(null);
  // The step of starting a new protocol on the first page; each step has an entry in the history.
  const [newStep, setNewStep] = useState(1);
  // The drafts the first page offers to put back (its removals' Undo, newest last), while it does.
  const undoOffered = useRef<ReadonlyArray<{ id: string; named: string }>>([]);
  // The export code and the fonts load in the background once the first page is idle.
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((callback: () => void) => window.setTimeout(callback, 2000));
    idle(() => warmExport());
  }, []);
  const drafts = useKeptDrafts();
  const protocol = useProtocol(drafts.repository, drafts.refresh, drafts.showAsNow);
  const loaded = protocol.open;
  const messages = useMessages(loaded);
  const { setStatus, setError, setRepairs, say } = messages;
  const exported = useExport(() => loaded?.store.getState().draft ?? null, messages.status || messages.error);
  // An export is the latest action: what was said on opening the draft, or of a file that could not be opened, is old news beside what it says (UX.md).
  const exports = { ...exported, run: (choice: Parameters<typeof exported.run>[0]) => { setStatus(''); setError(null); return exported.run(choice); } };
  const review = useReview(protocol, attempt, {
    status: (words) => { setError(null); setRepairs([]); setStatus(words); },
    // An error of reviewing replaces the status of the action it ends ("Checking…"), under a heading that says what failed.
    error: (message, heading) => { setStatus(''); setError({ id: ++attempt.current, message, heading }); },
    refuse: (id, loadError) => refuse(id, loadError),
    clear: () => { setError(null); setRepairs([]); setStatus(''); },
  });
  const { save, fileSavedAt, openedAs: openedFileSaved } = useSaveFile({
    loaded, repository: drafts.repository, saveReviewFile: review.saveReviewFile, savedAsFile: protocol.savedAsFile, say, clearError: () => setError(null),
  });
  const saveState: SaveState = drafts.superseded ? { kind: 'stopped', problem: { kind: 'newerApp' } } : protocol.saveState;
  const sayWhyStaying = useCallback((words: { heading: string; message: string } | null) =>
    setError(words && { id: ++attempt.current, ...words }), [setError]);
  const askBeforeDropping = useAskBeforeDropping({ editingHere: loaded?.editing === 'here', saveState, say: sayWhyStaying, flush: protocol.flush, reviewing: loaded?.reviewing === true });
  const { history, editorHistory, reopening, leaveDraft } = useBackAndForward({
    loaded,
    overlay: pending !== null || review.comparing !== null,
    closeOverlay: () => {
      if (pending) {
        setPending(null);
        say('Nothing was changed.');
      }
      review.comparing?.onBack();
    },
    drafts,
    dropOpening: () => { attempt.current++; },
    closeDraft: () => close({ entry: 'same' }),
    openKept: (id) => continueDraft(id, { entry: 'same' }),
    showNewStep: setNewStep,
    askBeforeDropping: askBeforeDropping.stays,
  });
  const goToNewStep = (step: number, how?: 'replace' | 'previous') => {
    const place = step > 1 ? { at: 'start' as const, part: step } : START;
    if (how === 'replace') history.replace(place);
    else if (how === 'previous') history.previous(place);
    else history.push(place);
    setNewStep(step);
  };
  // A reload forgets the answers of the steps before: it starts again at the first, at its address.
  useEffect(() => {
    const here = history.here();
    if (here.at === 'start' && here.part) history.replace(START);
  }, [history]);
  // What was said on opening or saving is old news on the next page of the draft.
  const pageHistory = useMemo(() => ({ ...editorHistory, moved: (...move: Parameters<typeof editorHistory.moved>) => {
    setStatus('');
    editorHistory.moved(...move);
  } }), [editorHistory]);

  /** A draft has opened: the messages say so, with its findings as the store checked them. */
  const opened = (restored: RestoredDraft, source: string, store: DraftStore, { newlyKept, kept, fileSavedAt: savedBefore = null }: { newlyKept: boolean; kept: boolean; fileSavedAt?: Date | null }) => {
    openedFileSaved(savedBefore);
    if (kept) void askToPersist().then(setPersistence);
    exports.reset();
    setError(null);
    setPending(null);
    review.reset();
    setRepairs(restored.repairs);
    const { draft, findings } = store.getState();
    setStatus(`Opened ${source} (${describeCounties(draft.counties)}): ${summarizeFindings(findings)}.${newlyKept ? ' It is kept in this browser.' : ''}`);
  };

  // A file that cannot be opened changes only the messages: the open draft and its findings
  // stay exactly as they were (a malformed file never replaces the user's work).
  const refuse = (id: number, restoreError: LoadError, keptId: string | null = null) => {
    if (id !== attempt.current) return;
    const offered = undoOffered.current.findIndex((draft) => draft.id === keptId);
    const removedHere = offered < 0 ? null : { named: undoOffered.current[offered]!.named, later: undoOffered.current.length - 1 - offered };
    setError(restoreError.kind === 'notFound' || restoreError.kind === 'damaged'
      ? { id, message: describeKeptProblem(restoreError, removedHere), heading: 'The draft could not be opened' }
      : { id, message: restoreErrorInWords(restoreError, restoreError.kind === 'versionTooNew' ? lookForNewerApp() : undefined) });
    setStatus('');
  };

  // A file, the sample or a new protocol is kept as a new draft beside the others.
  const openAsNew = async (restored: RestoredDraft, source: string, origin: DraftOrigin, id: number, file?: { text: string; name: string }, reviewing = false) => {
    if (id !== attempt.current) return;
    const { store, keptId, notYetKept } = await protocol.openAsNew({ restored, source, origin, reviewing, ...(file ? { fileText: file.text, fileName: file.name } : {}) });
    if (id !== attempt.current) return;
    history.push({ at: 'draft', id: keptId, page: null });
    opened(restored, source, store, { newlyKept: keptId !== null && !notYetKept, kept: keptId !== null });
  };

  const chooseFile = async (file: File, mode: Pending['mode']) => {
    const id = ++attempt.current;
    const result = await readDraftFile(file);
    if (id !== attempt.current) return;
    if (!result.ok) return refuse(id, result.error);
    // The preview is the page now: what was said about the last page no longer applies.
    setError(null);
    setStatus('');
    setPending({ mode, name: file.name, file: result.value });
  };

  const confirmPending = async () => {
    if (!pending) return;
    const { mode, name, file } = pending;
    if (mode === 'open') return openAsNew(file.restored, `the file ${name}`, { kind: 'file', name }, ++attempt.current, { text: file.text, name });
    if (mode === 'review') return openAsNew(file.restored, `the file ${name}, to review`, { kind: 'file', name }, ++attempt.current, { text: file.text, name }, true);
    setPending(null);
    let kept;
    try {
      kept = await protocol.replaceWith(file.restored.draft, REASONS.beforeReplace(name));
    } catch (error) {
      return setError({ id: ++attempt.current, message: (error as Error).message, heading: 'Nothing was replaced' });
    }
    setRepairs(file.restored.repairs);
    setStatus(`Replaced the draft with the file ${name}. The draft as it was is kept among its earlier versions.${keptInWords(kept, 'the file')}`);
  };

  const openSample = () => {
    const restored = restoreDraft(sampleText);
    if (restored.ok) void openAsNew(restored.value, SAMPLE_NAME, { kind: 'sample' }, ++attempt.current);
  };

  const startProtocol = (basics: Basics) => {
    // Back from the new protocol comes to a first step ready for another one, not to its last.
    goToNewStep(1, 'replace');
    const draft = draftSchema.parse({ ...basics, title: titleFor(basics) });
    void openAsNew({ draft, fileVersion: DRAFT_VERSION, envelopeExtras: {}, repairs: [], integrity: 'verified', savedAt: null, appVersion: null }, 'your new protocol', { kind: 'new' }, ++attempt.current);
  };

  /**
   * Opens a kept draft: chosen from the list (a new entry in the browser's history), or where the
   * history already is (Back, Forward, a reload, taking it over from another tab).
   */
  const continueDraft = async (keptId: string, { takeOver = false, entry = 'new' }: { takeOver?: boolean; entry?: 'new' | 'same' } = {}) => {
    const id = ++attempt.current;
    const summary = drafts.kept.find((d) => d.id === keptId);
    // As the list names it, told apart from a copy that reads alike (the sample opened twice).
    const named = keptDraftInWords(drafts.kept, keptId) ?? (loaded ? `“${titleOrUntitled(loaded.store.getState().draft.title)}”` : 'the kept draft');
    const source = `${named} from this browser`;
    // Under the draft's title, where it came from: it is kept in this browser either way.
    const from = capitalise(originWords(summary?.origin ?? null) ?? 'kept in this browser');
    const result = await protocol.continueKept(keptId, from, takeOver, () => id === attempt.current);
    if (!result || id !== attempt.current) return;
    if (!result.ok) {
      // An address that names a draft no longer kept leads to the first page and says why.
      if (entry === 'same') history.replace(START);
      return refuse(id, result.error, keptId);
    }
    if (entry === 'new') history.push({ at: 'draft', id: keptId, page: null });
    opened(result.value.restored, source, result.store, { newlyKept: false, kept: true, fileSavedAt: result.value.fileSavedAt });
    if (result.keptThere) setError({ id, ...KEPT_IN_OTHER_TAB });
    // A review is not edited: the words fit both, and name the copy, which the page's heading does not.
    else if (!result.editsHere) setStatus(`${named} is open in another tab.`);
  };

  const restoreVersion = async (version: Version) => {
    let restored;
    try {
      restored = await protocol.restoreVersion(version);
    } catch (error) {
      return setError({ id: ++attempt.current, message: (error as Error).message, heading: 'Nothing was restored' });
    }
    if (!restored) return;
    if (!restored.ok) return refuse(++attempt.current, restored.error);
    setRepairs(restored.value.repairs);
    // The Restore button pressed stays on the page: focus goes to what it did (UX.md).
    say(restoredWords(versionInWords(version.at), restored.value.draft.certification, restored.kept));
  };

  // After "All protocols", focus goes to the list the user came back to, not to the page.
  const [closed, setClosed] = useState(0);
  useEffect(() => {
    if (closed === 0 || loaded) return;
    (document.getElementById('kept-heading') ?? document.getElementById('start-heading'))?.focus();
  }, [closed, loaded]);
  /** Back to the first page: "All protocols" (a new entry in the history), or Back. */
  const close = ({ entry = 'new' }: { entry?: 'new' | 'same' } = {}) => {
    if (entry === 'new') history.push(START);
    const keptId = loaded?.keptId ?? null;
    setClosed((n) => n + 1);
    // What was said about the protocol's files belongs to it, not to the list the user returns to.
    setError(null);
    setRepairs([]);
    const kept = protocol.close();
    setPending(null);
    review.reset();
    exports.reset();
    if (keptId === null) return setStatus('');
    const failing = loaded?.editing === 'here' && (saveState.kind === 'failed' || saveState.kind === 'stopped');
    const words = closedWordsFor(failing, loaded?.session?.kept() === false, { reviewing: loaded?.reviewing === true, fileSavedAt });
    setStatus(words.now);
    // The last try, or the closing tab's stash, may keep the changes, or not: then the list says
    // so, and focus goes to it rather than stay on the list, since it is news of a loss.
    const id = attempt.current;
    void kept.then((all) => {
      const after = words.after(all);
      if (after !== null && id === attempt.current) (all ? setStatus : say)(after);
    });
  };

  return (
    <YourNameContext.Provider value={yourName}>
      <TiersAddedContext.Provider value={tiersAddedInThisTab}>
        {/* In an open draft, the draft's title is the page's h1. */}
        <PageFrame named={!(loaded && !pending && loaded.editing === 'here')}>
          <LoadMessages status={messages.status} error={messages.error} repairs={messages.repairs} statusFocus={messages.statusFocus} />
          {drafts.unavailable && <Alert kind="warning" slim data-testid="storage-unavailable">{drafts.unavailable}</Alert>}
          {pending ? (
            // A chosen file is shown before it opens or replaces anything.
            <FilePreview name={pending.name} restored={pending.file.restored}
              replacing={pending.mode === 'replace' && loaded ? titleOrUntitled(loaded.store.getState().draft.title) : null} reviewing={pending.mode === 'review'}
              keptReviews={pending.mode === 'review' ? reviewsOfTheSame(drafts.kept, pending.file.restored.draft) : []}
              onContinueReview={(id) => { setPending(null); void continueDraft(id); }}
              onConfirm={() => void confirmPending()} onCancel={() => { setPending(null); say('Nothing was changed.'); }} />
          ) : !loaded && reopening ? (
            <p className="status" role="status">Opening the protocol…</p>
          ) : !loaded ? (
            <StartPage kept={drafts.kept} repository={drafts.repository} refresh={drafts.refresh}
              // A removal is the latest action: an error about an earlier one (a file that could not be opened) goes.
              onStatus={(words) => { setError(null); setStatus(words); }}
              // A draft put back is news that ends an error about it (Back to its address after removing it).
              onSay={(words) => { setError(null); say(words); }}
              onContinue={(id) => void continueDraft(id)} onStart={startProtocol} newStep={newStep} onNewStep={goToNewStep}
              onFileChosen={(file) => void chooseFile(file, 'open')} onReviewFileChosen={(file) => void chooseFile(file, 'review')} onUseSample={openSample}
              onUndoOffered={(drafts) => { undoOffered.current = drafts; }} />
          ) : loaded.editing !== 'here' ? (
            <HeldElsewhere id={loaded.keptId} onStatus={setStatus} title={titleOrUntitled(loaded.store.getState().draft.title)} editing={loaded.editing} unsent={loaded.unsent} onSave={save} reviewing={loaded.reviewing}
              onTakeOver={() => loaded.keptId && void continueDraft(loaded.keptId, { takeOver: true, entry: 'same' })} onClose={() => close()} />
          ) : (
            <OpenProtocol loaded={loaded} saveState={saveState} persistence={persistence} fileSavedAt={fileSavedAt} onSave={save} onClose={() => void leaveDraft(() => void askBeforeDropping.leave(close))}
              comparing={review.comparing} history={pageHistory}>
              {(blocking, fix, placeOf) => (
                <TaskListPanels loaded={loaded} blocking={blocking} onFix={fix} placeOf={placeOf} exports={exports} review={review}
                  versions={protocol.versions} onShowHistory={() => void protocol.showHistory()} onRestore={(version) => void restoreVersion(version)}
                  onReplaceWith={(file) => void chooseFile(file, 'replace')} onSave={save} pageErrorId={messages.error?.id ?? null} />
              )}
            </OpenProtocol>
          )}
        </PageFrame>
      </TiersAddedContext.Provider>
    </YourNameContext.Provider>
  );
}
