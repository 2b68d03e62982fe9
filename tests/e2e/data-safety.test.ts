// The user's work against the ways browsers lose it: two tabs on one draft, a stale tab, a tab
// closed mid-save, a newer app in another tab, a file changed by hand, a file that replaces the
// draft, and a long session without a saved file. Real Chromium, the production build.
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { applyEdit, DRAFT_VERSION, serializeDraft, serializeReview, type Draft } from '../../src/model';
import { completeDraft } from '../support/drafts';
import { axeViolations, connectBrowser, continueDraft, openStep, openTab, savedDownload, startProtocol, toStart } from '../support/e2e';

const origin = inject('appOrigin');
let browser: Browser;
let context: BrowserContext;
const pageErrors: string[] = [];

const newTab = () => openTab(context, origin, pageErrors);

const training = (page: Page) => page.getByLabel('How often training is given');

/** Types an answer and waits until the browser has kept it. */
async function answer(page: Page, text: string) {
  await openStep(page, '11. Training');
  await training(page).fill(text);
  await expect.poll(() => page.getByTestId('saved-status').textContent()).toMatch(/^Saved in this browser at/);
}

/** The stored record of the only draft whose title starts with `title`, read straight from IndexedDB. */
const storedRecord = (page: Page, title: string) => page.evaluate((prefix) => new Promise<{ id: string; revision: number; text: string }>((resolve, reject) => {
  const open = indexedDB.open('csec-mou');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const all = open.result.transaction('drafts').objectStore('drafts').getAll();
    all.onsuccess = () => {
      open.result.close();
      resolve((all.result as Array<{ id: string; title: string; revision: number; text: string }>).find((d) => d.title.startsWith(prefix))!);
    };
  };
}), title);

/** Closes the tab as a user would, leaving if the browser asks: the kind of dialog it asked with, or "not asked" within 5 s. */
async function closeLeaving(page: Page): Promise<string> {
  const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => { resolve(dialog.type()); void dialog.accept(); }));
  await page.close({ runBeforeUnload: true });
  const how = await Promise.race([asked, new Promise<string>((resolve) => setTimeout(() => resolve('not asked'), 5000))]);
  // Closing with the unload handlers run does not wait for the tab to go: under load, a tab opened
  // next could read the drafts before the closing tab's last stash was written.
  await expect.poll(() => page.isClosed()).toBe(true);
  return how;
}

/** Saves the draft as a file, so that nothing else is unsaved. */
async function saveACopy(page: Page) {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save a copy of this draft', exact: true }).click();
  await download;
}


