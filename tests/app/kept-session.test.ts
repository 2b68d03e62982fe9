import { describe, expect, it } from 'vitest';
import { createKeptSession, SNAPSHOT_EVERY_MS } from '../../src/app/kept-session';
import type { DraftRepository, SaveOptions } from '../../src/storage/draft-repository';
import { SaveError } from '../../src/storage/save-problem';
import { completeDraft } from '../support/drafts';

/** A repository that records saves and fails them as told. */
function fakeRepository(failWith: () => unknown = () => null) {
  const saves: SaveOptions[] = [];
  const snapshots: Array<{ reason: string; draft: unknown }> = [];
  const repository = {
    async snapshot(_id: string, draft: unknown, reason: string) {
      const failure = failWith();
      if (failure) throw failure;
      snapshots.push({ reason, draft });
    },
    async save(_id: string, _draft: unknown, options: SaveOptions) {
      const failure = failWith();
      if (failure) throw failure;
      saves.push(options);
      return (options.expected ?? 0) + 1;
    },
  } as unknown as DraftRepository;
  return { repository, saves, snapshots };
}

describe('an open draft’s saves', () => {
  it('sends the revision it last saw, and puts a version in the history every few minutes of editing', async () => {
    let now = 0;
    const { repository, saves } = fakeRepository();
    const session = createKeptSession(repository, 'd', 4, {}, { now: () => now });
    const draft = completeDraft();
    await session.save(draft);
    now = SNAPSHOT_EVERY_MS - 1;
    await session.save(draft);
    now = SNAPSHOT_EVERY_MS;
    await session.save(draft);
    now = SNAPSHOT_EVERY_MS + 60_000;
    await session.save(draft);
    expect(saves.map((s) => [s.expected, s.snapshot ?? null])).toEqual([[4, null], [5, null], [6, 'While editing'], [7, null]]);
  });

  it('stops for good on another tab’s revision, but goes on trying after a full disk', async () => {
    let failure: unknown = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const { repository, saves } = fakeRepository(() => failure);
    const session = createKeptSession(repository, 'd', 1, {});
    await expect(session.save(completeDraft())).rejects.toMatchObject({ problem: { kind: 'full' } });
    expect(session.stopped()).toBeNull();
    failure = new SaveError({ kind: 'conflict' });
    await expect(session.save(completeDraft())).rejects.toMatchObject({ problem: { kind: 'conflict' } });
    failure = null;
    await expect(session.save(completeDraft())).rejects.toMatchObject({ problem: { kind: 'conflict' } });
    expect(session.stopped()).toEqual({ kind: 'conflict' });
    expect(saves).toEqual([]);
  });

  it('keeps a new draft whose first save failed with where it came from, its first version and the file it came from, once a save works', async () => {
    let failure: unknown = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const { repository, saves, snapshots } = fakeRepository(() => failure);
    const file = { reason: 'As opened from the file a.csecmou.json', text: '{}', draft: completeDraft() };
    const session = createKeptSession(repository, 'd', null, {}, { firstSave: { origin: { kind: 'file', name: 'a.csecmou.json' }, reviewing: false, snapshot: 'Opened', file } });
    await expect(session.save(completeDraft())).rejects.toMatchObject({ problem: { kind: 'full' } });
    expect(session.kept()).toBe(false);
    failure = null;
    await session.save({ ...completeDraft(), title: 'Edited since it was opened' });
    await session.save(completeDraft());
    expect(session.kept()).toBe(true);
    expect(saves.map((s) => [s.expected, s.snapshot ?? null, s.origin ?? null])).toEqual([[null, 'Opened', { kind: 'file', name: 'a.csecmou.json' }], [1, null, null]]);
    // The file as it came goes into the history with the first save that keeps the draft, once,
    // as the draft it opened as (whose content a repeat is told by), not as edited since.
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]!.reason).toBe(file.reason);
    expect(snapshots[0]!.draft).toBe(file.draft);
  });
});
