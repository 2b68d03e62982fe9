// Reviewing a draft against another: what changed since an earlier version or since a file a
// colleague sent. Real Chromium, the production build.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { run } from '../../src/cli/main';
import { contentHash, restoreDraft, serializeDraft } from '../../src/model';
import { completeDraft, withChange } from '../support/drafts';
import { axeViolations, CERTIFYING, connectBrowser, openDraftFile, openStep, openTab, savedDownload, startProtocol } from '../support/e2e';
import { pdfText } from '../support/interop';
import { unzip } from '../support/zip';

const origin = inject('appOrigin');
let browser: Browser;
let context: BrowserContext;
const pageErrors: string[] = [];

const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

const sent = withChange(completeDraft(['Napa']), (d) => {
  d.title = 'Napa County Interagency Protocol for Commercially Sexually Exploited Children';
  d.sections.training.frequency = 'At hire and every year after';
});
const sentText = serializeDraft(sent);

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'csec-review-'));
  browser = await connectBrowser();
  context = await browser.newContext({ acceptDownloads: true });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('what changed', () => {
  it('shows what changed since the version a draft was opened as, and since a file, word by word; back returns to the draft', async () => {
    const page = await openTab(context, origin, pageErrors);
    await openDraftFile(page, file('napa.csecmou.json', sentText));
    const history = page.getByTestId('history');
    const comparison = page.getByTestId('comparison');

    // Nothing changed yet: the version kept on opening reads the same.
    await history.getByRole('button', { name: 'Show earlier versions' }).click();
    // Focus goes to the versions that took the button's place.
    await expect.poll(() => focusedId(page)).toBe('history-versions');
    await history.getByRole('button', { name: /^What changed since then.*the version of/ }).first().click();
    await expect.poll(() => comparison.getByTestId('no-differences').count()).toBe(1);
    expect(await focusedId(page)).toBe('comparison-heading');
    await comparison.getByRole('button', { name: 'Back to the draft' }).first().click();

    // One answer changed.
    await openStep(page, '11. Training');
    await page.getByLabel('How often training is given').fill('At hire and every six months after');
    await expect.poll(() => page.getByTestId('saved-status').textContent()).toMatch(/^Saved in this browser at/);
    await page.getByRole('button', { name: 'Back to the task list' }).click();
    await history.getByRole('button', { name: /^What changed since then.*the version of/ }).first().click();
    await comparison.waitFor();
    // Named to the second, as the list tells apart the versions of one minute.
    expect(await comparison.locator('h2').textContent()).toMatch(/^What changed since the version of \w+ \d+, \d{4}, \d+:\d{2}:\d{2} [AP]M$/);
    expect(await comparison.locator('h3').allTextContents()).toEqual(['11. Training']);
    // A part is a heading, not a landmark of its own.
    expect(await comparison.getByRole('region').count()).toBe(0);
    expect(await comparison.getByTestId('comparison-count').textContent()).toBe('1 change in 1 part; 0 findings appeared, 0 resolved.');
    const change = comparison.locator('li');
    expect(await change.count()).toBe(1);
    expect(await change.locator('.usa-tag').textContent()).toBe('Changed');
    expect(await change.locator('.change__what').textContent()).toBe('How often training is given');
    // The removed words struck through and the added ones underlined, each said in words to a screen reader.
    expect(await change.locator('del').textContent()).toBe('[removed: year]');
    expect(await change.locator('ins').textContent()).toBe('[added: six months]');
    expect(await change.locator('del').evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
    expect(await axeViolations(page)).toEqual([]);
    await comparison.getByRole('button', { name: 'Back to the draft' }).last().click();
    await expect.poll(() => focusedId(page)).toBe('history-heading');

    // The same against the file a colleague sent, which stays a file: nothing is opened or replaced.
    await history.getByLabel('Compare this draft with a draft file').setInputFiles(file('from-a-colleague.csecmou.json', sentText));
    await comparison.waitFor();
    expect(await comparison.locator('h2').textContent()).toBe('What changed since the file from-a-colleague.csecmou.json');
    expect(await comparison.locator('ins').textContent()).toBe('[added: six months]');
    // A file may be the later version, a colleague's newer draft: the changes then run the other way, focus staying on the box.
    const later = comparison.locator('label[for="comparison-file-newer"]');
    expect(await later.textContent()).toBe('The file is the later version, such as a colleague’s newer draft');
    await later.click();
    await expect.poll(() => comparison.locator('h2').textContent()).toBe('What changed in the file from-a-colleague.csecmou.json');
    expect(await comparison.locator('p').first().textContent()).toContain('From the draft as it is now (older) to the file from-a-colleague.csecmou.json (newer).');
    expect(await comparison.locator('ins').textContent()).toBe('[added: year]');
    expect(await comparison.locator('del').textContent()).toBe('[removed: six months]');
    expect(await focusedId(page)).toBe('comparison-file-newer');
    expect(await axeViolations(page)).toEqual([]);
    await later.click();
    await expect.poll(() => comparison.locator('ins').textContent()).toBe('[added: six months]');
    await comparison.getByRole('button', { name: 'Back to the draft' }).first().click();
    await openStep(page, '11. Training');
    expect(await page.getByLabel('How often training is given').inputValue()).toBe('At hire and every six months after');
    await page.close();
  });

  it('follows agencies by their identity: a reordered and renamed agency, one removed, and the findings that appeared', async () => {
    const page = await openTab(context, origin, pageErrors);
    const edited = withChange(sent, (d) => {
      d.agencies.reverse();
      d.agencies.find((a) => a.roles.includes('sheriff'))!.name = 'Napa County Sheriff-Coroner';
      d.agencies = d.agencies.filter((a) => !a.roles.includes('probation'));
      d.mdtTiers[0]!.memberAgencyIds = d.mdtTiers[0]!.memberAgencyIds.filter((id) => d.agencies.some((a) => a.id === id));
    });
    await openDraftFile(page, file('edited.csecmou.json', serializeDraft(edited)));
    await page.getByTestId('history').getByLabel('Compare this draft with a draft file').setInputFiles(file('napa.csecmou.json', sentText));
    const comparison = page.getByTestId('comparison');
    await comparison.waitFor();
    const agencies = comparison.locator('.comparison__part', { has: page.getByRole('heading', { name: 'Agencies and signatures' }) });
    const rows = await agencies.locator('li').allTextContents();
    expect(rows).toContain('Removed Agency: Napa County Probation Department');
    expect(rows).toContain("Changed Napa County Sheriff-Coroner: Name: Napa County [removed: Sheriff's Office][added: Sheriff-Coroner]");
    // Turned over, the list's new order is said once rather than agency by agency.
    expect(rows.filter((row) => row.startsWith('Moved'))).toEqual([expect.stringMatching(/^Moved Agency: The order changed: Napa County Survivor Advocates Collective; /)]);
    expect(rows.some((row) => row.startsWith('Added'))).toBe(false);
    const findings = comparison.locator('.comparison__part', { has: page.getByRole('heading', { name: 'Findings of the checks' }) });
    expect(await findings.textContent()).toContain('Appeared');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('refuses a file that is not a draft with a message, and shows nothing else', async () => {
    const page = await openTab(context, origin, pageErrors);
    await openDraftFile(page, file('napa.csecmou.json', sentText));
    await page.getByTestId('history').getByLabel('Compare this draft with a draft file').setInputFiles(file('notes.csecmou.json', '{"format": "csec-mou-draft", "draft": '));
    await expect.poll(() => page.getByTestId('load-error').count()).toBe(1);
    expect(await page.getByTestId('comparison').count()).toBe(0);
    expect(await page.locator('#draft-title').textContent()).toBe(sent.title);
    // The message is about this protocol's file: it does not follow the user back to the list.
    await page.getByRole('button', { name: 'All protocols' }).click();
    await page.locator('#start-heading').waitFor();
    expect(await page.getByTestId('load-error').count()).toBe(0);
    await page.close();
  });

});

describe('approval by each signing agency', () => {
  it('records an agency’s approval of the text that binds it, which goes out of date when that text changes, and not when another agency’s duties do', async () => {
    const page = await openTab(context, origin, pageErrors);
    await openDraftFile(page, file('napa.csecmou.json', sentText));
    const approvals = page.getByTestId('approvals');
    const signing = sent.agencies.filter((a) => a.signs);
    const [own, other] = signing;
    const summary = () => approvals.getByTestId('approvals-summary').textContent();
    expect(await summary()).toBe(`0 of ${signing.length} approved.`);
    const item = approvals.getByTestId(`approval-${own!.id}`);
    expect(await item.locator('.usa-tag').textContent()).toBe('Not approved yet');

    // Who approved is asked for, at the field.
    await item.getByRole('button', { name: /^Record the approval/ }).click();
    expect(await item.locator('.usa-error-message').textContent()).toBe(`Enter who approved the text for ${own!.name}.`);
    await item.getByLabel(`Approved for ${own!.name} by (name and title)`).fill('Lee Park, Deputy County Counsel');
    await item.getByRole('button', { name: /^Record the approval/ }).click();
    await expect.poll(() => item.locator('.usa-tag').textContent()).toBe('Approved');
    expect(await item.locator('.approval__when').textContent()).toMatch(/^Approved by Lee Park, Deputy County Counsel on .*\.$/);
    expect(await summary()).toBe(`1 of ${signing.length} approved.`);
    expect(await axeViolations(page)).toEqual([]);

    // Another agency's own duties do not bind this one.
    await openStep(page, '9. Roles and responsibilities');
    await page.getByLabel(`Roles and responsibilities of ${other!.name}`).fill('Convenes the ongoing MDT each month.');
    await expect.poll(() => page.getByTestId('saved-status').textContent()).toMatch(/^Saved in this browser at/);
    await page.getByRole('button', { name: 'Back to the task list' }).click();
    expect(await item.locator('.usa-tag').textContent()).toBe('Approved');

    // A section binds every party: the approval is out of date, and recording it again brings it current.
    await openStep(page, '11. Training');
    await page.getByLabel('How often training is given').fill('At hire and every six months after');
    await expect.poll(() => page.getByTestId('saved-status').textContent()).toMatch(/^Saved in this browser at/);
    await page.getByRole('button', { name: 'Back to the task list' }).click();
    await expect.poll(() => item.locator('.usa-tag').textContent()).toBe('Needs to approve again');
    expect(await item.locator('.approval__when').textContent()).toContain('the text that binds the agency has changed since, so it must approve again.');
    expect(await summary()).toBe(`0 of ${signing.length} approved; 1 needs to approve again.`);
    await item.getByLabel(`Approved for ${own!.name} by (name and title)`).fill('Lee Park, Deputy County Counsel');
    await item.getByRole('button', { name: /^Record the approval/ }).click();
    await expect.poll(() => item.locator('.usa-tag').textContent()).toBe('Approved');

    // Withdrawing is asked first, naming who approved and when; keeping it changes nothing.
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    await item.getByRole('button', { name: /^Withdraw the approval/ }).click();
    const confirm = item.getByTestId('withdraw-confirm');
    await expect.poll(focused).toMatch(/^Withdraw the approval given by Lee Park, Deputy County Counsel on .*\? The agency would have to approve again\.$/);
    await confirm.getByRole('button', { name: 'Keep the approval' }).click();
    await expect.poll(focused).toBe(`Withdraw the approval of ${own!.name}`);
    expect(await item.locator('.usa-tag').textContent()).toBe('Approved');
    await item.getByRole('button', { name: /^Withdraw the approval/ }).click();
    await confirm.getByRole('button', { name: 'Withdraw it' }).click();
    await expect.poll(() => item.locator('.usa-tag').textContent()).toBe('Not approved yet');
    expect(await summary()).toBe(`0 of ${signing.length} approved.`);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('certifying the final text', () => {
  it('locks a certified text, stamps its content hash on the final MOU, which the command line verifies against the saved draft, and unlocks it for a new version', async () => {
    const page = await openTab(context, origin, pageErrors);
    await openDraftFile(page, file('napa.csecmou.json', sentText));
    const certify = page.getByTestId('certify');
    expect(await certify.locator('h2').textContent()).toBe('Certify the final text');

    // A name is asked for, at the field.
    await certify.getByRole('button', { name: 'Certify as final' }).click();
    expect(await certify.locator('.usa-error-message').textContent()).toBe('Enter your name: the certification says who certified the text.');
    expect(await focusedId(page)).toBe('certify-by');
    expect(await page.locator('#certify-by').getAttribute('aria-invalid')).toBe('true');
    // No agency has approved the text yet: said beside the name, and read with it, though certifying does not wait.
    const signingCount = sent.agencies.filter((a) => a.signs).length;
    expect(await certify.getByTestId('certify-approvals').textContent()).toBe(`Of the ${signingCount} signing agencies, ${signingCount} have not approved it (see “Approval by each signing agency”). Certifying does not wait for them.`);
    expect(await page.locator('#certify-by').getAttribute('aria-describedby')).toBe('certify-by-error certify-approvals');
    // Where the final files are, the order the state expects is said: certify, then the packet.
    expect(await page.locator('#export-final-hint').textContent()).toContain('For CDSS, certify the text first (under “Certify the final text”), then send the submission packet, which holds these files.');
    await page.locator('#certify-by').fill('Dana Cruz');
    await certify.getByRole('button', { name: 'Certify as final' }).click();

    // The browser's hash of the text is the command line's: the same canonical content.
    const hash = contentHash(sent);
    await expect.poll(() => page.getByTestId('load-status').textContent(), CERTIFYING).toBe(`Certified the final text. Every final MOU made from it carries its fingerprint, the content hash ${hash}, so a PDF can be checked against this draft.`);
    expect(await certify.getByTestId('content-hash').textContent()).toBe(hash);
    expect(await page.locator('#export-final-hint').textContent()).toContain('The text is certified: every final file carries its content hash.');
    expect(await page.getByTestId('locked-status').textContent()).toMatch(/^Certified final by Dana Cruz on .*: the text is locked\.$/);
    expect(await page.locator('#compliance-exhibit').isDisabled()).toBe(true);
    // The certified text is kept among the versions, which are listed at once.
    await expect.poll(async () => (await page.getByTestId('history').locator('ol').textContent()) ?? '').toContain('Certified final by Dana Cruz');
    expect(await axeViolations(page)).toEqual([]);

    // Locked: a step shows its answers, says why they cannot be changed, and asks nothing.
    await openStep(page, '11. Training');
    expect(await page.getByTestId('read-only-certified').count()).toBe(1);
    expect(await page.getByTestId('step-answers').textContent()).toContain('How often training is givenAt hire and every year after');
    expect(await page.getByLabel('How often training is given').count()).toBe(0);
    expect(await page.getByTestId('step').locator('input, textarea, select').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Back to the task list' }).click();

    // The final PDF carries the hash; the saved draft file carries the certification; verify agrees.
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Final PDF' }).click()]);
    const pdfPath = await savedDownload(pdf);
    expect(await pdfText(pdfPath)).toContain(`Content hash ${hash.slice(7, 23)}`);
    const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save a copy of this draft' }).first().click()]);
    const draftPath = await savedDownload(saved);
    const restored = restoreDraft(await readFile(draftPath, 'utf8'));
    expect(restored.ok && restored.value.draft.certification).toMatchObject({ contentHash: hash, by: 'Dana Cruz' });
    let out = '';
    expect(await run(['verify', draftPath, pdfPath], { out: (t) => { out += t; }, err: () => {} })).toBe(0);
    expect(out).toContain('The draft was certified final by Dana Cruz');

    // Signatures are recorded on the locked text, and the packet holds everything for CDSS.
    const signing = sent.agencies.filter((a) => a.signs);
    const signatures = page.getByTestId('signatures');
    expect(await signatures.locator('legend').textContent()).toBe(`Signatures: 0 of ${signing.length} signed`);
    await page.getByLabel(`${signing[0]!.name}: signed on`).fill('2026-11-30');
    await expect.poll(() => signatures.locator('legend').textContent()).toBe(`Signatures: 1 of ${signing.length} signed`);
    // A date before the text was certified (today, after November 30, 2026) is taken, and
    // questioned beside it, read with the date.
    expect(await signatures.locator('li').first().locator('.signatures__status').textContent()).toMatch(/^Signed on a date before the text was certified \(\w+ \d+, \d{4}\): check the date$/);
    const zipped = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the submission packet (.zip)' }).click();
    // While it is made, the button says it is unavailable and keeps focus: it does not drop to the page.
    expect(await page.evaluate(() => ({ focused: document.activeElement?.textContent, busy: document.activeElement?.getAttribute('aria-disabled') })))
      .toEqual({ focused: 'Download the submission packet (.zip)', busy: 'true' });
    const zip = await zipped;
    expect(zip.suggestedFilename()).toMatch(/^napa-csec-protocol-submission-\d{4}-\d{2}-\d{2}\.zip$/);
    await expect.poll(() => focusedId(page)).toBe('packet-message');
    expect(await page.getByTestId('packet-message').textContent()).toContain('Saved the submission packet as napa-csec-protocol-submission-');
    const entries = unzip(new Uint8Array(await readFile(await savedDownload(zip))));
    expect(entries.map((e) => e.path)).toEqual(['napa-csec-protocol-final.pdf', 'napa-csec-protocol-final.docx',
      'napa-csec-protocol-compliance-report-final.pdf', 'napa-csec-protocol-signature-status.pdf', 'napa-csec-protocol.csecmou.json']);
    const inPacket = (name: string) => writeFile(join(dir, name), entries.find((e) => e.path === name)!.bytes).then(() => join(dir, name));
    const packetPdf = await inPacket('napa-csec-protocol-final.pdf');
    const packetDraft = await inPacket('napa-csec-protocol.csecmou.json');
    expect(await run(['verify', packetDraft, packetPdf], { out: () => {}, err: () => {} })).toBe(0);
    expect((await pdfText(await inPacket('napa-csec-protocol-signature-status.pdf'))).replace(/\s+/g, ' ')).toContain(`1 of ${signing.length} signing agencies have signed the MOU.`);
    // Another signature recorded since: the packet saved is no longer said to be current.
    await page.getByLabel(`${signing[1]!.name}: signed on`).fill('2026-11-30');
    await expect.poll(() => page.getByTestId('packet-message').textContent()).toBe('The signatures have changed since the packet was saved: download it again, so that its signature status sheet shows them.');
    await page.getByLabel(`${signing[1]!.name}: signed on`).fill('');
    await expect.poll(() => signatures.locator('legend').textContent()).toBe(`Signatures: 1 of ${signing.length} signed`);

    // Nor can an earlier version be restored over it, nor a file put in its place: the controls
    // are not offered, and the list says why and what to do, before anything is chosen.
    const history = page.getByTestId('history');
    await expect.poll(() => history.getByTestId('history-locked').textContent()).toContain('The text is certified final: to restore a version or replace the draft with a file, first start a new version under “Certified final”.');
    expect(await history.getByRole('button', { name: /^Restore/ }).count()).toBe(0);
    expect(await history.getByLabel('Replace this draft with a draft file').count()).toBe(0);
    expect(await history.getByRole('button', { name: /^What changed since then/ }).count()).toBeGreaterThan(0);
    expect(await page.getByTestId('locked-status').count()).toBe(1);

    // A new version unlocks the text; the certified one stays among the versions.
    await page.getByTestId('certify').getByRole('button', { name: 'Start a new version' }).click();
    await expect.poll(() => page.getByTestId('load-status').textContent()).toBe('Started a new version: the text can be changed again. The certified text is kept among the earlier versions.');
    expect(await page.getByTestId('locked-status').count()).toBe(0);
    const versions = await page.getByTestId('history').locator('li').allTextContents();
    expect(versions[0]).toContain('The text certified on ');
    expect(versions[0]).toContain(', before a new version was started');
    expect(versions.some((v) => v.includes('Certified final by Dana Cruz'))).toBe(true);
    await openStep(page, '11. Training');
    await page.getByLabel('How often training is given').fill('Every year');

    // Certified again, the changed text has no signature yet: the one recorded was of the earlier text.
    await page.getByRole('button', { name: 'Back to the task list' }).click();
    await page.locator('#certify-by').fill('Dana Cruz');
    await certify.getByRole('button', { name: 'Certify as final' }).click();
    await expect.poll(() => signatures.locator('legend').textContent(), CERTIFYING).toBe(`Signatures: 0 of ${signing.length} signed`);
    // The packet saved before holds the earlier text: it is not said to be saved for this one.
    expect(await page.getByTestId('packet-message').count()).toBe(0);
    const date = page.getByLabel(`${signing[0]!.name}: signed on`);
    expect(await signatures.locator('li').first().locator('.signatures__status').textContent()).toBe('Signed an earlier text on November 30, 2026: enter the date it signs this one');
    expect(await date.inputValue()).toBe('');
    // A date still to come is refused, and says so at the field.
    await date.fill('2099-12-01');
    await expect.poll(() => signatures.getByRole('alert').textContent()).toBe('Enter the date it signed: today or earlier.');
    expect(await date.inputValue()).toBe('2099-12-01');
    expect(await signatures.locator('legend').textContent()).toBe(`Signatures: 0 of ${signing.length} signed`);
    // Another agency's date taken meanwhile leaves the refused one, and its message, as they were.
    await page.getByLabel(`${signing[1]!.name}: signed on`).fill('2026-11-30');
    await expect.poll(() => signatures.locator('legend').textContent()).toBe(`Signatures: 1 of ${signing.length} signed`);
    expect(await date.inputValue()).toBe('2099-12-01');
    expect(await signatures.locator('.usa-error-message').count()).toBe(1);
    await date.fill('2026-12-01');
    await expect.poll(() => signatures.locator('legend').textContent()).toBe(`Signatures: 2 of ${signing.length} signed`);
    expect(await signatures.locator('.usa-error-message').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // The certified version restored, after a new version was started: the signatures recorded
    // since are kept, standing for that text; and the way back says the text is locked again.
    await page.getByTestId('certify').getByRole('button', { name: 'Start a new version' }).click();
    await expect.poll(() => page.getByTestId('locked-status').count()).toBe(0);
    await page.getByTestId('history').locator('li', { hasText: 'Certified final by Dana Cruz' }).first().getByRole('button', { name: /^Restore/ }).click();
    await expect.poll(() => page.getByTestId('load-status').textContent()).toContain('so it is locked again');
    expect(await page.getByTestId('load-status').textContent()).toContain('to go back to it, start a new version under “Certified final”, then restore it. The 2 signatures that the draft had and that version did not are kept with it.');
    await expect.poll(() => signatures.locator('legend').textContent()).toBe(`Signatures: 2 of ${signing.length} signed`);
    await page.close();
  });

  it('cannot certify while a blocking finding stands', async () => {
    const page = await openTab(context, origin, pageErrors);
    await startProtocol(page, ['Napa']);
    const certify = page.getByTestId('certify');
    expect(await certify.getByTestId('certify-blocked').textContent()).toMatch(/^The text can be certified once no blocking finding stands: \d+ are left to resolve/);
    expect(await certify.getByRole('button', { name: 'Certify as final' }).count()).toBe(0);
    await page.close();
  });

  it('names the blocking finding that stops the packet of a text certified before it stood, and the way to change a locked text', async () => {
    const page = await openTab(context, origin, pageErrors);
    // Certified under rules that have changed since, say: the text stays certified, and a finding blocks.
    const draft = withChange(completeDraft(['Napa']), (d) => { d.mdtTiers = []; });
    draft.certification = { contentHash: contentHash(draft), by: 'Dana Cruz', on: '2026-11-30' };
    await page.getByLabel('Open a draft file', { exact: true }).setInputFiles(file('certified.csecmou.json', serializeDraft(draft)));
    // Its preview says the text is certified, and so opens locked.
    await expect.poll(() => page.getByTestId('file-preview').textContent()).toContain('Certified finalBy Dana Cruz on November 30, 2026: its text opens locked');
    await page.getByRole('button', { name: 'Open this draft' }).click();
    await page.locator('#draft-title').waitFor();
    await page.getByRole('button', { name: 'Download the submission packet (.zip)' }).click();
    await expect.poll(() => page.getByTestId('packet-message').textContent()).toBe(
      'The packet was not made: a blocking finding stands, “The MDT approach provides what the law names”. The text is certified, so it is locked: '
      + 'start a new version under “Certified final”, resolve it where the findings say, and certify again.');
    await page.close();
  });

  it('tells a reviewer what the committee must change for the final PDF to print the text, and shows where', async () => {
    const page = await openTab(context, origin, pageErrors);
    const draft = withChange(completeDraft(['Napa']), (d) => { d.agencies.find((a) => a.signs)!.signer.name = 'Lin Wei 林伟'; });
    await page.getByLabel('Review a draft you received').setInputFiles(file('lin.csecmou.json', serializeDraft(draft)));
    await page.getByRole('button', { name: 'Review this draft' }).click();
    await page.locator('#draft-title').waitFor();
    const notice = page.getByTestId('findings-unshown');
    await expect.poll(() => notice.count(), CERTIFYING).toBe(1);
    expect(await notice.locator('p').textContent()).toContain('Its typeface has no letter for “林” (U+6797) and “伟” (U+4F1F). The committee must write them in Latin letters (or leave them out), or send the final Word file, which keeps them.');
    expect(await page.getByTestId('findings-summary').textContent()).toContain('; the final PDFs cannot print the text yet');
    // The place is the link: a reviewer changes nothing, so there is no "Change this".
    const signer = draft.agencies.find((a) => a.signs)!;
    expect(await notice.getByRole('button').allTextContents()).toEqual([`${signer.name}: signer’s name`]);
    await notice.getByRole('button', { name: `${signer.name}: signer’s name` }).click();
    await expect.poll(() => page.locator('#step-heading').textContent()).toBe('Agencies and signatures');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('begins a reviewer’s comment from the page of every answer on that answer, with focus in the box for it', async () => {
    const page = await openTab(context, origin, pageErrors);
    await page.getByLabel('Review a draft you received').setInputFiles(file('napa.csecmou.json', sentText));
    await page.getByRole('button', { name: 'Review this draft' }).click();
    await page.locator('#draft-title').waitFor();
    // Saved before any comment or verdict, the file is saved as asked, but not called ready to send.
    const saved = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save your review file' }).first().click();
    await saved;
    await expect.poll(() => page.getByTestId('load-status').textContent()).toMatch(/^Saved your review file as napa-csec-protocol-review-\S+ in your downloads\. It holds no comment or verdict yet: add them on each part of the protocol, then save your review file again and send that one to the committee\.$/);
    await page.getByRole('button', { name: 'Read every answer and preview the MOU' }).click();
    await page.getByRole('button', { name: 'Comment on How often training is given' }).click();
    await expect.poll(() => page.locator('#step-heading').textContent()).toBe('11. Training');
    // Found by a review: it began as a comment on the whole section, with focus on the heading.
    await expect.poll(() => focusedId(page)).toBe('new-comment-text');
    const comments = page.getByTestId('comments');
    expect(await comments.getByLabel('About').evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe('How often training is given');
    await page.keyboard.type('Say who gives the refresher.');
    await comments.getByLabel('Your name (and organization)').fill('Sam Ortiz (TA)');
    await comments.getByRole('button', { name: 'Add the comment' }).click();
    await expect.poll(() => comments.getByRole('status').last().textContent()).toBe('Your comment on How often training is given is added.');
    // A comment on the whole section is named so mid-sentence, without a capital.
    await comments.getByLabel('About').selectOption({ label: 'The whole of “11. Training”' });
    await comments.getByLabel('Comment', { exact: true }).fill('Add the foster parents.');
    await comments.getByRole('button', { name: 'Add the comment' }).click();
    await expect.poll(() => comments.getByRole('status').last().textContent()).toBe('Your comment on the whole of “11. Training” is added.');
    expect(await comments.getByRole('button', { name: 'Reply to Sam Ortiz (TA) about the whole of “11. Training”' }).count()).toBe(1);
    // An agency's roles, which are on a step of their own, begin on that agency's.
    const agency = sent.agencies[0]!.name;
    await page.getByRole('button', { name: 'Return to check your answers' }).click();
    await page.getByRole('button', { name: `Comment on ${agency} (9. Roles and responsibilities)` }).click();
    await expect.poll(() => focusedId(page)).toBe('new-comment-text');
    expect(await comments.getByLabel('About').evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe(`${agency}: roles and responsibilities`);
    // Another name signs as another reviewer, whose verdicts start afresh: said before it happens (found by a review).
    const name = comments.getByLabel('Your name (and organization)');
    expect(await comments.getByTestId('renamed').count()).toBe(0);
    await name.fill('Sam Ortiz, CalTA');
    expect(await comments.getByTestId('renamed').textContent()).toBe('What you have written and decided here so far is signed “Sam Ortiz (TA)”. Signed “Sam Ortiz, CalTA”, what comes next reads as another person’s, and your verdicts so far stay as they are. Only “Sam Ortiz (TA)” changes or withdraws the comments signed so.');
    expect(await name.getAttribute('aria-describedby')).toContain('-renamed');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('offers, when the same draft file is chosen to review again, to go on with the review kept here rather than start an empty one', async () => {
    const page = await openTab(context, origin, pageErrors);
    const draft = withChange(sent, (d) => { d.title = 'Napa County Protocol Reviewed Twice'; });
    const chosen = file('twice.csecmou.json', serializeDraft(draft));
    await page.getByLabel('Review a draft you received').setInputFiles(chosen);
    expect(await page.getByTestId('kept-reviews').count()).toBe(0);
    await page.getByRole('button', { name: 'Review this draft' }).click();
    await page.locator('#draft-title').waitFor();
    const first = new URL(page.url()).hash;
    await page.getByRole('button', { name: 'All protocols' }).click();
    await page.locator('#start-heading').waitFor();
    // Found by a review: it started a second, empty review that read the same in the list.
    await page.getByLabel('Review a draft you received').setInputFiles(chosen);
    const kept = page.getByTestId('kept-reviews');
    await expect.poll(() => kept.locator('.usa-alert__heading').textContent()).toBe('You have a review of this protocol here already');
    expect(await axeViolations(page)).toEqual([]);
    await kept.getByRole('button', { name: /^Continue the review kept / }).click();
    await page.locator('#draft-title').waitFor();
    expect(new URL(page.url()).hash).toBe(first);
    expect(await page.getByRole('button', { name: /^Continue reviewing Napa County Protocol Reviewed Twice/ }).count()).toBe(0);
    await page.close();
  });

  it('names a reviewer’s list of reviews for reviews, not for a committee’s drafts', async () => {
    const own = await browser.newContext();
    const page = await openTab(own, origin, pageErrors);
    await page.getByLabel('Review a draft you received').setInputFiles(file('napa.csecmou.json', sentText));
    await page.getByRole('button', { name: 'Review this draft' }).click();
    await page.locator('#draft-title').waitFor();
    expect(await page.getByTestId('task-list').locator('xpath=..').locator('.usa-hint').first().textContent()).toContain('Your comments and verdicts are kept in this browser as you add them.');
    await page.getByRole('button', { name: 'All protocols' }).click();
    await expect.poll(() => page.locator('#kept-heading').textContent()).toBe('Continue a review in progress');
    await page.getByRole('button', { name: 'Use the sample protocol' }).click();
    await page.locator('#draft-title').waitFor();
    await page.getByRole('button', { name: 'All protocols' }).click();
    await expect.poll(() => page.locator('#kept-heading').textContent()).toBe('Continue a draft in progress');
    await own.close();
  });

  it('speaks of a review open in another tab as reviewed, not edited', async () => {
    const first = await openTab(context, origin, pageErrors);
    const draft = withChange(sent, (d) => { d.title = 'Napa County Protocol Reviewed in Two Tabs'; });
    await first.getByLabel('Review a draft you received').setInputFiles(file('two-tabs.csecmou.json', serializeDraft(draft)));
    await first.getByRole('button', { name: 'Review this draft' }).click();
    await first.locator('#draft-title').waitFor();
    const second = await openTab(context, origin, pageErrors);
    await second.getByRole('button', { name: /^Continue reviewing Napa County Protocol Reviewed in Two Tabs/ }).first().click();
    const elsewhere = second.getByTestId('editing-elsewhere');
    await expect.poll(() => elsewhere.locator('p').first().textContent()).toBe('Another tab or window of this browser has this review open. Only one tab adds to a review at a time, so the two never write over each other.');
    expect(await elsewhere.getByRole('button', { name: 'Review it here instead' }).count()).toBe(1);
    expect(await elsewhere.textContent()).not.toContain('edit');
    expect(await second.getByTestId('load-status').textContent()).not.toContain('edit');
    await second.close();
    await first.close();
  });

  it('lets a reviewer change or withdraw their own comment, and carries both to the committee in the next review file', async () => {
    const own = await browser.newContext({ acceptDownloads: true });
    const reviewer = await openTab(own, origin, pageErrors);
    const draftText = serializeDraft(withChange(sent, (d) => { d.title = 'Napa County Protocol With Comments Changed'; }));
    await reviewer.getByLabel('Review a draft you received').setInputFiles(file('changed.csecmou.json', draftText));
    await reviewer.getByRole('button', { name: 'Review this draft' }).click();
    await reviewer.locator('#draft-title').waitFor();
    await openStep(reviewer, '11. Training');
    const panel = reviewer.getByTestId('comments');
    const name = panel.getByLabel('Your name (and organization)');
    await name.fill('Sam Ortiz (TA)');
    const items = panel.getByTestId('comment');
    const focusedWords = () => reviewer.evaluate(() => document.activeElement?.textContent ?? '');
    for (const [n, words] of ['Say who trains.', 'Cut the refresher.'].entries()) {
      await panel.getByLabel('Comment', { exact: true }).fill(words);
      await panel.getByRole('button', { name: 'Add the comment' }).click();
      await expect.poll(() => items.count()).toBe(n + 1);
    }
    const saveReview = async () => {
      const download = reviewer.waitForEvent('download');
      await reviewer.getByRole('button', { name: 'Save your review file' }).first().click();
      return savedDownload(await download);
    };
    await reviewer.getByRole('button', { name: 'Back to the task list' }).first().click();
    const firstFile = await saveReview();
    await openStep(reviewer, '11. Training');

    // Changing: the box holds the words as they are; emptied, it says what to do instead.
    const first = items.first();
    // Two comments by one person on one answer: their buttons' names tell them apart by their first words (found by a review).
    const change = first.getByRole('button', { name: 'Change your comment about the whole of “11. Training”, “Say who trains.”' });
    // Cancel gives focus back to the Change button that opened the form.
    await change.click();
    await first.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(focusedWords).toBe('Change your comment about the whole of “11. Training”, “Say who trains.”');
    await change.click();
    await expect.poll(() => focusedId(reviewer)).toMatch(/-change$/);
    const box = first.getByLabel('Your comment');
    expect(await box.inputValue()).toBe('Say who trains.');
    await box.fill(' ');
    await first.getByRole('button', { name: 'Save the change' }).click();
    await expect.poll(() => first.locator('.usa-error-message').textContent()).toBe('Write your comment, or cancel and withdraw it.');
    await box.fill('Say who trains the foster parents.');
    // A name changed while the form is open is not the comment's author: nothing changes, and it says why (found by a review).
    await name.fill('Sam Ortiz, TA');
    await first.getByRole('button', { name: 'Save the change' }).click();
    await expect.poll(() => first.locator('.usa-error-message').textContent()).toBe('Only “Sam Ortiz (TA)”, who signed this comment, changes it. Put that name back in “Your name”, or cancel.');
    expect(await first.locator('.comment__text').textContent()).toBe('Say who trains.');
    await name.fill('Sam Ortiz (TA)');
    await first.getByRole('button', { name: 'Save the change' }).click();
    await expect.poll(focusedWords).toBe('Your comment is changed. Your next review file carries the change.');
    expect(await first.locator('.comment__text').textContent()).toBe('Say who trains the foster parents.');
    expect(await first.getByTestId('comment-edited').textContent()).toMatch(/^ \(changed \w+ \d+, \d{4}, /);

    // Withdrawing: it goes last, folded, with nothing for anyone to do but put it back.
    await items.nth(1).getByRole('button', { name: /^Withdraw/ }).click();
    await expect.poll(focusedWords).toBe('You withdrew your comment. Your next review file carries the change.');
    expect(await panel.locator('h3').textContent()).toBe('Comments on this section (1 open, 0 resolved, 1 withdrawn)');
    const withdrawn = items.nth(1);
    expect(await withdrawn.locator('.comment__about').textContent()).toBe('Withdrawn The whole of “11. Training”');
    expect(await withdrawn.locator('summary').textContent()).toBe('What it said');
    expect(await withdrawn.getByRole('button').allTextContents()).toEqual(['Put it back: your comment about the whole of “11. Training”, “Cut the refresher.”']);
    expect(await withdrawn.textContent()).toMatch(/Withdrawn by its author, \w+ \d+, \d{4}, /);
    expect(await axeViolations(reviewer)).toEqual([]);
    // Under another name, neither comment is theirs to change, withdraw or put back.
    await name.fill('Lee Park (TA)');
    expect(await panel.getByRole('button', { name: /^(Change|Withdraw|Put it back|Resolve)/ }).count()).toBe(0);
    await name.fill('Sam Ortiz (TA)');
    await reviewer.getByRole('button', { name: 'Back to the task list' }).first().click();
    expect(await reviewer.getByTestId('reviewer-panel').textContent()).toContain('1 comment by Sam Ortiz (TA) (and 1 withdrawn), and a verdict on 0 of');
    const secondFile = await saveReview();

    // The committee took in the first file; the second changes one comment and withdraws the other.
    const committee = await openTab(await browser.newContext(), origin, pageErrors);
    await openDraftFile(committee, file('changed.csecmou.json', draftText));
    await committee.getByLabel('Open review files').setInputFiles([firstFile]);
    const outcome = committee.getByTestId('review-files-outcome');
    await expect.poll(() => outcome.textContent()).toContain('2 new comments');
    await committee.getByLabel('Open review files').setInputFiles([secondFile]);
    await expect.poll(() => outcome.textContent()).toMatch(/: 0 new comments, 1 comment changed by its author and 1 comment withdrawn by its author\.$/);
    const training = committee.getByTestId('task-list').locator('li', { hasText: '11. Training' });
    expect(await training.textContent()).toContain('1 open comment');
    await openStep(committee, '11. Training');
    const theirs = committee.getByTestId('comments');
    await theirs.getByLabel('Your name (and organization)').fill('Dana Cruz, CSEC coordinator');
    expect(await theirs.locator('.comment__text').first().textContent()).toBe('Say who trains the foster parents.');
    // The committee resolves the open one; the withdrawn one asks nothing of it.
    const taken = theirs.getByTestId('comment').nth(1);
    expect(await taken.locator('.usa-tag').textContent()).toBe('Withdrawn');
    expect(await taken.getByRole('button').count()).toBe(0);
    expect(await theirs.getByTestId('comment').first().getByRole('button').allTextContents()).toEqual([
      'Reply to Sam Ortiz (TA) about the whole of “11. Training”, “Say who trains the foster parents.”',
      'Resolve the comment about the whole of “11. Training”, “Say who trains the foster parents.”']);

    // The committee resolves the open one. The reviewer, not knowing, changes it again and puts the other back.
    await theirs.getByTestId('comment').first().getByRole('button', { name: /^Resolve/ }).click();
    await expect.poll(() => theirs.locator('h3').textContent()).toBe('Comments on this section (0 open, 1 resolved, 1 withdrawn)');
    await openStep(reviewer, '11. Training');
    await first.getByRole('button', { name: /^Change/ }).click();
    await first.getByLabel('Your comment').fill('Say who trains the foster parents, and how often.');
    // A change typed but not saved would be in no file: saving says so, in the words of the change (found by a review).
    let saved = 0;
    reviewer.on('download', () => saved++);
    await reviewer.getByRole('button', { name: 'Save your review file' }).first().click();
    await expect.poll(() => reviewer.getByTestId('load-status').textContent()).toBe('Your review file was not saved: a change to a comment is typed but not saved. Save the change, or cancel it, then save your review file again.');
    expect(saved).toBe(0);
    await first.getByRole('button', { name: 'Save the change' }).click();
    await items.nth(1).getByRole('button', { name: /^Put it back/ }).click();
    await expect.poll(focusedWords).toBe('Your comment is back, open. Your next review file carries the change.');
    await reviewer.getByRole('button', { name: 'Back to the task list' }).first().click();
    const thirdFile = await saveReview();
    await committee.getByRole('button', { name: 'Back to the task list' }).first().click();
    await committee.getByLabel('Open review files').setInputFiles([thirdFile]);
    // New words on a resolved comment are named apart, to be read again (found by a review).
    await expect.poll(() => outcome.textContent()).toMatch(/: 0 new comments, 1 resolved comment changed by its author \(read it again\) and 1 comment put back by its author\.$/);
    await openStep(committee, '11. Training');
    const again = theirs.getByTestId('comment').filter({ hasText: 'and how often' });
    expect(await again.locator('.usa-tag').textContent()).toBe('Resolved');
    expect(await again.getByTestId('comment-changed-after-resolved').textContent()).toBe('Its author changed it after it was resolved.');
    expect(await theirs.locator('h3').textContent()).toBe('Comments on this section (1 open, 1 resolved)');
    expect(await axeViolations(committee)).toEqual([]);
    await own.close();
    await committee.context().close();
  });

  it('raised no error in any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
