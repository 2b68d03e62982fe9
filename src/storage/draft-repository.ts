import { momentInWords as when } from '../lib/dates';
import { err, ok, type Result } from '../lib/result';
import { crc32, DRAFT_VERSION, exceededLimit, restoreDraft, serializeDraft, type Draft, type Repair, type RestoredDraft } from '../model';
import { openConnection } from './connection';
import { DRAFTS, done, request, SNAPSHOTS } from './idb';
import { SaveError, type SaveProblem } from './save-problem';
import { addSnapshot, listSnapshots, type Snapshot } from './snapshots';
import { dropStash, readStash, stashedIds, stashIsNewer, writeStash } from './stash';
import type { DraftOrigin, DraftRepository, DraftSummary, LoadError, RepositoryEvents, SaveOptions, StoredDraft } from './draft-records';

export type { DraftOrigin, DraftRepository, DraftSummary, KeptDraft, LoadError, RemovedDraft, RepositoryEvents, SaveOptions } from './draft-records';

const summary = ({ id, title, counties, kind, setting, savedAt, reviewing, origin }: Omit<DraftSummary, 'reviewing' | 'origin'> & { reviewing?: boolean; origin?: DraftOrigin }): DraftSummary =>
  ({ id, title, counties, kind, ...(typeof setting === 'string' && { setting }), savedAt, reviewing: reviewing === true, origin: origin ?? null });

/** What a kept record says of its draft besides the text, for the list of drafts. */
export const listedAs = (draft: Draft) => ({
  title: draft.title, counties: [...draft.counties], kind: draft.kind, ...(draft.kind === 'companion' && { setting: draft.companionSetting.trim() }),
});


/** What a stash is compared with: the kept copy's revision (0 for a record of the first database version) and time. */
const keptCopy = (stored: StoredDraft | undefined) => stored && { revision: stored.revision ?? 0, savedAt: stored.savedAt };

/** The copy's draft, or why it cannot be used (a damaged text counts as unusable). */
function open(copy: { text: string; textSum?: string }): Result<RestoredDraft, LoadError> {
  if (copy.textSum !== undefined && crc32(copy.text) !== copy.textSum) return err({ kind: 'damaged' });
  const restored = restoreDraft(copy.text);
  if (restored.ok && restored.value.integrity === 'mismatch') return err({ kind: 'damaged' });
  return restored;
}

