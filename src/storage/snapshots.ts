import { crc32, type Draft } from '../model';
import { request, SNAPSHOTS } from './idb';
import { describeSnapshot } from './snapshot-words';

/** How many versions of each draft its history keeps; the oldest go first. */
export const SNAPSHOTS_KEPT = 50;

/** One version of a draft in its history. */
export interface Snapshot {
  seq?: number;
  draftId: string;
  at: string;
  /** Why it was taken, in words: "Opened", "Before restoring the version of …". */
  reason: string;
  /** One line to tell versions apart by. */
  summary: string;
  /** The draft file's text, as a saved file would hold it (a file opened as-is, before any update). */
  text: string;
  /** CRC-32 of the draft's content, to skip recording the same content twice in a row. */
  contentSum: string;
}

export type SnapshotSummary = Required<Pick<Snapshot, 'seq' | 'at' | 'reason' | 'summary'>>;

/**
 * Adds a version within `tx` (which must include the snapshots store), unless the latest one
 * already holds the same content; then drops the oldest past SNAPSHOTS_KEPT.
 */
export function addSnapshot(tx: IDBTransaction, draftId: string, draft: Draft, reason: string, text: string) {
  const store = tx.objectStore(SNAPSHOTS);
  const contentSum = crc32(JSON.stringify(draft));
  const existing = store.index('draft').getAll(draftId);
  existing.onsuccess = () => {
    const versions = (existing.result as Snapshot[]).sort((a, b) => a.seq! - b.seq!);
    if (versions.at(-1)?.contentSum === contentSum) return;
    store.add({ draftId, at: new Date().toISOString(), reason, summary: describeSnapshot(draft), text, contentSum } satisfies Snapshot);
    for (const old of versions.slice(0, Math.max(0, versions.length + 1 - SNAPSHOTS_KEPT))) store.delete(old.seq!);
  };
}

/** The draft's history, newest first, without the texts. */
export async function listSnapshots(tx: IDBTransaction, draftId: string): Promise<SnapshotSummary[]> {
  const versions = (await request(tx.objectStore(SNAPSHOTS).index('draft').getAll(draftId))) as Snapshot[];
  return versions
    .map(({ seq, at, reason, summary }) => ({ seq: seq!, at, reason, summary }))
    .sort((a, b) => b.seq - a.seq);
}
