import type { ListMove } from '../lib/list-moves';
import type { StepId } from './steps';

// What the editor asks of the browser's history, apart from how the app keeps it
// (app/browser-history.ts): the pages a draft has, and the entries the user moves between.

/** The task list (null), a step, or the check page with every answer and the preview. */
export type EditorPage = StepId | 'review' | null;

/**
 * A page, and for a step opened with Change from "Check your answers", the way back there. On a
 * step with a list (agencies), `item` is the record whose own page is shown, by its id.
 */
export interface EditorPlace {
  page: EditorPage;
  fromReview?: boolean;
  item?: string;
  /** The step (from 1) of adding the record `item`, while it is being added; its own page otherwise. */
  part?: number;
}

/**
 * The browser's history as the editor sees it: each page the user moves to is an entry, and Back
 * and Forward show one, as on any website.
 */
export interface PageHistory {
  /** The page the draft opens at: its task list, or after a reload the page the user was on. */
  initial(): EditorPlace;
  /** The user moved to `place`; `previous`: to the step before in a linear flow, which goes back when the entry before is that step (browser-history.ts). */
  moved(place: EditorPlace, how?: 'previous'): void;
  /** Back and Forward: whether the step on the page lets the user leave it, and showing the page they go to. */
  listen(handlers: { canLeave(then?: () => void): Promise<boolean>; show(place: EditorPlace): void }): () => void;
  /** An item of a section's list ("definitions.terms") moved or went: entries for items' pages follow them. */
  listMoved(list: string, move: ListMove): void;
}

/** Without a browser history (a test of the editor alone), moves are kept in the editor only. */
export const NO_HISTORY: PageHistory = { initial: () => ({ page: null }), moved: () => {}, listen: () => () => {}, listMoved: () => {} };
