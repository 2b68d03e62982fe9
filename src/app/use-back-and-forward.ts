import { useEffect, useMemo, useRef, useState } from 'react';
import { samePlace, START, underneath, useBrowserHistory, type BrowserHistory, type Place } from './browser-history';
import { placeHeld } from '../wizard/record-names';
import type { OpenDraft } from './use-protocol';

/** What the app tells its Back and Forward: what is open, and how to open and close drafts. */
export interface AppPlaces {
  loaded: OpenDraft | null;
  /** Something is shown over the page: a chosen file's preview or a comparison. */
  overlay: boolean;
  /** Closes it: the preview says nothing was changed; the comparison ends. */
  closeOverlay(): void;
  drafts: { repository: unknown; unavailable: string | null };
  /** A draft still opening is no longer wanted: the user has gone elsewhere. */
  dropOpening(): void;
  /** Back to the list of drafts, where the history already is. */
  closeDraft(): void;
  /** Opens a kept draft where the history already is (Back, Forward, a reload). */
  openKept(id: string): Promise<void>;
  /** Shows this step (from 1) of starting a protocol on the first page. */
  showNewStep(part: number): void;
  /** Leaving the open draft would drop changes not kept in this browser: asks (true), the first time. */
  askBeforeDropping(): Promise<boolean>;
}

/**
 * The browser's Back and Forward, and a reload, for the app (the history itself is in
 * browser-history.ts). Within the open draft, its editor shows the page; to another draft or the
 * list, the open draft closes (kept, as with "All protocols"). A step with a value the draft
 * cannot take keeps the user, with its messages, as its own buttons do.
 */
export function useBackAndForward(app: AppPlaces) {
  const latest = useRef(app);
  latest.current = app;
  const history: BrowserHistory = useBrowserHistory((place, from, back) => void wentBack(history, latest.current, place, from, back, () => setReopening(true)));
  const keptId = app.loaded?.keptId ?? null;
  const editorHistory = useMemo(() => history.editorHistory(keptId), [history, keptId]);

  // A file's preview and a comparison each have an entry in the history, so that Back closes them.
  useEffect(() => {
    if (app.overlay) history.openOverlay();
    else history.closeOverlay();
  }, [app.overlay, history]);

  // After a reload on a draft's page, the draft opens again there once the browser's drafts can
  // be read; until it has, the first page waits. So does a draft's address typed or followed
  // before they can be read (wentBack).
  const [reopening, setReopening] = useState(() => { const here = history.here(); return here.at === 'draft' && here.id !== null; });
  const { repository, unavailable } = app.drafts;
  useEffect(() => {
    if (!reopening) return;
    const here = history.here();
    if (unavailable || here.at !== 'draft' || here.id === null) {
      history.replace(START);
      setReopening(false);
    } else if (repository) {
      void latest.current.openKept(here.id).finally(() => setReopening(false));
    }
  }, [repository, unavailable, reopening, history]);

  /** "All protocols": the step on the page checks its forms first, as its own buttons do. */
  const leaveDraft = async (close: () => void) => {
    if (await history.canLeaveEditor(close)) close();
  };

  return { history, editorHistory, reopening, leaveDraft };
}

async function wentBack(history: BrowserHistory, app: AppPlaces, place: Place, from: Place, back: boolean, reopen: () => void) {
  app.closeOverlay();
  const target = underneath(place);
  // Back from an overlay to its page: the page stays. Forward onto an overlay no longer shown
  // (always the last entry) changes nothing either, and its entry is left again at once, so
  // that the next Back is not spent on it.
  if ((place.overlay || from.overlay) && samePlace(target, underneath(from))) return history.closeOverlay();
  app.dropOpening();
  const { loaded } = app;
  const sameDraft = loaded && target.at === 'draft' && target.id === loaded.keptId;
  if (loaded && !(await history.canLeaveEditor(history.goAgain()))) return history.stay();
  // Leaving the draft while its latest changes could not be kept asks first, as "All protocols" does.
  if (loaded && !sameDraft && (await app.askBeforeDropping())) return history.stay();
  // Every page of a draft another tab edits shows only that notice: Back leaves it for the list;
  // Forward or an address typed for one of its pages keeps it, and "Edit it here instead" then
  // opens that page.
  if (sameDraft && loaded.editing !== 'here') {
    if (!back) return;
    history.replace(START);
    return app.closeDraft();
  }
  if (sameDraft && target.at === 'draft') {
    // An entry for a record since gone (a tier whose adding was cancelled, a removed agency), or
    // an address naming one the draft never held, shows the list it was on, and its address
    // becomes that page's. When that list is the page already shown, Back and Forward pass over
    // the entry, as if it had gone with the record: one press leaves the page.
    const { draft } = loaded.store.getState();
    const shown = placeHeld(draft, target);
    if (shown !== target) history.replace(shown);
    const left = underneath(from);
    if (left.at === 'draft' && samePlace(shown, placeHeld(draft, left))) return history.passOver(back);
    return history.showInEditor(shown);
  }
  if (loaded) app.closeDraft();
  if (target.at === 'start') app.showNewStep(target.part ?? 1);
  if (target.at !== 'draft' || target.id === null) return;
  // The page has only just started and cannot read the browser's drafts yet: the draft opens
  // once it can, as after a reload (opening it now would find nothing and leave the first page).
  if (!app.drafts.repository && !app.drafts.unavailable) return reopen();
  await app.openKept(target.id);
}
