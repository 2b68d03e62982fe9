import type { LimitExceeded } from '../model';
import { BlockedError } from './idb';

/**
 * Why the draft could not be kept, in the few kinds the app answers differently. Browsers name
 * the same failure differently, so this is the one place that knows their names.
 */
export type SaveProblem =
  /** No room left: Chromium and Safari say QuotaExceededError, older Firefox NS_ERROR_DOM_QUOTA_REACHED. */
  | { kind: 'full' }
  /** The database was closed under the app (storage cleared, the browser shutting it) or could not be opened. */
  | { kind: 'closed'; detail: string }
  /** Another tab with an older version of the app holds the database open. */
  | { kind: 'blocked' }
  /** The draft has grown past what a draft file may hold: kept, it could not be opened again. */
  | { kind: 'tooLarge'; exceeded: LimitExceeded }
  /** Read back, the kept copy was not what was written. */
  | { kind: 'notKept' }
  /** Another tab saved this draft since this tab last did: writing would lose that work. */
  | { kind: 'conflict' }
  /** A newer version of the app has taken over the drafts: this tab must be reloaded. */
  | { kind: 'newerApp' }
  | { kind: 'other'; detail: string };

export class SaveError extends Error {
  constructor(readonly problem: SaveProblem, message = problem.kind) {
    super(message);
    this.name = 'SaveError';
  }
}

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED', 'NS_ERROR_FILE_NO_DEVICE_SPACE']);

export function classifySaveError(error: unknown): SaveProblem {
  if (error instanceof SaveError) return error.problem;
  if (error instanceof BlockedError) return { kind: 'blocked' };
  const { name = '', message = String(error), code } = (error ?? {}) as { name?: string; message?: string; code?: number };
  // DOMException code 22 is the legacy QUOTA_EXCEEDED_ERR (older Safari).
  if (QUOTA_NAMES.has(name) || code === 22 || /quota|no space|disk is full|full disk/i.test(message)) return { kind: 'full' };
  if (name === 'InvalidStateError' || /connection is closing|database.*closed/i.test(message)) return { kind: 'closed', detail: message };
  return { kind: 'other', detail: message };
}

/** Problems that another attempt cannot fix: the tab stops writing until it is reloaded. */
export const stopsWriting = (problem: SaveProblem) => problem.kind === 'conflict' || problem.kind === 'newerApp';

/**
 * Why the browser will not keep drafts at all, in a county user's words: the engine's own message
 * ("Cannot read properties of undefined (reading 'open')") means nothing to them.
 */
export function unavailableWords(error: unknown, hasIndexedDb = typeof indexedDB !== 'undefined'): string {
  const problem = classifySaveError(error);
  if (problem.kind === 'blocked') {
    return 'Another tab with an older version of this app is holding the drafts open, so they cannot be shown here. Close or reload that tab, then reload this page.';
  }
  const { name = '' } = (error ?? {}) as { name?: string };
  const why = problem.kind === 'full' ? 'the space it gives this site is full'
    // Storage switched off for sites, or a private window that keeps nothing.
    : name === 'SecurityError' || name === 'InvalidStateError' ? 'its settings, or a private window, keep this site from storing anything'
    : !hasIndexedDb ? 'it has no storage this app can use'
    : 'it would not open the app’s storage';
  return `This browser does not let the app keep drafts: ${why}. Save a draft file to keep your work.`;
}
