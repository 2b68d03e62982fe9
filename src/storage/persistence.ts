export type Persistence = 'persisted' | 'best-effort' | 'unknown';

/**
 * Asks the browser to keep this site's storage even when space runs low (it decides, often by how
 * much the site is used), and says what it answered. Never throws.
 */
export async function askToPersist(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<Persistence> {
  if (!storage?.persist) return 'unknown';
  try {
    if (await storage.persisted()) return 'persisted';
    return (await storage.persist()) ? 'persisted' : 'best-effort';
  } catch {
    return 'unknown';
  }
}
