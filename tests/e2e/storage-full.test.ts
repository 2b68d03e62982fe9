// A browser whose storage is full: a draft opened then is still kept once there is room, and a
// tab that cannot keep its latest changes never hands the draft to a tab that would open it
// without them. Real Chromium, the production build; one tab's storage fails as Chromium's does.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serializeDraft } from '../../src/model';
import { completeDraft } from '../support/drafts';
import { connectBrowser, continueDraft, openDraftFile, openStep, openTab, startProtocol } from '../support/e2e';

const origin = inject('appOrigin');
let browser: Browser;
let context: BrowserContext;
const pageErrors: string[] = [];

const newTab = () => openTab(context, origin, pageErrors);
const training = (page: Page) => page.getByLabel('How often training is given');
const banner = (page: Page) => page.getByTestId('save-problem');
const pageError = (page: Page) => page.getByTestId('load-error');

/** Every IndexedDB write in this tab fails as Chromium's does on a full disk; and localStorage's too, when `stash` says so. */
const fillStorage = (page: Page, { stash = false } = {}) => page.evaluate((alsoStash) => {
  const full = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  const w = window as unknown as { realPut?: IDBObjectStore['put']; realSetItem?: Storage['setItem'] };
  w.realPut ??= IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = full;
  if (alsoStash) {
    w.realSetItem ??= Storage.prototype.setItem;
    Storage.prototype.setItem = full;
  }
}, stash);

const freeStorage = (page: Page) => page.evaluate(() => {
  const w = window as unknown as { realPut?: IDBObjectStore['put']; realSetItem?: Storage['setItem'] };
  if (w.realPut) IDBObjectStore.prototype.put = w.realPut;
  if (w.realSetItem) Storage.prototype.setItem = w.realSetItem;
});

async function savedHere(page: Page) {
  await expect.poll(() => page.getByTestId('saved-status').textContent(), { timeout: 10_000 }).toMatch(/^Saved in this browser at/);
}

/** Starts a protocol for `county`, answers how often training is given, and waits until the browser has kept it. */
async function startWithTrainingSaved(page: Page, county: string) {
  await startProtocol(page, [county]);
  await openStep(page, '11. Training');
  await training(page).fill('At hire');
  await savedHere(page);
}