beforeAll(async () => {
  browser = await connectBrowser();
  context = await browser.newContext({ acceptDownloads: true });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('one editor at a time', () => {
  it('lets one tab edit a draft; the other says so, and taking over carries the first tab’s last keystrokes', async () => {
    const first = await newTab();
    await startProtocol(first, ['Sierra']);
    await answer(first, 'At hire');

    const second = await newTab();
    await continueDraft(second, 'Sierra County');
    const notice = second.getByTestId('editing-elsewhere');
    await expect.poll(() => notice.textContent()).toContain('is open in another tab');
    expect(await second.locator('#draft-title').count()).toBe(0);

    // Typed in the first tab and not yet saved when the second takes over: it is saved first. A
    // comment typed and not added is not part of the draft: the first tab shows it, to be copied.
    await training(first).fill('At hire and every spring');
    await first.getByTestId('comments').getByLabel('Comment', { exact: true }).fill('Ask the trainers about spring dates.');
    await second.getByRole('button', { name: 'Edit it here instead' }).click();
    await second.locator('#draft-title').waitFor();
    await openStep(second, '11. Training');
    expect(await training(second).inputValue()).toBe('At hire and every spring');
    await expect.poll(() => first.getByTestId('editing-elsewhere').textContent()).toContain('is now being edited in another tab');
    expect(await first.getByTestId('unsent-words').getByLabel('Comment or reply typed here').inputValue()).toBe('Ask the trainers about spring dates.');

    // The second tab's work is kept; the first, taking the draft back, opens it as the second left
    // it. It asks first: the comment shown to be copied is not put back.
    await answer(second, 'At hire, every spring and after each change in law');
    await first.getByRole('button', { name: 'Edit it here instead' }).click();
    await expect.poll(() => first.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('unsent-asked');
    await first.getByRole('button', { name: 'Edit it here instead' }).click();
    await first.locator('#draft-title').waitFor();
    await openStep(first, '11. Training');
    expect(await training(first).inputValue()).toBe('At hire, every spring and after each change in law');
    await expect.poll(() => second.getByTestId('editing-elsewhere').count()).toBe(1);
    await first.close();
    await second.close();
  });

  // Trinity: no other test here has a draft of it, which `continueDraft` and `storedRecord` find by its title.
  it('says so once the other tab has closed the draft, without moving focus, and then opens it here without asking anyone', async () => {
    const first = await newTab();
    await startProtocol(first, ['Trinity']);
    const second = await newTab();
    await continueDraft(second, 'Trinity County');
    const heading = second.locator('#elsewhere-heading');
    await expect.poll(() => heading.textContent()).toMatch(/^“Trinity County .+” is open in another tab$/);
    await first.close();
    // Asked each second: the notice and the page's status say it as it is now.
    await expect.poll(() => heading.textContent(), { timeout: 10_000 }).toMatch(/^“Trinity County .+” is no longer open in another tab$/);
    expect(await second.getByTestId('load-status').textContent()).toMatch(/^“Trinity County .+” is no longer open in another tab\.$/);
    expect(await second.getByTestId('editing-elsewhere').textContent()).not.toContain('saves the other tab’s changes first');
    expect(await second.evaluate(() => document.activeElement?.id)).toBe('elsewhere-heading');
    // Opened again in a third tab, it is said to be open there again; closed, no longer.
    const third = await newTab();
    await continueDraft(third, 'Trinity County');
    await third.locator('#draft-title').waitFor();
    await expect.poll(() => heading.textContent(), { timeout: 10_000 }).toMatch(/^“Trinity County .+” is open in another tab$/);
    expect(await second.getByTestId('load-status').textContent()).toMatch(/^“Trinity County .+” is open again in another tab\.$/);
    await third.close();
    await expect.poll(() => heading.textContent(), { timeout: 10_000 }).toMatch(/ is no longer open in another tab$/);
    await second.getByRole('button', { name: 'Edit it here', exact: true }).click();
    await second.locator('#draft-title').waitFor();
    expect(await axeViolations(second)).toEqual([]);
    await second.close();
  });

  it('takes a draft from a tab that does not answer (frozen) once the wait is over, and that tab says so when it wakes', async () => {
    const first = await newTab();
    await startProtocol(first, ['Mariposa']);
    await answer(first, 'At hire');
    const second = await newTab();
    await continueDraft(second, 'Mariposa County');
    await second.getByTestId('editing-elsewhere').waitFor();

    // The debugger holds the first tab's script, a change not yet saved: it cannot save or let go when asked.
    const debug = await context.newCDPSession(first);
    await debug.send('Debugger.enable');
    await training(first).fill('Typed as the tab froze');
    await debug.send('Debugger.pause');
    await second.getByRole('button', { name: 'Edit it here instead' }).click();
    await second.locator('#draft-title').waitFor({ timeout: 15_000 });
    await openStep(second, '11. Training');
    expect(await training(second).inputValue()).toBe('At hire');
    await debug.send('Debugger.resume');
    await debug.detach();
    // Taken, not handed over: the tab does not claim to have saved, and offers its copy as a file.
    const notice = first.getByTestId('editing-elsewhere');
    await expect.poll(() => notice.textContent()).toContain('took this draft over when this tab did not answer in time');
    expect(await notice.textContent()).not.toContain('This tab saved your changes');
    const download = first.waitForEvent('download');
    await notice.getByRole('button', { name: 'Save a copy of this tab’s draft' }).click();
    expect(await readFile(await savedDownload(await download), 'utf8')).toContain('Typed as the tab froze');
    // Woken, the first tab wrote nothing under the second: its saves go on without a conflict.
    await answer(second, 'At hire and after');
    await first.close();
    await second.close();
  });

  it('gives the draft to one of two tabs that ask for it at the same moment, and the other says so, taking nothing by force', async () => {
    const first = await newTab();
    await startProtocol(first, ['Calaveras']);
    await answer(first, 'At hire');
    const [second, third] = [await newTab(), await newTab()];
    for (const tab of [second, third]) {
      await continueDraft(tab, 'Calaveras County');
      await tab.getByTestId('editing-elsewhere').waitFor();
    }
    // Both asks reach the first tab before it answers either: the debugger holds it a moment.
    const debug = await context.newCDPSession(first);
    await debug.send('Debugger.enable');
    await debug.send('Debugger.pause');
    await Promise.all([second, third].map((tab) => tab.getByRole('button', { name: 'Edit it here instead' }).click()));
    await second.waitForTimeout(500);
    await debug.send('Debugger.resume');
    await debug.detach();
    await expect.poll(() => first.getByTestId('editing-elsewhere').textContent()).toContain('You went on with this draft in another tab');
    // Past the wait after which a tab that does not answer has its draft taken.
    await first.waitForTimeout(5500);
    const editing = await Promise.all([second, third].map((tab) => tab.locator('#draft-title').count()));
    expect([...editing].sort()).toEqual([0, 1]);
    const [winner, other] = editing[0] === 1 ? [second, third] : [third, second];
    expect(await other.getByTestId('editing-elsewhere').textContent()).toContain('is open in another tab');
    expect(await winner.getByTestId('editing-elsewhere').count()).toBe(0);
    await answer(winner, 'At hire and every year');
    for (const tab of [first, second, third]) await tab.close();
  });

  it('refuses to remove a draft while another tab edits it, and removes it, with Undo, once that tab has let go', async () => {
    const first = await newTab();
    await startProtocol(first, ['Inyo']);
    await answer(first, 'At hire');
    const second = await newTab();
    const removeButton = () => second.getByRole('button', { name: /^Remove Inyo County.* from this browser$/ }).first();
    const listed = () => second.getByRole('button', { name: /^Continue Inyo County/ }).count();
    await removeButton().click();
    await expect.poll(() => second.getByTestId('load-status').textContent()).toContain('is open for editing in another tab or window, so it was not removed. Close it there first, then remove it here.');
    // The list may be far below the message: focus goes to it, and brings it into view.
    expect(await second.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('load-status');
    expect(await listed()).toBe(1);
    // Before, it went, and the first tab's next saves made it again, which Undo then wrote over.
    await answer(first, 'Typed after the removal was refused');

    await toStart(first);
    await removeButton().click();
    await expect.poll(listed).toBe(0);
    await second.getByTestId('removed-draft').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(listed).toBe(1);
    await continueDraft(second, 'Inyo County');
    await openStep(second, '11. Training');
    expect(await training(second).inputValue()).toBe('Typed after the removal was refused');

    // A writer the lock does not stop (a tab of a browser without Web Locks) saves it again after
    // a removal: Undo puts nothing back over that, and says so.
    const record = await storedRecord(second, 'Inyo County');
    const draft = (JSON.parse(record.text) as { draft: Draft }).draft;
    const savedAgain = serializeDraft({ ...draft, sections: { ...draft.sections, training: { ...draft.sections.training, frequency: 'Saved again elsewhere' } } });
    await toStart(second);
    await removeButton().click();
    await expect.poll(listed).toBe(0);
    await second.evaluate(({ kept, text }) => new Promise<void>((resolve) => {
      const open = indexedDB.open('csec-mou');
      open.onsuccess = () => {
        const tx = open.result.transaction('drafts', 'readwrite');
        tx.objectStore('drafts').put({ ...kept, text, textSum: undefined });
        tx.oncomplete = () => { open.result.close(); resolve(); };
      };
    }), { kept: record, text: savedAgain });
    await second.getByTestId('removed-draft').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => second.getByTestId('load-status').textContent()).toContain('was saved again in another tab after it was removed, so the removed copy was not put back over that work');
    await continueDraft(second, 'Inyo County');
    await openStep(second, '11. Training');
    expect(await training(second).inputValue()).toBe('Saved again elsewhere');
    await first.close();
    await second.close();
  });

  it('names the copy it means, as the list’s buttons do, when two copies of the sample read alike', async () => {
    const first = await newTab();
    const useSample = async () => {
      await first.getByRole('button', { name: 'Use the sample protocol' }).click();
      await first.locator('#draft-title').waitFor();
    };
    await useSample();
    const title = (await first.locator('#draft-title').textContent())!;
    await toStart(first);
    // The second copy, the newer, stays open here: it heads the other tab's list.
    await useSample();
    const second = await newTab();
    const remove = second.getByRole('button', { name: /^Remove .*, the sample, kept .* from this browser$/ }).first();
    const label = (await remove.getAttribute('aria-label'))!;
    const [, kept, place] = /, the sample, kept (.*?)(?: \((\d+ of \d+)\))? from this browser$/.exec(label)!;
    const named = `“${title}” (the sample, kept ${kept}${place ? `, ${place}` : ''})`;
    await remove.click();
    await expect.poll(() => second.getByTestId('load-status').textContent()).toBe(`${named} is open for editing in another tab or window, so it was not removed. Close it there first, then remove it here.`);
    await second.getByRole('button', { name: label.replace(/^Remove (.*) from this browser$/, 'Continue $1') }).click();
    await expect.poll(() => second.getByTestId('load-status').textContent()).toContain(`${named} is open in another tab.`);
    await first.close();
    await second.close();
  });

  it('stops a tab that finds another tab’s revision, says so, and never writes over that work', async () => {
    const page = await newTab();
    await startProtocol(page, ['Alpine']);
    await answer(page, 'Yearly');
    const before = await storedRecord(page, 'Alpine County');
    // Another writer (a tab of a browser without Web Locks) saves a later revision.
    const later = before.text.replace('"frequency": "Yearly"', '"frequency": "Written by the other tab"');
    await page.evaluate(({ id, text, revision }) => new Promise<void>((resolve) => {
      const open = indexedDB.open('csec-mou');
      open.onsuccess = () => {
        const tx = open.result.transaction('drafts', 'readwrite');
        const store = tx.objectStore('drafts');
        const get = store.get(id);
        get.onsuccess = () => store.put({ ...get.result, text, revision, textSum: undefined });
        tx.oncomplete = () => { open.result.close(); resolve(); };
      };
    }), { id: before.id, text: later, revision: before.revision + 1 });

    await training(page).fill('Typed in the stale tab');
    const banner = page.getByTestId('save-problem');
    await expect.poll(() => banner.textContent(), { timeout: 5000 }).toContain('This tab has stopped saving the draft');
    expect(await banner.textContent()).toContain('Another tab or window saved this draft after this tab last did');
    expect(await banner.getByRole('button', { name: 'Reload this page' }).count()).toBe(1);
    expect(await banner.getByRole('button', { name: 'Save a copy of this draft now' }).count()).toBe(1);
    await page.waitForTimeout(4000); // past a retry: a stopped tab does not try again
    const after = await storedRecord(page, 'Alpine County');
    expect(after.revision).toBe(before.revision + 1);
    expect(after.text).toContain('Written by the other tab');
    // Leaving now would lose what is on the page: the browser asks first.
    const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => { resolve(dialog.type()); void dialog.dismiss(); }));
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    await page.close();
  });

  it('stops writing and asks for a reload when a newer version of the app opens the drafts', async () => {
    const page = await newTab();
    await startProtocol(page, ['Mono']);
    const newer = await newTab();
    // The newer app upgrades the database; this tab's connection steps aside at once.
    await newer.evaluate(() => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('csec-mou', 1000);
      open.onsuccess = () => { open.result.close(); resolve(); };
      open.onerror = () => reject(open.error);
    }));
    const banner = page.getByTestId('save-problem');
    await expect.poll(() => banner.textContent()).toContain('A newer version of this app has been opened in another tab');
    expect(await banner.getByRole('button', { name: 'Reload this page' }).count()).toBe(1);
    await newer.close();
    await page.close({ runBeforeUnload: false });
    // The database is left at a version this build cannot open: start the rest afresh.
    const cleanup = await context.newPage();
    await cleanup.goto(origin);
    await cleanup.evaluate(() => new Promise((resolve) => { const r = indexedDB.deleteDatabase('csec-mou'); r.onsuccess = resolve; r.onblocked = resolve; }));
    await cleanup.close();
  });
});

