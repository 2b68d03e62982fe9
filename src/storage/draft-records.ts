import type { Result } from '../lib/result';
import type { Draft, RestoredDraft, RestoreError } from '../model';
import type { Snapshot, SnapshotSummary } from './snapshots';
import type { StashedDraft } from './stash';

// What a draft kept in this browser is, and what the repository of them promises; how IndexedDB
// keeps them is draft-repository.ts.

/** Where a kept draft came from, so that two copies of one protocol, or the sample, can be told apart. */
export type DraftOrigin = { kind: 'new' } | { kind: 'sample' } | { kind: 'file'; name: string };

/** What the start page lists of a kept draft, without opening it. */
export interface DraftSummary {
  id: string;
  title: string;
  counties: string[];
  kind: Draft['kind'];
  /** A companion protocol's setting ("Juvenile hall"), which tells two of one county apart; missing for other protocols, and for drafts kept before it was recorded. */
  setting?: string;
  savedAt: string;
  /** Opened to review, not to write: its text is read-only here and only comments are added. */
  reviewing: boolean;
  /** Null for a draft kept before the app recorded it. */
  origin: DraftOrigin | null;
}

export interface Copy {
  /** The draft file's text: what is kept is exactly what a saved file would hold. */
  text: string;
  /** CRC-32 of the text, so a damaged copy is noticed and an earlier one used instead. */
  textSum: string;
  savedAt: string;
  revision: number;
}

export interface StoredDraft extends Omit<DraftSummary, 'origin'>, Copy {
  /** Missing from drafts kept before it was recorded. */
  origin?: DraftOrigin;
  /** The copy before the latest: opened when the latest is damaged. */
  previous: Copy | null;
  /** The draft format of the app that wrote it: an older app never writes over a newer one's work. */
  writtenBy: number;
  /** When it was last saved as a file (for a review, as a review file) from this browser; missing until it is. */
  fileSavedAt?: string;
}

export interface SaveOptions {
  /** The revision this tab last saw: null for a draft that is not kept yet. Another revision there means another tab wrote. */
  expected: number | null;
  envelopeExtras?: Record<string, unknown>;
  savedAt?: Date;
  /** Also record this state in the history, in the same transaction. */
  snapshot?: string;
  /** Keep it as a draft opened for review; when left out, a kept draft stays as it was kept. */
  reviewing?: boolean;
  /** Where a draft kept for the first time came from; a kept draft keeps its own. */
  origin?: DraftOrigin;
}

export type LoadError = RestoreError | { kind: 'notFound'; id: string } | { kind: 'damaged' };

/** A kept draft as loaded: the restored draft and the revision the next save must find there. */
export interface KeptDraft {
  restored: RestoredDraft;
  revision: number | null;
  /** The text it was restored from: kept in the history as it was before an update to the format. */
  text: string;
  reviewing: boolean;
  origin: DraftOrigin | null;
  /** Opened from a closing tab's stash, newer than the kept record: to be saved at once. */
  stashed: boolean;
  /** When it was last saved as a file from this browser, in any session; null when never (or before this was recorded). */
  fileSavedAt: Date | null;
}

/** What remove took away, for putting back. */
export interface RemovedDraft {
  draft: StoredDraft;
  snapshots: Snapshot[];
}

/** The drafts kept in this browser. Every load passes through restoreDraft, like a file. */
export interface DraftRepository {
  list(): Promise<DraftSummary[]>;
  /**
   * The draft, from its newest good copy. `sent`: the stash another tab sent as it handed the
   * draft over, which this tab's localStorage may not show yet.
   */
  load(id: string, sent?: StashedDraft | null): Promise<Result<KeptDraft, LoadError>>;
  /** One transaction, read back and compared; returns the new revision, or throws a SaveError. */
  save(id: string, draft: Draft, options: SaveOptions): Promise<number>;
  /**
   * Keeps the draft at once, synchronously, for a tab that is closing: an IndexedDB transaction
   * begun as the page unloads may never finish. The copy is used until a save of the same or a
   * later revision lands. Returns false when the browser refused it.
   */
  stash(id: string, draft: Draft, options: SaveOptions): boolean;
  /** The draft's stash as this tab sees it; null when none was written or a save as new has landed since. */
  stashed(id: string): StashedDraft | null;
  /** Records that the kept draft was saved as a file at `at`, so that it can say so when continued later. */
  savedAsFile(id: string, at: Date): Promise<void>;
  /** Records the draft (or a file's text) in its history, unless the latest entry holds the same. */
  snapshot(id: string, draft: Draft, reason: string, text?: string): Promise<void>;
  history(id: string): Promise<SnapshotSummary[]>;
  loadSnapshot(seq: number): Promise<Result<RestoredDraft, LoadError>>;
  remove(id: string): Promise<RemovedDraft | null>;
  /**
   * Puts a removed draft back with its history; false, putting nothing back, when a draft of the
   * same id has been saved since, by a writer the edit lock does not stop (a browser without Web
   * Locks): that copy is newer than the removed one.
   */
  putBack(removed: RemovedDraft): Promise<boolean>;
  close(): void;
}

export interface RepositoryEvents {
  /** A newer version of the app opened the drafts in another tab: this tab has stopped writing. */
  onNewerVersion?: () => void;
}
