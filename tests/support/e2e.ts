// Helpers for the browser tests, which share one build and a Chromium per test worker (global-app.ts).
import { mkdtemp, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Download, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { connectedBrowsers } from './connected-browsers';

let downloads: string | undefined;

/** This worker's own Chromium (global-app.ts): files that run at the same time never share one. */
export async function connectBrowser(): Promise<Browser> {
  const endpoints = inject('browserEndpoints');
  const worker = Number(process.env.VITEST_POOL_ID ?? 1) - 1;
  const browser = await chromium.connect(endpoints[worker % endpoints.length]!);
  connectedBrowsers.push(browser);
  return browser;
}

/** Where a download landed: over a remote connection the file must be copied here first. */
export async function savedDownload(download: Download): Promise<string> {
  downloads ??= await mkdtemp(path.join(tmpdir(), 'csec-mou-downloads-'));
  const file = path.join(downloads, `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return file;
}

/** Back to the first page from an open protocol (its work is kept), or stays there. */
export async function toStart(page: Page) {
  const back = page.getByRole('button', { name: 'All protocols' });
  if (await back.count()) await back.click();
  await page.locator('#start-heading').waitFor();
}

let axeSource: string | undefined;

/**
 * axe-core's WCAG 2.1 A and AA violations on the page as it is now. The script is evaluated
 * through the debugging protocol, which the page's Content-Security-Policy does not govern.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  axeSource ??= await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
  });
  return violations;
}

/**
 * Chooses a draft file on the first page and confirms its preview, as a user opening a file
 * does. `confirm` names the preview's button ("Open it anyway" for a file changed by hand).
 */
export async function openDraftFile(page: Page, file: Parameters<Page['setInputFiles']>[1], confirm = 'Open this draft') {
  await page.getByLabel('Open a draft file', { exact: true }).setInputFiles(file);
  await page.getByTestId('file-preview').getByRole('button', { name: confirm }).click();
  await page.locator('#draft-title').waitFor();
}

/** Continues, from the list of kept drafts, the newest whose title starts with `title`. */
export const continueDraft = (page: Page, title: string) => page.getByRole('button', { name: new RegExp(`^Continue ${title}`) }).first().click();

/** Starts a new protocol for `counties` from the first page; it opens in the editor. */
export async function startProtocol(page: Page, counties: string[]) {
  await toStart(page);
  for (const county of counties) {
    await page.locator('#new-county').selectOption(county);
    await page.getByRole('button', { name: 'Add county' }).click();
  }
  // Its kind and first date as they come: the county's own protocol, written now.
  for (const step of [2, 3]) {
    await page.locator('section.new-protocol').getByRole('button', { name: 'Continue' }).click();
    await page.getByTestId('new-step').filter({ hasText: `Step ${step} of 3` }).waitFor();
  }
  await page.getByRole('button', { name: 'Start the protocol' }).click();
  await page.locator('#draft-title').waitFor();
}

/**
 * How long to wait for a certification: the app first renders the packet's final PDFs in its
 * export worker, which in a fresh page loads the writers and fonts, seconds on a loaded machine.
 */
export const CERTIFYING = { timeout: 30_000 };

/**
 * A record added ("Add an agency") opens its page with focus on the heading, as every page does:
 * a keyboard user's Tab goes on to its first question. Resolves with that question's id.
 */
export async function tabToFirstQuestion(page: Page): Promise<string> {
  const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
  for (let tries = 0; (await focused()) !== 'step-heading'; tries++) {
    if (tries > 100) throw new Error(`The new page's heading did not take focus (focus is on "${await focused()}").`);
    await page.waitForTimeout(50);
  }
  await page.keyboard.press('Tab');
  return focused();
}

/**
 * Opens a step of the open protocol by its title in the task list, by the keyboard, as its users
 * may. A click lands where the button was when Playwright looked: if the page moves in between (a
 * status line above the task list changing its height as a save lands), it misses. A CI run once
 * waited for a step that, by its pages' addresses, was never opened.
 */
export async function openStep(page: Page, title: string) {
  const back = page.getByRole('button', { name: 'Back to the task list' });
  if (await back.count()) await back.press('Enter');
  await page.getByTestId('task-list').getByRole('button', { name: title, exact: true }).press('Enter');
  await page.locator('#step-heading', { hasText: title }).waitFor();
}

/** A new tab of `context` on the app's first page; errors thrown in the page are added to `errors`. */
export async function openTab(context: BrowserContext, origin: string, errors: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  // In front, so that it draws frames: Playwright waits for two alike before it clicks.
  await page.bringToFront();
  await page.goto(origin);
  await page.locator('#start-heading').waitFor();
  return page;
}

/**
 * Closes `tab`, then waits in `from` until the browser has let go of the draft's edit lock the tab
 * held (app/edit-lock.ts): a closed tab's lock goes a moment after the tab, and under load a draft
 * opened in that moment says that another tab edits it.
 */
export async function closeTab(tab: Page, from: Page, draftId: string) {
  await tab.close();
  await from.bringToFront();
  await letGo(from, draftId);
}

/**
 * Waits, in `page`, until no tab of the browser holds the draft's edit lock: a tab that left the
 * draft (for the list of drafts) lets go a moment later, and under load a tab opening the draft in
 * that moment would say that another tab edits it, and offer "Edit it here instead".
 */
export async function letGo(page: Page, draftId: string) {
  // Polled in the page, not with waitForFunction: that takes the promise an async predicate
  // returns as a truthy answer and never waited, so a tab opening the draft just after another
  // closed found it held, now and then, under CI's load.
  await page.evaluate(async (name) => {
    for (const started = Date.now(); Date.now() - started < 20_000; await new Promise((resolve) => setTimeout(resolve, 50))) {
      if (!((await navigator.locks.query()).held ?? []).some((lock) => lock.name === name)) return;
    }
    throw new Error(`A tab still held ${name} after 20 s.`);
  }, `csec-mou:edit:${draftId}`);
}
