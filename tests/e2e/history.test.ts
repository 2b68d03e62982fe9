// The browser's own Back, Forward and reload, as a user presses them: they move between the pages
// of a draft and the list of drafts, never out of the app, and never past a value that would be
// lost. Real Chromium, the production build.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serializeDraft } from '../../src/model';
import { completeDraft } from '../support/drafts';
import { traceOnFailure } from '../support/trace-on-failure';
import { closeTab, connectBrowser, letGo, openStep, openTab, startProtocol, tabToFirstQuestion, toStart } from '../support/e2e';

const origin = inject('appOrigin');
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await connectBrowser();
  context = await browser.newContext();
  page = await openTab(context, origin, pageErrors);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const heading = () => page.locator('#step-heading').textContent();

/** Starts a protocol for `county`, adds a tier and types its name on the tier's first step. */
async function startAddingTier(county: string, name: string) {
  await startProtocol(page, [county]);
  await openStep(page, '7. Multidisciplinary teams');
  await page.getByRole('button', { name: 'Add a tier' }).click();
  await tabToFirstQuestion(page);
  await page.keyboard.type(name);
}
/** Starts a protocol for `county` with the terms Youth and Advocate, on the definitions' page; its id. */
async function startWithTerms(county: string): Promise<string> {
  await startProtocol(page, [county]);
  const id = /#\/draft\/([^/]+)/.exec(hash())![1]!;
  await openStep(page, '2. Definitions');
  await addTerms(['Youth', 'Advocate']);
  return id;
}

/** Adds terms on the definitions' page, each on its own page, returning to the list after each. */
async function addTerms(names: string[]) {
  for (const name of names) {
    await page.getByRole('button', { name: /^Add (a|another) term$/ }).click();
    await tabToFirstQuestion(page);
    await page.keyboard.type(name);
    await expect.poll(heading).toBe(name);
    await page.getByRole('button', { name: 'Return to the list of terms' }).click();
    await expect.poll(heading).toBe('2. Definitions');
  }
}
const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
const hash = () => new URL(page.url()).hash;

