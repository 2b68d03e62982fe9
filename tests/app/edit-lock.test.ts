import { afterEach, describe, expect, it } from 'vitest';
import { claimEditing, RELEASE_WORD_MS, type ClaimOptions, type Handover } from '../../src/app/edit-lock';
import type { StashedDraft } from '../../src/storage/stash';

interface Waiting {
  grant: () => void;
  fail: (reason: unknown) => void;
}

/**
 * Web Locks as Chromium keeps them, for one tab's view of several: exclusive locks granted in
 * turn, `ifAvailable`, `steal` and `signal`. A released lock goes to the next request at once,
 * before any BroadcastChannel message sent just before the release is delivered: the order that
 * Chromium's separate channels allow, and the one that lost a handed-over stash.
 */
class FakeLocks {
  private held = new Map<string, { drop: (reason: unknown) => void }>();
  private queues = new Map<string, Waiting[]>();

  query = async () => ({ held: [...this.held.keys()].map((name) => ({ name, mode: 'exclusive' as const })), pending: [] });

  request = (name: string, options: LockOptions, callback: (lock: Lock | null) => unknown): Promise<unknown> => new Promise((resolve, reject) => {
    const run = () => {
      let dropped = false;
      this.held.set(name, {
        drop: (reason) => {
          dropped = true;
          reject(reason);
        },
      });
      void Promise.resolve(callback({ name, mode: 'exclusive' })).then((value) => {
        if (dropped) return;
        this.held.delete(name);
        resolve(value);
        this.queues.get(name)?.shift()?.grant();
      });
    };
    if (options.steal) {
      this.held.get(name)?.drop(new DOMException('The lock was stolen.', 'AbortError'));
      this.held.delete(name);
      return run();
    }
    if (!this.held.has(name)) return run();
    if (options.ifAvailable) return void Promise.resolve(callback(null)).then(resolve);
    const queue = this.queues.get(name) ?? [];
    this.queues.set(name, queue);
    const waiting: Waiting = { grant: run, fail: reject };
    queue.push(waiting);
    options.signal?.addEventListener('abort', () => {
      const at = queue.indexOf(waiting);
      if (at < 0) return;
      queue.splice(at, 1);
      reject(options.signal!.reason);
    });
  });
}

const stash: StashedDraft = { id: 'd', title: 'T', counties: ['Lassen'], kind: 'single', savedAt: '2026-12-07T12:00:00.000Z', text: '{"typed":"while the disk is full"}', revision: 3 };

const opened: Array<{ release(): void }> = [];
afterEach(() => {
  opened.splice(0).forEach((hold) => hold.release());
});

function claim(locks: FakeLocks, takeOver: boolean, beforeHandover: ClaimOptions['beforeHandover'] = async () => ({ stash: null })) {
  const lost: string[] = [];
  const claimed = claimEditing('d', { takeOver, beforeHandover, onLost: (how) => lost.push(how) }, locks as unknown as LockManager).then((result) => {
    if (result.hold) opened.push(result.hold);
    return result;
  });
  return { claimed, lost };
}

describe('handing a draft from one tab to another', () => {
  it('gives the asking tab the stash the holder kept its latest changes in, though the lock comes before the word', async () => {
    const locks = new FakeLocks();
    const holder = claim(locks, false, async (): Promise<Handover> => ({ stash }));
    expect((await holder.claimed).hold).not.toBeNull();

    const asker = await claim(locks, true).claimed;
    expect(asker.hold).not.toBeNull();
    expect(asker.hold && asker.stash).toEqual(stash);
    expect(holder.lost).toEqual(['handedOver']);
  });

  it('gives no stash when all of it was in the database', async () => {
    const locks = new FakeLocks();
    const holder = claim(locks, false);
    await holder.claimed;
    const asker = await claim(locks, true).claimed;
    expect(asker.hold).not.toBeNull();
    expect(asker.hold && asker.stash).toBeNull();
    expect(holder.lost).toEqual(['handedOver']);
  });

  it('leaves the draft with the holder when its latest changes are not kept', async () => {
    const locks = new FakeLocks();
    const holder = claim(locks, false, async () => null);
    await holder.claimed;
    expect(await claim(locks, true).claimed).toEqual({ hold: null, keptThere: true });
    expect(holder.lost).toEqual([]);
  });

  it('waits only a moment for a word that never comes, from a tab that closed as it was asked', async () => {
    const locks = new FakeLocks();
    const holder = await claim(locks, false, () => new Promise(() => {})).claimed;
    const asking = claim(locks, true).claimed;
    const askedAt = Date.now();
    setTimeout(() => holder.hold?.release(), 50);
    const asker = await asking;
    expect(asker.hold && asker.stash).toBeNull();
    expect(Date.now() - askedAt).toBeGreaterThanOrEqual(RELEASE_WORD_MS);
    expect(Date.now() - askedAt).toBeLessThan(RELEASE_WORD_MS + 1500);
  });

  it('takes a free draft at once, without waiting for a word', async () => {
    const locks = new FakeLocks();
    const askedAt = Date.now();
    const asker = await claim(locks, true).claimed;
    expect(asker.hold).not.toBeNull();
    expect(Date.now() - askedAt).toBeLessThan(RELEASE_WORD_MS);
  });
});
