import { describe, expect, it } from 'vitest';
import { BlockedError } from './idb';
import { classifySaveError, SaveError, stopsWriting, unavailableWords } from './save-problem';

const dom = (message: string, name: string) => new DOMException(message, name);

describe('a failed save, as each browser reports it', () => {
  it('knows a full disk by every name the browsers give it', () => {
    expect(classifySaveError(dom('The quota has been exceeded.', 'QuotaExceededError'))).toEqual({ kind: 'full' }); // Chromium, Safari
    expect(classifySaveError(Object.assign(new Error('NS_ERROR_DOM_QUOTA_REACHED'), { name: 'NS_ERROR_DOM_QUOTA_REACHED' }))).toEqual({ kind: 'full' }); // older Firefox
    expect(classifySaveError({ name: 'Error', message: 'x', code: 22 })).toEqual({ kind: 'full' }); // older Safari's QUOTA_EXCEEDED_ERR
    // Chromium when the disk itself is full, rather than the site's share of it.
    expect(classifySaveError(dom('Encountered full disk while opening backing store.', 'UnknownError'))).toEqual({ kind: 'full' });
    expect(classifySaveError(dom('Version change transaction was aborted.', 'AbortError'))).toEqual({ kind: 'other', detail: 'Version change transaction was aborted.' });
  });

  it('knows a database closed under the app, and one held open by an older tab', () => {
    expect(classifySaveError(dom('The database connection is closing.', 'InvalidStateError'))).toEqual({ kind: 'closed', detail: 'The database connection is closing.' });
    expect(classifySaveError(new BlockedError('held'))).toEqual({ kind: 'blocked' });
  });

  it('says in plain words why a browser keeps no drafts, never in the engine’s', () => {
    const words = (error: unknown, hasIndexedDb = true) => unavailableWords(error, hasIndexedDb);
    expect(words(new TypeError("Cannot read properties of undefined (reading 'open')"), false)).toBe('This browser does not let the app keep drafts: it has no storage this app can use. Save a draft file to keep your work.');
    expect(words(dom('The operation is insecure.', 'SecurityError'))).toContain(': its settings, or a private window, keep this site from storing anything.');
    expect(words(dom('The quota has been exceeded.', 'QuotaExceededError'))).toContain(': the space it gives this site is full.');
    expect(words(dom('Version change transaction was aborted.', 'AbortError'))).toContain(': it would not open the app’s storage.');
    expect(words(new BlockedError('held'))).toMatch(/^Another tab with an older version of this app is holding the drafts open/);
    for (const error of [new TypeError('reading \'open\''), dom('The operation is insecure.', 'SecurityError')]) expect(words(error)).not.toMatch(/insecure|reading/);
  });

  it('stops writing only for another tab’s revision or a newer app; a full disk is tried again', () => {
    expect(stopsWriting(classifySaveError(new SaveError({ kind: 'conflict' })))).toBe(true);
    expect(stopsWriting({ kind: 'newerApp' })).toBe(true);
    for (const kind of ['full', 'blocked', 'notKept'] as const) expect(stopsWriting({ kind })).toBe(false);
  });
});
