// The app without a connection: after the first visit it opens, continues a kept draft and
// exports offline, says so, and a new version never strands a tab with a draft open.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SECURITY_HEADERS } from '../../vite.config';
import { connectBrowser, openTab } from '../support/e2e';

const TYPES: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.ttf': 'font/ttf', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2',
};

let browser: Browser;
let server: Server;
let served: string;
let origin: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await connectBrowser();
  // A copy of the build this test may change, as a deployment of a new version does.
  served = await mkdtemp(path.join(tmpdir(), 'csec-mou-served-'));
  await cp(inject('appOutDir'), served, { recursive: true });
  server = createServer(async (req, res) => {
    const file = path.join(served, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname === '/' ? '/index.html' : new URL(req.url ?? '/', 'http://x').pathname));
    try {
      const body = await readFile(file);
      // Vary: Origin, as `vite preview` and hosts that serve CORS send: a module script's request
      // carries an Origin that the request the cache was filled with did not.
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache', vary: 'Origin', ...SECURITY_HEADERS }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  await rm(served, { recursive: true, force: true });
});

const visit = (context: BrowserContext) => openTab(context, origin, pageErrors);

const offlineStatus = (page: Page) => page.getByTestId('offline-status');

describe('the app offline', () => {
  it('says it is saved on this computer, then opens, continues a kept draft and exports with no connection', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await visit(context);
    await expect.poll(() => offlineStatus(page).textContent(), { timeout: 15_000 }).toContain('This app is saved on this computer');
    await page.getByRole('button', { name: 'Use the sample protocol' }).click();
    await page.locator('#draft-title').waitFor();
    const title = await page.locator('#draft-title').textContent();

    // From now on, each page records what its footer's status region says, from its first text on:
    // a page the service worker serves says it is saved from the start, rather than announce it
    // at every load.
    await context.addInitScript(() => {
      const said: string[] = [];
      (window as unknown as { offlineSaid: string[] }).offlineSaid = said;
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="offline-status"]')?.textContent;
        if (text !== undefined && text !== said[said.length - 1]) said.push(text);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await context.setOffline(true);
    await page.reload();
    // The draft the tab had open opens again, from this computer.
    await expect.poll(() => page.locator('#draft-title').textContent()).toBe(title);
    expect(await page.evaluate(() => (window as unknown as { offlineSaid: string[] }).offlineSaid))
      .toEqual(['This app is saved on this computer: it opens, keeps drafts and exports without a connection.']);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Draft PDF' }).click();
    expect((await download).suggestedFilename()).toMatch(/-draft\.pdf$/);
    await context.close();
  });

  it('leaves a tab with a draft open on its own version when a new one is deployed, even after the old files are gone', async () => {
    const context = await browser.newContext();
    const page = await visit(context);
    await expect.poll(() => offlineStatus(page).textContent(), { timeout: 15_000 }).toContain('This app is saved on this computer');
    await page.getByRole('button', { name: 'Use the sample protocol' }).click();
    await page.locator('#draft-title').waitFor();

    // A new version is deployed: its service worker differs, and the old version's scripts are gone.
    const sw = await readFile(path.join(served, 'sw.js'), 'utf8');
    await writeFile(path.join(served, 'sw.js'), sw.replace(/const VERSION = '[0-9a-f]+'/, "const VERSION = 'next-version'"));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect.poll(() => offlineStatus(page).textContent(), { timeout: 15_000 }).toContain('A new version of the app is ready');
    expect(await page.locator('#draft-title').count()).toBe(1);
    const scripts = (await readdir(path.join(served, 'assets'))).filter((file) => file.endsWith('.js'));
    const moved = await mkdtemp(path.join(tmpdir(), 'csec-mou-old-'));
    for (const script of scripts) await cp(path.join(served, 'assets', script), path.join(moved, script));
    for (const script of scripts) await rm(path.join(served, 'assets', script));

    // The tab goes on: a reload opens the same version from this computer and the draft continues.
    await page.reload();
    await page.locator('#draft-title').waitFor();
    expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(2);

    for (const script of scripts) await cp(path.join(moved, script), path.join(served, 'assets', script));
    await context.close();
  });

  it('looks for a newer version when a draft file from one is refused, and says to close every tab once it is ready', async () => {
    const context = await browser.newContext();
    const page = await visit(context);
    await expect.poll(() => offlineStatus(page).textContent(), { timeout: 15_000 }).toContain('This app is saved on this computer');
    // The newer version is deployed while the tab is open; nothing has asked the browser to look for it yet.
    const sw = await readFile(path.join(served, 'sw.js'), 'utf8');
    await writeFile(path.join(served, 'sw.js'), sw.replace(/const VERSION = '[^']+'/, "const VERSION = 'newer-than-the-file'"));

    await page.getByLabel('Open a draft file', { exact: true }).setInputFiles({
      name: 'newer.csecmou.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'csec-mou-draft', version: 99, appVersion: '2.0.0', draft: {} })),
    });
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('saved by a newer version of the app (2.0.0)');
    expect(await alert.textContent()).toContain('The app is looking for a newer version at its address. When the footer of this page says one is ready, close every tab of the app, open it again and choose the file again.');
    // The refusal itself set the service worker looking: the footer says the new version is ready.
    await expect.poll(() => offlineStatus(page).textContent(), { timeout: 15_000 }).toContain('A new version of the app is ready');
    await writeFile(path.join(served, 'sw.js'), sw);
    await context.close();
  });

  it('raised no error in any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