beforeAll(async () => {
  browser = await connectBrowser();
  context = await browser.newContext({ acceptDownloads: true });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('a draft opened while the browser has no room', () => {
  it('says so, keeps trying, and keeps the draft at its address once there is room', async () => {
    const page = await newTab();
    await page.locator('#start-heading').waitFor();
    await fillStorage(page);
    await startProtocol(page, ['Modoc']);
    await expect.poll(() => banner(page).textContent(), { timeout: 5000 }).toContain('This protocol is not kept in this browser yet');
    expect(await banner(page).textContent()).toContain('The browser has no room left to keep it');
    expect(await page.getByTestId('load-status').textContent()).not.toContain('It is kept in this browser');
    await openStep(page, '11. Training');
    await training(page).fill('At hire');

    await freeStorage(page);
    await expect.poll(() => banner(page).count(), { timeout: 10_000 }).toBe(0);
    await savedHere(page);
    await page.reload();
    await expect.poll(() => page.locator('#step-heading').textContent()).toBe('11. Training');
    expect(await training(page).inputValue()).toBe('At hire');
    // Kept as a new protocol is: its first version is in the history.
    await page.getByRole('button', { name: 'All protocols' }).click();
    expect(await page.getByRole('button', { name: /^Continue Modoc County/ }).count()).toBe(1);
    await page.close();
  });

  it('says, once the user leaves anyway, whether the draft is kept: in the small copy a closing tab leaves, or not at all', async () => {
    const page = await newTab();
    await page.locator('#start-heading').waitFor();
    const leaveTwice = async () => {
      await expect.poll(() => banner(page).count(), { timeout: 5000 }).toBe(1);
      await page.getByRole('button', { name: 'All protocols' }).click();
      await expect.poll(() => pageError(page).locator('.usa-alert__heading').textContent()).toBe('Your latest changes are not kept in this browser');
      await page.getByRole('button', { name: 'All protocols' }).click();
      await page.locator('#start-heading').waitFor();
    };
    // The database is full, but the closing tab's copy fits: the draft is in the list.
    await fillStorage(page);
    await startProtocol(page, ['Sutter']);
    await leaveTwice();
    await expect.poll(() => page.getByTestId('load-status').textContent()).toMatch(/^The protocol is kept in this browser: continue it from the list below\./);
    expect(await page.getByRole('button', { name: /^Continue Sutter County/ }).count()).toBe(1);

    // Nothing can hold it: the list says so, and does not offer it.
    await fillStorage(page, { stash: true });
    await startProtocol(page, ['Yuba']);
    await leaveTwice();
    await expect.poll(() => page.getByTestId('load-status').textContent()).toBe('The protocol was left without being kept in this browser: the browser could not save it. It was not saved as a file this time.');
    expect(await page.getByRole('button', { name: /^Continue Yuba County/ }).count()).toBe(0);
    await freeStorage(page);
    await page.close();
  });
  it('keeps a review opened then as a review, with where it came from, through the closing tab’s copy', async () => {
    const page = await newTab();
    await page.locator('#start-heading').waitFor();
    await fillStorage(page);
    const sent = serializeDraft(completeDraft(['Lassen']));
    await page.getByLabel('Review a draft you received').setInputFiles({ name: 'lassen.csecmou.json', mimeType: 'application/json', buffer: Buffer.from(sent) });
    await page.getByRole('button', { name: 'Review this draft' }).click();
    await page.getByTestId('reviewing-status').waitFor();
    await expect.poll(() => banner(page).count(), { timeout: 5000 }).toBe(1);
    await page.getByRole('button', { name: 'All protocols' }).click();
    await page.getByRole('button', { name: 'All protocols' }).click();
    await expect.poll(() => page.getByTestId('load-status').textContent()).toMatch(/^Your review is kept in this browser/);
    const listed = page.getByTestId('kept-drafts').getByRole('listitem').filter({ hasText: 'Lassen County' });
    expect(await listed.textContent()).toContain('Reviewing');

    await freeStorage(page);
    await continueDraft(page, 'reviewing Interagency Protocol');
    await page.getByTestId('reviewing-status').waitFor();
    expect(await page.locator('.editor__meta').textContent()).toContain('lassen.csecmou.json');
    await expect.poll(() => page.getByTestId('saved-status').textContent(), { timeout: 10_000 }).toMatch(/^Saved in this browser at/);
    await page.reload();
    await page.getByTestId('reviewing-status').waitFor();
    await page.close();
  });

  it('asks before leaving a change typed a moment ago that cannot be kept, before its save was even tried', async () => {
    const page = await newTab();
    await startWithTrainingSaved(page, 'Plumas');
    await fillStorage(page, { stash: true });
    await training(page).fill('Typed just before leaving');
    await page.getByRole('button', { name: 'All protocols' }).click();
    await expect.poll(() => pageError(page).locator('.usa-alert__heading').textContent()).toBe('Your latest changes are not kept in this browser');
    expect(await page.locator('#draft-title').count()).toBe(1);
    await page.getByRole('button', { name: 'All protocols' }).click();
    await page.locator('#start-heading').waitFor();
    await expect.poll(() => page.getByTestId('load-status').textContent()).toMatch(/^The protocol is kept in this browser as it was last saved there, without your latest changes/);
    // News of a loss: focus goes to it, not to the list below, where a narrow screen would hide it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('load-status');

    // Back out of the draft asks the same.
    await freeStorage(page);
    await startWithTrainingSaved(page, 'Sierra');
    await fillStorage(page, { stash: true });
    await training(page).fill('Typed just before going back');
    await page.goBack();
    await page.goBack();
    await expect.poll(() => pageError(page).locator('.usa-alert__heading').textContent()).toBe('Your latest changes are not kept in this browser');
    expect(await page.locator('#draft-title').count()).toBe(1);
    await freeStorage(page);
    await page.close();
  });
});

describe('a draft grown past what a draft may hold', () => {
  const SLOW_MS = 30_000;
  it('is not kept past the limit, says why and what to do, and is kept again once shortened', async () => {
    const page = await newTab();
    await page.locator('#start-heading').waitFor();
    // 24 measures of 200,000 characters: within every limit, and a text more goes past 5,000,000.
    const draft = completeDraft(['Sierra']);
    draft.sections.data.measures = Array.from({ length: 24 }, (_, i) => `${i} ${'words '.repeat(33_330)}`);
    await openDraftFile(page, { name: 'large.csecmou.json', mimeType: 'application/json', buffer: Buffer.from(serializeDraft(draft)) });
    expect(await page.getByTestId('load-status').textContent()).toContain('It is kept in this browser.');
    await openStep(page, '11. Training');
    await training(page).fill('y'.repeat(199_000));
    // Each save of this draft writes and reads back 5 MB, and the checks read it all: on a busy
    // machine (a CI run, 2 cores) that has taken more than 10 seconds.
    await expect.poll(() => banner(page).textContent(), { timeout: SLOW_MS }).toContain('The draft has become too large to keep');
    expect(await banner(page).textContent()).toMatch(/It holds 5,0\d\d,\d{3} characters; a draft file may hold at most 5,000,000\. Shorten the longest texts/);
    expect(await banner(page).textContent()).not.toContain('tried again every few seconds');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save a copy of this draft', exact: true }).click();
    await download;
    await expect.poll(() => page.getByTestId('load-status').textContent()).toContain('It is larger than a draft file may be, so the app will not open it as it is.');

    await training(page).fill('At hire');
    await expect.poll(() => banner(page).count(), { timeout: SLOW_MS }).toBe(0);
    await savedHere(page);
    await page.close();
  });
});

describe('handing a draft over while its latest changes are not kept', () => {
  it('hands it over with its latest changes while the browser can still hold them for the other tab', async () => {
    const first = await newTab();
    await startWithTrainingSaved(first, 'Lassen');

    const second = await newTab();
    await continueDraft(second, 'Lassen County');
    await second.getByTestId('editing-elsewhere').waitFor();

    // The database is full; the small synchronous copy a closing tab leaves still fits.
    await fillStorage(first);
    await training(first).fill('Typed while the disk is full');
    await expect.poll(() => banner(first).count(), { timeout: 5000 }).toBe(1);
    await second.getByRole('button', { name: 'Edit it here instead' }).click();
    await second.locator('#draft-title').waitFor();
    await openStep(second, '11. Training');
    expect(await training(second).inputValue()).toBe('Typed while the disk is full');
    await expect.poll(() => first.getByTestId('editing-elsewhere').textContent()).toContain('is now being edited in another tab');
    await savedHere(second);
    await first.close();
    await second.close();
  });

  it('keeps it when nothing can hold them, says so in both tabs, and hands it over once they are kept', async () => {
    const first = await newTab();
    await startWithTrainingSaved(first, 'Tehama');
    const second = await newTab();
    await continueDraft(second, 'Tehama County');
    await second.getByTestId('editing-elsewhere').waitFor();

    await fillStorage(first, { stash: true });
    await training(first).fill('Typed with nowhere to keep it');
    await expect.poll(() => banner(first).count(), { timeout: 5000 }).toBe(1);
    await second.getByRole('button', { name: 'Edit it here instead' }).click();
    await expect.poll(() => pageError(second).locator('.usa-alert__heading').textContent()).toBe('The other tab goes on editing this draft');
    expect(await second.getByTestId('editing-elsewhere').count()).toBe(1);
    expect(await second.locator('#draft-title').count()).toBe(0);
    // Said in the save banner, without taking focus from the field being typed in.
    await expect.poll(() => banner(first).getByTestId('kept-from-other-tab').textContent()).toMatch(/^Another tab asked to edit this draft\. This tab goes on editing it until its latest changes are kept/);
    expect(await first.evaluate(() => document.activeElement?.id)).toBe('f-sections-training-frequency');
    expect(await first.locator('#draft-title').count()).toBe(1);
    expect(await training(first).inputValue()).toBe('Typed with nowhere to keep it');
    // Past the wait after which a tab that does not answer has its draft taken by force.
    await second.waitForTimeout(5000);
    expect(await first.getByTestId('editing-elsewhere').count()).toBe(0);

    await freeStorage(first);
    await savedHere(first);
    await second.getByRole('button', { name: 'Edit it here instead' }).click();
    await second.locator('#draft-title').waitFor();
    await openStep(second, '11. Training');
    expect(await training(second).inputValue()).toBe('Typed with nowhere to keep it');
    await expect.poll(() => first.getByTestId('editing-elsewhere').count()).toBe(1);
    await first.close();
    await second.close();
  });
});

describe('a tab closed while its latest changes are not kept', () => {
  it('stashes them once, though a closing tab is left twice (hidden, then gone)', async () => {
    const page = await newTab();
    await startWithTrainingSaved(page, 'Mono');
    await fillStorage(page);
    await training(page).fill('Typed just before closing');
    await expect.poll(() => banner(page).count(), { timeout: 5000 }).toBe(1);
    // A large draft's stash takes long enough that a busy browser may end the page during a second one.
    const stashes = await page.evaluate(() => {
      let count = 0;
      const write = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.includes(':stash:')) count++;
        write.call(this, key, value);
      };
      for (let i = 0; i < 2; i++) window.dispatchEvent(new PageTransitionEvent('pagehide'));
      Storage.prototype.setItem = write;
      return count;
    });
    expect(stashes).toBe(1);
    await freeStorage(page);
    await page.close();
  });

  it('raised no error in any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