describe('nothing lost when the tab goes', () => {
  it('keeps what was typed in a tab closed in the middle of saving it', async () => {
    // A browser that has not agreed to keep its drafts when space runs low (the usual answer).
    const page = await context.newPage();
    await page.addInitScript(() => {
      Object.assign(navigator.storage, { persisted: async () => false, persist: async () => false });
    });
    await page.goto(origin);
    await startProtocol(page, ['Inyo']);
    await openStep(page, '11. Training');
    await training(page).fill('Typed a moment before the tab closed');
    // Closed before the half-second autosave: the browser first reminds the user that no file
    // holds the change; they leave anyway, and the closing tab's stash keeps it.
    const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => { resolve(dialog.type()); void dialog.accept(); }));
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    // That close does not wait for the tab to go: a tab opened before it has could read the drafts before its stash was written.
    await expect.poll(() => page.isClosed()).toBe(true);
    const next = await newTab();
    await continueDraft(next, 'Inyo County');
    await openStep(next, '11. Training');
    expect(await training(next).inputValue()).toBe('Typed a moment before the tab closed');
    await next.close();
  });

  it('keeps what was typed in a tab closed while its save was still under way', async () => {
    const page = await newTab();
    await startProtocol(page, ['Amador']);
    await answer(page, 'Yearly');
    await saveACopy(page);
    // Every save from now on is held open in the browser: its transaction never commits.
    await page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function held(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        const request = put.apply(this, args);
        const busy = (store: IDBObjectStore) => { store.count().onsuccess = () => busy(store); };
        busy(this);
        return request;
      };
    });
    await training(page).fill('Typed while the save was under way');
    await page.waitForTimeout(1500); // past the half-second autosave: the save has begun
    await page.close({ runBeforeUnload: false });
    const next = await newTab();
    await continueDraft(next, 'Amador County');
    await openStep(next, '11. Training');
    expect(await training(next).inputValue()).toBe('Typed while the save was under way');
    await next.close();
  });
});

