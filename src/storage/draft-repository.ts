import { err, type Result } from '../lib/result';
import { restoreDraft, serializeDraft, type Draft, type RestoredDraft, type RestoreError } from '../model';

/** What the start page lists of a kept draft, without opening it. */
export interface DraftSummary {
  id: string;
  title: string;
  counties: string[];
  kind: Draft['kind'];
  savedAt: string;
}

interface StoredDraft extends DraftSummary {
  /** The draft file's text: what is kept is exactly what a saved file would hold. */
  text: string;
}

export interface SaveOptions {
  envelopeExtras?: Record<string, unknown>;
  savedAt?: Date;
}

export type LoadError = RestoreError | { kind: 'notFound'; id: string };

/** The drafts kept in this browser. Every load passes through restoreDraft, like a file. */
export interface DraftRepository {
  list(): Promise<DraftSummary[]>;
  load(id: string): Promise<Result<RestoredDraft, LoadError>>;
  save(id: string, draft: Draft, options?: SaveOptions): Promise<void>;
  /**
   * Keeps the draft at once, synchronously, for a tab that is closing: an IndexedDB transaction
   * begun as the page unloads may never finish. The copy is used until a save of the same or a
   * later draft lands. Returns false when the browser refused it.
   */
  stash(id: string, draft: Draft, options?: SaveOptions): boolean;
  remove(id: string): Promise<void>;
  close(): void;
}

const STORE = 'drafts';

/** The stash of a closing tab: one small synchronous store, read only to pick the newer copy. */
const STASH = (name: string, id: string) => `${name}:stash:${id}`;

function record(id: string, draft: Draft, options: SaveOptions): StoredDraft {
  const savedAt = options.savedAt ?? new Date();
  return {
    id, title: draft.title, counties: [...draft.counties], kind: draft.kind, savedAt: savedAt.toISOString(),
    text: serializeDraft(draft, { savedAt, ...(options.envelopeExtras ? { envelopeExtras: options.envelopeExtras } : {}) }),
  };
}

function stashed(name: string, id: string): StoredDraft | null {
  try {
    const text = localStorage.getItem(STASH(name, id));
    return text ? (JSON.parse(text) as StoredDraft) : null;
  } catch {
    return null;
  }
}

function stashedIds(name: string): string[] {
  try {
    const prefix = STASH(name, '');
    return Object.keys(localStorage).filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length));
  } catch {
    return [];
  }
}

function dropStash(name: string, id: string, upTo: string | null) {
  try {
    const stash = stashed(name, id);
    if (stash && (upTo === null || stash.savedAt <= upTo)) localStorage.removeItem(STASH(name, id));
  } catch {
    // A stash that cannot be removed is older than the saved copy, and loses to it.
  }
}

/** The newer of the stored copy and a closing tab's stash. */
const newer = (a: StoredDraft | undefined | null, b: StoredDraft | null) => (!a ? b : !b ? a : b.savedAt > a.savedAt ? b : a);

const request = <T>(req: IDBRequest<T>) => new Promise<T>((resolve, reject) => {
  req.onsuccess = () => resolve(req.result);
  req.onerror = () => reject(req.error ?? new Error('The browser could not read its storage.'));
});

const done = (tx: IDBTransaction) => new Promise<void>((resolve, reject) => {
  tx.oncomplete = () => resolve();
  tx.onerror = () => reject(tx.error ?? new Error('The browser could not save the draft.'));
  tx.onabort = () => reject(tx.error ?? new Error('The browser stopped saving the draft.'));
});

/** Opens (and on first use creates) the browser's database of drafts. */
export async function openDraftRepository(name = 'csec-mou', factory: IDBFactory = indexedDB): Promise<DraftRepository> {
  const open = factory.open(name, 1);
  open.onupgradeneeded = () => {
    if (!open.result.objectStoreNames.contains(STORE)) open.result.createObjectStore(STORE, { keyPath: 'id' });
  };
  const db = await request(open);
  const store = (mode: IDBTransactionMode) => {
    const tx = db.transaction(STORE, mode);
    return { tx, drafts: tx.objectStore(STORE) };
  };
  return {
    async list() {
      const stored = (await request(store('readonly').drafts.getAll())) as StoredDraft[];
      const byId = new Map(stored.map((d) => [d.id, d]));
      for (const id of stashedIds(name)) {
        const copy = newer(byId.get(id), stashed(name, id));
        if (copy) byId.set(id, copy);
      }
      return [...byId.values()]
        .map(({ id, title, counties, kind, savedAt }) => ({ id, title, counties, kind, savedAt }))
        .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
    async load(id) {
      const stored = (await request(store('readonly').drafts.get(id))) as StoredDraft | undefined;
      const copy = newer(stored, stashed(name, id));
      if (!copy) return err({ kind: 'notFound', id });
      return restoreDraft(copy.text);
    },
    async save(id, draft, options = {}) {
      const saved = record(id, draft, options);
      const { tx, drafts } = store('readwrite');
      drafts.put(saved);
      await done(tx);
      dropStash(name, id, saved.savedAt);
    },
    stash(id, draft, options = {}) {
      try {
        localStorage.setItem(STASH(name, id), JSON.stringify(record(id, draft, options)));
        return true;
      } catch {
        return false;
      }
    },
    async remove(id) {
      const { tx, drafts } = store('readwrite');
      drafts.delete(id);
      await done(tx);
      dropStash(name, id, null);
    },
    close: () => db.close(),
  };
}
