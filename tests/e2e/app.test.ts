// The first page in real Chromium, against a production build served by `vite preview`, so the
// strict Content-Security-Policy in index.html is the one being exercised.
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { restoreDraft, serializeDraft, type Draft } from '../../src/model';
import { axeViolations, CERTIFYING, connectBrowser, openDraftFile, openStep, savedDownload, toStart as startPage } from '../support/e2e';
import { completeDraft } from '../support/drafts';

const pdfText = async (file: string) => (await promisify(execFile)('pdftotext', ['-layout', file, '-'])).stdout;

const root = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE = path.join(root, 'examples/complete-single-county.csecmou.json');
const BLOCKING = path.join(root, 'examples/draft-with-blocking-findings.csecmou.json');

const outDir = inject('appOutDir');
const origin = inject('appOrigin');
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];
const consoleErrors: string[] = [];

async function exampleDraft(file: string): Promise<Draft> {
  const result = restoreDraft(await readFile(file, 'utf8'));
  if (!result.ok) throw new Error(`${file} should be a valid draft: ${JSON.stringify(result.error)}`);
  return result.value.draft;
}

async function openPage(): Promise<Page> {
  const next = await context.newPage();
  next.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  next.on('pageerror', (error) => consoleErrors.push(error.message));
  await next.goto(origin);
  return next;
}

const panel = () => page.getByTestId('findings-panel');
const blockingGroup = () => page.locator('div.group--blocking');
const fileInput = () => page.getByLabel('Open a draft file', { exact: true });

const toStart = (on: Page = page) => startPage(on);

async function openSample(on: Page = page) {
  await toStart(on);
  await on.getByRole('button', { name: 'Use the sample protocol' }).click();
  await on.locator('#draft-title').waitFor();
}

async function openFile(file: Parameters<Page['setInputFiles']>[1]) {
  await toStart();
  await openDraftFile(page, file);
}

