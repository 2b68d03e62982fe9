import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdit, contentHash, restoreDraft, serializeDraft, serializeReview, type DraftEdit } from '../../src/model';
import { csecMou, scratchFolder } from '../support/cli';
import { completeDraft } from '../support/drafts';
import { unzip } from '../support/zip';

const { dir, file } = scratchFolder('csec-comments-');
const at = (minute: number) => `2026-12-02T10:${String(minute).padStart(2, '0')}:00.000Z`;
const draft = completeDraft(['Napa']);
const probation = draft.agencies.find((a) => a.roles.includes('probation'))!;

const reviewBy = (edits: DraftEdit[]) => serializeReview(edits.reduce(applyEdit, draft));
const sam = file('sam.csecreview.json', reviewBy([
  { kind: 'comment', comment: { id: 's1', anchor: { section: 'training', recordId: null, field: 'sections.training.frequency', label: 'How often training is given' }, author: 'Sam Ortiz', at: at(1), text: 'Say how often.\nAnd by whom.' } },
  { kind: 'sectionReview', section: 'training', reviewer: 'Sam Ortiz', status: 'changes-requested', at: at(2) },
]));
const rosa = file('rosa.csecreview.json', reviewBy([
  { kind: 'comment', comment: { id: 'r1', anchor: { section: 'agencies', recordId: probation.id, field: null, label: probation.name }, author: 'Rosa Díaz', at: at(3), text: 'Signer?' } },
  { kind: 'commentStatus', commentId: 'r1', status: 'resolved', by: 'Dana Cruz', at: at(4) },
  // Changed, then taken back, by its author.
  { kind: 'comment', comment: { id: 'r2', anchor: { section: 'training', recordId: null, field: null, label: '' }, author: 'Rosa Díaz', at: at(5), text: 'Cut this section.' } },
  { kind: 'commentText', commentId: 'r2', text: 'Cut this section?', by: 'Rosa Díaz', at: at(6) },
  { kind: 'commentWithdrawal', commentId: 'r2', withdrawn: true, by: 'Rosa Díaz', at: at(7) },
]));
// With a field of the envelope this version does not know, which --out keeps.
const committee = file('napa.csecmou.json', serializeDraft(draft, { envelopeExtras: { 'x-county-ref': 'NAPA-2026-14' } }));

