import { lazy, Suspense, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { savedWhenInWords, timeInWords, todayIso } from '../lib/dates';
import { CALIFORNIA, lawInForce, type Finding } from '../requirements';
import type { Persistence } from '../storage/persistence';
import type { DraftStore } from './draft-store';
import { saveProblemWords } from './save-words';
import { useFinalPdfCheck } from './use-final-pdf-check';
import { useLeaveWarning } from './use-leave-warning';
import type { SaveState } from './use-autosave';
import { flushPendingEdits, hasUnsentWords, type FixPlace } from '../wizard';
import type { Comparing } from '../wizard/editor';
import type { PageHistory } from '../wizard/page-history';

/** A protocol open in the editor. */
export interface Loaded {
  /** The one owner of the open draft: the editor's steps send it their changes. */
  store: DraftStore;
  envelopeExtras: Record<string, unknown>;
  /** Where the draft came from, as a line under its title ("Opened from the file napa.csecmou.json"). */
  source: string;
  /** Its id among the drafts kept in this browser, or null when it could not be kept. */
  keptId: string | null;
  openedAt: number;
  /** The store's revision when the draft was opened or last saved as a file (or, when reviewing, as a review file). */
  fileRevision: number;
  /** Opened to review a draft received from a committee: its text is read-only and only comments are added. */
  reviewing: boolean;
}

/** The panels under the task list (export, approvals, certification, history, review files). */
export const loadPanels = () => import('../wizard/draft-panels');

// The editor, its forms and the panels load together when a protocol opens: the first page stays small.
const Editor = lazy(() => Promise.all([import('../wizard/editor'), loadPanels()]).then(([m]) => ({ default: m.Editor })));


/** What saving a file means for the open draft: a copy of the draft, or a reviewer's review file. */
const saveAFile = (reviewing: boolean) => (reviewing ? 'save your review file' : 'save a copy of this draft');

function savedWords(state: SaveState, kept: boolean, reviewing: boolean): string {
  if (!kept) return `Not kept in this browser: ${saveAFile(reviewing)} to keep your work.`;
  if (state.kind === 'saved') return `Saved in this browser at ${timeInWords(state.at)}.`;
  if (state.kind === 'failed' || state.kind === 'stopped') return 'Not saved in this browser: see the message below.';
  // A reviewer changes no answer: what is saved is theirs.
  return reviewing ? 'Kept in this browser; your comments and verdicts are saved as you add them.' : 'Kept in this browser; changes are saved as you type.';
}

/** After this long without saving a file, the user is reminded to save one. */
export const REMIND_FILE_AFTER_MS = 30 * 60_000;

/** When the draft was last saved as a file (in this session or an earlier one), and whether the browser promised to keep its copy. */
function fileWords(persistence: Persistence, at: Date | null, reminding: boolean, reviewing: boolean): string {
  const file = reviewing
    ? (at ? `Your review file was last saved ${savedWhenInWords(at)}.` : 'Your review file has not been saved yet.')
    : (at ? `Last saved as a file ${savedWhenInWords(at)}.` : 'Not saved as a file yet.');
  if (persistence === 'persisted') return `${file} This browser has agreed to keep its drafts even when space runs low.`;
  // The reminder below says it more urgently: it is not said twice.
  return reminding ? file : `${file} This browser may clear its drafts when space runs low: ${saveAFile(reviewing)} now and then.`;
}

/** Ticks every minute, for words that depend on how long the draft has been open. */
function useMinute() {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** The open protocol: the editor over the store's current draft, re-rendered as the store changes. */
export function OpenProtocol({ loaded, saveState, persistence, fileSavedAt, comparing, history, onSave, onClose, children }: {
  loaded: Loaded; saveState: SaveState; persistence: Persistence; fileSavedAt: Date | null; comparing: Comparing | null; history: PageHistory;
  onSave: () => void; onClose: () => void;
  children: (blocking: readonly Finding[], fix: (place: FixPlace) => void, placeOf: (place: FixPlace) => string) => ReactNode;
}) {
  const { store } = loaded;
  const { draft, findings } = useSyncExternalStore(store.subscribe, store.getState);
  const today = todayIso();
  const law = useMemo(() => lawInForce(CALIFORNIA, today), [today]);
  const blocking = useMemo(() => findings.filter((f: Finding) => f.severity === 'blocking'), [findings]);
  const finalPdf = useFinalPdfCheck(draft, blocking.length, today);
  // Closing the tab asks first while the latest changes are kept nowhere, and, as a reminder to
  // save a file, while they are only in a browser that has not agreed to keep its drafts; and
  // while a comment or reply is written but not added.
  useLeaveWarning(() => {
    flushPendingEdits();
    const changedSinceFile = store.getState().revision !== loaded.fileRevision;
    return saveState.kind === 'failed' || saveState.kind === 'stopped' || (changedSinceFile && (loaded.keptId === null || persistence !== 'persisted')) || hasUnsentWords();
  });
  const now = useMinute();
  // Work is counted from the file saved in this session, or from opening it: a file saved another day saved none of today's.
  const savedHere = fileSavedAt !== null && fileSavedAt.getTime() >= loaded.openedAt;
  const sinceFile = now - (savedHere ? fileSavedAt.getTime() : loaded.openedAt);
  const reminder = sinceFile >= REMIND_FILE_AFTER_MS && (
    <strong className="saved__reminder" data-testid="file-reminder">
      <br />You have worked on this draft for {Math.floor(sinceFile / 60_000)} minutes since {savedHere ? 'it was last saved as a file' : 'it was opened'} without saving a file: {saveAFile(loaded.reviewing)}, so your work is safe even if this browser clears what it keeps.
    </strong>
  );
  return (
    // Not a live region: the page's status already says what was opened, and two at once would
    // be read over each other (UX.md).
    <Suspense fallback={<p className="status" data-testid="editor-loading">Opening the protocol…</p>}>
      <Editor draft={draft} findings={findings} law={law} today={today} source={loaded.source} saved={<>{savedWords(saveState, loaded.keptId !== null, loaded.reviewing)}<br />{fileWords(persistence, fileSavedAt, reminder !== false, loaded.reviewing)}{reminder}</>}
        saveProblem={saveProblemWords(saveState, loaded.reviewing)} finalPdf={finalPdf} comparing={comparing} reviewing={loaded.reviewing} history={history}
        onEdit={(edits) => store.dispatch(edits)} onReplace={(next) => store.replace(next)} onSave={onSave} onClose={onClose}>
        {(fix, placeOf) => children(blocking, fix, placeOf)}
      </Editor>
    </Suspense>
  );
}
