import { openDatabase } from './idb';
import { SaveError } from './save-problem';

/**
 * The errors of a transaction aborted because the browser closed the database under it (its
 * storage cleared), or of a connection it closed without the close event (some browsers): which
 * of them comes, and whether the close event comes first, varies.
 */
const CLOSED_UNDER = new Set(['AbortError', 'InvalidStateError', 'UnknownError']);
/** Milliseconds before each new try: three more tries within about a third of a second. */
const RETRY_PAUSES = [10, 50, 250];

/** A connection to the database of drafts that is opened again when the browser closes it. */
export interface Connection {
  /** A transaction on the open connection, opened first when there is none. */
  transaction(stores: string | string[], mode: IDBTransactionMode): Promise<IDBTransaction>;
  /**
   * Runs an operation, and again on a new connection when the browser closed the database under
   * it ("The connection was closed"). An aborted transaction wrote nothing, so doing it again is
   * safe. While the browser is still clearing the site's storage it closes new connections too,
   * so the tries are a moment apart; a last failure is the caller's to report.
   */
  retryIfClosed<T>(operation: () => Promise<T>): Promise<T>;
  close(): void;
}

/**
 * Opens the connection. When a newer version of the app opens the database in another tab, this
 * one lets go and every later use fails with the `newerApp` save problem.
 */
export async function openConnection(name: string, factory: IDBFactory, onNewerVersion: () => void): Promise<Connection> {
  let superseded = false;
  let db: IDBDatabase | null = null;
  const connect = () => openDatabase(name, factory, () => {
    superseded = true;
    db = null;
    onNewerVersion();
  }, () => { db = null; });
  db = await connect();
  return {
    async transaction(stores, mode) {
      if (superseded) throw new SaveError({ kind: 'newerApp' });
      db ??= await connect();
      return db.transaction(stores, mode);
    },
    async retryIfClosed(operation) {
      for (const pause of RETRY_PAUSES) {
        try {
          return await operation();
        } catch (error) {
          // The browser's own errors only: not a conflict, a full disk or a save that did not keep.
          if (!(error instanceof DOMException) || !CLOSED_UNDER.has(error.name)) throw error;
          const old = db;
          db = null;
          old?.close();
          await new Promise((resolve) => setTimeout(resolve, pause));
        }
      }
      return operation();
    },
    close: () => db?.close(),
  };
}
