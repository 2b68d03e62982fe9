import { useEffect, useRef, useState } from 'react';
import { isStepId, stepHasItems } from '../wizard/steps';
import type { EditorPlace, PageHistory } from '../wizard/page-history';
import { listMovesInThisTab, type MovesSeen } from '../storage/list-moves';
import { followMoves, withMovesSeen } from './item-entries';

/**
 * Where the user is: the first page (`part`: past the first step of starting a protocol, which
 * has an entry per step), or a page of an open draft (its task list, a step, or the check page). A draft kept in this browser is named by its id, so a reload opens it again; a
 * draft that could not be kept has no id and no address of its own. A step opened with Change
 * from "Check your answers" says so (`fromReview`, kept in the entry, not the address). `overlay` marks an entry
 * for something shown over the page (a chosen file's preview, a comparison), which Back closes.
 * An entry for the page of a section's item, addressed by its place in its list, records the
 * moves made in that list it has seen (`seen`, item-entries.ts), so that it can follow the item.
 */
export type Place = ({ at: 'start'; part?: number } | ({ at: 'draft'; id: string | null } & EditorPlace)) & { overlay?: true; seen?: MovesSeen };

export const START: Place = { at: 'start' };

/**
 * The address of a place, after the page's own: "#/draft/<id>/training". Only the draft's id goes
 * in it, never its title or counties, and a fragment is never sent to the server.
 */
export function hashOf(place: Place): string {
  if (place.at === 'start') return place.part ? `#/new/${place.part}` : '';
  if (place.id === null) return '';
  const item = place.page !== null && place.item ? `/${encodeURIComponent(place.item)}${place.part ? `/${place.part}` : ''}` : '';
  return `#/draft/${encodeURIComponent(place.id)}${place.page === null ? '' : `/${place.page}`}${item}`;
}

/**
 * The place an address names, read leniently (a page it does not know is the task list, anything
 * after the page's record is ignored); the first page for any address that names no draft. A
 * record the draft does not hold is the editor's to ignore. "#/new/2" is the second step of
 * starting a protocol.
 */
export function placeOf(hash: string): Place {
  const step = /^#\/new\/([2-9])(?![^/?#])/.exec(hash);
  if (step) return { at: 'start', part: Number(step[1]) };
  const match = /^#\/draft\/([^/?#]+)(?:\/([^/?#]*)(?:\/([^/?#]+)(?:\/([1-9])(?![^/?#]))?)?)?/.exec(hash);
  if (!match) return START;
  const [, id, page, item, part] = match;
  const decoded = decodeOrNull(id!);
  if (decoded === null) return START;
  if (page === undefined || !isStepId(page)) return { at: 'draft', id: decoded, page: page === 'review' ? page : null };
  // A record only on a step whose records have pages of their own.
  const record = item !== undefined && stepHasItems(page) ? decodeOrNull(item) : null;
  return { at: 'draft', id: decoded, page, ...(record ? { item: record, ...(part ? { part: Number(part) } : {}) } : {}) };
}

