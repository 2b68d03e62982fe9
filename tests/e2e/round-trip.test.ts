// The whole review round trip in real Chromium on the production build: a committee sends its
// draft; two reviewers, each in a browser of their own, comment and send back review files; the
// committee takes both in, answers and resolves; an approval goes out of date; the coordinator
// certifies and downloads the packet for CDSS.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { run } from '../../src/cli/main';
import { applyEdit, contentHash, restoreDraft, restoreReview, serializeDraft } from '../../src/model';
import { completeDraft, withChange } from '../support/drafts';
import { axeViolations, CERTIFYING, connectBrowser, openDraftFile, openStep, openTab, savedDownload, toStart } from '../support/e2e';
import { pdfText } from '../support/interop';
import { unzip } from '../support/zip';

const origin = inject('appOrigin');
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

const sent = withChange(completeDraft(['Napa']), (d) => {
  d.title = 'Napa County Interagency Protocol for Commercially Sexually Exploited Children';
  d.sections.training.frequency = 'At hire and every year after';
});
const probation = sent.agencies.find((a) => a.roles.includes('probation'))!;
const owner = sent.agencies.find((a) => a.signs && a.id !== probation.id)!;

/** A browser of its own, as each reviewer has: its own drafts, its own name. */
async function person(): Promise<BrowserContext> {
  const context = await browser.newContext({ acceptDownloads: true });
  contexts.push(context);
  return context;
}

/** Saves what a button offers and returns where the download landed. */
async function download(page: Page, button: ReturnType<Page['getByRole']>): Promise<{ path: string; name: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { path: await savedDownload(file), name: file.suggestedFilename() };
}

/** A reviewer opens the committee's file for review, comments, gives verdicts and saves a review file. */
async function review(draftPath: string, name: string, comments: Array<{ step: string; about: string; text: string; verdict?: string }>) {
  const page = await openTab(await person(), origin, pageErrors);
  await page.getByLabel('Review a draft you received').setInputFiles(draftPath);
  expect(await page.locator('#preview-heading').textContent()).toBe('Check the file before reviewing it');
  await page.getByRole('button', { name: 'Review this draft' }).click();
  await page.locator('#draft-title').waitFor();
  expect(await page.getByTestId('reviewing-status').textContent()).toContain('The committee’s answers cannot be changed here.');
  for (const { step, about, text, verdict } of comments) {
    await openStep(page, step);
    // Read-only: the answers are shown, not asked.
    expect(await page.getByTestId('step-answers').count()).toBe(1);
    expect(await page.locator('[data-testid="step"] textarea, [data-testid="step"] input').count()).toBe(0);
    const panel = page.getByTestId('comments');
    const nameBox = panel.getByLabel('Your name (and organization)');
    if ((await nameBox.inputValue()) === '') {
      // With no name yet: an arrow key in the verdicts keeps focus there, and the name field says what is missing.
      await panel.locator('input[type=radio]').first().focus();
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => panel.locator('.comments__name .usa-error-message').textContent()).toBe('Enter your name before giving your verdict.');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');
      // An empty comment with no name: both are said at once, and focus goes to the first, the name.
      await panel.getByRole('button', { name: 'Add the comment' }).click();
      await expect.poll(() => panel.locator('.usa-error-message').allTextContents()).toEqual(['Enter your name, so the committee knows who commented.', 'Write your comment.']);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('autocomplete'))).toBe('name');
    }
    await panel.getByLabel('About').selectOption({ label: about });
    await panel.getByLabel('Comment', { exact: true }).fill(text);
    await panel.getByLabel('Your name (and organization)').fill(name);
    await panel.getByRole('button', { name: 'Add the comment' }).click();
    const said = `Your comment on ${about.replace(/^The whole/, 'the whole')} is added.`;
    await expect.poll(() => panel.getByRole('status').last().textContent()).toBe(said);
    // Focus goes to the words that say what happened (UX.md), not left on the button.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(said);
    if (verdict) await panel.locator(`label:text-is("${verdict}")`).click();
  }
  return page;
}