describe('files from others and earlier versions', () => {
  const napa = completeDraft(['Napa']);
  const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

  it('shows what a file holds before it opens, and warns when it was changed after it was saved', async () => {
    const page = await newTab();
    const kept = await page.getByTestId('kept-drafts').innerHTML();
    const text = serializeDraft(napa, { savedAt: new Date('2026-11-20T17:30:00Z') });
    await page.getByLabel('Open a draft file', { exact: true }).setInputFiles(file('napa.csecmou.json', text));
    const preview = page.getByTestId('file-preview');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('preview-heading');
    const facts = (await preview.locator('dl').textContent())!;
    expect(facts).toContain('Napa County');
    expect(facts).toContain(napa.agencies[0]!.name);
    expect(facts).toContain('November 20, 2026');
    expect(facts).toContain('This app, version 0.1.0');
    expect(await preview.getByTestId('checksum-warning').count()).toBe(0);
    await preview.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByTestId('load-status').textContent()).toBe('Nothing was changed.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('load-status');
    expect(await page.getByTestId('kept-drafts').innerHTML()).toBe(kept);

    const edited = text.replace(napa.title, 'A title changed by hand');
    await page.getByLabel('Open a draft file', { exact: true }).setInputFiles(file('edited.csecmou.json', edited));
    expect(await preview.getByTestId('checksum-warning').textContent()).toContain('This file was changed after it was saved');
    await preview.getByRole('button', { name: 'Open it anyway' }).click();
    await expect.poll(() => page.locator('#draft-title').textContent()).toBe('A title changed by hand');
    await page.close();
  });

  /** How the code names a value ("agencies.1.tookPart", "counties.1"), which a coordinator should never read. */
  const INTERNAL_NAMES = /\b(?:agencies|counties|mdtTiers|sections)\.\w|tookPart|memberAgencyIds|writtenReportWithinHours/;

  it('says what a file needs mended in the words of the wizard’s pages, never as dotted paths, before and after it opens', async () => {
    const draft = structuredClone(napa) as unknown as Record<string, unknown> & { agencies: Array<Record<string, unknown>>; mdtTiers: Array<{ memberAgencyIds: unknown[] }>; sections: { reporting: Record<string, unknown> } };
    draft.title = 'A file that needed mending';
    draft.counties = [...napa.counties, 'Atlantis'];
    draft.agencies[1]!.tookPart = 'yes';
    draft.agencies[1]!.roles = ['probation', 'wizard'];
    draft.mdtTiers[0]!.memberAgencyIds.push(7);
    draft.sections.reporting.writtenReportWithinHours = 'soon';
    const probation = napa.agencies[1]!.name;
    const page = await newTab();
    await page.getByLabel('Open a draft file', { exact: true }).setInputFiles(file('mended.csecmou.json', JSON.stringify({ format: 'csec-mou-draft', version: DRAFT_VERSION, draft })));
    const preview = page.getByTestId('file-preview');
    const expected = [
      'Protocol basics: “county or counties” listed "Atlantis", which is not a California county; it was left out.',
      `${probation}: “roles” listed "wizard", which is not one of the choices; it was left out.`,
      `${probation}: “took part” was "yes", which is not a yes-or-no answer; it was cleared.`,
      `MDT tier “${napa.mdtTiers[0]!.name}”: “members” listed 7, which is not text; it was left out.`,
      'Section 6. Reporting and immediate response: “written report follows the telephone report within” was "soon", which is not a number; it was cleared.',
    ];
    expect((await preview.locator('li').allTextContents()).toSorted()).toEqual(expected.toSorted());
    expect(await preview.textContent()).not.toMatch(INTERNAL_NAMES);
    // Values are left out, not only mended, and the heading says so.
    expect(await preview.locator('.usa-alert__heading').allTextContents()).toContain('5 things will be left out or mended as it opens');

    // The notice after it opens says the same, in the same words.
    await preview.getByRole('button', { name: 'Open this draft' }).click();
    const notice = page.getByTestId('load-repairs');
    await expect.poll(async () => (await notice.locator('li').allTextContents()).toSorted()).toEqual(expected.toSorted());
    expect(await notice.textContent()).not.toMatch(INTERNAL_NAMES);
    expect(await notice.locator('.usa-alert__heading').textContent()).toBe('Left out or mended while opening this file');
    await page.close();
  });

  it('says plainly that a file whose list of agencies cannot be used opens without agencies, in two lines, not one per reference', async () => {
    const draft = { ...structuredClone(napa), title: 'Agencies typed as one text', agencies: napa.agencies.map((agency) => agency.name).join(', ') };
    const page = await newTab();
    await page.getByLabel('Open a draft file', { exact: true }).setInputFiles(file('typed.csecmou.json', JSON.stringify({ format: 'csec-mou-draft', version: DRAFT_VERSION, draft })));
    const preview = page.getByTestId('file-preview');
    expect(await preview.locator('dt:text-is("Agencies") + dd').textContent()).toBe('None: the file’s list of agencies cannot be used (see below)');
    const lines = await preview.locator('li').allTextContents();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Agencies and signatures: “the list of agencies” was "[^"]+…, which is not a list; it was cleared\.$/);
    const members = napa.mdtTiers.flatMap((tier) => tier.memberAgencyIds).length;
    expect(lines[1]).toBe(`The draft has no agencies left, so every place that named one was cleared: 1 MDT tier’s convener and ${members} MDT tiers’ members.`);
    await page.close();
  });

  it('replaces the open draft with a file only after a preview, keeping the draft as it was among its versions, and restores it', async () => {
    const page = await newTab();
    await startProtocol(page, ['Napa']);
    await answer(page, 'Our own answer');
    await page.getByRole('button', { name: 'Back to the task list' }).click();
    const history = page.getByTestId('history');
    await history.getByRole('button', { name: 'Show earlier versions' }).click();
    expect(await history.locator('ol').textContent()).toContain('Opened');
    // An exported MOU chosen by mistake, far down the page: the message takes focus, in view, and the draft stays.
    const title = await page.locator('#draft-title').textContent();
    await history.getByLabel('Replace this draft with a draft file').setInputFiles(file('mou.csecmou.json', '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'));
    const alert = page.getByTestId('load-error');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('load-error');
    expect(await alert.textContent()).toContain('This file is a PDF (perhaps an exported MOU), not a draft file');
    const box = (await alert.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(page.viewportSize()!.height);
    expect(await page.locator('#draft-title').textContent()).toBe(title);
    // A review file that cannot be read next: its panel says so, and the message about the other
    // file goes, so that one alert stands, about the last action.
    await page.getByLabel('Open review files').setInputFiles(file('notes.csecreview.json', '{ not json'));
    await expect.poll(() => page.getByTestId('review-files-outcome').textContent()).toContain('notes.csecreview.json');
    await expect.poll(() => alert.count()).toBe(0);
    expect(await page.locator('[role="alert"]').count()).toBe(1);
    // A draft file opened as a review file: the message names the two controls that take it, as they are labelled.
    await page.getByLabel('Open review files').setInputFiles(file('napa.csecmou.json', serializeDraft(napa)));
    await expect.poll(() => page.getByTestId('review-files-outcome').textContent()).toContain('This is a draft file, not a review file.');
    const named = [...((await page.getByTestId('review-files-outcome').textContent()) ?? '').matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
    expect(named).toEqual(['Compare this draft with a draft file', 'Replace this draft with a draft file']);
    for (const label of named) expect(await history.getByLabel(label, { exact: true }).count(), label).toBe(1);
    // A review of two other counties' draft names the draft and the counties in plain words.
    const regional = completeDraft(['Lassen', 'Modoc']);
    await page.getByLabel('Open review files').setInputFiles(file('lassen-modoc.csecreview.json', serializeReview(regional)));
    await expect.poll(() => page.getByTestId('review-files-outcome').textContent())
      .toContain(`It is a review of the draft “${regional.title}” for Lassen and Modoc counties, not of this one.`);
    // Chosen with a file that is taken in, each refused one says that nothing of it was, not that the draft is unchanged.
    const good = applyEdit({ ...napa, title: title! }, { kind: 'sectionReview', section: 'training', reviewer: 'Rosa Diaz', status: 'approved', at: '2026-12-02T11:00:00.000Z' });
    await page.getByLabel('Open review files').setInputFiles([file('rosa.csecreview.json', serializeReview(good)), file('notes.csecreview.json', '{ not json')]);
    await expect.poll(() => page.getByTestId('review-files-outcome').textContent()).toContain('rosa.csecreview.json: 0 new comments and 1 new section verdict');
    expect(await page.getByTestId('review-files-outcome').textContent()).toMatch(/notes\.csecreview\.json: This file is not valid JSON[^]*\. Nothing of it was taken in\.$/);
    expect(await page.getByTestId('review-files-outcome').textContent()).not.toContain('has not been changed');
    // One outcome, told once: the panel's message is one alert, not a status beside an alert (found by a review).
    expect(await page.getByTestId('review-files-outcome').getAttribute('role')).toBe('alert');
    expect(await page.getByTestId('review-files-outcome').locator('[role]').count()).toBe(0);
    // A review of another protocol of the same county (a companion protocol) waits for the
    // committee's word: comments taken in cannot be taken out.
    const companion = applyEdit({ ...completeDraft(['Napa']), title: 'Napa County Companion Protocol for Juvenile Hall' },
      { kind: 'comment', comment: { id: 'j1', anchor: { section: 'training', recordId: null, field: null, label: '' }, author: 'Sam Ortiz', at: '2026-12-02T10:00:00.000Z', text: 'Juvenile hall staff?' } });
    const panel = page.getByTestId('review-files');
    const openCount = async () => ((await panel.locator('p').first().textContent()) ?? '').split(':')[0];
    const before = await openCount();
    for (const choice of ['Leave it out', 'Take its comments in']) {
      await page.getByLabel('Open review files').setInputFiles(file('juvenile-hall.csecreview.json', serializeReview(companion)));
      const held = page.getByTestId('review-file-held');
      await expect.poll(() => held.textContent()).toContain('juvenile-hall.csecreview.json is a review of the draft “Napa County Companion Protocol for Juvenile Hall” for Napa County; this draft is “');
      expect(await openCount()).toBe(before);
      expect(await axeViolations(page)).toEqual([]);
      await held.getByRole('button', { name: `${choice}: juvenile-hall.csecreview.json` }).click();
      await expect.poll(() => held.count()).toBe(0);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('review-files-outcome');
      // Left out by choice, the file is a note, not an error (found by a review).
      if (choice === 'Leave it out') {
        expect(await page.getByTestId('review-files-outcome').textContent()).toBe('juvenile-hall.csecreview.json: left out, as you chose. Nothing of it was taken in.');
        expect(await page.getByTestId('review-files-outcome').getAttribute('role')).toBe('status');
        expect(await page.getByTestId('review-files-outcome').locator('.usa-alert--error').count()).toBe(0);
      }
    }
    expect(await page.getByTestId('review-files-outcome').textContent()).toContain('juvenile-hall.csecreview.json: 1 new comment');
    const after = await openCount();
    expect(after).not.toBe(before);
    // Opened again, it would add nothing: it is not held, and says so.
    await page.getByLabel('Open review files').setInputFiles(file('juvenile-hall.csecreview.json', serializeReview(companion)));
    await expect.poll(() => page.getByTestId('review-files-outcome').textContent()).toContain('juvenile-hall.csecreview.json: 0 new comments (everything in it was already here)');
    expect(await page.getByTestId('review-file-held').count()).toBe(0);
    expect(await openCount()).toBe(after);
    await history.getByLabel('Replace this draft with a draft file').setInputFiles(file('mou.csecmou.json', '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'));
    await expect.poll(() => alert.count()).toBe(1);
    expect(await page.getByTestId('review-files-outcome').count()).toBe(0);
    expect(await page.locator('[role="alert"]').count()).toBe(1);
    // Once the draft is edited, the message about that file goes.
    await openStep(page, '5. Identification and screening');
    await page.getByLabel('Screening tool').fill('CSE-IT');
    await expect.poll(() => alert.count()).toBe(0);
    await page.getByRole('button', { name: 'Back to the task list' }).click();
    await history.getByLabel('Replace this draft with a draft file').setInputFiles(file('from-a-colleague.csecmou.json', serializeDraft(napa)));
    const preview = page.getByTestId('file-preview');
    expect(await preview.locator('h2').textContent()).toBe('Check the file before it replaces this draft');
    await preview.getByRole('button', { name: 'Replace the open draft with this file' }).click();
    await expect.poll(() => page.locator('#draft-title').textContent()).toBe(napa.title);
    await expect.poll(() => page.getByTestId('saved-status').textContent()).toMatch(/^Saved in this browser at/);
    // The comment taken in stays: what was said about the draft is not its text.
    expect(await page.getByTestId('load-status').textContent()).toContain('The 1 comment that the draft had and the file did not is kept with it.');
    expect(await openCount()).toBe(after);

    // The versions are listed at once after a replacement, newest first.
    const rows = history.locator('li');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(2);
    expect(await rows.first().textContent()).toContain('Before replacing it with the file from-a-colleague.csecmou.json');
    expect(await rows.first().textContent()).toContain('Napa County: 0 agencies');
    await rows.first().getByRole('button', { name: /^Restore/ }).click();
    await expect.poll(() => page.getByTestId('load-status').textContent()).toContain('Restored the version of');
    // Focus goes to the words that say what was restored (UX.md), not left on the Restore button.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('load-status');
    await openStep(page, '11. Training');
    expect(await training(page).inputValue()).toBe('Our own answer');
    // Restoring kept the replaced draft as a version too: nothing is ever only overwritten.
    await page.getByRole('button', { name: 'Back to the task list' }).click();
    await expect.poll(async () => (await history.locator('ol').textContent()) ?? '').toContain('Before restoring the version of');
    // Versions kept within a minute of each other are told apart by their buttons' names too, for
    // a screen reader's list of buttons: to the second, or by their place.
    const names = await history.locator('ol').getByRole('button').evaluateAll((buttons) => buttons.map((button) => button.textContent));
    expect(names.length).toBeGreaterThanOrEqual(6);
    expect(new Set(names).size).toBe(names.length);
    expect(await history.locator('.history__when').first().textContent()).toMatch(/^\w+ \d+, \d{4}, \d{1,2}:\d\d:\d\d [AP]M: Before restoring/);
    await toStart(page);
    await page.close();
  });
});