function decodeOrNull(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** The page itself, without what was shown over it. */
export const underneath = (place: Place): Place => {
  if (!place.overlay) return place;
  const { overlay: _, ...rest } = place;
  return rest;
};

export const samePlace = (a: Place, b: Place) =>
  a.at === b.at && a.overlay === b.overlay && (a.at === 'start' ? b.at === 'start' && a.part === b.part : (b.at === 'draft' && a.id === b.id && a.page === b.page && a.item === b.item && a.part === b.part));

/** What each of the app's entries in the browser's history holds: its place and its position. */
interface Entry {
  csecPlace: Place;
  csecIndex: number;
}

const entryIn = (state: unknown): Entry | null =>
  typeof state === 'object' && state !== null && 'csecPlace' in state && 'csecIndex' in state ? (state as Entry) : null;

export interface BrowserHistory {
  /** Where the user is now. */
  here(): Place;
  /** The user went somewhere: a new entry, which Back leaves. From an overlay, the new place takes the overlay's entry. */
  push(place: Place): void;
  /** The same entry now holds `place` (an address that named a draft no longer kept). */
  replace(place: Place): void;
  /**
   * The step before in a linear flow ("Previous step"): as Back, when the entry before is that
   * step, so that Back from it leaves the flow rather than return to the step left; otherwise a new entry.
   */
  previous(place: Place): void;
  /** Refuses the last Back or Forward: the user goes back where they were, and the history stays as it was. */
  stay(): void;
  /**
   * The entry just reached shows nothing new (a record's page whose record has gone): the browser
   * moves on past it, the way the user was going. Back never leaves the app's first entry so.
   */
  passOver(back: boolean): void;
  /** Something is shown over the page: an entry of its own, so that Back closes it. */
  openOverlay(): void;
  /** What was shown over the page has gone (by its own button): its entry is left, as Back would. */
  closeOverlay(): void;
  /** What the open draft's editor is told of Back and Forward within it. */
  editorHistory(id: string | null): PageHistory;
  /**
   * Whether the step on the page lets the user leave it: false, with its messages shown, when a
   * form there has a value the draft cannot take; `then` is where "Leave this page without these
   * answers" then goes. True when no editor is showing.
   */
  canLeaveEditor(then?: () => void): Promise<boolean>;
  /**
   * The Back or Forward just made, to make again past the step's checks (its `then`), once the
   * page it left has been shown again; none for an address typed by hand.
   */
  goAgain(): (() => void) | undefined;
  /** Shows `place` in the open draft's editor; one not yet showing opens at `here()`. */
  showInEditor(place: EditorPlace): void;
}

type OnPop = (place: Place, from: Place, back: boolean) => void;

/**
 * The browser's Back and Forward, and a reload, across the app's pages. `onPop` is told where the
 * user has gone, where from, and whether back (Back, or a jump back in the browser's list) or not
 * (Forward, or an address typed by hand); to refuse (a form on the step has a value the draft
 * cannot take), it calls `stay()`.
 */
export function useBrowserHistory(onPop: OnPop): BrowserHistory {
  const popped = useRef(onPop);
  popped.current = onPop;
  const [history] = useState(() => createBrowserHistory((place, from, back) => popped.current(place, from, back)));
  useEffect(() => history.listen(), [history]);
  return history;
}

/** How long the app waits for a move of its own through the history before it goes on without. */
const TRAVERSAL_MS = 1000;

function createBrowserHistory(onPop: OnPop): BrowserHistory & { listen(): () => void } {
  const first = entryIn(window.history.state);
  // A reload shows no overlay: the file or comparison it was for has gone.
  let here: Place = followMoves(underneath(first?.csecPlace ?? placeOf(window.location.hash)));
  let index = first?.csecIndex ?? 0;
  // The place of each entry this page has written or been to, by position; those before a reload are not known.
  const places: Array<Place | undefined> = [];
  places[index] = here;
  let editor: Parameters<PageHistory['listen']>[0] | null = null;
  let lastPop: { from: Place; fromIndex: number; delta: number } | null = null;
  // The next Back or Forward leaves the step without its checks: the user chose to (goAgain).
  let passChecks = false;
  // While the app itself moves through the history, entries written meanwhile wait for it to land.
  let traversal: { queued: Array<() => void>; timer: ReturnType<typeof setTimeout> } | null = null;

  const url = (place: Place) => `${window.location.pathname}${window.location.search}${hashOf(place)}`;
  const write = (place: Place, how: 'push' | 'replace') => {
    if (how === 'push' && samePlace(here, place)) return;
    const kind = how === 'push' && here.overlay ? 'replace' : how;
    here = place;
    if (kind === 'push') index += 1;
    // A new entry ends the browser's list there: the entries that were ahead of it are gone.
    if (kind === 'push') places.length = index;
    places[index] = place;
    const entry: Entry = { csecPlace: place, csecIndex: index };
    const act = () => (kind === 'push' ? window.history.pushState(entry, '', url(place)) : window.history.replaceState(entry, '', url(place)));
    if (traversal) traversal.queued.push(act);
    else act();
  };
  const landed = () => {
    if (!traversal) return;
    clearTimeout(traversal.timer);
    const { queued } = traversal;
    traversal = null;
    queued.forEach((act) => act());
  };
  const traverse = (delta: number, to: Place, toIndex: number) => {
    here = to;
    index = toIndex;
    traversal = { queued: [], timer: setTimeout(landed, TRAVERSAL_MS) };
    window.history.go(delta);
  };

  const push = (place: Place) => write(place, 'push');
  const previous = (place: Place) => {
    const before = places[index - 1];
    if (index > 0 && before && !here.overlay && samePlace(before, place)) traverse(-1, before, index - 1);
    else write(place, 'push');
  };

  return {
    here: () => here,
    push,
    replace: (place) => write(place, 'replace'),
    previous,
    stay() {
      if (!lastPop) return;
      const { from, fromIndex, delta } = lastPop;
      lastPop = null;
      // go(0) would reload the page: an entry that does not know its position is written anew.
      if (delta === 0) write(from, 'push');
      else traverse(-delta, from, fromIndex);
    },
    passOver(back) {
      lastPop = null;
      if (!back || index > 0) window.history.go(back ? -1 : 1);
    },
    openOverlay: () => write({ ...here, overlay: true }, 'push'),
    closeOverlay() {
      if (here.overlay) traverse(-1, underneath(here), index - 1);
    },
    editorHistory: (id) => ({
      initial: () => (here.at === 'draft' && here.id === id ? { page: here.page, fromReview: here.fromReview === true, ...(here.item ? { item: here.item } : {}), ...(here.part ? { part: here.part } : {}) } : { page: null }),
      moved: (place, how) => (how === 'previous' ? previous : push)(withMovesSeen({ at: 'draft', id, ...place })),
      listMoved: (list, move) => {
        if (id !== null) listMovesInThisTab.moved(id, list, move);
      },
      listen: (handlers) => {
        editor = handlers;
        return () => {
          if (editor === handlers) editor = null;
        };
      },
    }),
    canLeaveEditor(then) {
      if (passChecks) return Promise.resolve(true);
      return editor?.canLeave(then) ?? Promise.resolve(true);
    },
    goAgain() {
      const delta = lastPop?.delta ?? 0;
      if (delta === 0) return undefined;
      return () => {
        const go = () => {
          passChecks = true;
          window.history.go(delta);
        };
        // After stay() has taken the history back to the page, not while it is on its way.
        if (traversal) traversal.queued.push(go);
        else go();
      };
    },
    showInEditor: (place) => editor?.show(place),
    listen() {
      // The first entry holds its place too, at its address as this app writes it.
      window.history.replaceState({ csecPlace: here, csecIndex: index } satisfies Entry, '', url(here));
      // Each page puts focus where the eye goes (its heading), which brings it into view; a
      // scroll position the browser restored afterwards would move it out of sight again.
      window.history.scrollRestoration = 'manual';
      const pop = (event: PopStateEvent) => {
        if (traversal) return landed();
        const from = here;
        const fromIndex = index;
        const entry = entryIn(event.state);
        if (entry) {
          here = followMoves(entry.csecPlace);
          index = entry.csecIndex;
          // A section item's page whose item has moved or gone: the entry holds where it is now.
          if (here !== entry.csecPlace) window.history.replaceState({ csecPlace: here, csecIndex: index } satisfies Entry, '', url(here));
        } else {
          // An address typed or followed by hand: a new entry, written as this app writes it.
          here = followMoves(placeOf(window.location.hash));
          index = fromIndex + 1;
          places.length = index;
          window.history.replaceState({ csecPlace: here, csecIndex: index } satisfies Entry, '', url(here));
        }
        places[index] = here;
        lastPop = { from, fromIndex, delta: index - fromIndex };
        onPop(here, from, index < fromIndex);
        // Asked for (synchronously) by this move's check, if it had one; never by a later one.
        passChecks = false;
      };
      window.addEventListener('popstate', pop);
      return () => window.removeEventListener('popstate', pop);
    },
  };
}