describe('Back, Forward and reload', () => {
  it('moves between a draft’s pages and the list of drafts, and Forward opens the draft again where it was', async () => {
    await startProtocol(page, ['Modoc']);
    expect(hash()).toMatch(/^#\/draft\/[\w-]+$/);
    await openStep(page, '11. Training');
    expect(hash()).toMatch(/^#\/draft\/[\w-]+\/training$/);
    expect(await page.getByTestId('step-caption').textContent()).toBe('Section 11 of 14');
    // The window's title names the page, never the draft's title or counties.
    expect(await page.title()).toBe('11. Training – CSEC Protocol & MOU Wizard');
    await page.getByRole('button', { name: 'Next: 12. Data collection and evaluation' }).click();
    await expect.poll(heading).toBe('12. Data collection and evaluation');
    await page.getByRole('button', { name: 'Back to the task list' }).click();
    await page.getByTestId('task-list').getByRole('button', { name: 'Protocol basics', exact: true }).click();
    expect(await page.getByTestId('step-caption').textContent()).toBe('Setting up the protocol');
    await page.goBack();
    await page.getByTestId('task-list').waitFor();
    await page.goBack();
    await expect.poll(heading).toBe('12. Data collection and evaluation');

    await page.goBack();
    await expect.poll(heading).toBe('11. Training');
    await expect.poll(focused).toBe('step-heading');
    await page.goBack();
    await page.getByTestId('task-list').waitFor();
    await expect.poll(focused).toBe('tasks-heading');
    expect(await page.title()).toBe('Write the protocol – CSEC Protocol & MOU Wizard');
    await page.goBack();
    await page.locator('#start-heading').waitFor();
    expect(await page.locator('#draft-title').count()).toBe(0);
    expect(hash()).toBe('');
    await expect.poll(() => page.getByTestId('load-status').textContent()).toContain('The protocol is kept in this browser');
    expect(await page.title()).toBe('CSEC Protocol & MOU Wizard');
    expect(await page.getByTestId('kept-drafts').textContent()).toContain('Modoc County');

    await page.goForward();
    await expect.poll(() => page.locator('#draft-title').textContent()).toContain('Modoc County');
    await page.getByTestId('task-list').waitFor();
    await page.goForward();
    await expect.poll(heading).toBe('11. Training');
    // "All protocols" is a page of its own: Back from the list returns to the draft.
    await page.getByRole('button', { name: 'All protocols' }).click();
    await page.locator('#start-heading').waitFor();
    await page.goBack();
    await expect.poll(heading).toBe('11. Training');
    expect(pageErrors).toEqual([]);
  });

  it('opens the same step of the same draft after a reload, with what was typed, and Back still works', async () => {
    await startProtocol(page, ['Lassen']);
    await openStep(page, '11. Training');
    await page.getByLabel('How often training is given').fill('At hire and every year');
    await expect.poll(() => page.getByTestId('saved-status').textContent()).toMatch(/^Saved in this browser at/);
    await page.reload();
    await expect.poll(heading).toBe('11. Training');
    expect(await page.locator('#draft-title').textContent()).toContain('Lassen County');
    expect(await page.getByLabel('How often training is given').inputValue()).toBe('At hire and every year');
    // The same tab reloaded: it edits the draft, no other tab does.
    expect(await page.getByTestId('editing-elsewhere').count()).toBe(0);
    // Under its title, where it came from, not its title again.
    expect(await page.locator('.editor__meta').textContent()).toBe('CSEC Program protocol · Started in this browser');
    await page.goBack();
    await page.getByTestId('task-list').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('keeps the user on a step whose form holds a value the draft cannot take, with its message', async () => {
    await startProtocol(page, ['Plumas']);
    await openStep(page, '6. Reporting and immediate response');
    const hours = page.getByLabel('Written report follows the telephone report within');
    await hours.fill('soon');
    await page.goBack();
    const errors = page.getByTestId('step-errors');
    await expect.poll(() => errors.textContent()).toContain('Written report follows the telephone report within: enter a number of hours, such as 24, or leave it empty.');
    expect(await heading()).toBe('6. Reporting and immediate response');
    expect(await hours.inputValue()).toBe('soon');
    expect(hash()).toMatch(/\/reporting$/);
    // No trap: Back can go ahead without the answer in error, and the draft keeps its last good one.
    await errors.getByRole('button', { name: 'Leave this page without these answers' }).click();
    await page.getByTestId('task-list').waitFor();
    await page.goForward();
    await expect.poll(heading).toBe('6. Reporting and immediate response');
    expect(await hours.inputValue()).toBe('');
    // The next Back is checked again.
    await hours.fill('soon');
    await page.goBack();
    await expect.poll(() => errors.count()).toBe(1);
    expect(await heading()).toBe('6. Reporting and immediate response');

    await hours.fill('24');
    await page.goBack();
    await page.getByTestId('task-list').waitFor();
    await page.goForward();
    await expect.poll(heading).toBe('6. Reporting and immediate response');
    expect(await hours.inputValue()).toBe('24');
  });

  it('cancels a chosen file’s preview with Back, changing nothing', async () => {
    await page.getByRole('button', { name: 'All protocols' }).click();
    await page.locator('#start-heading').waitFor();
    const before = await page.getByTestId('kept-drafts').textContent();
    await page.getByLabel('Open a draft file', { exact: true }).setInputFiles({ name: 'nevada.csecmou.json', mimeType: 'application/json', buffer: Buffer.from(serializeDraft(completeDraft())) });
    await page.getByTestId('file-preview').waitFor();
    await page.goBack();
    await expect.poll(() => page.getByTestId('file-preview').count()).toBe(0);
    await page.locator('#start-heading').waitFor();
    expect(await page.getByTestId('load-status').textContent()).toBe('Nothing was changed.');
    expect(await page.getByTestId('kept-drafts').textContent()).toBe(before);
    expect(hash()).toBe('');
  });

  it('shows the list of drafts with focus on it, in sight, after Back from a draft opened far down the first page', async () => {
    await toStart(page);
    await page.getByRole('button', { name: 'Use the sample protocol' }).click();
    await page.locator('#draft-title').waitFor();
    await openStep(page, '2. Definitions');
    await page.goBack();
    await page.getByTestId('task-list').waitFor();
    await page.goBack();
    await page.locator('#start-heading').waitFor();
    // No scroll position restored by the browser after the focus moved hides it.
    await expect.poll(focused).toBe('kept-heading');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => { const box = document.activeElement!.getBoundingClientRect(); return box.top >= 0 && box.bottom <= window.innerHeight; })).toBe(true);
  });

  it('after a Forward refused on a step, Back still goes to the page before it', async () => {
    await startProtocol(page, ['Sierra']);
    await openStep(page, '5. Identification and screening');
    await page.getByRole('button', { name: 'Next: 6. Reporting and immediate response' }).click();
    await page.getByRole('button', { name: 'Next: 7. Multidisciplinary teams' }).click();
    await expect.poll(heading).toBe('7. Multidisciplinary teams');
    await page.goBack();
    await expect.poll(heading).toBe('6. Reporting and immediate response');
    const hours = page.getByLabel('Written report follows the telephone report within');
    await hours.fill('soon');
    await page.goForward();
    await expect.poll(() => page.getByTestId('step-errors').count()).toBe(1);
    expect(await heading()).toBe('6. Reporting and immediate response');
    expect(hash()).toMatch(/\/reporting$/);
    await hours.fill('24');
    await page.goBack();
    await expect.poll(heading).toBe('5. Identification and screening');
    await page.goForward();
    await page.goForward();
    await expect.poll(heading).toBe('7. Multidisciplinary teams');
  });

  it('refuses “All protocols” too while a step holds a value the draft cannot take', async () => {
    await page.goBack();
    await expect.poll(heading).toBe('6. Reporting and immediate response');
    await page.getByLabel('Written report follows the telephone report within').fill('soon');
    await page.getByRole('button', { name: 'All protocols' }).click();
    await expect.poll(() => page.getByTestId('step-errors').count()).toBe(1);
    expect(await page.locator('#start-heading').count()).toBe(0);
    await page.getByTestId('step-errors').getByRole('button', { name: 'Leave this page without these answers' }).click();
    await page.locator('#start-heading').waitFor();
    await page.goBack();
    await expect.poll(heading).toBe('6. Reporting and immediate response');
    expect(await page.getByLabel('Written report follows the telephone report within').inputValue()).toBe('24');
  });

  it('keeps a comment written but not added: Back, the step’s buttons and “All protocols” stop with a message', async () => {
    await expect.poll(heading).toBe('6. Reporting and immediate response');
    const comment = page.getByTestId('comments').getByLabel('Comment', { exact: true });
    await comment.fill('Who calls the youth’s caseworker at night?');
    for (const leave of [() => page.goBack(), () => page.getByRole('button', { name: 'Next: 7. Multidisciplinary teams' }).click(), () => page.getByRole('button', { name: 'All protocols' }).click()]) {
      await leave();
      await expect.poll(() => page.getByTestId('comments').textContent()).toContain('Add your comment, or clear the box, before you leave this page.');
      expect(await heading()).toBe('6. Reporting and immediate response');
      expect(await comment.inputValue()).toBe('Who calls the youth’s caseworker at night?');
      await expect.poll(focused).toBe(await comment.getAttribute('id'));
    }
    await comment.fill('');
    await page.getByRole('button', { name: 'Next: 7. Multidisciplinary teams' }).click();
    await expect.poll(heading).toBe('7. Multidisciplinary teams');
    await page.goBack();
    await expect.poll(heading).toBe('6. Reporting and immediate response');
  });

  it('closes a comparison with Back, staying on the page it was opened from', async () => {
    await page.getByRole('button', { name: 'Back to the task list' }).click();
    const versions = page.getByTestId('history');
    await versions.getByRole('button', { name: 'Show earlier versions' }).click();
    await versions.getByRole('button', { name: /^What changed since then/ }).first().click();
    await page.getByTestId('comparison').waitFor();
    expect(await page.title()).toBe('What changed – CSEC Protocol & MOU Wizard');
    await page.goBack();
    await expect.poll(() => page.getByTestId('comparison').count()).toBe(0);
    await page.getByTestId('task-list').waitFor();
    expect(await page.locator('#draft-title').textContent()).toContain('Sierra County');
    // The button closes it the same way: Back then leaves the task list for the step before it.
    await versions.getByRole('button', { name: /^What changed since then/ }).first().click();
    await page.getByTestId('comparison').getByRole('button', { name: 'Back to the draft' }).first().click();
    await expect.poll(() => page.getByTestId('comparison').count()).toBe(0);
    // Forward cannot bring a closed comparison back: it changes nothing, and costs the next Back nothing.
    await page.goForward();
    await page.waitForTimeout(300);
    expect(await page.getByTestId('comparison').count()).toBe(0);
    await page.getByTestId('task-list').waitFor();
    await page.goBack();
    await expect.poll(heading).toBe('6. Reporting and immediate response');
  });

  it('puts focus on the page’s heading when a draft opens again at a step, and reads an address leniently', async () => {
    await page.reload();
    await expect.poll(heading).toBe('6. Reporting and immediate response');
    await expect.poll(focused).toBe('step-heading');
    const id = /#\/draft\/([^/]+)/.exec(hash())![1];
    await page.goto(`${origin}/#/draft/${id}/training/extra?x=1`);
    await expect.poll(heading).toBe('11. Training');
    expect(hash()).toBe(`#/draft/${id}/training`);
    await page.goto(`${origin}/#/draft/${id}/nowhere`);
    await page.getByTestId('task-list').waitFor();
    expect(hash()).toBe(`#/draft/${id}`);
  });

  it('keeps the way back to “Check your answers” on a step opened with Change, after Back and Forward or a reload', async () => {
    await page.getByTestId('task-list').waitFor();
    await page.getByRole('button', { name: 'Check your answers and preview the MOU' }).click();
    await page.getByRole('button', { name: 'Change How often training is given' }).click();
    await expect.poll(heading).toBe('11. Training');
    const returning = page.getByRole('button', { name: 'Return to check your answers' });
    expect(await returning.count()).toBe(1);
    await page.goBack();
    await page.locator('#review-heading').waitFor();
    await page.goForward();
    await expect.poll(heading).toBe('11. Training');
    expect(await returning.count()).toBe(1);
    await page.reload();
    await expect.poll(heading).toBe('11. Training');
    expect(await returning.count()).toBe(1);
    await returning.click();
    await page.locator('#review-heading').waitFor();
  });

  it('leaves the notice that another tab took the draft over for the list of drafts with Back', async () => {
    const id = /#\/draft\/([^/]+)/.exec(hash())![1];
    await page.getByRole('button', { name: 'Back to the task list' }).click();
    await openStep(page, '11. Training');
    const other = await openTab(context, origin, pageErrors);
    await other.evaluate((draft) => { location.hash = `#/draft/${draft}`; }, id);
    await other.getByRole('button', { name: 'Edit it here instead' }).click();
    await other.getByTestId('task-list').waitFor();
    await page.getByTestId('editing-elsewhere').waitFor();
    // Every page of the draft shows only the notice now: Back goes to the list instead.
    await page.goBack();
    await page.locator('#start-heading').waitFor();
    expect(hash()).toBe('');
    // And the draft is taken back from the list, as before.
    await page.goForward();
    await page.getByRole('button', { name: 'Edit it here instead' }).click();
    await expect.poll(heading).toBe('11. Training');
    await other.close();
  });

  it('keeps the notice that another tab took the draft over when an address for one of its pages is typed', async () => {
    const id = /#\/draft\/([^/]+)/.exec(hash())![1];
    const other = await openTab(context, origin, pageErrors);
    await other.evaluate((draft) => { location.hash = `#/draft/${draft}`; }, id);
    await other.getByRole('button', { name: 'Edit it here instead' }).click();
    await other.getByTestId('task-list').waitFor();
    await page.getByTestId('editing-elsewhere').waitFor();
    await page.evaluate((draft) => { location.hash = `#/draft/${draft}/agencies`; }, id);
    // The address changes and the notice stays; taking the draft back opens the page it names.
    await expect.poll(hash).toBe(`#/draft/${id}/agencies`);
    expect(await page.getByTestId('editing-elsewhere').count()).toBe(1);
    expect(await page.locator('#start-heading').count()).toBe(0);
    await page.getByRole('button', { name: 'Edit it here instead' }).click();
    await expect.poll(heading).toBe('Agencies and signatures');
    await other.close();
  });

  it('opens a draft\'s address given as the app starts, before it can read the browser\'s drafts', async () => {
    const id = /#\/draft\/([^/]+)/.exec(hash())![1]!;
    const early = await context.newPage();
    early.on('pageerror', (error) => pageErrors.push(error.message));
    // The address changes as soon as the first page is in the document, before the drafts kept
    // in the browser can be read: an address typed or a link followed on a slow machine (as in a
    // test of this file that failed so once under load).
    await early.addInitScript((draft) => {
      new MutationObserver((_, observer) => {
        if (!document.getElementById('start-heading')) return;
        observer.disconnect();
        location.hash = `#/draft/${draft}/agencies`;
      }).observe(document, { childList: true, subtree: true });
    }, id);
    await early.goto(origin);
    // The draft is open in the first tab, so this one shows that, at the address it was given.
    await early.getByTestId('editing-elsewhere').waitFor();
    expect(new URL(early.url()).hash).toBe(`#/draft/${id}/agencies`);
    await early.close();
  });

  it('cancels a file’s preview with Back in a tab that has just opened the app, without leaving it', async () => {
    const fresh = await openTab(context, origin, pageErrors);
    await fresh.getByLabel('Open a draft file', { exact: true }).setInputFiles({ name: 'nevada.csecmou.json', mimeType: 'application/json', buffer: Buffer.from(serializeDraft(completeDraft())) });
    await fresh.getByTestId('file-preview').waitFor();
    await fresh.goBack();
    await expect.poll(() => fresh.getByTestId('file-preview').count()).toBe(0);
    expect(fresh.url().startsWith(origin)).toBe(true);
    await fresh.locator('#start-heading').waitFor();
    // Its own Cancel leaves no entry behind: Back then leaves the app as it would have.
    await fresh.getByLabel('Open a draft file', { exact: true }).setInputFiles({ name: 'nevada.csecmou.json', mimeType: 'application/json', buffer: Buffer.from(serializeDraft(completeDraft())) });
    await fresh.getByTestId('file-preview').getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => fresh.evaluate(() => (history.state as { csecIndex: number }).csecIndex)).toBe(0);
    await fresh.close();
  });

  it('drops a draft still opening after a reload when the user goes Back to the list meanwhile', async () => {
    const slow = await browser.newContext();
    // Reading a kept draft takes a second and a half once this tab asks for it: the draft is still opening when Back is pressed.
    await slow.addInitScript(() => {
      if (sessionStorage.getItem('slow-reads') !== 'yes') return;
      const get = IDBObjectStore.prototype.get;
      IDBObjectStore.prototype.get = function slowGet(this: IDBObjectStore, key: IDBValidKey | IDBKeyRange) {
        const request = get.call(this, key);
        let handler: ((event: Event) => void) | null = null;
        Object.defineProperty(request, 'onsuccess', { get: () => handler, set: (h: (event: Event) => void) => { handler = h; } });
        request.addEventListener('success', (event) => setTimeout(() => handler?.call(request, event), 1500));
        return request;
      };
    });
    const tab = await openTab(slow, origin, pageErrors);
    await startProtocol(tab, ['Inyo']);
    await tab.evaluate(() => sessionStorage.setItem('slow-reads', 'yes'));
    await tab.reload();
    await tab.getByText('Opening the protocol…').waitFor();
    await tab.goBack();
    await tab.locator('#start-heading').waitFor();
    await tab.waitForTimeout(2500);
    expect(await tab.locator('#draft-title').count()).toBe(0);
    expect(new URL(tab.url()).hash).toBe('');
    await slow.close();
  });

  it('passes over the pages of a tier whose adding was cancelled: one Back leaves the list of tiers, and Forward returns to it', async () => {
    await startAddingTier('Sierra', 'Changed my mind');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => page.getByTestId('step-caption').textContent()).toBe('Adding a tier: step 2 of 3');
    await page.getByRole('button', { name: 'Cancel, and do not add this tier' }).click();
    await expect.poll(focused).toBe('add-tier');
    const list = hash();
    expect(list).toMatch(/\/mdt$/);
    // Back: not the removed tier's two pages (each would show this list again), but the task list.
    await page.goBack();
    await page.getByTestId('task-list').waitFor();
    await expect.poll(focused).toBe('tasks-heading');
    expect(hash()).toMatch(/^#\/draft\/[\w-]+$/);
    // Forward: the list of tiers, and past the removed tier's pages to the list's last entry.
    await page.goForward();
    await expect.poll(heading).toBe('7. Multidisciplinary teams');
    await expect.poll(hash).toBe(list);
    await page.goBack();
    await page.getByTestId('task-list').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('shows a finished tier’s own page, with no Cancel, on Back into the steps that added it, after a reload too', async () => {
    await startAddingTier('Lassen', 'Follow-up MDT');
    for (const step of [2, 3]) {
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect.poll(() => page.getByTestId('step-caption').textContent()).toBe(`Adding a tier: step ${step} of 3`);
    }
    await page.getByRole('button', { name: 'Return to the list of tiers' }).click();
    await expect.poll(heading).toBe('7. Multidisciplinary teams');
    // Back to step 3's address: before, it offered Cancel, which took the finished tier out with no Undo.
    await page.goBack();
    await expect.poll(heading).toBe('Follow-up MDT');
    for (const again of [false, true]) {
      if (again) {
        await page.reload();
        await expect.poll(heading).toBe('Follow-up MDT');
      }
      expect(await page.getByTestId('step-caption').textContent()).not.toContain('Adding a tier');
      expect(await page.getByRole('button', { name: 'Cancel, and do not add this tier' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Return to the list of tiers' }).count()).toBe(1);
    }
    expect(pageErrors).toEqual([]);
  });

  // Traced: it timed out now and then in fresh-clone CI, until letGo really waited (e2e.ts).
  it('marks a tier left before its last step as not finished, and continues adding it where it stopped, Cancel included', async (test) => {
    await traceOnFailure(context, test);
    await startAddingTier('Yuba', 'Half done');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => page.getByTestId('step-caption').textContent()).toBe('Adding a tier: step 2 of 3');
    await page.getByRole('button', { name: 'Back to the task list' }).click();
    await page.getByTestId('task-list').waitFor();
    await openStep(page, '7. Multidisciplinary teams');
    const tier = page.getByTestId('tier').filter({ hasText: 'Half done' });
    for (const again of [false, true]) {
      if (again) {
        await page.reload();
        await expect.poll(heading).toBe('7. Multidisciplinary teams');
      }
      expect(await tier.getByTestId('record-status').textContent()).toBe('Not finished: adding it stopped at step 2 of 3.');
      expect(await tier.getByRole('button', { name: 'Change Half done' }).count()).toBe(0);
    }
    // Another tab of this browser marks it too, as the draft opened another day would.
    const id = /#\/draft\/([^/]+)/.exec(hash())![1]!;
    await toStart(page);
    await letGo(page, id);
    const other = await openTab(context, origin, pageErrors);
    await other.evaluate((draft) => { location.hash = `#/draft/${draft}/mdt`; }, id);
    await expect.poll(() => other.getByTestId('tier').getByTestId('record-status').textContent()).toBe('Not finished: adding it stopped at step 2 of 3.');
    await closeTab(other, page, id);
    await page.goBack();
    await expect.poll(heading).toBe('7. Multidisciplinary teams');
    await tier.getByRole('button', { name: 'Continue adding Half done' }).click();
    await expect.poll(() => page.getByTestId('step-caption').textContent()).toBe('Adding a tier: step 2 of 3');
    expect(await page.getByRole('button', { name: 'Cancel, and do not add this tier' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Return to the list of tiers' }).click();
    await expect.poll(heading).toBe('7. Multidisciplinary teams');
    expect(await tier.getByTestId('record-status').count()).toBe(0);
    await tier.getByRole('button', { name: 'Change Half done' }).click();
    await expect.poll(heading).toBe('Half done');
    expect(await page.getByRole('button', { name: 'Cancel, and do not add this tier' }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('opens a moved term’s own page on Back, after a reload too, and the list for a removed term or after a restore', async () => {
    await startProtocol(page, ['Plumas']);
    await openStep(page, '2. Definitions');
    await addTerms(['Youth', 'Advocate', 'Survivor']);
    // Opening the draft again keeps a version of it: Youth, Advocate, Survivor.
    await page.reload();
    await expect.poll(heading).toBe('2. Definitions');
    // Youth moves from first to last: the entries for its page and Survivor's named their places.
    await page.getByRole('button', { name: 'Move down: Youth' }).click();
    await page.getByRole('button', { name: 'Move down: Youth' }).click();
    const items = page.getByTestId('section-item');
    await expect.poll(() => items.locator('h3').allTextContents()).toEqual(['Advocate', 'Survivor', 'Youth']);
    await page.goBack();
    await expect.poll(heading).toBe('Survivor');
    expect(hash()).toMatch(/\/definitions\/terms\.1$/);
    await page.reload();
    await expect.poll(heading).toBe('Survivor');
    for (const name of ['Advocate', 'Youth']) {
      await page.goBack();
      await expect.poll(heading).toBe('2. Definitions');
      await page.goBack();
      await expect.poll(heading).toBe(name);
    }
    expect(hash()).toMatch(/\/definitions\/terms\.2$/);
    // Forward, and Advocate's page is where Advocate is now.
    await page.goForward();
    await page.goForward();
    await expect.poll(heading).toBe('Advocate');
    expect(hash()).toMatch(/\/definitions\/terms\.0$/);
    await page.goForward();
    await expect.poll(heading).toBe('2. Definitions');

    // A removed term's entry shows the list, the page already shown: Forward passes over it to
    // the list's last entry, and one Back from there leaves the list.
    await page.reload();
    await expect.poll(heading).toBe('2. Definitions');
    await page.getByRole('button', { name: 'Remove Survivor' }).click();
    await expect.poll(() => items.count()).toBe(2);
    await page.goForward();
    await expect.poll(hash).toMatch(/\/definitions$/);
    await page.goBack();
    await expect.poll(heading).toBe('Advocate');
    expect(hash()).toMatch(/\/definitions\/terms\.0$/);
    // Removed and put back with Undo, Advocate's entry follows it back.
    await page.getByRole('button', { name: 'Return to the list of terms' }).click();
    await page.getByRole('button', { name: 'Remove Advocate' }).click();
    await page.getByTestId('removed-notice').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => items.locator('h3').allTextContents()).toEqual(['Advocate', 'Youth']);
    await page.goBack();
    await expect.poll(heading).toBe('Advocate');

    // The version with Youth first restored: its terms are another list, and the entry for
    // Advocate's page at the first place shows the list, not Youth's page.
    await page.getByRole('button', { name: 'Back to the task list' }).click();
    await page.getByTestId('task-list').waitFor();
    await page.getByRole('button', { name: 'Show earlier versions' }).click();
    const versions = page.locator('.history__item');
    // Newest first: the last is the new draft's, with no terms; the one before it, Youth first.
    await versions.nth((await versions.count()) - 2).getByRole('button', { name: /^Restore/ }).click();
    await page.getByTestId('load-status').waitFor();
    await openStep(page, '2. Definitions');
    expect(await items.locator('h3').allTextContents()).toEqual(['Youth', 'Advocate', 'Survivor']);
    await page.goBack();
    await page.getByTestId('task-list').waitFor();
    await page.goBack();
    await expect.poll(heading).toBe('2. Definitions');
    expect(hash()).toMatch(/\/definitions$/);
    expect(pageErrors).toEqual([]);
  });

  it('shows no term’s page by its place on Back once another tab has had the draft', async () => {
    const id = await startWithTerms('Sutter');
    const other = await openTab(context, origin, pageErrors);
    await other.evaluate((draft) => { location.hash = `#/draft/${draft}/definitions`; }, id);
    await other.getByRole('button', { name: 'Edit it here instead' }).click();
    await other.getByRole('button', { name: 'Move down: Youth' }).click();
    await expect.poll(() => other.getByTestId('section-item').locator('h3').allTextContents()).toEqual(['Advocate', 'Youth']);
    await page.getByRole('button', { name: 'Edit it here instead' }).click();
    await expect.poll(() => page.getByTestId('section-item').locator('h3').allTextContents()).toEqual(['Advocate', 'Youth']);
    // Advocate's entry named the second place, where Youth is now: it shows the list, and so do
    // the others, so one Back leaves the list.
    await page.goBack();
    await page.getByTestId('task-list').waitFor();
    await other.close();
    expect(pageErrors).toEqual([]);
  });

  // Traced: it timed out now and then in fresh-clone CI, until letGo really waited (e2e.ts).
  it('shows no term’s page by its place on Back into a draft another tab changed after this one closed it', async (test) => {
    await traceOnFailure(context, test);
    const id = await startWithTerms('Shasta');
    await toStart(page);
    await letGo(page, id);
    const other = await openTab(context, origin, pageErrors);
    await other.evaluate((draft) => { location.hash = `#/draft/${draft}/definitions`; }, id);
    await other.getByRole('button', { name: 'Move down: Youth' }).click();
    await expect.poll(() => other.getByTestId('saved-status').textContent()).toMatch(/^Saved in this browser at/);
    await closeTab(other, page, id);
    await page.goBack();
    await expect.poll(heading).toBe('2. Definitions');
    await expect.poll(() => page.getByTestId('section-item').locator('h3').allTextContents()).toEqual(['Advocate', 'Youth']);
    // Advocate's entry named the second place, where Youth is now: it shows the list, as the others do.
    await page.goBack();
    await page.getByTestId('task-list').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('follows a term from a page opened by its address, as bookmarked or followed from a link', async () => {
    await startProtocol(page, ['Tuolumne']);
    const address = `${origin}/${new URL(page.url()).hash}/definitions/terms.0`;
    await openStep(page, '2. Definitions');
    await addTerms(['Youth', 'Advocate']);
    const id = /#\/draft\/([^/]+)/.exec(hash())![1]!;
    await toStart(page);
    await letGo(page, id);
    const other = await openTab(context, origin, pageErrors);
    await other.goto(address);
    const otherHeading = () => other.locator('#step-heading').textContent();
    await expect.poll(otherHeading).toBe('Youth');
    await other.getByRole('button', { name: 'Return to the list of terms' }).click();
    await other.getByRole('button', { name: 'Move down: Youth' }).click();
    await expect.poll(() => other.getByTestId('section-item').locator('h3').allTextContents()).toEqual(['Advocate', 'Youth']);
    await other.goBack();
    await expect.poll(otherHeading).toBe('Youth');
    expect(new URL(other.url()).hash).toMatch(/\/definitions\/terms\.1$/);
    await other.close();
    expect(pageErrors).toEqual([]);
  });

  it('says so when an address names a draft this browser no longer keeps, and shows the list', async () => {
    await page.goto(`${origin}/#/draft/no-such-draft/training`);
    await page.locator('#start-heading').waitFor();
    await expect.poll(() => page.getByTestId('load-error').textContent()).toContain('That draft is not kept in this browser');
    expect(await page.getByTestId('load-error').textContent()).toContain('The draft could not be opened');
    expect(hash()).toBe('');
    expect(pageErrors).toEqual([]);
  });

  it('says, at the address of a draft removed on this page, to undo the removal there, not that another tab removed it', async () => {
    await startProtocol(page, ['Colusa']);
    const title = await page.locator('#draft-title').textContent();
    await toStart(page);
    await page.getByRole('button', { name: `Remove ${title} from this browser` }).click();
    await page.getByTestId('removed-draft').waitFor();
    await page.goBack();
    const error = page.getByTestId('load-error');
    await expect.poll(() => error.textContent()).toContain(`“${title}” was removed from this browser on this page. To open it again, first press Undo in the notice below the list of drafts.`);
    expect(await error.textContent()).not.toContain('another tab');
    expect(hash()).toBe('');
    await page.getByTestId('removed-draft').getByRole('button', { name: /^Undo/ }).click();
    await page.getByRole('button', { name: `Continue ${title}` }).click();
    await expect.poll(() => page.locator('#draft-title').textContent()).toBe(title);
    expect(pageErrors).toEqual([]);
  });

  it('says, at the address of a draft removed before another on this page, how many presses of Undo put it back', async () => {
    const titles: string[] = [];
    let firstId = '';
    for (const county of ['Glenn', 'Madera']) {
      await startProtocol(page, [county]);
      titles.push((await page.locator('#draft-title').textContent())!);
      firstId ||= /#\/draft\/([^/]+)/.exec(hash())![1]!;
    }
    await toStart(page);
    const notice = page.getByTestId('removed-draft');
    for (const title of titles) {
      await page.getByRole('button', { name: `Remove ${title} from this browser` }).click();
      await expect.poll(() => notice.textContent()).toContain(`Removed “${title}”`);
    }
    await page.evaluate((id) => { location.hash = `#/draft/${id}`; }, firstId);
    const error = page.getByTestId('load-error');
    await expect.poll(() => error.textContent()).toContain(`“${titles[0]}” was removed from this browser on this page. To open it again, press Undo in the notice below the list of drafts 2 times: the draft removed after it comes back first.`);
    for (const title of [...titles].reverse()) {
      await notice.getByRole('button', { name: `Undo: keep “${title}” in this browser again` }).click();
      await page.getByRole('button', { name: `Continue ${title}` }).waitFor();
    }
    expect(await notice.count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