describe('a draft kept by an earlier version of the app', () => {
  it('keeps the draft as it was, before its format is brought up to date, among its earlier versions', async () => {
    const page = await newTab();
    const text = await readFile(new URL('../fixtures/draft-v2.csecmou.json', import.meta.url), 'utf8');
    await page.evaluate((fileText) => new Promise<void>((resolve) => {
      const open = indexedDB.open('csec-mou');
      open.onsuccess = () => {
        const tx = open.result.transaction('drafts', 'readwrite');
        tx.objectStore('drafts').put({ id: 'kept-by-version-2', title: 'Kept by an earlier version', counties: ['Plumas'], kind: 'csec-program', savedAt: '2026-06-01T12:00:00.000Z', text: fileText });
        tx.oncomplete = () => { open.result.close(); resolve(); };
      };
    }), text);
    await page.reload();
    await continueDraft(page, 'Kept by an earlier version');
    await page.locator('#draft-title').waitFor();
    const history = page.getByTestId('history');
    await history.getByRole('button', { name: 'Show earlier versions' }).click();
    expect(await history.locator('li').first().textContent()).toContain('Before updating it from draft format 2');
    // Chosen as a file, the preview says that its format is brought up to date, not its answers (found by a review).
    await page.getByRole('button', { name: 'Replace this draft with a draft file' }).waitFor();
    await page.getByLabel('Replace this draft with a draft file').setInputFiles({ name: 'old.csecmou.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    expect(await page.getByTestId('file-preview').textContent()).toContain('(draft format 2; the file’s format is brought up to date as it opens, its answers kept as they are)');
    await page.getByTestId('file-preview').getByRole('button', { name: 'Cancel' }).click();
    await history.locator('li').first().getByRole('button', { name: /^Restore/ }).click();
    await expect.poll(() => page.getByTestId('load-status').textContent()).toContain('Restored the version of');
    await page.close();
  });
});

describe('a reminder to save a file', () => {
  it('reminds the user after half an hour without a saved file, and the reminder goes once a file is saved', async () => {
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(origin);
    await startProtocol(page, ['Lake']);
    expect(await page.getByTestId('file-reminder').count()).toBe(0);
    await page.clock.fastForward('31:00');
    await expect.poll(() => page.getByTestId('file-reminder').textContent()).toContain('You have worked on this draft for 31 minutes since it was opened without saving a file');
    await saveACopy(page);
    expect(await page.getByTestId('file-reminder').count()).toBe(0);
    // Nothing changed since the file: closing the tab does not ask.
    let asked = false;
    page.once('dialog', (dialog) => { asked = true; void dialog.accept(); });
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => page.isClosed()).toBe(true);
    expect(asked).toBe(false);
  });
});

describe('words not yet added', () => {
  it('asks before a tab closes, and saves no copy, while a comment is written but not added, though nothing else is unsaved', async () => {
    const page = await newTab();
    await startProtocol(page, ['Glenn']);
    await saveACopy(page);
    await openStep(page, '11. Training');
    await page.getByTestId('comments').getByLabel('Comment', { exact: true }).fill('Is training once a year enough?');
    // Nor does a copy saved now hold it: saving says so, and saves nothing.
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.getByRole('button', { name: 'Save a copy of this draft', exact: true }).click();
    await expect.poll(() => page.getByTestId('load-status').textContent()).toBe('No copy was saved: a comment or reply is typed but not added. Add it, or clear it, then save a copy again.');
    expect(downloads).toBe(0);
    expect(await closeLeaving(page)).toBe('beforeunload');
  });

  it('asks before a tab closes while a warning’s acknowledgement is typed but not given', async () => {
    const page = await newTab();
    await startProtocol(page, ['Glenn']);
    await saveACopy(page);
    await page.getByRole('button', { name: /^Acknowledge this warning/ }).first().click();
    await page.getByLabel('Who accepts it (name and role)').fill('Ana Ruiz, Chair');
    expect(await closeLeaving(page)).toBe('beforeunload');
  });

  it('asks before a tab closes while an agency’s approver or the certifying coordinator is typed but not recorded', async () => {
    for (const box of [/^Approved for .* by \(name and title\)$/, /^Your name, as the coordinator certifying the text/]) {
      const page = await newTab();
      await toStart(page);
      await page.getByRole('button', { name: 'Use the sample protocol' }).click();
      await page.locator('#draft-title').waitFor();
      await saveACopy(page);
      await page.getByLabel(box).first().fill('Lee Park, Deputy County Counsel');
      expect(await closeLeaving(page), String(box)).toBe('beforeunload');
    }
  });

  it('keeps an answer the draft cannot take: closing asks first, and a tab handing the draft over shows it as typed', async () => {
    const page = await newTab();
    await startProtocol(page, ['Colusa']);
    await saveACopy(page);
    await openStep(page, '6. Reporting and immediate response');
    const hours = page.getByLabel('Written report follows the telephone report within');
    await hours.fill('2 days');
    // Nothing else is unsaved: only the answer in its box makes the tab ask.
    // Dismissed before the next tab opens: a dialog dismissed later brings its tab to the front,
    // and a tab behind it draws no frames, so a click there would wait for ever.
    const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => { void dialog.dismiss().then(() => resolve(dialog.type())); }));
    await page.close({ runBeforeUnload: true });
    expect(await Promise.race([asked, new Promise((resolve) => setTimeout(() => resolve('not asked'), 5000))])).toBe('beforeunload');

    const second = await newTab();
    await continueDraft(second, 'Colusa County');
    await second.getByRole('button', { name: 'Edit it here instead' }).click();
    await second.locator('#draft-title').waitFor();
    await expect.poll(() => page.getByTestId('editing-elsewhere').count()).toBe(1);
    const kept = page.getByTestId('unsent-words').getByLabel('“Written report follows the telephone report within” typed here');
    expect(await kept.inputValue()).toBe('2 days');
    // Taking it back here would open it without those words: found by a review to drop them unasked.
    await page.bringToFront();
    await page.getByRole('button', { name: 'Edit it here instead' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('unsent-asked');
    expect(await page.getByTestId('unsent-asked').textContent()).toBe('The words typed here, shown above, are not put back when it opens here. Copy them first, then choose “Edit it here instead” again to go on.');
    expect(await page.getByTestId('editing-elsewhere').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    // Chosen again, it goes on.
    await page.getByRole('button', { name: 'Edit it here instead' }).click();
    await page.locator('#draft-title').waitFor();
    await page.close({ runBeforeUnload: false });
    await second.close();
  });
});

describe('the session', () => {
  it('raised no error in any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
