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

export type LoadError = RestoreError | { kind: 'notFound'; id: string };

/** The drafts kept in this browser. Every load passes through restoreDraft, like a file. */
export interface DraftRepository {
  list(): Promise<DraftSummary[]>;
  load(id: string): Promise<Result<RestoredDraft, LoadError>>;
  save(id: string, draft: Draft, options?: { envelopeExtras?: Record<string, unknown>; savedAt?: Date }): Promise<void>;
  remove(id: string): Promise<void>;
  close(): void;
}

const STORE = 'drafts';

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
      const all = (await request(store('readonly').drafts.getAll())) as StoredDraft[];
      return all
        .map(({ id, title, counties, kind, savedAt }) => ({ id, title, counties, kind, savedAt }))
        .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
    async load(id) {
      const stored = (await request(store('readonly').drafts.get(id))) as StoredDraft | undefined;
      if (!stored) return err({ kind: 'notFound', id });
      return restoreDraft(stored.text);
    },
    async save(id, draft, options = {}) {
      const savedAt = options.savedAt ?? new Date();
      const record: StoredDraft = {
        id, title: draft.title, counties: [...draft.counties], kind: draft.kind, savedAt: savedAt.toISOString(),
        text: serializeDraft(draft, { savedAt, ...(options.envelopeExtras ? { envelopeExtras: options.envelopeExtras } : {}) }),
      };
      const { tx, drafts } = store('readwrite');
      drafts.put(record);
      await done(tx);
    },
    async remove(id) {
      const { tx, drafts } = store('readwrite');
      drafts.delete(id);
      await done(tx);
    },
    close: () => db.close(),
  };
}
