/** Promises over IndexedDB's events, and the database's shape in one place. */

export const DRAFTS = 'drafts';
export const SNAPSHOTS = 'snapshots';
/** Version 2 added the history of snapshots and each draft's revision and previous copy. */
export const DB_VERSION = 2;

export const request = <T>(req: IDBRequest<T>) => new Promise<T>((resolve, reject) => {
  req.onsuccess = () => resolve(req.result);
  req.onerror = () => reject(req.error ?? new Error('The browser could not read its storage.'));
});

export const done = (tx: IDBTransaction) => new Promise<void>((resolve, reject) => {
  tx.oncomplete = () => resolve();
  // The failing request's error: the transaction's own is set only once it aborts.
  tx.onerror = (event) => reject((event.target as IDBRequest | null)?.error ?? tx.error ?? new Error('The browser could not save the draft.'));
  tx.onabort = () => reject(tx.error ?? new Error('The browser stopped saving the draft.'));
});

/** Raised when another tab holds the database open at an older version and does not let go. */
export class BlockedError extends Error {
  override name = 'BlockedError';
}

/**
 * Opens (and creates or upgrades) the database. `onNewerVersion` is called when a newer version
 * of the app opens it in another tab: this connection is closed at once so the newer one can
 * upgrade, and this tab must stop writing.
 */
export function openDatabase(name: string, factory: IDBFactory, onNewerVersion: () => void, onClosed: () => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const open = factory.open(name, DB_VERSION);
    open.onupgradeneeded = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(DRAFTS)) db.createObjectStore(DRAFTS, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(SNAPSHOTS)) {
        db.createObjectStore(SNAPSHOTS, { keyPath: 'seq', autoIncrement: true }).createIndex('draft', 'draftId');
      }
    };
    let refused = false;
    open.onblocked = () => {
      refused = true;
      reject(new BlockedError('Another tab with an older version of this app is holding the drafts open.'));
    };
    open.onerror = () => reject(open.error ?? new Error('The browser could not open its storage.'));
    open.onsuccess = () => {
      const db = open.result;
      // Opened after all, once the other tab let go: nobody is waiting for this connection.
      if (refused) return db.close();
      db.onversionchange = () => {
        db.close();
        onNewerVersion();
      };
      // The browser closes a connection itself when its storage is cleared or fails.
      db.onclose = onClosed;
      resolve(db);
    };
  });
}