describe('csec-mou comments', () => {
  it('takes in several review files, lists every comment part by part, writes the merged draft with --out, and exits 1 while comments are open', async () => {
    const merged = join(dir, 'merged.csecmou.json');
    const { code, out, err } = await csecMou('comments', committee, sam, rosa, '--out', merged);
    expect(err).toBe('');
    expect(code).toBe(1);
    const lines = out.split('\n');
    expect(lines[0]).toBe(`${draft.title} · Napa County`);
    expect(lines).toContain('Agencies and signatures');
    expect(lines.some((l) => /^ {2}resolved {2}Napa County Probation Department — Rosa Díaz, /.test(l))).toBe(true);
    expect(lines.indexOf('11. Training')).toBeGreaterThan(lines.indexOf('Agencies and signatures'));
    expect(lines.some((l) => /^ {2}verdict {3}Sam Ortiz: changes requested \(/.test(l))).toBe(true);
    expect(lines.some((l) => /^ {2}open {6}How often training is given — Sam Ortiz, /.test(l))).toBe(true);
    expect(lines).toContain('            Say how often.');
    expect(lines).toContain('            And by whom.');
    expect(lines.some((l) => /^ {12}resolved by Dana Cruz, /.test(l))).toBe(true);
    expect(lines.some((l) => /^ {2}withdrawn The whole of “11. Training” — Rosa Díaz, December 2, 2026, .+ \(changed December 2, 2026, .+\)$/.test(l))).toBe(true);
    expect(lines).toContain('            Cut this section?');
    expect(lines.some((l) => /^ {12}withdrawn by Rosa Díaz, /.test(l))).toBe(true);
    expect(lines).toContain('1 open comment, 1 resolved, 1 withdrawn.');
    expect(out).toContain(`Wrote ${merged}: the draft with the review files’ comments and verdicts taken in; its text is as it was.`);
    const restored = restoreDraft(readFileSync(merged, 'utf8'));
    expect(restored.ok && restored.value.envelopeExtras).toEqual({ 'x-county-ref': 'NAPA-2026-14' });
    expect(restored.ok && restored.value.draft.comments.map((c) => c.id)).toEqual(['s1', 'r1', 'r2']);
    expect(restored.ok && contentHash(restored.value.draft)).toBe(contentHash(draft));

    // --open leaves the resolved one out; a draft with none open exits 0.
    const open = await csecMou('comments', merged, '--open');
    expect([open.code, open.err]).toEqual([1, '']);
    expect(open.out).toMatch(/^ {2}open {6}How often training is given — Sam Ortiz, /m);
    expect(open.out).not.toContain('Rosa Díaz');
    const none = await csecMou('comments', committee, rosa);
    expect(none.code).toBe(0);
    expect(none.out).toContain('0 open comments, 1 resolved, 1 withdrawn.');
    // An answer the committee has changed since the reviewer commented on it is said so, under the comment.
    expect(out).not.toContain('The answer has changed');
    const changed = file('napa-changed.csecmou.json', serializeDraft(applyEdit(draft, { kind: 'set', path: ['sections', 'training', 'frequency'], value: 'Every six months' })));
    const since = await csecMou('comments', changed, sam);
    expect(since.out).toContain('            And by whom.\n            The answer has changed since this comment was written.\n');
    // A review made on an earlier text is taken in with a note, as the app says it.
    expect(since.err).toBe(`Note: ${sam} was written on an earlier text of this draft: check that its comments still apply.\n`);
    // Written again over the merged draft of this same protocol, as a second merge would be.
    const again = await csecMou('comments', committee, sam, rosa, '--out', merged);
    expect([again.code, again.err]).toEqual([1, '']);
  });

  it('refuses a draft given as a review file, another county’s review, and --out naming an input or another protocol’s draft, changing nothing', async () => {
    const asReview = await csecMou('comments', committee, committee);
    expect(asReview.code).toBe(2);
    expect(asReview.err).toMatch(/^Cannot open .*napa\.csecmou\.json as a review file\. This is a draft file, not a review file\. To see what changed between it and your draft, run: csec-mou compare YOUR-DRAFT THIS-FILE\n$/);
    // A review file from a newer version of the app says what to run it with.
    const newer = await csecMou('comments', committee, file('newer.csecreview.json', JSON.stringify({ format: 'csec-mou-review', version: 99 })));
    expect([newer.code, newer.out]).toEqual([2, '']);
    expect(newer.err).toMatch(/as a review file\. This review file was saved by a newer version of the app: its file version is 99, and this app \([^)]+\) reads up to \d+\. Run this command with that version of csec-mou or a later one\.\n$/);
    // And the other way round: a review file named as the draft says which command takes it in.
    const reviewAsDraft = await csecMou('check', sam);
    expect(reviewAsDraft.code).toBe(2);
    expect(reviewAsDraft.err).toContain('It is a review file: a reviewer’s comments, without the draft. Take it in with: csec-mou comments YOUR-DRAFT THIS-FILE');
    const yolo = file('yolo.csecreview.json', serializeReview(completeDraft(['Yolo'])));
    const other = await csecMou('comments', committee, yolo);
    expect(other.code).toBe(2);
    expect(other.err).toMatch(/is a review of the draft “[^”]+” for Yolo County, not of this one;/);
    // Another protocol of the same county (a companion protocol) is refused too, unless the user
    // says this draft was retitled since.
    const companion = file('companion.csecreview.json', reviewBy([
      { kind: 'comment', comment: { id: 'c1', anchor: { section: 'training', recordId: null, field: null, label: '' }, author: 'Sam Ortiz', at: at(5), text: 'Juvenile hall staff?' } },
    ]).replace(JSON.stringify(draft.title), JSON.stringify('Napa County Companion Protocol for Juvenile Hall')));
    const another = await csecMou('comments', committee, companion);
    expect(another.code).toBe(2);
    expect(another.err).toBe(`${companion} is a review of the draft “Napa County Companion Protocol for Juvenile Hall” for Napa County, and this draft is “${draft.title}”; nothing was taken in. If this draft was retitled since, name --other-title to take it in.\n`);
    const retitled = await csecMou('comments', committee, companion, '--other-title');
    expect([retitled.code, retitled.err]).toEqual([1, '']);
    expect(retitled.out).toContain('Juvenile hall staff?');
    const before = readFileSync(sam, 'utf8');
    const over = await csecMou('comments', committee, sam, '--out', sam);
    expect(over.code).toBe(2);
    expect(over.err).toMatch(/^--out names .*sam\.csecreview\.json, which this command reads/);
    expect(readFileSync(sam, 'utf8')).toBe(before);
    // A name that is not a draft file's, such as an exported MOU's, is refused before anything is written.
    const pdf = file('mou.pdf', '%PDF-1.7');
    const wrongEnding = await csecMou('comments', committee, sam, '--out', pdf);
    expect(wrongEnding.code).toBe(2);
    expect(wrongEnding.err).toContain(`--out names a draft file ending in .csecmou.json, such as ${pdf.replace(/\.pdf$/, '')}.csecmou.json.`);
    expect(readFileSync(pdf, 'utf8')).toBe('%PDF-1.7');
    // Nor over another protocol's draft, or a file that is not a draft: a committee's work cannot be exported again.
    const yoloDraft = file('yolo.csecmou.json', serializeDraft(completeDraft(['Yolo'])));
    const notDraft = file('notes.json', '{"mine": true}');
    for (const [target, why] of [[yoloDraft, 'already holds the draft “'], [notDraft, 'already exists and is not a draft file']] as const) {
      const was = readFileSync(target, 'utf8');
      const refused = await csecMou('comments', committee, sam, '--out', target);
      expect([refused.code, refused.out]).toEqual([2, '']);
      expect(refused.err).toContain(`${target} ${why}`);
      expect(refused.err).toContain('nothing was written. Name a new file for the merged draft.');
      expect(readFileSync(target, 'utf8')).toBe(was);
    }
  });
});

