import { useEffect, useRef, useState } from 'react';
import { isStepId } from '../wizard/steps';
import type { EditorPage, PageHistory } from '../wizard/editor';

/**
 * Where the user is: the first page, or a page of an open draft (its task list, a step, or the
 * check page). A draft kept in this browser is named by its id, so a reload opens it again; a
 * draft that could not be kept has no id and no address of its own.
 */
export type Place = { at: 'start' } | { at: 'draft'; id: string | null; page: EditorPage };

export const START: Place = { at: 'start' };

/**
 * The address of a place, after the page's own: "#/draft/<id>/training". Only the draft's id goes
 * in it, never its title or counties, and a fragment is never sent to the server.
 */
export function hashOf(place: Place): string {
  if (place.at === 'start' || place.id === null) return '';
  return `#/draft/${encodeURIComponent(place.id)}${place.page === null ? '' : `/${place.page}`}`;
}

/** The place an address names; the first page for any address that names none. */
export function placeOf(hash: string): Place {
  const match = /^#\/draft\/([^/]+)(?:\/([A-Za-z]+))?$/.exec(hash);
  if (!match) return START;
  const [, id, page] = match;
  let decoded: string;
  try {
    decoded = decodeURIComponent(id!);
  } catch {
    return START;
  }
  if (page === undefined) return { at: 'draft', id: decoded, page: null };
  return page === 'review' || isStepId(page) ? { at: 'draft', id: decoded, page } : { at: 'draft', id: decoded, page: null };
}

const samePlace = (a: Place, b: Place) =>
  a.at === b.at && (a.at === 'start' || (b.at === 'draft' && a.id === b.id && a.page === b.page));

interface Entry {
  csecPlace: Place;
}

const placeIn = (state: unknown): Place | null =>
  typeof state === 'object' && state !== null && 'csecPlace' in state ? (state as Entry).csecPlace : null;

export interface BrowserHistory {
  /** Where the user is now. */
  here(): Place;
  /** The user went somewhere: a new entry, which Back leaves. */
  push(place: Place): void;
  /** The same entry now holds `place` (a draft opened from the address, another tab's draft taken over). */
  replace(place: Place): void;
  /** What the open draft's editor is told of Back and Forward within it. */
  editorHistory(id: string | null): PageHistory;
  /**
   * Whether the step on the page lets the user leave it: false, with its messages shown, when a
   * form there has a value the draft cannot take. True when no editor is showing.
   */
  canLeaveEditor(): Promise<boolean>;
  /** Shows `page` in the open draft's editor; one not yet showing opens at `here()`. */
  showInEditor(page: EditorPage): void;
}

/**
 * The browser's Back and Forward, and a reload, across the app's pages. `onPop` is told where the
 * user has gone and where from; to refuse (a form on the step has a value the draft cannot take),
 * it calls `push(from)`, which puts the user back where they were.
 */
export function useBrowserHistory(onPop: (place: Place, from: Place) => void): BrowserHistory {
  const popped = useRef(onPop);
  popped.current = onPop;
  const [history] = useState(() => createBrowserHistory((place, from) => popped.current(place, from)));
  useEffect(() => history.listen(), [history]);
  return history;
}

function createBrowserHistory(onPop: (place: Place, from: Place) => void): BrowserHistory & { listen(): () => void } {
  let here: Place = placeIn(window.history.state) ?? placeOf(window.location.hash);
  let editor: Parameters<PageHistory['listen']>[0] | null = null;
  const write = (place: Place, how: 'push' | 'replace') => {
    if (how === 'push' && samePlace(here, place)) return;
    here = place;
    const url = `${window.location.pathname}${window.location.search}${hashOf(place)}`;
    const entry: Entry = { csecPlace: place };
    if (how === 'push') window.history.pushState(entry, '', url);
    else window.history.replaceState(entry, '', url);
  };
  return {
    here: () => here,
    push: (place) => write(place, 'push'),
    replace: (place) => write(place, 'replace'),
    editorHistory: (id) => ({
      initial: () => (here.at === 'draft' && here.id === id ? here.page : null),
      moved: (page) => write({ at: 'draft', id, page }, 'push'),
      listen: (handlers) => {
        editor = handlers;
        return () => {
          if (editor === handlers) editor = null;
        };
      },
    }),
    canLeaveEditor: () => editor?.canLeave() ?? Promise.resolve(true),
    showInEditor: (page) => editor?.show(page),
    listen() {
      // The first entry holds its place too, so that coming Back to it needs no guessing.
      window.history.replaceState({ csecPlace: here } satisfies Entry, '');
      // Each page puts focus where the eye goes (its heading), which brings it into view; a
      // scroll position the browser restored afterwards would move it out of sight again.
      window.history.scrollRestoration = 'manual';
      const pop = (event: PopStateEvent) => {
        const from = here;
        here = placeIn(event.state) ?? placeOf(window.location.hash);
        onPop(here, from);
      };
      window.addEventListener('popstate', pop);
      return () => window.removeEventListener('popstate', pop);
    },
  };
}
