// The draft repository against real IndexedDB in Chromium: the module is bundled with Vite and
// served from a loopback origin, since IndexedDB needs one.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build, type Rollup } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serializeDraft } from '../../src/model';
import { completeDraft } from '../support/drafts';

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
  browser = await chromium.connect(inject('browserEndpoint'));
  page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/**
 * Runs `script` in the page with `repo`, a freshly opened repository, and `value`; returns its
 * result. Passed as text, so that Vitest's transform does not rewrite the page's import().
 */
const inPage = <T>(script: string, value: unknown = null): Promise<T> => page.evaluate(`(async (value) => {
  const { openDraftRepository } = await import('/repo.js');
  const repo = await openDraftRepository('test');
  try { ${script} } finally { repo.close(); }
})(${JSON.stringify(value)})`);

describe('the draft repository (IndexedDB)', () => {
  it('saves drafts, lists them newest first without opening them, loads one through restoreDraft and removes it', async () => {
    const yolo = completeDraft();
    const napa = { ...completeDraft(['Napa']), kind: 'companion' as const };
    await inPage(`await repo.save('a', value[0], { savedAt: new Date('2026-11-01T10:00:00Z') }); await repo.save('b', value[1], { savedAt: new Date('2026-11-02T10:00:00Z') });`, [yolo, napa]);

    // A new page load, a new connection: what was saved is still there.
    await page.reload();
    expect(await inPage('return repo.list();')).toEqual([
      { id: 'b', title: napa.title, counties: ['Napa'], kind: 'companion', savedAt: '2026-11-02T10:00:00.000Z' },
      { id: 'a', title: yolo.title, counties: ['Yolo'], kind: 'csec-program', savedAt: '2026-11-01T10:00:00.000Z' },
    ]);
    const loaded = await inPage<{ ok: boolean; value: { draft: unknown; fileVersion: number } }>("return repo.load('a');");
    expect(loaded.ok).toBe(true);
    expect(loaded.value.draft).toEqual(yolo);

    await inPage("await repo.remove('a');");
    expect(await inPage<Array<{ id: string }>>('return (await repo.list()).map((d) => d.id);')).toEqual(['b']);
    expect(await inPage("return repo.load('a');")).toEqual({ ok: false, error: { kind: 'notFound', id: 'a' } });
  });

  it('loads a stored record through the same door as a file, so an unreadable one is refused with a reason', async () => {
    const text = serializeDraft(completeDraft()).replace('"csec-mou-draft"', '"something-else"');
    const result = await inPage<{ ok: boolean; error: { kind: string } }>(`
      await new Promise((resolve, reject) => {
        const open = indexedDB.open('test', 1);
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
    await inPage(`await repo.save('c', value[0], { savedAt: new Date('2026-11-03T10:00:00Z') });
      if (!repo.stash('c', value[1], { savedAt: new Date('2026-11-03T10:00:05Z') })) throw new Error('stash refused');`, [older, newer]);
    await page.reload();
    expect((await inPage<Array<{ id: string; title: string }>>('return repo.list();')).find((d) => d.id === 'c')?.title).toBe(newer.title);
    expect((await inPage<{ value: { draft: { title: string } } }>("return repo.load('c');")).value.draft.title).toBe(newer.title);

    // A save of an older draft (one queued before the stash) does not drop it; a later save does.
    await inPage("await repo.save('c', value, { savedAt: new Date('2026-11-03T10:00:01Z') });", older);
    expect((await inPage<{ value: { draft: { title: string } } }>("return repo.load('c');")).value.draft.title).toBe(newer.title);
    await inPage("await repo.save('c', value, { savedAt: new Date('2026-11-03T10:00:09Z') });", older);
    expect((await inPage<{ value: { draft: { title: string } } }>("return repo.load('c');")).value.draft.title).toBe(older.title);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':stash:')))).toEqual([]);
  });
});
