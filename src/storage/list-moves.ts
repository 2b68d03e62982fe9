import { indexAfter, type ListMove } from '../lib/list-moves';

/**
 * The moves made in this tab to the lists whose items are addressed by their place (a section's
 * terms and services: "terms.1"), per draft, kept for the tab (sessionStorage) as its history is.
 * An entry of the browser's history for an item's page records how many moves it has seen; Back
 * to it then opens the page of the item it was for, wherever that item is now, or the list once
 * the item is gone. A draft changed in a way that is not a move here (an earlier version
 * restored; another tab's edits, known by the draft's revision when this tab opens it again)
 * starts a new log: entries made before it show the list, not whichever item has come to be in
 * their place.
 */
export interface MovesSeen {
  /** Which log: a new one each time the draft's lists may have changed unseen. */
  log: string;
  count: number;
}

interface Log extends MovesSeen {
  /** The latest moves, each with the list it was made in ("definitions.terms"); `count` numbers the last. */
  moves: Array<ListMove & { list: string }>;
  /** The draft's revision as this tab last saved or opened it: another revision on opening means another tab changed it. */
  revision?: number | null;
}

const KEY = 'csec-mou:list-moves';
/** Enough for any session's Back; an entry older than the moves kept shows the list. */
const KEPT = 200;

// Once sessionStorage refuses a write, the log is kept in the page alone, as long as it lasts:
// reading the older copy left in storage would miss moves.
let fallback: Record<string, Log> = {};
let stored = true;

function logs(): Record<string, Log> {
  if (!stored) return fallback;
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? '{}');
    return value && typeof value === 'object' ? (value as Record<string, Log>) : {};
  } catch {
    return fallback;
  }
}

function keep(all: Record<string, Log>) {
  fallback = all;
  try {
    sessionStorage.setItem(KEY, JSON.stringify(all));
  } catch {
    // Kept in the page only: after a reload, entries written before show the list.
    stored = false;
  }
}

const newLog = (): Log => ({ log: crypto.randomUUID(), count: 0, moves: [] });

const logOf = (all: Record<string, Log>, draftId: string): Log => {
  const log = all[draftId];
  return log && typeof log.log === 'string' && Number.isInteger(log.count) && Array.isArray(log.moves) ? log : newLog();
};

export const listMovesInThisTab = {
  /** What an entry written now has seen of the draft's moves. */
  seen(draftId: string): MovesSeen {
    const all = logs();
    const log = logOf(all, draftId);
    if (all[draftId] !== log) keep({ ...all, [draftId]: log });
    return { log: log.log, count: log.count };
  },
  /** A move made to one of the draft's lists. */
  moved(draftId: string, list: string, move: ListMove) {
    const all = logs();
    const log = logOf(all, draftId);
    keep({ ...all, [draftId]: { log: log.log, count: log.count + 1, moves: [...log.moves, { ...move, list }].slice(-KEPT) } });
  },
  /** The draft's lists may have changed in ways not recorded: entries written before show the list. */
  forget(draftId: string) {
    keep({ ...logs(), [draftId]: newLog() });
  },
  /** This tab saved the draft as `revision`. */
  saved(draftId: string, revision: number | null) {
    const all = logs();
    const log = all[draftId];
    if (log && log.revision !== revision) keep({ ...all, [draftId]: { ...log, revision } });
  },
  /** This tab opens the draft at `revision`: saved since by another tab, its lists may have changed unseen. */
  opened(draftId: string, revision: number | null) {
    const all = logs();
    const log = all[draftId];
    if (log && log.revision === revision) return;
    // A log with no revision yet began in this page, at the revision now opened.
    keep({ ...all, [draftId]: log && log.revision === undefined ? { ...log, revision } : { ...newLog(), revision } });
  },
  /**
   * Where the item at `index` of `list`, as an entry that had `seen` the draft's moves knew it,
   * is now; null when it has gone, or the moves since are not all known.
   */
  follow(draftId: string, list: string, index: number, seen: MovesSeen): number | null {
    const log = logOf(logs(), draftId);
    const unseen = log.count - seen.count;
    if (seen.log !== log.log || unseen < 0 || unseen > log.moves.length) return null;
    return indexAfter(index, log.moves.slice(log.moves.length - unseen).filter((move) => move.list === list));
  },
};