describe('csec-mou export --comments', () => {
  it('puts the open comments in the margin of the draft Word file', async () => {
    const merged = file('with-comments.csecmou.json', serializeDraft(applyEdit(draft,
      { kind: 'comment', comment: { id: 'x', anchor: { section: 'training', recordId: null, field: null, label: '' }, author: 'Sam Ortiz', at: at(1), text: 'Who trains?' } })));
    const docx = join(dir, 'commented.docx');
    const { code, out } = await csecMou('export', merged, '--docx', docx, '--comments');
    expect(code).toBe(0);
    expect(out).toBe(`Wrote ${docx}: draft (marked DRAFT on every page), with 1 open comment in the margin.\n`);
    const xml = new TextDecoder().decode(unzip(new Uint8Array(readFileSync(docx))).find((p) => p.path === 'word/comments.xml')!.bytes);
    expect(xml).toContain('w:author="Sam Ortiz"');
    expect(xml).toContain('Who trains?');
  });

  it('refuses --comments with --final, or without a Word file of the MOU', async () => {
    const final = await csecMou('export', committee, '--docx', join(dir, 'x.docx'), '--comments', '--final');
    expect(final.code).toBe(2);
    expect(final.err).toMatch(/^--comments puts reviewers’ open comments in a draft Word file/);
    const pdfOnly = await csecMou('export', committee, '--pdf', join(dir, 'x.pdf'), '--comments');
    expect(pdfOnly.code).toBe(2);
    expect(pdfOnly.err).toMatch(/^--comments puts the open comments in the MOU’s Word file: name one with --docx\./);
  });
});
