// The draft repository against real IndexedDB in Chromium: the module is bundled with Vite and
// served from a loopback origin, since IndexedDB needs one.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { build, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeDraft } from '../../src/model';
import { completeDraft } from '../support/drafts';
import { connectBrowser } from '../support/e2e';

const root = fileURLToPath(new URL('../..', import.meta.url));
let server: Server;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const output = await build({
    root, configFile: false, logLevel: 'warn',
    build: { write: false, minify: false, lib: { entry: 'src/storage/draft-repository.ts', formats: ['es'], fileName: 'repo' } },
  }) as Rollup.RollupOutput[];
  const code = output[0]!.output[0].code;
  server = createServer((req, res) => {
    if (req.url === '/repo.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(code);
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>repository</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // The Chromium every browser test shares (tests/support/global-app.ts).
  browser = await connectBrowser();
  page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Runs `script` with `db`, the test database opened directly, to plant what the browser could hold. */
const raw = <T>(script: string): Promise<T> => page.evaluate(`(async () => {
  const db = await new Promise((resolve, reject) => { const o = indexedDB.open('test'); o.onsuccess = () => resolve(o.result); o.onerror = () => reject(o.error); });
  try { ${script} } finally { db.close(); }
})()`);

/**
 * Runs `script` in the page with `repo`, a freshly opened repository, and `value`; returns its
 * result. Passed as text, so that Vitest's transform does not rewrite the page's import().
 */
const inPage = <T>(script: string, value: unknown = null): Promise<T> => page.evaluate(`(async (value) => {
  const { openDraftRepository } = await import('/repo.js');
  const repo = await openDraftRepository('test');
  try { ${script} } finally { repo.close(); }
})(${JSON.stringify(value)})`);

/** Opens a repository that stays open across page.evaluate calls, as `window.kept`. */
const keepRepository = () => page.evaluate(`(async () => {
  const { openDraftRepository } = await import('/repo.js');
  window.kept = await openDraftRepository('test');
})()`);

describe('the draft repository (IndexedDB)', () => {
  it('saves drafts, lists them newest first without opening them, loads one through restoreDraft and removes it', async () => {
    const yolo = completeDraft();
    const napa = { ...completeDraft(['Napa']), kind: 'companion' as const, companionSetting: ' Juvenile hall ' };
    await inPage(`await repo.save('a', value[0], { expected: null, savedAt: new Date('2026-11-01T10:00:00Z') }); await repo.save('b', value[1], { expected: null, savedAt: new Date('2026-11-02T10:00:00Z'), origin: { kind: 'file', name: 'napa.csecmou.json' } });`, [yolo, napa]);
    // Where a draft came from stays with it through later saves, which do not say.
    await inPage(`await repo.save('b', value, { expected: 1, savedAt: new Date('2026-11-02T10:00:00Z') });`, napa);

    // A new page load, a new connection: what was saved is still there.
    await page.reload();
    expect(await inPage('return repo.list();')).toEqual([
      { id: 'b', title: napa.title, counties: ['Napa'], kind: 'companion', setting: 'Juvenile hall', savedAt: '2026-11-02T10:00:00.000Z', reviewing: false, origin: { kind: 'file', name: 'napa.csecmou.json' } },
      { id: 'a', title: yolo.title, counties: ['Yolo'], kind: 'csec-program', savedAt: '2026-11-01T10:00:00.000Z', reviewing: false, origin: null },
    ]);
    const loaded = await inPage<{ ok: boolean; value: { restored: { draft: unknown }; revision: number } }>("return repo.load('a');");
    expect(loaded.ok).toBe(true);
    expect(loaded.value.restored.draft).toEqual(yolo);
    expect(loaded.value.revision).toBe(1);

    // A draft opened for review stays one through later saves that do not say.
    await inPage(`await repo.save('r', value, { expected: null, reviewing: true, savedAt: new Date('2026-11-03T10:00:00Z') }); await repo.save('r', value, { expected: 1, savedAt: new Date('2026-11-04T10:00:00Z') });`, yolo);
    expect(await inPage<Array<{ id: string; reviewing: boolean }>>('return (await repo.list()).map((d) => [d.id, d.reviewing]);')).toEqual([['r', true], ['b', false], ['a', false]]);
    expect(await inPage<{ value: { reviewing: boolean } }>("return repo.load('r');")).toMatchObject({ value: { reviewing: true } });

    await inPage("await repo.remove('a'); await repo.remove('r');");
    expect(await inPage<Array<{ id: string }>>('return (await repo.list()).map((d) => d.id);')).toEqual(['b']);
    expect(await inPage("return repo.load('a');")).toEqual({ ok: false, error: { kind: 'notFound', id: 'a' } });
  });

  it('keeps when a draft was last saved as a file, through later saves, without changing its revision', async () => {
    const draft = completeDraft(['Napa']);
    await inPage(`await repo.save('f', value, { expected: null });`, draft);
    expect(await inPage("return (await repo.load('f')).value.fileSavedAt;")).toBeNull();
    await inPage(`await repo.savedAsFile('f', new Date('2026-12-05T15:04:00Z'));`);
    // Another tab's next save finds the revision it expects, and the time stays.
    await inPage(`await repo.save('f', value, { expected: 1 });`, draft);
    await page.reload();
    const loaded = await inPage<{ revision: number; fileSavedAt: string }>("const { value } = await repo.load('f'); return { revision: value.revision, fileSavedAt: value.fileSavedAt.toISOString() };");
    expect(loaded).toEqual({ revision: 2, fileSavedAt: '2026-12-05T15:04:00.000Z' });
    // A draft that is not kept (removed meanwhile) is not brought back by it.
    await inPage("await repo.remove('f'); await repo.savedAsFile('f', new Date());");
    expect(await inPage("return repo.load('f');")).toEqual({ ok: false, error: { kind: 'notFound', id: 'f' } });
  });

  it('loads a stored record through the same door as a file, so an unreadable one is refused with a reason', async () => {
    const text = serializeDraft(completeDraft()).replace('"csec-mou-draft"', '"something-else"');
    const result = await inPage<{ ok: boolean; error: { kind: string } }>(`
      await new Promise((resolve, reject) => {
        const open = indexedDB.open('test');
        open.onsuccess = () => {
          const tx = open.result.transaction('drafts', 'readwrite');
          tx.objectStore('drafts').put({ id: 'broken', title: 'x', counties: [], kind: 'csec-program', savedAt: '2026-01-01T00:00:00Z', text: value });
          tx.oncomplete = () => { open.result.close(); resolve(); };
          tx.onerror = () => reject(tx.error);
        };
      });
      return repo.load('broken');`, text);
    expect(result).toMatchObject({ ok: false, error: { kind: 'notADraft' } });
  });

  it('keeps a closing tab’s stash until a save of the same or a later draft lands, and lists and loads the newer copy', async () => {
    const older = completeDraft(['Napa']);
    const newer = { ...older, title: 'Typed just before the tab closed' };
    await inPage(`await repo.save('c', value[0], { expected: null, savedAt: new Date('2026-11-03T10:00:00Z') });
      if (!repo.stash('c', value[1], { expected: 1, savedAt: new Date('2026-11-03T10:00:05Z') })) throw new Error('stash refused');`, [older, newer]);
    await page.reload();
    expect((await inPage<Array<{ id: string; title: string }>>('return repo.list();')).find((d) => d.id === 'c')?.title).toBe(newer.title);
    // The stash is the newer copy; the revision the next save must find is the stored one.
    const fromStash = await inPage<{ value: { restored: { draft: { title: string } }; revision: number } }>("return repo.load('c');");
    expect(fromStash.value.restored.draft.title).toBe(newer.title);
    expect(fromStash.value.revision).toBe(1);

    // The save that lands the stashed revision drops the stash.
    await inPage("await repo.save('c', value, { expected: 1, savedAt: new Date('2026-11-03T10:00:09Z') });", older);
    expect((await inPage<{ value: { restored: { draft: { title: string } } } }>("return repo.load('c');")).value.restored.draft.title).toBe(older.title);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':stash:')))).toEqual([]);
  });

  it('opens the stash another tab sent with a handover when this tab cannot see it yet, and the newer of two', async () => {
    const kept = completeDraft(['Lassen']);
    const sentDraft = { ...kept, title: 'Typed while the disk is full' };
    const ownDraft = { ...kept, title: 'This tab’s own later copy' };
    const loaded = await inPage<string[]>(`
      await repo.save('h', value.kept, { expected: null });
      // The other tab's stash, as it sent it: this tab's localStorage does not hold it.
      if (!repo.stash('h', value.sent, { expected: 1 })) throw new Error('stash refused');
      const sent = repo.stashed('h');
      localStorage.clear();
      const titles = [];
      const title = async (stash) => { const r = await repo.load('h', stash); return r.value.restored.draft.title; };
      titles.push(await title(null), await title(sent));
      // A later stash of this tab's own wins over the one sent.
      if (!repo.stash('h', value.own, { expected: 2 })) throw new Error('stash refused');
      titles.push(await title(sent));
      localStorage.clear();
      return titles;`, { kept, sent: sentDraft, own: ownDraft });
    expect(loaded).toEqual([kept.title, sentDraft.title, ownDraft.title]);
  });

  it('refuses a save over a revision this tab has not seen, and writes nothing', async () => {
    const first = completeDraft(['Napa']);
    const other = { ...first, title: 'Saved by another tab' };
    const mine = { ...first, title: 'Typed in a stale tab' };
    await inPage("await repo.save('r', value[0], { expected: null }); await repo.save('r', value[1], { expected: 1 });", [first, other]);
    const stale = await inPage<string>("try { await repo.save('r', value, { expected: 1 }); return 'saved'; } catch (e) { return e.problem.kind; }", mine);
    expect(stale).toBe('conflict');
    const fresh = await inPage<string>("try { await repo.save('r', value, { expected: null }); return 'saved'; } catch (e) { return e.problem.kind; }", mine);
    expect(fresh).toBe('conflict');
    const kept = await inPage<{ value: { restored: { draft: { title: string } }; revision: number } }>("return repo.load('r');");
    expect(kept.value).toMatchObject({ revision: 2, restored: { draft: { title: 'Saved by another tab' } } });
  });

  it('keeps the previous good copy, and opens it, saying so, when the latest is damaged', async () => {
    const good = completeDraft(['Yolo']);
    const latest = { ...good, title: 'The latest copy' };
    await inPage("await repo.save('p', value[0], { expected: null, savedAt: new Date('2026-11-05T09:00:00Z') }); await repo.save('p', value[1], { expected: 1 });", [good, latest]);
    // Damage the latest copy's text in place, as a failing disk or a bad write would.
    await raw(`const tx = db.transaction('drafts', 'readwrite'); const store = tx.objectStore('drafts');
      const get = store.get('p'); get.onsuccess = () => store.put({ ...get.result, text: get.result.text.replace('The latest copy', 'The latest cop\u0000') });
      await new Promise((resolve) => { tx.oncomplete = resolve; });`);
    const loaded = await inPage<{ ok: boolean; value: { restored: { draft: { title: string }; repairs: Array<{ kind: string; text: string }> }; revision: number } }>("return repo.load('p');");
    expect(loaded.ok).toBe(true);
    expect(loaded.value.restored.draft.title).toBe(good.title);
    expect(loaded.value.restored.repairs[0]!.kind).toBe('note');
    expect(loaded.value.restored.repairs[0]!.text).toMatch(/^The latest copy kept in this browser could not be read, so the copy saved November [45], 2026, .+ was opened instead\. Changes after it are not in it\.$/);
    // The next save keeps the good copy as the previous one, not the damaged one.
    await inPage("await repo.save('p', value, { expected: 2 });", { ...good, title: 'Saved after the damage' });
    const record = await raw<{ previous: { text: string } }>("const tx = db.transaction('drafts'); return await new Promise((r) => { const g = tx.objectStore('drafts').get('p'); g.onsuccess = () => r(g.result); });");
    expect(record.previous.text).toContain(good.title);
  });

  it('refuses a kept copy whose every version is damaged, with a reason', async () => {
    await inPage("await repo.save('d', value, { expected: null });", completeDraft());
    await raw(`const tx = db.transaction('drafts', 'readwrite'); const store = tx.objectStore('drafts');
      const get = store.get('d'); get.onsuccess = () => store.put({ ...get.result, text: get.result.text.slice(0, 100) });
      await new Promise((resolve) => { tx.oncomplete = resolve; });`);
    expect(await inPage("return repo.load('d');")).toEqual({ ok: false, error: { kind: 'damaged' } });
  });

  it('stops writing, with a reason, once a newer version of the app opens the drafts, and never writes over its work', async () => {
    await inPage("await repo.save('n', value, { expected: null });", completeDraft());
    const outcome = await page.evaluate(`(async (draft) => {
      const { openDraftRepository } = await import('/repo.js');
      let told = false;
      const repo = await openDraftRepository('test', indexedDB, { onNewerVersion: () => { told = true; } });
      // A newer app opens the same database at a higher version; this connection steps aside.
      const newer = await new Promise((resolve, reject) => { const o = indexedDB.open('test', 99); o.onsuccess = () => resolve(o.result); o.onerror = () => reject(o.error); });
      newer.close();
      let kind = 'saved';
      try { await repo.save('n', draft, { expected: 1 }); } catch (e) { kind = e.problem.kind; }
      return { told, kind };
    })(${JSON.stringify(completeDraft(['Napa']))})`);
    expect(outcome).toEqual({ told: true, kind: 'newerApp' });
    await page.evaluate(() => new Promise((resolve) => { const r = indexedDB.deleteDatabase('test'); r.onsuccess = resolve; }));
  });

  it('says so when a tab of an older version holds the database open and will not let it upgrade', async () => {
    const outcome = await page.evaluate(`(async () => {
      await new Promise((resolve) => { const r = indexedDB.deleteDatabase('held'); r.onsuccess = resolve; });
      // An older app's tab: version 1, and it does not step aside when asked.
      const old = await new Promise((resolve) => { const o = indexedDB.open('held', 1); o.onsuccess = () => resolve(o.result); });
      const { openDraftRepository } = await import('/repo.js');
      const refused = await openDraftRepository('held').then(() => 'opened', (e) => e.name);
      old.close();
      // Once it lets go, the database opens and upgrades.
      const repo = await openDraftRepository('held');
      const list = await repo.list();
      repo.close();
      return { refused, list };
    })()`);
    expect(outcome).toEqual({ refused: 'BlockedError', list: [] });
  });

  it('does not write over a draft that a newer app wrote in a newer format', async () => {
    await inPage("await repo.save('w', value, { expected: null });", completeDraft());
    await raw(`const tx = db.transaction('drafts', 'readwrite'); const store = tx.objectStore('drafts');
      const get = store.get('w'); get.onsuccess = () => store.put({ ...get.result, writtenBy: 99 });
      await new Promise((resolve) => { tx.oncomplete = resolve; });`);
    expect(await inPage<string>("try { await repo.save('w', value, { expected: 1 }); return 'saved'; } catch (e) { return e.problem.kind; }", completeDraft())).toBe('newerApp');
  });

  it('opens the database again after the browser closes it (site data cleared), and saves', async () => {
    await keepRepository();
    // What clearing the site's data in the browser does: the connection is closed under the app.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(page.url()).origin, storageTypes: 'indexeddb' });
    const outcome = await page.evaluate(`(async (draft) => {
      const revision = await window.kept.save('after-clear', draft, { expected: null });
      const titles = (await window.kept.list()).map((d) => d.id);
      window.kept.close();
      return { revision, titles };
    })(${JSON.stringify(completeDraft())})`);
    expect(outcome).toEqual({ revision: 1, titles: ['after-clear'] });
  });

  it('keeps an open draft again when its record has gone (site data cleared, removed in another tab), rather than call it a conflict', async () => {
    const revision = await inPage<number>(`await repo.save('gone', value[0], { expected: null });
      await repo.save('gone', value[0], { expected: 1 });
      await repo.remove('gone');
      return repo.save('gone', value[1], { expected: 2 });`, [completeDraft(), { ...completeDraft(), title: 'Typed after the removal' }]);
    expect(revision).toBe(1);
    const loaded = await inPage<{ ok: boolean; value: { restored: { draft: { title: string } } } }>("return repo.load('gone');");
    expect(loaded.ok && loaded.value.restored.draft.title).toBe('Typed after the removal');
  });

  it('refuses to keep a draft grown past what a draft file may hold, which could not be opened again, and keeps the last copy that fits', async () => {
    // 26 texts of 200,000 characters, each within its own limit: together past 5,000,000.
    const texts = Array.from({ length: 26 }, (_, i) => `${i} ${'words '.repeat(33_330)}`);
    const outcome = await inPage<{ first: number; refused: unknown; stashed: boolean; title: string }>(`
      const first = await repo.save('large', value.small, { expected: null });
      const draft = { ...value.small, title: 'Grown too large', sections: { ...value.small.sections, data: { ...value.small.sections.data, measures: value.texts } } };
      const refused = await repo.save('large', draft, { expected: first }).then(() => null, (e) => ({ name: e.name, problem: e.problem }));
      const stashed = repo.stash('large', draft, { expected: first });
      const loaded = await repo.load('large');
      return { first, refused, stashed, title: loaded.value.restored.draft.title };`, { small: completeDraft(), texts });
    expect(outcome.first).toBe(1);
    expect(outcome.refused).toMatchObject({ name: 'SaveError', problem: { kind: 'tooLarge', exceeded: { limit: 'fileChars' } } });
    expect((outcome.refused as { problem: { exceeded: { actual: number } } }).problem.exceeded.actual).toBeGreaterThan(5_000_000);
    expect(outcome.stashed).toBe(false);
    expect(outcome.title).toBe(completeDraft().title);
  });

  it('saves even when the browser closes the database in the middle of the save (its transaction aborted), trying again', async () => {
    await keepRepository();
    const cdp = await page.context().newCDPSession(page);
    const origin = new URL(page.url()).origin;
    for (let round = 0; round < 12; round++) {
      // The site's data is cleared while saves are under way in the page, started a little apart.
      const clearing = cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'indexeddb' });
      await page.evaluate(`window.pending = new Promise((resolve) => setTimeout(resolve, ${round % 4})).then(() => window.kept.save('race-${round}', ${JSON.stringify(completeDraft())}, { expected: null })).then((r) => ({ ok: r }), (e) => ({ failed: e.name + ': ' + e.message }))`);
      await clearing;
      const outcome = await page.evaluate('window.pending');
      // Saved before the clear (gone with it) or after it (kept): never a failure.
      expect(outcome, `round ${round}`).toEqual({ ok: 1 });
    }
    await page.evaluate('window.kept.close()');
  });

  it('upgrades a database of the first version, whose records have no revision, and goes on saving', async () => {
    await page.evaluate(() => new Promise((resolve) => { const r = indexedDB.deleteDatabase('old'); r.onsuccess = resolve; }));
    const text = serializeDraft(completeDraft(['Lake']));
    await page.evaluate(`(async (text) => {
      const db = await new Promise((resolve) => { const o = indexedDB.open('old', 1); o.onupgradeneeded = () => o.result.createObjectStore('drafts', { keyPath: 'id' }); o.onsuccess = () => resolve(o.result); });
      const tx = db.transaction('drafts', 'readwrite');
      tx.objectStore('drafts').put({ id: 'v1', title: 'Lake', counties: ['Lake'], kind: 'csec-program', savedAt: '2026-10-01T00:00:00.000Z', text });
      await new Promise((resolve) => { tx.oncomplete = resolve; }); db.close();
    })(${JSON.stringify(text)})`);
    const outcome = await page.evaluate(`(async (draft) => {
      const { openDraftRepository } = await import('/repo.js');
      const repo = await openDraftRepository('old');
      const loaded = await repo.load('v1');
      const revision = await repo.save('v1', draft, { expected: loaded.value.revision });
      const history = await repo.history('v1');
      repo.close();
      return { before: loaded.value.revision, revision, history: history.length };
    })(${JSON.stringify(completeDraft(['Lake']))})`);
    expect(outcome).toEqual({ before: 0, revision: 1, history: 0 });
  });

  it('keeps a history of versions with a one-line summary, skips a repeat, and restores any one', async () => {
    const napa = completeDraft(['Napa']);
    const changed = { ...napa, agencies: napa.agencies.slice(0, 2), title: 'Fewer agencies' };
    const history = await inPage<Array<{ seq: number; reason: string; summary: string }>>(`
      await repo.save('h', value[0], { expected: null, snapshot: 'Opened' });
      await repo.snapshot('h', value[0], 'Opened');
      await repo.save('h', value[1], { expected: 1, snapshot: 'While editing' });
      return repo.history('h');`, [napa, changed]);
    expect(history.map((v) => v.reason)).toEqual(['While editing', 'Opened']);
    expect(history[1]!.summary).toMatch(new RegExp(`^Napa County: ${napa.agencies.length} agencies, ${napa.mdtTiers.length} MDT tiers?, \\d+ of 14 sections begun$`));
    expect(history[0]!.summary).toMatch(/^Napa County: 2 agencies, /);
    const restored = await inPage<{ value: { draft: { title: string } } }>('return repo.loadSnapshot(value);', history[1]!.seq);
    expect(restored.value.draft.title).toBe(napa.title);
  });

  it('keeps at most the newest 50 versions of a draft', async () => {
    const kept = await inPage<{ count: number; newest: string }>(`
      for (let i = 0; i < 55; i++) await repo.snapshot('many', { ...value, title: 'Version ' + i }, 'While editing');
      const history = await repo.history('many');
      return { count: history.length, newest: (await repo.loadSnapshot(history[0].seq)).value.draft.title };`, completeDraft());
    expect(kept).toEqual({ count: 50, newest: 'Version 54' });
  });

  it('removes a draft with its history in one step, and puts both back', async () => {
    const counts = await inPage<number[]>(`
      await repo.save('gone', value, { expected: null, snapshot: 'Opened' });
      const removed = await repo.remove('gone');
      const after = [(await repo.list()).filter((d) => d.id === 'gone').length, (await repo.history('gone')).length];
      const putBack = await repo.putBack(removed);
      return [...after, putBack, (await repo.list()).filter((d) => d.id === 'gone').length, (await repo.history('gone')).length];`, completeDraft());
    expect(counts).toEqual([0, 0, true, 1, 1]);
  });

  it('puts nothing back over a draft of the same id saved since it was removed', async () => {
    const outcome = await inPage<[boolean, string, number]>(`
      await repo.save('again', value.removed, { expected: null, snapshot: 'Opened' });
      const removed = await repo.remove('again');
      // A tab that went on editing saves it again, as a new record.
      await repo.save('again', value.later, { expected: null });
      const putBack = await repo.putBack(removed);
      return [putBack, (await repo.load('again')).value.restored.draft.title, (await repo.history('again')).length];`,
    { removed: completeDraft(), later: { ...completeDraft(), title: 'Saved after the removal' } });
    expect(outcome).toEqual([false, 'Saved after the removal', 0]);
  });
});