beforeAll(async () => {
  browser = await connectBrowser();
  context = await browser.newContext({ acceptDownloads: true });
  context.on('request', (request) => requests.push(request.url()));
  // A Content-Security-Policy violation is reported as an error, which the last test looks for.
  await context.addInitScript(() => document.addEventListener('securitypolicyviolation', (event) =>
    console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)));
  page = await openPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('the first page', () => {
  it('loads the sample protocol and says plainly that it has no blocking findings', async () => {
    const sample = await exampleDraft(SAMPLE);
    await openSample();

    await expect.poll(() => page.locator('#draft-title').textContent()).toBe(sample.title);
    expect(await blockingGroup().textContent()).toMatch(/no blocking findings/i);
    expect(await page.locator('.editor__counties').textContent()).toContain(sample.counties[0]);
    expect(await page.getByTestId('load-status').textContent()).toContain('Opened');
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('says only what is true of itself: where drafts are kept and that nothing leaves the computer', async () => {
    await toStart();
    const footer = (await page.locator('.site-footer').textContent())!.replace(/\s+/g, ' ');
    expect(footer).toContain('drafts you start or open are kept in this browser as you work, and saved as files you download (a browser may clear what it keeps when space runs low, so save files too)');
    const intro = (await page.locator('.intro').textContent())!.replace(/\s+/g, ' ');
    expect(intro).toContain('nothing you type or open is sent over the network');
    // What the committee will need, and that it can stop at any point (UX.md: a start page that sets expectations).
    expect(intro).toContain('its partner agencies, the role each fills and who signs for each');
    expect(intro).toContain('you can stop at any point and come back');
    expect(intro).toContain('Save a draft file too, to keep a copy (a browser may clear what it keeps when space runs low)');
    expect(intro).toContain('part by part, in any order and over as many sittings as the committee needs');
    expect(intro).toContain('Starting takes a minute');
    expect(intro).toContain('it holds the whole protocol, so store it as you would any county document');
    expect(footer).toContain('they are not legal advice');
    expect(await page.getByText('look through, change, check and export').count()).toBe(1);
  });

  it('draws the county list as a list, with "Add county" beside it, and file inputs wide enough to say "No file chosen"', async () => {
    const wide = await openPage();
    await wide.setViewportSize({ width: 1280, height: 900 });
    await toStart(wide);
    const list = wide.locator('section.new-protocol select');
    // USWDS draws a list's up-and-down arrow as its background; a list without it looks like a text box.
    const look = await list.evaluate((select) => {
      const style = getComputedStyle(select);
      return { arrow: style.backgroundImage, room: parseFloat(style.paddingRight) };
    });
    expect(look.arrow).toContain('svg');
    expect(look.room).toBeGreaterThanOrEqual(24);
    const listBox = (await list.boundingBox())!;
    const addBox = (await wide.getByRole('button', { name: 'Add county' }).boundingBox())!;
    expect(Math.abs(listBox.y + listBox.height / 2 - (addBox.y + addBox.height / 2))).toBeLessThan(4);
    expect(addBox.x).toBeGreaterThan(listBox.x + listBox.width);
    // Chromium cuts "No file chosen" to "No fil…hosen" in a file input narrower than about 20rem.
    for (const name of ['Open a draft file', 'Review a draft you received']) {
      expect((await wide.getByLabel(name, { exact: true }).boundingBox())!.width, name).toBeGreaterThanOrEqual(320);
    }
    await wide.close();
  });

  it('opens a draft file with blocking findings and lists them with their citations and counties', async () => {
    const draft = await exampleDraft(BLOCKING);
    await openFile(BLOCKING);

    await expect.poll(() => page.locator('#draft-title').textContent()).toBe(draft.title);
    const blocking = blockingGroup().locator('li.finding');
    expect(await blocking.count()).toBeGreaterThan(0);
    const text = (await blockingGroup().textContent()) ?? '';
    expect(text).toContain('WIC 16524.8(a)(1)');
    for (const county of draft.counties) expect(text).toContain(county);
    expect(text).toContain('Where to fix it');
    // Places in the committee's words, never a dotted path such as agencies.3.tookPart.
    expect(await panel().textContent()).not.toMatch(/agencies\.\d|sections\.\w/);
    expect(await page.getByTestId('findings-summary').textContent()).toMatch(/^[1-9]\d* blocking, \d+ warnings?, \d+ advice/);
  });

  const keptList = () => page.getByTestId('kept-drafts').innerHTML();

  it('refuses a file of invalid JSON with an alert and leaves the kept drafts unchanged', async () => {
    await toStart();
    const before = await keptList();
    await fileInput().setInputFiles({ name: 'broken.csecmou.json', mimeType: 'application/json', buffer: Buffer.from('{ "format": "csec-mou-draft", ') });

    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('not valid JSON');
    expect(await alert.textContent()).toContain('Your current work has not been changed');
    expect(await keptList()).toBe(before);
    expect(await page.locator('#draft-title').count()).toBe(0);
  });

  it("refuses another app's JSON file with an alert and leaves the kept drafts unchanged", async () => {
    const before = await keptList();
    const drawing = JSON.stringify({ type: 'excalidraw', version: 2, elements: [] });
    await fileInput().setInputFiles({ name: 'drawing.json', mimeType: 'application/json', buffer: Buffer.from(drawing) });

    await expect.poll(() => page.getByRole('alert').textContent()).toContain('is not a CSEC Protocol & MOU Wizard draft');
    expect(await keptList()).toBe(before);
  });

  it('saves the open draft as a download named after its counties that opens again unchanged', async () => {
    const draft = await exampleDraft(BLOCKING);
    await openFile(BLOCKING);
    await expect.poll(() => page.locator('#draft-title').textContent()).toBe(draft.title);
    const status = page.getByTestId('saved-status');
    expect(await status.textContent()).toContain('Not saved as a file yet.');
    // The browser's answer to the request for lasting storage is shown either way.
    expect(await status.textContent()).toMatch(/This browser (has agreed to keep its drafts even when space runs low|may clear its drafts when space runs low)/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save a copy of this draft' }).click(),
    ]);
    await expect.poll(() => status.textContent()).toMatch(/Last saved as a file at \d/);
    // Focus goes to the message that says what happened (UX.md), not left on the button.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('load-status');
    expect(await page.getByTestId('load-status').textContent()).toMatch(/^Saved a copy as .*\.csecmou\.json in your downloads\. The file holds the whole protocol: store it as you would any county document\.$/);
    const slug = draft.counties.map((c) => c.toLowerCase().replace(/[^a-z0-9]+/g, '-')).join('-');
    expect(download.suggestedFilename()).toBe(`${slug}-csec-protocol.csecmou.json`);
    const saved = restoreDraft(await readFile(await savedDownload(download), 'utf8'));
    expect(saved.ok && saved.value.draft).toEqual(draft);
    // Continued later, the draft still says when it was last saved as a file (before, it said “not yet in this session”).
    const savedWords = (await status.textContent())!.match(/Last saved as a file at [^.]+\./)![0];
    await startPage(page);
    await page.getByRole('button', { name: `Continue ${draft.title}` }).first().click();
    await page.locator('#draft-title').waitFor();
    await expect.poll(() => status.textContent()).toContain(savedWords);
  });

  it('tells the user which references to missing agencies it removed while opening a file, until the next file opens', async () => {
    const draft = { counties: ['Napa'], agencies: [{ id: 'cws', county: 'Napa', name: 'Napa CWS' }],
      mdtTiers: [{ id: 't', name: 'Ongoing MDT', memberAgencyIds: ['cws', 'old-probation'] }] };
    const text = JSON.stringify({ format: 'csec-mou-draft', version: 2, draft });
    await openFile({ name: 'napa.csecmou.json', mimeType: 'application/json', buffer: Buffer.from(text) });

    const notice = page.getByTestId('load-repairs');
    await expect.poll(() => notice.textContent()).toContain('MDT tier "Ongoing MDT": removed member "old-probation"');
    expect(await page.locator('.editor__counties').textContent()).toContain('Napa County');

    await openFile(BLOCKING);
    await expect.poll(() => notice.count()).toBe(0);
  });

  it('shows a companion protocol missing the sheriff as advice with the reason, and lets it export as final', async () => {
    const draft = await exampleDraft(SAMPLE);
    draft.kind = 'companion';
    draft.companionSetting = 'Juvenile hall';
    draft.agencies = draft.agencies.filter((a) => !a.roles.includes('sheriff'));
    const text = JSON.stringify({ format: 'csec-mou-draft', version: 3, draft });
    await openFile({ name: 'hall.csecmou.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => page.getByTestId('findings-summary').textContent()).toContain('0 blocking');

    const advice = page.locator('div.group--info');
    expect(await advice.textContent()).toContain("No agency of Mendocino County is listed as the county sheriff’s department.");
    expect(await advice.locator('.finding__note').first().textContent()).toContain('this is a companion protocol');
    expect(await page.locator('.editor__meta').textContent()).toContain('Companion protocol: Juvenile hall');

    // A second companion protocol of the county, of the same title: the preview and the list of drafts tell the two apart.
    const homes = { ...draft, companionSetting: 'Group homes' };
    await toStart();
    await page.getByLabel('Open a draft file', { exact: true }).setInputFiles({ name: 'homes.csecmou.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'csec-mou-draft', version: 3, draft: homes })) });
    expect(await page.getByTestId('file-preview').locator('dt:has-text("Protocol") + dd').textContent()).toBe('Companion protocol: Group homes');
    await page.getByTestId('file-preview').getByRole('button', { name: 'Open this draft' }).click();
    await page.locator('#draft-title').waitFor();
    await toStart();
    const listed = page.locator('[data-testid=kept-drafts] li', { hasText: draft.title });
    expect(await listed.locator('.usa-hint').allTextContents()).toEqual(expect.arrayContaining([
      expect.stringContaining('Companion protocol: Juvenile hall'), expect.stringContaining('Companion protocol: Group homes')]));
    expect(await listed.getByRole('button', { name: `Remove ${draft.title} (companion protocol: Group homes) from this browser` }).count()).toBe(1);
    // The removal notice says which of the two went.
    await listed.getByRole('button', { name: `Remove ${draft.title} (companion protocol: Group homes) from this browser` }).click();
    expect(await page.getByTestId('removed-draft').textContent()).toContain(`Removed “${draft.title} (companion protocol: Group homes)” and its earlier versions`);
    await page.getByTestId('removed-draft').getByRole('button', { name: /^Undo/ }).click();
  });

  it('refuses a final export of a draft with blocking findings, listing them, and exports it as a DRAFT', async () => {
    await openFile(BLOCKING);
    await expect.poll(() => page.locator('#draft-title').textContent()).toContain('Lassen-Modoc');

    // Shown as unavailable (aria-disabled, so Playwright will not click it), yet a press still answers with the reasons.
    expect(await page.getByRole('button', { name: 'Final PDF' }).getAttribute('aria-disabled')).toBe('true');
    await page.getByRole('button', { name: 'Final PDF' }).press('Enter');
    const refusal = page.getByTestId('export-refusal');
    await expect.poll(() => refusal.textContent()).toContain('Final export refused');
    expect(await refusal.textContent()).toContain('Modoc County: No agency of Modoc County is recorded as the county human services department');
    expect(await refusal.textContent()).toContain('WIC 16524.8(a)(1)');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Draft PDF' }).click()]);
    expect(download.suggestedFilename()).toBe('lassen-modoc-csec-protocol-draft.pdf');
    const text = await pdfText(await savedDownload(download));
    expect(text).toContain('DRAFT');
    expect(text).toContain('Lassen-Modoc Regional Interagency Protocol');
    await expect.poll(() => page.getByTestId('export-status').textContent()).toContain('Saved the draft PDF as lassen-modoc-csec-protocol-draft.pdf');
    expect(await page.getByTestId('export-refusal').count()).toBe(0);

    // The refusal is an alert while it is the latest news. Once another action's message is said
    // (a copy saved), it stays as content, and the export's last words go: one live region speaks.
    await page.getByRole('button', { name: 'Final PDF' }).press('Enter');
    await expect.poll(() => refusal.getAttribute('role')).toBe('alert');
    expect(await page.getByTestId('export-status').textContent()).toBe('');
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save a copy of this draft', exact: true }).click()]);
    await expect.poll(() => page.getByTestId('load-status').textContent()).toMatch(/^Saved a copy as /);
    expect(await refusal.getAttribute('role')).toBeNull();
    expect(await refusal.textContent()).toContain('Final export refused');
    // The refusal links to the fix: the agencies page, with the list of agencies focused.
    await refusal.getByRole('button', { name: /^Fix this: Modoc County, / }).first().click();
    await expect.poll(() => page.locator('#step-heading').textContent()).toBe('Agencies and signatures');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-agencies');
  });

  it('exports the sample as a final Word file and a final PDF without a DRAFT mark', async () => {
    await openSample();
    await expect.poll(() => page.locator('#draft-title').textContent()).toContain('Mendocino');
    await expect.poll(() => page.getByTestId('load-status').textContent()).toContain('Opened');

    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Final Word (.docx)' }).click()]);
    // What was said on opening is old news beside what the export says (found by a review: both stood).
    expect(await page.getByTestId('load-status').textContent()).toBe('');
    expect(docx.suggestedFilename()).toBe('mendocino-csec-protocol-final.docx');
    expect((await readFile(await savedDownload(docx))).subarray(0, 2).toString()).toBe('PK');

    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Final PDF' }).click()]);
    expect(pdf.suggestedFilename()).toBe('mendocino-csec-protocol-final.pdf');
    const text = await pdfText(await savedDownload(pdf));
    expect(text).toContain('Mendocino County Interagency Protocol');
    expect(text).not.toContain('DRAFT');
  });

  it('refuses a final PDF that cannot show a signer’s name as written, links to the name, and still exports the final Word file', async () => {
    const draft = await exampleDraft(SAMPLE);
    const index = draft.agencies.findIndex((a) => a.roles.includes('probation'));
    draft.agencies[index]!.signer.name = 'Lin Wei 林伟';
    await openFile({ name: 'lin.csecmou.json', mimeType: 'application/json', buffer: Buffer.from(serializeDraft(draft)) });
    await expect.poll(() => page.getByTestId('findings-summary').textContent()).toContain('0 blocking');
    expect(await page.locator('.editor__meta').textContent()).toBe('CSEC Program protocol · Opened from the file lin.csecmou.json');
    // One h1 a page: in an open draft, its title; the app's name above it is not a heading then.
    expect(await page.locator('h1').allTextContents()).toEqual([draft.title]);
    // The findings do not say that nothing stops a final export: once typing pauses, the final
    // PDF is laid out in the export worker, and what it cannot print is named with its code point.
    const findingsUnshown = page.getByTestId('findings-unshown');
    await expect.poll(() => findingsUnshown.count(), CERTIFYING).toBe(1);
    expect(await findingsUnshown.locator('p').textContent()).toBe('No blocking findings. But the final PDFs cannot all be made yet, nor the submission packet that holds them. The PDF cannot print “林” (U+6797) and “伟” (U+4F1F): its typeface has no letter for them, so they would come out as �. Write them in Latin letters (or leave them out) where they are used, or export the final Word file, which keeps them. They are in:');
    expect(await findingsUnshown.locator('li').allTextContents()).toEqual([`${draft.agencies[index]!.name}: signer’s name Change this`]);
    expect(await page.getByTestId('findings-panel').textContent()).not.toContain('Nothing stops a final export');

    let downloads = 0;
    page.on('download', () => { downloads += 1; });
    await page.getByRole('button', { name: 'Final PDF' }).click();
    const refused = page.getByTestId('export-unshown');
    await expect.poll(() => refused.textContent()).toContain('Final PDF refused');
    expect(await refused.textContent()).toContain('Nothing was exported. The PDF cannot print “林” (U+6797) and “伟” (U+4F1F): its typeface has no letter for them, so they would come out as �. Write them in Latin letters (or leave them out) where they are used, or export the final Word file, which keeps them. They are in:');
    expect(await refused.locator('li').allTextContents()).toEqual([`${draft.agencies[index]!.name}: signer’s name Change this`]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export-unshown');
    expect(await page.getByTestId('export-status').textContent()).toBe('');
    expect(await axeViolations(page)).toEqual([]);

    const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Final Word (.docx)' }).click()]);
    expect(docx.suggestedFilename()).toBe('mendocino-csec-protocol-final.docx');
    expect(downloads).toBe(1);

    // Nor is the text certified while the packet's final PDF could not print it.
    await page.locator('#certify-by').fill('Dana Cruz');
    await page.getByTestId('certify').getByRole('button', { name: 'Certify as final' }).click();
    const refusedCertify = page.getByTestId('load-error');
    await expect.poll(() => refusedCertify.locator('.usa-alert__heading').textContent(), CERTIFYING).toBe('The text was not certified');
    // What the button said while it checked goes with the check.
    expect(await page.getByTestId('certify-checking').count()).toBe(0);
    expect(await page.getByTestId('certify').getByRole('button', { name: 'Certify as final' }).getAttribute('aria-disabled')).toBe('false');
    expect(await refusedCertify.textContent()).toContain('The final PDFs cannot print “林” (U+6797) and “伟” (U+4F1F): their typeface has no letter for them');
    // The status of the check it ends goes with it: one message, not two.
    expect(await page.getByTestId('load-status').textContent()).toBe('');
    expect(await page.getByTestId('load-error').textContent()).toContain(`They are in: ${draft.agencies[index]!.name}: signer’s name.`);
    expect(await page.getByTestId('locked-status').count()).toBe(0);

    // "Change this" opens the agency's page at the name; once it is in Latin letters, the refusal says so and the final PDF goes.
    await page.getByRole('button', { name: 'Final PDF' }).click();
    await refused.getByRole('button', { name: `Change this: ${draft.agencies[index]!.name}: signer’s name` }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`f-agencies-${index}-signer-name`);
    await page.locator(`#f-agencies-${index}-signer-name`).fill('Lin Wei');
    await page.getByRole('button', { name: 'Back to the task list' }).click();
    await expect.poll(() => refused.textContent()).toContain('The text that stopped it has been changed since: export the final PDF again.');
    // The findings let go of the name at once, and say nothing stops a final export once the PDF is checked again.
    expect(await findingsUnshown.count()).toBe(0);
    await expect.poll(() => page.getByTestId('findings-panel').textContent(), CERTIFYING).toContain('No blocking findings. Nothing stops a final export of this protocol.');
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Final PDF' }).click()]);
    expect(await pdfText(await savedDownload(pdf))).toContain('Lin Wei');

    // Kept beside the others, it says which file it was opened from.
    await toStart();
    expect(await page.locator('[data-testid=kept-drafts] li .usa-hint', { hasText: 'opened from the file lin.csecmou.json' }).count()).toBe(1);
  });

  it('skips to the content of a draft’s page without leaving it', async () => {
    await openSample();
    await openStep(page, 'Agencies and signatures');
    const address = page.url();
    await page.getByRole('link', { name: 'Skip to content' }).press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(page.url()).toBe(address);
    expect(await page.locator('#step-heading').textContent()).toBe('Agencies and signatures');
  });

  it('puts focus on what an export did every time, even when a second export says the same as the first', async () => {
    await openSample();
    const button = page.getByRole('button', { name: 'Draft PDF', exact: true });
    for (const attempt of [1, 2]) {
      await button.focus();
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(download.suggestedFilename(), `export ${attempt}`).toBe('mendocino-csec-protocol-draft.pdf');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), { message: `export ${attempt}` }).toBe('export-status');
      expect(await page.getByTestId('export-status').textContent()).toBe('Saved the draft PDF as mendocino-csec-protocol-draft.pdf in your downloads.');
    }
  });

  it('exports the compliance report apart from the MOU, which carries the crosswalk as Exhibit A only when the committee ticks it', async () => {
    await openFile(BLOCKING);
    await expect.poll(() => page.locator('#draft-title').textContent()).toContain('Lassen-Modoc');

    const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Draft compliance report, PDF' }).click()]);
    expect(report.suggestedFilename()).toBe('lassen-modoc-csec-protocol-compliance-report-draft.pdf');
    const reportText = (await pdfText(await savedDownload(report))).replace(/\s+/g, ' ');
    for (const words of ['Compliance report', '2. Statutory requirements', '4. Accepted warnings', 'Kristen Adair', 'June 2, 2026', '5. Findings still open']) expect(reportText).toContain(words);
    await expect.poll(() => page.getByTestId('export-status').textContent()).toContain('Saved the draft compliance report (PDF) as lassen-modoc-csec-protocol-compliance-report-draft.pdf in your downloads.');

    const mouText = async () => {
      const [mou] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Draft PDF' }).click()]);
      return (await pdfText(await savedDownload(mou))).replace(/\s+/g, ' ');
    };
    expect(await mouText()).not.toContain('Compliance crosswalk');
    const exhibit = page.getByRole('checkbox', { name: 'Attach the compliance crosswalk to the MOU as Exhibit A' });
    expect(await exhibit.isChecked()).toBe(false);
    // The box is drawn by its label, as USWDS does: a user clicks the label.
    await page.getByText('Attach the compliance crosswalk to the MOU as Exhibit A').click();
    await expect.poll(() => exhibit.isChecked()).toBe(true);
    expect(await mouText()).toContain('Exhibit A. Compliance crosswalk');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('exports the PDF where WebAssembly may not run, laying it out in JavaScript', async () => {
    // A browser of its own whose policy, for the page and the export worker alike, forbids
    // compiling WebAssembly, as Safari's Lockdown Mode or a county's own policy might.
    const own = await browser!.newContext({ serviceWorkers: 'block', acceptDownloads: true });
    const forbid = (policy: string) => policy.replace(/\s*'wasm-unsafe-eval'/g, '');
    await own.route('**/*', async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      delete headers['content-length'];
      if (headers['content-security-policy']) headers['content-security-policy'] = forbid(headers['content-security-policy']);
      const isHtml = (headers['content-type'] ?? '').includes('text/html');
      await route.fulfill({ response, headers, body: isHtml ? forbid(await response.text()) : await response.body() }).catch(() => {
        // The page closed while this was in flight.
      });
    });
    const fresh = await own.newPage();
    try {
      await fresh.goto(origin);
      // The smallest module there is: refused here.
      const compiled = await fresh.evaluate(() => WebAssembly.compile(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0])).then(() => 'compiled', (error: unknown) => String(error)));
      expect(compiled).toMatch(/^CompileError: .*Content Security/);
      await openSample(fresh);
      const [download] = await Promise.all([fresh.waitForEvent('download'), fresh.getByRole('button', { name: 'Draft PDF' }).click()]);
      const text = (await pdfText(await savedDownload(download))).replace(/\s+/g, ' ');
      expect(text).toContain('DRAFT');
      expect(text).toContain('Mendocino County Interagency Protocol for Commercially Sexually Exploited Children');
    } finally {
      await own.close();
    }
  });

  it('says so, and changes nothing, when the fonts the Word file is set in cannot be loaded', async () => {
    // A browser of its own that has never loaded the fonts, with no service worker to serve them.
    const own = await browser!.newContext({ serviceWorkers: 'block' });
    await own.route('**/*.ttf', (route) => route.abort('internetdisconnected'));
    const fresh = await own.newPage();
    try {
      await fresh.goto(origin);
      await openSample(fresh);
      await fresh.getByRole('button', { name: 'Draft Word (.docx)' }).click();
      const failure = fresh.getByTestId('export-failure');
      await expect.poll(() => failure.textContent(), { timeout: 15_000 }).toContain('Could not load the font');
      expect(await failure.textContent()).toContain('the Word file and the PDF are set in: the connection failed.');
      expect(await failure.textContent()).not.toMatch(/TypeError|\.ttf|\/assets\//);
      expect(await failure.textContent()).toContain('Your draft has not been changed.');
      expect(await fresh.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export-failure');
    } finally {
      await own.close();
    }
  });

  it('says once what is opening while the editor’s code loads: one status message, not two', async () => {
    // The editor's code slowed down, so that the wait is long enough to look at.
    const own = await browser!.newContext({ serviceWorkers: 'block' });
    await own.route(/\/assets\/editor-[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    const fresh = await own.newPage();
    try {
      await fresh.goto(origin);
      await fresh.getByRole('button', { name: 'Use the sample protocol' }).click();
      await fresh.getByText('Opening the protocol…').waitFor();
      const said = await fresh.locator('[role="status"], [aria-live]').evaluateAll((regions) =>
        regions.map((r) => r.textContent?.trim() ?? '').filter((text) => text !== ''));
      expect(said).toHaveLength(1);
      expect(said[0]).toMatch(/^Opened the sample/);
      await fresh.locator('#draft-title').waitFor();
    } finally {
      await own.close();
    }
  });

  it('works by keyboard alone: Tab reaches the sample button and Enter opens the sample', async () => {
    const sample = await exampleDraft(SAMPLE);
    // A browser of its own, with no kept drafts before the sample button.
    const own = await browser!.newContext();
    const fresh = await own.newPage();
    await fresh.goto(origin);
    try {
      let focused = '';
      for (let presses = 0; presses < 20 && focused !== 'Use the sample protocol'; presses++) {
        await fresh.keyboard.press('Tab');
        focused = await fresh.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      }
      expect(focused).toBe('Use the sample protocol');
      const outline = await fresh.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
      expect(outline).not.toBe('none');

      await fresh.keyboard.press('Enter');
      await expect.poll(() => fresh.locator('#draft-title').textContent()).toBe(sample.title);
      expect(await fresh.locator('div.group--blocking').textContent()).toMatch(/no blocking findings/i);
    } finally {
      await own.close();
    }
  });

  it('keeps the templates, the document writers and the PDF fonts out of the first page’s scripts', async () => {
    const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
    // The first page loads its entry and every chunk the page preloads with it.
    const firstPage = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
    expect(firstPage.length).toBeGreaterThan(0);
    const all = (await readdir(path.join(outDir, 'assets'))).filter((file) => file.endsWith('.js')).map((file) => `assets/${file}`);
    const read = async (files: string[]) => Promise.all(files.map((file) => readFile(path.join(outDir, file), 'utf8')));
    const first = (await read(firstPage)).join('\n');
    const later = (await read(all.filter((file) => !firstPage.includes(file)))).join('\n');
    // Each mark is checked to be in a chunk loaded later, so that the check cannot go stale.
    const marks: [string, string | RegExp][] = [
      ['the PDF writer', 'StructTreeRoot'],
      ['the Word writer', 'wordprocessingml'],
      ['the fonts’ URLs', /NotoSerif_\w+-[\w-]+\.ttf/],
      ['the MOU’s templates', 'Exhibit A. Compliance crosswalk'],
    ];
    for (const [what, mark] of marks) {
      const found = (text: string) => (typeof mark === 'string' ? text.includes(mark) : mark.test(text));
      expect(found(later), `${what} in a later chunk`).toBe(true);
      expect(found(first), `${what} in the first page’s scripts`).toBe(false);
    }
    // The browser never compiles a template: the Handlebars compiler is not in any script.
    expect(`${first}${later}`).not.toContain('JavaScriptCompiler');
  });

  it('styles every design-system class its pages name, so that words meant for screen readers are never shown', async () => {
    // uswds.scss compiles only the parts of the design system the app uses: a class from a part
    // left out is silently unstyled (usa-sr-only was, and "Record the approval of …" showed whole).
    const sources = (await readdir(path.join(root, 'src'), { recursive: true })).filter((file) => file.endsWith('.tsx'));
    const used = new Set<string>();
    for (const file of sources) {
      for (const [name] of (await readFile(path.join(root, 'src', file), 'utf8')).matchAll(/\busa-[a-z0-9_-]*[a-z0-9]/g)) used.add(name);
    }
    expect(used).toContain('usa-sr-only');
    const css = (await Promise.all((await readdir(path.join(outDir, 'assets'))).filter((file) => file.endsWith('.css'))
      .map((file) => readFile(path.join(outDir, 'assets', file), 'utf8')))).join('\n');
    const unstyled = [...used].filter((name) => !new RegExp(`\\.${name}(?![\\w-])`).test(css));
    expect(unstyled).toEqual([]);

    // In the page: the agencies' approval buttons say whose approval only to a screen reader.
    await openSample();
    const hidden = page.locator('.usa-sr-only');
    expect(await hidden.count()).toBeGreaterThan(10);
    const shown = await hidden.evaluateAll((spans) => spans.filter((span) => {
      const box = span.getBoundingClientRect();
      return box.right > 0 && box.width > 1 && box.height > 1;
    }).map((span) => span.textContent));
    expect(shown).toEqual([]);
    expect(await page.getByTestId('approvals').getByRole('button', { name: /^Record the approval of / }).count()).toBeGreaterThan(0);
  });

  it('keeps an opened draft in this browser: a reload opens it again, it is listed and continues, and a removal can be undone', async () => {
    const sample = await exampleDraft(SAMPLE);
    await openSample();
    await expect.poll(() => page.getByTestId('load-status').textContent()).toContain('It is kept in this browser.');
    // What was said on opening is old news on the next page of the draft.
    await page.getByTestId('task-list').getByRole('button', { name: '11. Training', exact: true }).click();
    await expect.poll(() => page.getByTestId('load-status').textContent()).toBe('');
    await page.getByRole('button', { name: 'Back to the task list' }).click();

    await page.reload();
    await expect.poll(() => page.locator('#draft-title').textContent()).toBe(sample.title);
    await toStart();
    const items = () => page.locator('[data-testid=kept-drafts] li');
    await expect.poll(() => items().count()).toBeGreaterThan(0);
    const before = await items().count();
    expect(await page.locator('#draft-title').count()).toBe(0);
    await page.getByRole('button', { name: `Continue ${sample.title}` }).first().click();
    await expect.poll(() => page.locator('#draft-title').textContent()).toBe(sample.title);
    expect(await page.getByTestId('findings-summary').textContent()).toContain('0 blocking');

    await toStart();
    // Copies of one protocol kept here are told apart by when each was kept, so that no two buttons read alike.
    const labels = await page.locator('[data-testid=kept-drafts] button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
    expect(labels.filter((label, i) => labels.indexOf(label) !== i)).toEqual([]);
    if (before > 1) expect(labels.some((label) => /^Remove .*, kept .* from this browser$/.test(label ?? ''))).toBe(true);
    // The sample says so, apart from a county's own protocol of the same title.
    const sampleItem = items().filter({ has: page.locator('.usa-tag', { hasText: 'Sample' }) }).first();
    expect(await sampleItem.locator('.usa-hint').textContent()).toMatch(/^Mendocino County · the sample protocol, to try the app · kept /);
    await page.getByRole('button', { name: new RegExp(`^Remove ${sample.title}, the sample(, kept .*)?( \\(\\d+ of \\d+\\))? from this browser$`) }).first().click();
    await expect.poll(() => items().count()).toBe(before - 1);
    // The button pressed has gone: focus goes to the notice that says what was removed, with its Undo.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('removed-draft');
    // Named as the list names it: the sample as such, and when it was kept if another copy reads alike.
    expect(await page.getByTestId('removed-draft').textContent()).toMatch(new RegExp(`^Removed “${sample.title}” \\(the sample(, kept [^)]*)?\\) and its earlier versions from this browser\\.`));
    // Back, to the address of the draft just removed: it cannot be opened, and says so.
    await page.goBack();
    await expect.poll(() => page.getByTestId('load-error').count()).toBe(1);
    await page.getByTestId('removed-draft').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => items().count()).toBe(before);
    // Put back, it can: the message that it could not goes.
    expect(await page.getByTestId('load-error').count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('load-status');
    expect(await page.getByTestId('load-status').textContent()).toContain(`Put “${sample.title}” (the sample`);
  });

  it('keeps a new protocol’s answers through a look at the sample, and lets the page’s last message go once the form says something of its own', async () => {
    await openSample();
    // The heading that takes focus as a draft opens or closes is described by the message that
    // says what happened, which a screen reader would otherwise drop as focus moves.
    const described = () => page.evaluate(() => {
      const ids = document.activeElement?.getAttribute('aria-describedby')?.split(' ') ?? [];
      return ids.map((id) => document.getElementById(id)?.textContent).join(' ');
    });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('draft-title');
    expect(await described()).toMatch(/^Opened the sample protocol/);
    await page.getByRole('button', { name: 'All protocols' }).click();
    const loadStatus = page.getByTestId('load-status');
    await expect.poll(() => loadStatus.textContent()).toMatch(/kept in this browser/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('kept-heading');
    expect(await described()).toMatch(/kept in this browser/);
    const form = page.locator('section.new-protocol');
    const step = () => page.getByTestId('new-step').textContent();
    // The form's error summary is the news now: the message about leaving the sample goes.
    await form.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => page.getByTestId('error-summary').textContent()).toContain('Choose at least one county.');
    expect(await loadStatus.textContent()).toBe('');
    for (const county of ['Glenn', 'Tehama']) {
      await page.locator('#new-county').selectOption(county);
      await form.getByRole('button', { name: 'Add county' }).click();
    }
    await form.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(step).toBe('Step 2 of 3');
    await page.locator('label[for="new-kind-companion"]').click();
    await form.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(step).toBe('Step 3 of 3');
    // A look at the sample, and back: the answers and the step are as they were, and focus is on the list of drafts the message names.
    await page.getByRole('button', { name: 'Use the sample protocol' }).click();
    await page.locator('#draft-title').waitFor();
    await page.getByRole('button', { name: 'All protocols' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('kept-heading');
    expect(await step()).toBe('Step 3 of 3');
    await form.getByRole('button', { name: 'Previous step' }).click();
    await expect.poll(step).toBe('Step 2 of 3');
    expect(await page.getByLabel('A companion protocol for one setting, such as juvenile hall').isChecked()).toBe(true);
    await form.getByRole('button', { name: 'Continue' }).click();
    await form.getByRole('button', { name: 'Start the protocol' }).click();
    await expect.poll(() => loadStatus.textContent()).toContain('Opened your new protocol (Glenn and Tehama counties)');
    // Started, the form is ready for another protocol.
    await page.getByRole('button', { name: 'All protocols' }).click();
    await expect.poll(step).toBe('Step 1 of 3');
    expect(await page.getByTestId('chosen-counties').count()).toBe(0);
  });

  it('starts a new regional protocol in three steps: a missing county is named in a focused error summary, then the draft opens and is kept', async () => {
    await toStart();
    const form = page.locator('section.new-protocol');
    const step = () => page.getByTestId('new-step').textContent();
    expect(await step()).toBe('Step 1 of 3');
    expect(await page.locator('#new-question').textContent()).toBe('Which county or counties will the protocol cover?');
    // The question is the fieldset's legend: it names the group of controls.
    expect(await form.getByRole('group', { name: 'Which county or counties will the protocol cover?' }).count()).toBe(1);
    // "Add county" with none chosen says so at the list, instead of doing nothing.
    await form.getByRole('button', { name: 'Add county' }).click();
    expect(await page.locator('#new-county-choose').textContent()).toBe('Choose a county in the list, then add it.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('new-county');
    expect(await page.locator('#new-county').getAttribute('aria-describedby')).toContain('new-county-choose');
    await form.getByRole('button', { name: 'Continue' }).click();
    const summary = page.getByTestId('error-summary');
    expect(await step()).toBe('Step 1 of 3');
    await expect.poll(() => summary.textContent()).toContain('Choose at least one county.');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('error-summary');
    expect(await page.locator('#new-county').getAttribute('aria-invalid')).toBe('true');
    await summary.getByRole('link', { name: 'Choose at least one county.' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('new-county');
    // The question the field answers is in sight above it, not scrolled off the top.
    const top = (selector: string) => page.evaluate((s) => document.querySelector(s)!.getBoundingClientRect().top, selector);
    const legend = await top('.new-protocol legend');
    expect(legend).toBeGreaterThanOrEqual(0);
    expect(legend).toBeLessThan(await top('#new-county'));

    for (const county of ['Lassen', 'Plumas']) {
      await page.locator('#new-county').selectOption(county);
      await form.getByRole('button', { name: 'Add county' }).click();
    }
    await expect.poll(() => page.getByTestId('chosen-counties').textContent()).toContain('Plumas County');
    // Focus stays on "Add county" for the next; what it did is said in a status message.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Add county');
    expect(await page.getByTestId('chosen-counties-added').textContent()).toBe('Plumas County added: 2 counties chosen.');
    // A county removed: focus goes to the notice that offers to put it back, then to the list of counties.
    await form.getByRole('button', { name: 'Remove Lassen County' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('new-county-removed');
    expect(await page.getByTestId('chosen-counties-added').textContent()).toBe('');
    expect(await page.getByTestId('chosen-counties').textContent()).not.toContain('Lassen');
    await form.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('new-county');
    expect(await page.getByTestId('chosen-counties').textContent()).toMatch(/Lassen County.*Plumas County/);
    await form.getByRole('button', { name: 'Remove Plumas County' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('new-county-removed');
    // A county chosen in the list but not added with its button is taken, not refused as missing.
    await page.locator('#new-county').selectOption('Modoc');
    await form.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(step).toBe('Step 2 of 3');
    expect(await page.getByTestId('error-summary').count()).toBe(0);
    // Each step is a new page: its question takes focus.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('new-question');
    expect(await form.getByRole('group', { name: 'What kind of protocol is it?' }).count()).toBe(1);
    expect(await page.evaluate(() => location.hash)).toBe('#/new/2');
    // Back a step, by its button or the browser's, the counties are still chosen; Forward returns.
    // The button goes back as the browser's Back does, so the step left is ahead, not behind.
    await form.getByRole('button', { name: 'Previous step' }).click();
    await expect.poll(step).toBe('Step 1 of 3');
    expect(await page.getByTestId('chosen-counties').textContent()).toMatch(/Lassen County.*Modoc County/);
    await page.goForward();
    await expect.poll(step).toBe('Step 2 of 3');
    await page.goBack();
    await expect.poll(step).toBe('Step 1 of 3');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('new-question');
    expect(await page.getByTestId('chosen-counties').textContent()).toMatch(/Lassen County.*Modoc County/);
    await page.goForward();
    await expect.poll(step).toBe('Step 2 of 3');
    await form.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(step).toBe('Step 3 of 3');
    expect(await form.getByLabel('When was the protocol first developed? (optional)').count()).toBe(1);
    // The hint's date is read from the statute data (AB 1227's partners, from 2018-01-01).
    expect(await page.locator('#new-first-developed-hint').textContent()).toContain('A date before January 1, 2018, changes which partners are required.');
    expect(await axeViolations(page)).toEqual([]);
    // The window's title names the step; the first step is the start page's own.
    expect(await page.title()).toBe('Start a new protocol: step 3 of 3 – CSEC Protocol & MOU Wizard');
    expect(await page.locator('h1').allTextContents()).toEqual(['CSEC Protocol & MOU Wizard']);
    // A date still to come, or part of one, is refused with its message at the field as well as in the summary.
    const firstDeveloped = page.locator('#new-first-developed');
    await firstDeveloped.fill('2099-01-01');
    await form.getByRole('button', { name: 'Start the protocol' }).click();
    await expect.poll(() => page.locator('#new-first-developed-error').textContent()).toBe('Enter the date the protocol was first developed: today or earlier.');
    // A step before has none of this step's errors: its summary is gone, not left linking to a field it lacks.
    await form.getByRole('button', { name: 'Previous step' }).click();
    await expect.poll(step).toBe('Step 2 of 3');
    expect(await page.getByTestId('error-summary').count()).toBe(0);
    await form.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(step).toBe('Step 3 of 3');
    await firstDeveloped.fill('2099-01-01');
    await form.getByRole('button', { name: 'Start the protocol' }).click();
    await expect.poll(() => page.locator('#new-first-developed-error').textContent()).toBe('Enter the date the protocol was first developed: today or earlier.');
    expect(await firstDeveloped.getAttribute('aria-invalid')).toBe('true');
    expect(await firstDeveloped.getAttribute('aria-describedby')).toBe('new-first-developed-hint new-first-developed-error');
    expect(await axeViolations(page)).toEqual([]);
    await firstDeveloped.fill('');
    await firstDeveloped.focus();
    await page.keyboard.type('03');
    await form.getByRole('button', { name: 'Start the protocol' }).click();
    await expect.poll(() => page.locator('#new-first-developed-error').textContent()).toBe('Enter the whole of the date the protocol was first developed: its month, day and year.');
    await firstDeveloped.fill('');
    await form.getByRole('button', { name: 'Start the protocol' }).click();

    await expect.poll(() => page.getByTestId('load-status').textContent()).toContain('Opened your new protocol (Lassen and Modoc counties)');
    expect(await page.getByTestId('load-status').textContent()).toContain('It is kept in this browser.');
    expect(await page.getByTestId('error-summary').count()).toBe(0);
    // Focus moves to the protocol just started.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('draft-title');
    expect(await page.locator('#draft-title').textContent()).toBe('Lassen-Modoc Regional Interagency Protocol for Commercially Sexually Exploited Children');
    const blocking = await blockingGroup().textContent();
    expect(blocking).toContain('No agency of Lassen County is recorded as the county human services department');
    expect(blocking).toContain('No agency of Modoc County is recorded as the county human services department');
    // The basics step asks the same date with the same words, read from the statute data.
    await openStep(page, 'Protocol basics');
    expect(await page.locator('.field', { hasText: 'First developed on (optional)' }).textContent()).toContain('A date before January 1, 2018, changes which partners are required.');
    // The title the app made from the counties follows them; one the committee wrote would stay.
    await page.getByRole('button', { name: 'Remove Modoc County' }).click();
    expect(await page.getByLabel('Title of the protocol').inputValue()).toBe('Lassen County Interagency Protocol for Commercially Sexually Exploited Children');
    await expect.poll(() => page.locator('#draft-title').textContent()).toBe('Lassen County Interagency Protocol for Commercially Sexually Exploited Children');
    // ...and the kind of protocol.
    await page.locator('label', { hasText: 'A companion protocol for one setting' }).click();
    await expect.poll(() => page.locator('#draft-title').textContent()).toBe('Lassen County Companion Protocol for Commercially Sexually Exploited Children');
    await page.locator('label', { hasText: 'The county or regional interagency protocol' }).click();
    await expect.poll(() => page.locator('#draft-title').textContent()).toBe('Lassen County Interagency Protocol for Commercially Sexually Exploited Children');
    await page.getByLabel('Title of the protocol').fill('Our own title');
    await page.locator('#f-counties').selectOption('Modoc');
    await page.getByRole('button', { name: 'Add county' }).click();
    await expect.poll(() => page.locator('#draft-title').textContent()).toBe('Our own title');
    // The list of kept drafts shows the draft as last saved, its new title included.
    await page.getByRole('button', { name: 'All protocols' }).click();
    await expect.poll(() => page.getByTestId('kept-drafts').textContent()).toContain('Our own title');
  });

  it('serves its policy as a header too, with frame-ancestors, writes it for static hosts, and ships no source maps', async () => {
    const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    // Scripts from the app alone; WebAssembly may be compiled (the PDF writer's), JavaScript never evaluated.
    expect(meta).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(meta?.replace("'wasm-unsafe-eval'", '')).not.toMatch(/unsafe-eval|unsafe-inline/);
    const response = await fetch(origin);
    expect(response.headers.get('content-security-policy')).toBe(`${meta}; frame-ancestors 'none'`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await readFile(path.join(outDir, '_headers'), 'utf8')).toContain(`Content-Security-Policy: ${meta}; frame-ancestors 'none'`);
    const assets = await readdir(path.join(outDir, 'assets'));
    expect(assets.filter((name) => name.endsWith('.map'))).toEqual([]);
  });

  it('adds a county’s approval blocks to the signature pages when the committee chooses them', async () => {
    await openSample();
    await openStep(page, 'Agencies and signatures');
    const counsel = page.getByRole('group', { name: 'Mendocino County' }).getByText('“Approved as to form” by County Counsel');
    await counsel.click();
    expect(await page.getByLabel('“Approved as to form” by County Counsel').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Back to the task list' }).click();
    await page.getByRole('button', { name: 'Check your answers and preview the MOU' }).click();
    const answer = page.locator('dt', { hasText: 'Approval blocks, Mendocino County' }).locator('xpath=following-sibling::dd[1]');
    expect(await answer.textContent()).toBe('County Counsel, approved as to form');
    const preview = page.getByTestId('preview');
    await expect.poll(() => preview.textContent()).toContain('Approved as to form: Mendocino County Counsel');
    expect(await preview.textContent()).not.toContain('Board of Supervisors');
  });

  it('keeps a right-to-left title, even with a pasted override, from turning the list’s and the removal notice’s own words around', async () => {
    const title = 'بروتوكول مقاطعة نابا \u202eNapa reversed';
    await openFile({ name: 'rtl.csecmou.json', mimeType: 'application/json', buffer: Buffer.from(serializeDraft({ ...completeDraft(['Napa']), title })) });
    await toStart();
    const item = page.locator('[data-testid=kept-drafts] li').filter({ hasText: 'Napa reversed' }).first();
    expect(await item.locator('.kept__title bdi').textContent()).toBe(title);
    await item.getByRole('button', { name: /^Remove / }).click();
    const notice = page.getByTestId('removed-draft');
    expect(await notice.locator('bdi').textContent()).toBe(title);
    // The words after the title read on, left to right, after it: the override ends with the title.
    const after = await notice.evaluate((element) => {
      const text = [...element.querySelectorAll('p')[0]!.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.includes('and its earlier versions'))!;
      const range = document.createRange();
      const start = text.textContent!.indexOf('and its earlier versions');
      range.setStart(text, start);
      range.setEnd(text, start + 'and its earlier versions'.length);
      const words = range.getBoundingClientRect();
      const bdi = element.querySelector('bdi')!.getBoundingClientRect();
      return { wordsLeft: words.left, bdiRight: bdi.right, sameLine: Math.abs(words.top - bdi.top) < 4 };
    });
    if (after.sameLine) expect(after.wordsLeft).toBeGreaterThanOrEqual(after.bdiRight - 1);
    await notice.getByRole('button', { name: /^Undo/ }).click();
  });

  it('puts back two drafts removed one after the other, newest first, each with its own Undo', async () => {
    for (const title of ['Inyo removal test one', 'Inyo removal test two']) {
      await openFile({ name: `${title}.csecmou.json`, mimeType: 'application/json', buffer: Buffer.from(serializeDraft({ ...completeDraft(['Inyo']), title })) });
    }
    await toStart();
    const item = (title: string) => page.locator('[data-testid=kept-drafts] li').filter({ hasText: title });
    const notice = page.getByTestId('removed-draft');
    for (const title of ['Inyo removal test one', 'Inyo removal test two']) {
      await item(title).getByRole('button', { name: /^Remove / }).click();
      await expect.poll(() => item(title).count()).toBe(0);
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('removed-draft');
    }
    expect(await notice.textContent()).toContain('Removed “Inyo removal test two”');
    await notice.getByRole('button', { name: 'Undo: keep “Inyo removal test two” in this browser again' }).click();
    await expect.poll(() => item('Inyo removal test two').count()).toBe(1);
    // Focus goes to what became of it; the notice now offers the draft removed before it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('load-status');
    // Those words point to the notice, which is out of sight below the list.
    expect(await page.getByTestId('load-status').textContent()).toContain('“Inyo removal test one”, removed before it, can still be put back with Undo below the list of drafts.');
    expect(await notice.textContent()).toContain('Removed “Inyo removal test one”');
    await notice.getByRole('button', { name: 'Undo: keep “Inyo removal test one” in this browser again' }).click();
    await expect.poll(() => item('Inyo removal test one').count()).toBe(1);
    expect(await notice.count()).toBe(0);
  });

  it('names a draft whose title was left blank “Untitled protocol”, on its page, in the list and on its buttons', async () => {
    await openFile({ name: 'blank.csecmou.json', mimeType: 'application/json', buffer: Buffer.from(serializeDraft({ ...completeDraft(['Sierra']), title: ' \u200b' })) });
    expect(await page.locator('#draft-title').textContent()).toBe('Untitled protocol');
    await toStart();
    const item = page.locator('[data-testid=kept-drafts] li').filter({ hasText: 'Untitled protocol' });
    expect(await item.getByRole('button', { name: /^Remove Untitled protocol/ }).count()).toBe(1);
    // A file that could not be opened, then a removal: the error about the file goes with the next action.
    await page.getByLabel('Open a draft file', { exact: true }).setInputFiles({ name: 'mou.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n') });
    await page.getByTestId('load-error').waitFor();
    await item.getByRole('button', { name: /^Remove Untitled protocol/ }).click();
    await expect.poll(() => page.getByTestId('load-error').count()).toBe(0);
    expect(await page.getByTestId('removed-draft').textContent()).toContain('Removed “Untitled protocol” and its earlier versions');
    await page.getByTestId('removed-draft').getByRole('button', { name: /^Undo/ }).click();
  });

  it('fits a 320-pixel-wide screen (WCAG 1.4.10, as 1280 pixels at 400% zoom): nothing on the task list, a step or the review page is cut off, overlaps or scrolls sideways', async () => {
    const narrow = await openPage();
    await narrow.setViewportSize({ width: 320, height: 900 });
    await openSample(narrow);
    const sideways = () => narrow.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await sideways()).toBe(0);
    // A part's status goes under its name, not over it (found by a review: "Needs attention" covered "Agencies an[d]").
    const overlaps = () => narrow.getByTestId('task-list').evaluate((list) => [...list.querySelectorAll('li')].flatMap((item) => {
      const name = item.querySelector('button')!.getBoundingClientRect();
      return [...item.querySelectorAll('.usa-tag')].filter((tag) => {
        const box = tag.getBoundingClientRect();
        return box.left < name.right && box.right > name.left && box.top < name.bottom && box.bottom > name.top;
      }).map((tag) => `${item.querySelector('button')!.textContent}: ${tag.textContent}`);
    }));
    expect(await overlaps()).toEqual([]);
    await narrow.getByRole('button', { name: 'All protocols' }).click();
    await openDraftFile(narrow, BLOCKING);
    expect(await narrow.getByTestId('task-list').textContent()).toContain('Needs attention');
    expect(await overlaps()).toEqual([]);
    expect(await sideways()).toBe(0);
    await openStep(narrow, 'Agencies and signatures');
    expect(await sideways()).toBe(0);
    // The review page, with the MOU's and the compliance report's previews and their tables.
    await narrow.getByRole('button', { name: 'Back to the task list' }).first().click();
    await narrow.getByRole('button', { name: 'Check your answers and preview the MOU' }).click();
    await expect.poll(() => narrow.getByTestId('report-preview').textContent()).toContain('Statutory requirements');
    expect(await sideways()).toBe(0);
    // A table too wide for the screen scrolls in its own region, named and reachable by keyboard, rather than break its words apart.
    const regions = await narrow.locator('.mou__table-scroll').evaluateAll((all) => all.map((region) => ({
      named: region.getAttribute('aria-labelledby') ? document.getElementById(region.getAttribute('aria-labelledby')!)?.textContent ?? '' : region.getAttribute('aria-label') ?? '',
      focusable: (region as HTMLElement).tabIndex === 0,
      scrolls: region.scrollWidth > region.clientWidth,
    })));
    expect(regions.length).toBeGreaterThan(0);
    expect(regions.filter((r) => !r.named || !r.focusable)).toEqual([]);
    expect(regions.some((r) => r.scrolls)).toBe(true);
    expect(await axeViolations(narrow)).toEqual([]);
    // A draft file named as counties name theirs, and a title with one long word: they wrap.
    await narrow.getByRole('button', { name: 'All protocols' }).click();
    const longName = 'Napa_County_CSEC_Interagency_Protocol_DRAFT_v12_FINAL_reviewed_by_counsel_2026-12-01_with_probation_edits.csecmou.json';
    await openDraftFile(narrow, { name: longName, mimeType: 'application/json', buffer: Buffer.from(serializeDraft({ ...completeDraft(['Napa']), title: `Napa${'Interagency'.repeat(12)}Protocol` })) });
    expect(await sideways()).toBe(0);
    await narrow.close();
  });

  it('keeps the whole focus ring on a focused outline button that the pointer is over', async () => {
    const tab = await openPage();
    await openSample(tab);
    const button = tab.locator('.usa-button--outline').first();
    await tab.keyboard.press('Tab');
    await button.focus();
    await button.hover();
    // Found by a review: USWDS's hover style took the dark ring away, which left a yellow ring of 1.6:1 on white.
    expect(await button.evaluate((b) => [b.matches(':focus-visible'), getComputedStyle(b).boxShadow])).toEqual([true, 'rgb(27, 31, 36) 0px 0px 0px 5px']);
    await tab.close();
  });

  it('makes no network request other than to its own origin and breaks no Content-Security-Policy rule', () => {
    expect(requests.length).toBeGreaterThan(0);
    // blob: and data: URLs never leave the browser (the saved draft is a blob: URL).
    const offsite = requests.filter((url) => !/^(blob|data):/.test(url) && new URL(url).origin !== origin);
    expect(offsite).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
