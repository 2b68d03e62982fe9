import { describe, expect, it } from 'vitest';
import { askToPersist } from './persistence';

const storage = (persisted: boolean, grants: boolean | Error) => ({
  persisted: async () => persisted,
  persist: async () => {
    if (grants instanceof Error) throw grants;
    return grants;
  },
}) as unknown as StorageManager;

describe('asking the browser to keep the drafts', () => {
  it('says what the browser answered, and never throws', async () => {
    expect(await askToPersist(storage(true, false))).toBe('persisted');
    expect(await askToPersist(storage(false, true))).toBe('persisted');
    expect(await askToPersist(storage(false, false))).toBe('best-effort');
    expect(await askToPersist(storage(false, new Error('denied')))).toBe('unknown');
    expect(await askToPersist(undefined)).toBe('unknown');
  });
});