/** Opens (and on first use creates) the browser's database of drafts. */
export async function openDraftRepository(name = 'csec-mou', factory: IDBFactory = indexedDB, events: RepositoryEvents = {}): Promise<DraftRepository> {
  const connection = await openConnection(name, factory, () => events.onNewerVersion?.());
  const { retryIfClosed, transaction } = connection;
  const get = async (id: string) =>
    (await request((await transaction(DRAFTS, 'readonly')).objectStore(DRAFTS).get(id))) as StoredDraft | undefined;

  /** One attempt at a save: checks the revision and writes the draft and its snapshot in one transaction, then reads it back. */
  const saveText = async (id: string, draft: Draft, text: string, savedAt: string, options: SaveOptions): Promise<number> => {
    const tx = await transaction([DRAFTS, SNAPSHOTS], 'readwrite');
    const drafts = tx.objectStore(DRAFTS);
    let problem: SaveProblem | null = null;
    let thrown: unknown = null;
    let revision = 0;
    const existing = drafts.get(id);
    // Checking and writing in one transaction: no other tab can write between the two.
    existing.onsuccess = () => {
      const current = existing.result as StoredDraft | undefined;
      const have = current ? current.revision ?? 0 : null;
      // This very save, kept before the browser closed the connection under its read-back: done.
      // (Its text holds the moment it was saved: no other save writes the same.)
      if (current && current.text === text) {
        revision = current.revision ?? 0;
        return;
      }
      if (current && (current.writtenBy ?? 0) > DRAFT_VERSION) problem = { kind: 'newerApp' };
      // A record that has gone (the browser's data cleared, the draft removed from the list in
      // another tab) is no other tab's newer work: the open draft is kept again, not lost.
      else if (current && have !== options.expected) problem = { kind: 'conflict' };
      if (problem) return tx.abort();
      revision = (have ?? 0) + 1;
      const latestIsGood = current && (current.textSum === undefined || crc32(current.text) === current.textSum);
      const previous = !current ? null : latestIsGood
        ? { text: current.text, textSum: current.textSum ?? crc32(current.text), savedAt: current.savedAt, revision: have ?? 0 }
        : current.previous ?? null;
      const record: StoredDraft = {
        id, ...listedAs(draft), savedAt, reviewing: options.reviewing ?? current?.reviewing === true,
        text, textSum: crc32(text), revision, previous, writtenBy: DRAFT_VERSION,
        ...((current?.origin ?? options.origin) && { origin: current?.origin ?? options.origin }),
        ...(current?.fileSavedAt && { fileSavedAt: current.fileSavedAt }),
      };
      try {
        drafts.put(record);
        if (options.snapshot) addSnapshot(tx, id, draft, options.snapshot, text);
      } catch (error) {
        // Thrown at once (some browsers report a full disk so) rather than when the transaction ends.
        thrown = error;
        tx.abort();
      }
    };
    try {
      await done(tx);
    } catch (error) {
      throw problem ? new SaveError(problem) : thrown ?? error;
    }
    // Read back: a browser that reports success but kept something else is a failed save.
    const back = await get(id);
    if (!back || back.text !== text || back.revision !== revision) throw new SaveError({ kind: 'notKept' });
    dropStash(name, id, { revision, savedAt });
    return revision;
  };

  return {
    async list() {
      const stored = await retryIfClosed(async () => (await request((await transaction(DRAFTS, 'readonly')).objectStore(DRAFTS).getAll())) as StoredDraft[]);
      const byId = new Map<string, DraftSummary>(stored.map((d) => [d.id, summary(d)]));
      for (const id of stashedIds(name)) {
        const stash = readStash(name, id);
        const kept = stored.find((d) => d.id === id);
        if (stash && stashIsNewer(stash, keptCopy(kept))) byId.set(id, summary({ ...(stash as Omit<DraftSummary, 'reviewing' | 'origin'>), reviewing: kept ? kept.reviewing : stash.reviewing, origin: kept?.origin ?? stash.origin }));
      }
      return [...byId.values()].sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },

    async load(id, sent = null) {
      const stored = await retryIfClosed(() => get(id));
      const revision = stored ? stored.revision ?? 0 : null;
      const seen = readStash(name, id);
      const stash = sent && (!seen || stashIsNewer(sent, { revision: seen.revision ?? 0, savedAt: seen.savedAt })) ? sent : seen;
      const copies: Array<{ text: string; textSum?: string; savedAt: string }> = [];
      if (stash && stashIsNewer(stash, keptCopy(stored))) copies.push(stash);
      if (stored) copies.push(stored);
      if (stored?.previous) copies.push(stored.previous);
      if (copies.length === 0) return err({ kind: 'notFound', id });
      let firstError: LoadError | null = null;
      for (const [index, copy] of copies.entries()) {
        const restored = open(copy);
        if (!restored.ok) {
          firstError ??= restored.error;
          continue;
        }
        const note: Repair[] = index === 0 ? [] : [{ kind: 'note', text: `The latest copy kept in this browser could not be read, so the copy saved ${when(copy.savedAt)} was opened instead. Changes after it are not in it.` }];
        return ok({ restored: { ...restored.value, repairs: [...note, ...restored.value.repairs] }, revision, text: copy.text, reviewing: stored ? stored.reviewing === true : stash?.reviewing === true,
          origin: stored?.origin ?? stash?.origin ?? null, stashed: copy === stash, fileSavedAt: stored?.fileSavedAt ? new Date(stored.fileSavedAt) : null });
      }
      return err(firstError!);
    },

    save(id, draft, options) {
      const savedAt = (options.savedAt ?? new Date()).toISOString();
      const text = serializeDraft(draft, { savedAt: new Date(savedAt), envelopeExtras: options.envelopeExtras });
      // Kept past a draft file's limits, it could not be opened again: refused, the kept copy stays.
      const exceeded = exceededLimit(text);
      if (exceeded) return Promise.reject(new SaveError({ kind: 'tooLarge', exceeded }));
      return retryIfClosed(() => saveText(id, draft, text, savedAt, options));
    },

    stash(id, draft, options) {
      const savedAt = options.savedAt ?? new Date();
      const text = serializeDraft(draft, { savedAt, envelopeExtras: options.envelopeExtras });
      if (exceededLimit(text)) return false;
      return writeStash(name, {
        id, ...listedAs(draft), savedAt: savedAt.toISOString(),
        text, revision: (options.expected ?? 0) + 1,
        ...(options.reviewing !== undefined && { reviewing: options.reviewing }), ...(options.origin && { origin: options.origin }),
      });
    },

    stashed: (id) => readStash(name, id),

    savedAsFile: (id, at) => retryIfClosed(async () => {
      const tx = await transaction(DRAFTS, 'readwrite');
      const finished = done(tx);
      const drafts = tx.objectStore(DRAFTS);
      // Read and written in one transaction, so that no save lands between: its revision stays,
      // as only the time of the file changes, and another tab's next save finds what it expects.
      const stored = (await request(drafts.get(id))) as StoredDraft | undefined;
      if (stored && (stored.writtenBy ?? 0) <= DRAFT_VERSION) drafts.put({ ...stored, fileSavedAt: at.toISOString() });
      await finished;
    }),

    snapshot: (id, draft, reason, text) => retryIfClosed(async () => {
      const tx = await transaction(SNAPSHOTS, 'readwrite');
      addSnapshot(tx, id, draft, reason, text ?? serializeDraft(draft));
      await done(tx);
    }),

    history: (id) => retryIfClosed(async () => listSnapshots(await transaction(SNAPSHOTS, 'readonly'), id)),

    async loadSnapshot(seq) {
      const snapshot = await retryIfClosed(async () => (await request((await transaction(SNAPSHOTS, 'readonly')).objectStore(SNAPSHOTS).get(seq))) as Snapshot | undefined);
      if (!snapshot) return err({ kind: 'notFound', id: String(seq) });
      return open(snapshot);
    },

    remove: (id) => retryIfClosed(async () => {
      const tx = await transaction([DRAFTS, SNAPSHOTS], 'readwrite');
      const finished = done(tx);
      const history = tx.objectStore(SNAPSHOTS).index('draft');
      const draft = request(tx.objectStore(DRAFTS).get(id)) as Promise<StoredDraft | undefined>;
      const snapshots = request(history.getAll(id)) as Promise<Snapshot[]>;
      tx.objectStore(DRAFTS).delete(id);
      const keys = history.getAllKeys(id);
      keys.onsuccess = () => keys.result.forEach((key) => tx.objectStore(SNAPSHOTS).delete(key));
      await finished;
      dropStash(name, id, null);
      const removed = await draft;
      return removed ? { draft: removed, snapshots: await snapshots } : null;
    }),

    putBack: ({ draft, snapshots }) => retryIfClosed(async () => {
      const tx = await transaction([DRAFTS, SNAPSHOTS], 'readwrite');
      const finished = done(tx);
      const drafts = tx.objectStore(DRAFTS);
      // Read and written in one transaction: no save can land between the look and the put.
      const savedSince = (await request(drafts.get(draft.id))) !== undefined;
      if (!savedSince) {
        drafts.put(draft);
        for (const snapshot of snapshots) tx.objectStore(SNAPSHOTS).put(snapshot);
      }
      await finished;
      return !savedSince;
    }),

    close: () => connection.close(),
  };
}
