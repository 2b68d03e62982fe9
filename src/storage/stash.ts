import type { DraftOrigin } from './draft-repository';

/**
 * The stash of a closing tab: one small synchronous localStorage entry per draft, written as the
 * page unloads (an IndexedDB transaction begun then may never finish) and read only to pick the
 * newer copy. It carries the revision the save would have made.
 */
export interface StashedDraft {
  id: string;
  title: string;
  counties: string[];
  kind: string;
  /** A companion protocol's setting, as the list of drafts shows it. */
  setting?: string;
  savedAt: string;
  text: string;
  /** The revision this copy would have had (older stashes have none). */
  revision?: number;
  /** For a draft not kept yet (no record to say so): opened for review, and where it came from. */
  reviewing?: boolean;
  origin?: DraftOrigin;
}

const key = (name: string, id: string) => `${name}:stash:${id}`;

export function readStash(name: string, id: string): StashedDraft | null {
  try {
    const text = localStorage.getItem(key(name, id));
    return text ? (JSON.parse(text) as StashedDraft) : null;
  } catch {
    return null;
  }
}

export function writeStash(name: string, copy: StashedDraft): boolean {
  try {
    localStorage.setItem(key(name, copy.id), JSON.stringify(copy));
    return true;
  } catch {
    return false;
  }
}

export function stashedIds(name: string): string[] {
  try {
    const prefix = key(name, '');
    return Object.keys(localStorage).filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
  } catch {
    return [];
  }
}

/** Whether the stash is newer than the kept copy: by revision, or by time for a stash without one. */
export function stashIsNewer(stash: StashedDraft, kept: { revision: number; savedAt: string } | undefined): boolean {
  if (!kept) return true;
  return stash.revision === undefined ? stash.savedAt > kept.savedAt : stash.revision > kept.revision;
}

/** Drops the stash once a save at least as new has landed (all of it when `upTo` is null). */
export function dropStash(name: string, id: string, upTo: { revision: number; savedAt: string } | null) {
  try {
    const stash = readStash(name, id);
    if (stash && (upTo === null || !stashIsNewer(stash, upTo))) localStorage.removeItem(key(name, id));
  } catch {
    // A stash that cannot be removed is not newer than the kept copy, and loses to it.
  }
}