beforeAll(async () => {
  browser = await connectBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe('the review round trip', () => {
  it('takes a draft through two reviewers’ comments, the committee’s answers, an approval gone out of date, certification and the packet', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'csec-round-trip-'));
    // The committee opens its draft, records one agency's approval and sends the draft file out.
    const committee = await openTab(await person(), origin, pageErrors);
    await openDraftFile(committee, { name: 'napa.csecmou.json', mimeType: 'application/json', buffer: Buffer.from(serializeDraft(sent)) });
    const approval = committee.getByTestId(`approval-${owner.id}`);
    await approval.getByLabel(`Approved for ${owner.name} by (name and title)`).fill('Lee Park, Deputy County Counsel');
    await approval.getByRole('button', { name: /^Record the approval/ }).click();
    await expect.poll(() => approval.locator('.usa-tag').textContent()).toBe('Approved');
    const sentFile = await download(committee, committee.getByRole('button', { name: 'Save a copy of this draft' }).first());

    // Two reviewers, each in their own browser.
    const first = await review(sentFile.path, 'Sam Ortiz, CalTA', [
      { step: '11. Training', about: 'How often training is given', text: 'Say whether refresher training is yearly.', verdict: 'Changes requested' },
      { step: 'Agencies and signatures', about: probation.name, text: 'Is the Chief Probation Officer the signer?' },
    ]);
    expect(await first.getByTestId('comments').getByTestId('comment').count()).toBe(1);
    // The review is kept in the reviewer's browser: it continues after the reviewer leaves it.
    await toStart(first);
    await first.getByRole('button', { name: `Continue reviewing ${sent.title}` }).click();
    await first.locator('#draft-title').waitFor();
    expect(await first.getByTestId('task-list').textContent()).toContain('Changes requested');
    expect(await axeViolations(first)).toEqual([]);
    // In a second round, the reviewer reads what the committee changed since the copy reviewed before.
    const before = withChange(sent, (d) => { d.sections.training.frequency = 'At hire only'; });
    await first.getByTestId('reviewer-compare').getByLabel('Compare this draft with a draft file')
      .setInputFiles({ name: 'reviewed-before.csecmou.json', mimeType: 'application/json', buffer: Buffer.from(serializeDraft(before)) });
    const roundTwo = first.getByTestId('comparison');
    await roundTwo.waitFor();
    expect(await roundTwo.locator('h2').textContent()).toBe('What changed since the file reviewed-before.csecmou.json');
    expect(await roundTwo.locator('.change__what').allTextContents()).toEqual(['How often training is given']);
    // The reviewer reads it as the draft received, not as one that changes as they type.
    expect(await roundTwo.locator('p').first().textContent()).toContain('From the file reviewed-before.csecmou.json (older) to the draft you received (newer).');
    expect(await axeViolations(first)).toEqual([]);
    await roundTwo.getByRole('button', { name: 'Back to the draft' }).first().click();
    await expect.poll(() => first.evaluate(() => document.activeElement?.id)).toBe('reviewer-compare-heading');
    const firstFile = await download(first, first.getByRole('button', { name: 'Save your review file' }).first());
    expect(firstFile.name).toMatch(/^napa-csec-protocol-review-sam-ortiz-calta-\d{4}-\d{2}-\d{2}\.csecreview\.json$/);
    await expect.poll(() => first.getByTestId('load-status').textContent()).toBe(`Saved your review file as ${firstFile.name} in your downloads. Send it to the committee.`);
    // A review file holds comments, not the draft's text.
    const firstText = await readFile(firstFile.path, 'utf8');
    expect(firstText).not.toContain(sent.sections.training.frequency);
    expect(restoreReview(firstText).ok && restoreReview(firstText)).toMatchObject({ value: { comments: [{ author: 'Sam Ortiz, CalTA' }, { author: 'Sam Ortiz, CalTA' }] } });

    const second = await review(sentFile.path, 'Rosa Diaz, Probation counsel', [
      { step: '11. Training', about: 'The whole of “11. Training”', text: 'Add who delivers the training.', verdict: 'Approved' },
    ]);
    // A comment typed and not added would be in no file: saving says so, and saves nothing.
    const unadded = second.getByTestId('comments').getByLabel('Comment', { exact: true });
    await unadded.fill('Typed and not added');
    let downloads = 0;
    second.on('download', () => downloads++);
    await second.getByRole('button', { name: 'Save your review file' }).first().click();
    await expect.poll(() => second.getByTestId('load-status').textContent()).toBe('Your review file was not saved: a comment or reply is typed but not added. Add it, or clear it, then save your review file again.');
    expect(await second.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('load-status');
    expect(downloads).toBe(0);
    await unadded.fill('');
    const secondFile = await download(second, second.getByRole('button', { name: 'Save your review file' }).first());

    // Meanwhile the committee moved on: a section changed and the agencies were reordered.
    await openStep(committee, '11. Training');
    await committee.getByLabel('How often training is given').fill('At hire and every six months after');
    await openStep(committee, 'Agencies and signatures');
    await committee.getByRole('button', { name: `Move down: ${sent.agencies[0]!.name}` }).click();
    await expect.poll(() => committee.getByTestId('saved-status').textContent()).toMatch(/^Saved in this browser at/);
    await committee.getByRole('button', { name: 'Back to the task list' }).first().click();

    // It opens both review files at once: every comment lands on its section, nothing of the text changes.
    await committee.getByLabel('Open review files').setInputFiles([firstFile.path, secondFile.path]);
    const outcome = committee.getByTestId('review-files-outcome');
    await expect.poll(() => outcome.textContent()).toContain(basename(secondFile.path));
    // Focus is on what happened (UX.md), and stays there.
    await expect.poll(() => committee.evaluate(() => document.activeElement?.id)).toBe('review-files-outcome');
    expect(await outcome.locator('li').allTextContents()).toEqual([
      `${basename(firstFile.path)}: 2 new comments and 1 new section verdict. Your draft has changed since this reviewer read it: check that their comments still apply.`,
      `${basename(secondFile.path)}: 1 new comment and 1 new section verdict. Your draft has changed since this reviewer read it: check that their comments still apply.`,
    ]);
    expect(await committee.getByLabel('How often training is given').count()).toBe(0);
    // Opening a file again adds nothing.
    await committee.getByLabel('Open review files').setInputFiles([firstFile.path]);
    await expect.poll(() => committee.evaluate(() => document.activeElement?.id)).toBe('review-files-outcome');
    await expect.poll(() => outcome.textContent()).toBe(`${basename(firstFile.path)}: 0 new comments (everything in it was already here). Your draft has changed since this reviewer read it: check that their comments still apply.`);
    const training = committee.getByTestId('task-list').locator('li', { hasText: '11. Training' });
    expect(await training.textContent()).toContain('2 open comments');
    // A reviewer's request for changes shows on the task list, without opening the part (found by a review).
    expect(await training.locator('.task-list__status').textContent()).toBe('Completed, Changes requested by Sam Ortiz, CalTA, 2 open comments');

    await openStep(committee, '11. Training');
    expect(await committee.getByLabel('How often training is given').inputValue()).toBe('At hire and every six months after');
    const panel = committee.getByTestId('comments');
    expect(await panel.getByTestId('verdicts').textContent()).toMatch(/Rosa Diaz, Probation counsel: approved.*Sam Ortiz, CalTA: changes requested/);
    const comments = panel.getByTestId('comment');
    expect(await comments.locator('.comment__about').allTextContents()).toEqual(['Open How often training is given', 'Open The whole of “11. Training”']);
    // The answer commented on has changed since the reviewer read it; a whole section has no one answer to follow.
    expect(await comments.first().getByTestId('comment-changed').textContent()).toBe('The answer has changed since this comment was written.');
    expect(await comments.nth(1).getByTestId('comment-changed').count()).toBe(0);
    // The committee answers the first and resolves it.
    const answered = comments.first();
    // Cancel gives focus back to the Reply button that opened the form.
    await answered.getByRole('button', { name: /^Reply/ }).click();
    await answered.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => committee.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^Reply to Sam Ortiz, CalTA/);
    await answered.getByRole('button', { name: /^Reply/ }).click();
    await answered.getByLabel('Your reply to Sam Ortiz, CalTA').fill('Yes: every six months now.');
    await panel.getByLabel('Your name (and organization)').fill('Dana Cruz, CSEC coordinator');
    await answered.getByRole('button', { name: 'Add the reply' }).click();
    await expect.poll(() => answered.locator('.comment__reply').textContent()).toContain('Yes: every six months now.');
    // Focus goes to the words that say what happened, which a screen reader reads out.
    const focusedWords = () => committee.evaluate(() => document.activeElement?.textContent ?? '');
    await expect.poll(focusedWords).toBe('Your reply to Sam Ortiz, CalTA is added.');
    await answered.getByRole('button', { name: /^Resolve/ }).click();
    await expect.poll(focusedWords).toBe('You resolved the comment from Sam Ortiz, CalTA.');
    await expect.poll(() => panel.locator('h3').textContent()).toBe('Comments on this section (1 open, 1 resolved)');
    expect(await panel.locator('.comment--resolved').textContent()).toContain('Resolved by Dana Cruz, CSEC coordinator');
    expect(await axeViolations(committee)).toEqual([]);

    // The agency's comment follows the agency, which moved in the list.
    await openStep(committee, 'Agencies and signatures');
    expect(await committee.getByTestId('comments').locator('.comment__about').textContent()).toBe(`Open ${probation.name}`);
    await committee.getByRole('button', { name: 'Back to the task list' }).first().click();

    // The training section binds every party: the approval given before it changed is out of date.
    await expect.poll(() => approval.locator('.usa-tag').textContent()).toBe('Needs to approve again');

    // For counsel, a redline since the draft they approved: the changed words as Word tracked changes.
    await committee.getByLabel('Compare this draft with a draft file').setInputFiles(sentFile.path);
    const compared = committee.getByTestId('comparison');
    const redline = await download(committee, compared.getByRole('button', { name: 'Download a redline Word file (.docx)' }));
    expect(redline.name).toMatch(/^napa-csec-protocol-redline-\d{4}-\d{2}-\d{2}\.docx$/);
    await expect.poll(() => committee.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('redline-message');
    expect(await compared.getByTestId('redline-message').textContent()).toMatch(/^Saved the redline as napa-csec-protocol-redline-\d{4}-\d{2}-\d{2}\.docx in your downloads\. Word shows its changes as made by Dana Cruz, CSEC coordinator\.$/);
    const redlineXml = new TextDecoder().decode(unzip(new Uint8Array(await readFile(redline.path))).find((p) => p.path === 'word/document.xml')!.bytes);
    expect(redlineXml).toMatch(/<w:ins w:id="\d+" w:author="Dana Cruz, CSEC coordinator" w:date="[^"]+"><w:r><w:t xml:space="preserve">six months<\/w:t>/);
    expect(redlineXml).toMatch(/<w:delText xml:space="preserve">year<\/w:delText>/);
    await compared.getByRole('button', { name: 'Back to the draft' }).first().click();

    // A draft Word file carries the two open comments (and no resolved one) as Word comments.
    const word = await download(committee, committee.getByRole('button', { name: 'Draft Word (.docx) with the 2 open comments' }));
    expect(word.name).toBe('napa-csec-protocol-draft-with-comments.docx');
    const parts = unzip(new Uint8Array(await readFile(word.path)));
    const commentsXml = new TextDecoder().decode(parts.find((p) => p.path === 'word/comments.xml')!.bytes);
    expect(commentsXml.match(/<w:comment /g)).toHaveLength(2);
    expect(commentsXml).toContain(`On ${probation.name}: Is the Chief Probation Officer the signer?`);
    expect(commentsXml).toContain('w:author="Rosa Diaz, Probation counsel"');
    expect(commentsXml).not.toContain('refresher');

    // The approval is given again; the coordinator certifies and downloads the packet.
    await approval.getByLabel(`Approved for ${owner.name} by (name and title)`).fill('Lee Park, Deputy County Counsel');
    await approval.getByRole('button', { name: /^Record the approval/ }).click();
    await expect.poll(() => approval.locator('.usa-tag').textContent()).toBe('Approved');
    await committee.locator('#certify-by').fill('Dana Cruz');
    await committee.getByTestId('certify').getByRole('button', { name: 'Certify as final' }).click();
    await expect.poll(() => committee.getByTestId('locked-status').count(), CERTIFYING).toBe(1);
    const packet = await download(committee, committee.getByRole('button', { name: 'Download the submission packet (.zip)' }));
    const entries = unzip(new Uint8Array(await readFile(packet.path)));
    const write = async (name: string) => {
      await writeFile(join(dir, name), entries.find((e) => e.path === name)!.bytes);
      return join(dir, name);
    };
    const pdf = await write('napa-csec-protocol-final.pdf');
    const draftFile = await write('napa-csec-protocol.csecmou.json');
    const restored = restoreDraft(await readFile(draftFile, 'utf8'));
    if (!restored.ok) throw new Error('the packet’s draft file does not open');
    // The packet's draft keeps the conversation; its hash is the PDF's stamp, which verify confirms.
    expect(restored.value.draft.comments.map((c) => [c.author, c.status, c.replies.length])).toEqual([
      ['Sam Ortiz, CalTA', 'resolved', 1], ['Sam Ortiz, CalTA', 'open', 0], ['Rosa Diaz, Probation counsel', 'open', 0],
    ]);
    const hash = contentHash(restored.value.draft);
    expect(restored.value.draft.certification?.contentHash).toBe(hash);
    expect(await pdfText(pdf)).toContain(`Content hash ${hash.slice(7, 23)}`);
    expect(await run(['verify', draftFile, pdf], { out: () => {}, err: () => {} })).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('lets a reviewer resolve only their own comments: the committee decides on everyone else’s', async () => {
    const withNote = applyEdit(sent, { kind: 'comment', comment: { id: 'committee-1', anchor: { section: 'training', recordId: null, field: null, label: '' }, author: 'Dana Cruz, CSEC coordinator', at: '2026-12-01T09:00:00.000Z', text: 'Is yearly enough?' } });
    const dir = await mkdtemp(join(tmpdir(), 'csec-own-comments-'));
    const path = join(dir, 'napa.csecmou.json');
    await writeFile(path, serializeDraft(withNote));
    const page = await review(path, 'Sam Ortiz, CalTA', [{ step: '11. Training', about: 'How often training is given', text: 'Say who trains.' }]);
    const comments = page.getByTestId('comments').getByTestId('comment');
    expect(await comments.count()).toBe(2);
    const theirs = comments.filter({ hasText: 'Is yearly enough?' });
    expect(await theirs.getByRole('button', { name: /^Reply/ }).count()).toBe(1);
    expect(await theirs.getByRole('button', { name: /^Resolve/ }).count()).toBe(0);
    expect(await comments.filter({ hasText: 'Say who trains.' }).getByRole('button', { name: /^Resolve/ }).count()).toBe(1);
    // Resolving one's own comment says so as one's own (found by a review).
    await comments.filter({ hasText: 'Say who trains.' }).getByRole('button', { name: /^Resolve/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('You resolved your comment.');
    // One message at a time: a reply's, then a new comment's in its place.
    const panel = page.getByTestId('comments');
    const messages = () => panel.locator('[role="status"]:not(:empty)').allTextContents();
    await theirs.getByRole('button', { name: /^Reply/ }).click();
    await theirs.getByLabel('Your reply to Dana Cruz, CSEC coordinator').fill('Yearly, and before a first MDT meeting.');
    await theirs.getByRole('button', { name: 'Add the reply' }).click();
    await expect.poll(messages).toEqual(['Your reply to Dana Cruz, CSEC coordinator is added.']);
    await panel.getByLabel('Comment', { exact: true }).fill('Name the trainer.');
    await panel.getByRole('button', { name: 'Add the comment' }).click();
    await expect.poll(messages).toEqual(['Your comment on How often training is given is added.']);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Your comment on How often training is given is added.');
    // A reviewer can read the draft on paper or pass it on: a DRAFT export, and nothing that is the committee's.
    await page.getByRole('button', { name: 'Back to the task list' }).first().click();
    const exporting = page.locator('section.export');
    expect(await exporting.getByRole('heading', { level: 2 }).textContent()).toBe('Export the draft to read');
    expect(await exporting.getByRole('button', { name: /^Final/ }).count()).toBe(0);
    expect(await exporting.getByRole('checkbox').count()).toBe(0);
    const pdf = await download(page, exporting.getByRole('button', { name: 'Draft PDF', exact: true }));
    expect(pdf.name).toMatch(/-draft\.pdf$/);
    expect(await pdfText(pdf.path)).toContain('DRAFT');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('export-status');
    expect(await axeViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
