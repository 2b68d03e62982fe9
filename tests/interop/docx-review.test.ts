import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareExport, typographic, withOpenComments } from '../../src/document';
import { applyEdit, restoreDraft, serializeDraft, type Draft, type DraftEdit } from '../../src/model';
import { renderDocx } from '../../src/render/docx';
import { commentAbout } from '../../src/wizard/comment-places';
import { testFonts } from '../support/fonts';
import { csecMou } from '../support/cli';
import { convertWithLibreOffice } from '../support/interop';
import { unzip } from '../support/zip';

/**
 * The Word files of reviewing, opened by LibreOffice (converted in one run): a draft with
 * reviewers' comments, where it must see every open comment and reply, with its author and time,
 * in the paragraph the comment is about; and the redline of `csec-mou compare --docx`, whose
 * tracked changes it must read with their author.
 */

interface Annotation {
  author: string;
  date: string;
  text: string;
  /** The text of the paragraph the comment sits in. */
  paragraph: string;
}

const decode = (xml: string) => xml.replace(/<[^>]+>/g, '').replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The annotations of a flat ODF text file, each with the paragraph that holds it. */
function annotations(fodt: string): Annotation[] {
  // Each annotation holds paragraphs of its own: take them out first, leaving a numbered mark.
  const bodies: string[] = [];
  const marked = fodt.replace(/<office:annotation(?=[\s>])[^>]*>([\s\S]*?)<\/office:annotation>/g, (_all, body: string) => `@@annotation-${bodies.push(body) - 1}@@`);
  const found: Annotation[] = [];
  for (const paragraph of marked.match(/<text:(p|h)\b[^>]*>[\s\S]*?<\/text:\1>/g) ?? []) {
    for (const [, index] of paragraph.matchAll(/@@annotation-(\d+)@@/g)) {
      const body = bodies[Number(index)]!;
      found.push({
        author: decode(/<dc:creator>([\s\S]*?)<\/dc:creator>/.exec(body)?.[1] ?? ''),
        date: /<dc:date>([^<]*)<\/dc:date>/.exec(body)?.[1] ?? '',
        text: decode(body.replace(/<dc:creator>[\s\S]*?<\/dc:creator>|<dc:date>[\s\S]*?<\/dc:date>|<meta:creator-initials>[\s\S]*?<\/meta:creator-initials>/g, '')).trim(),
        paragraph: decode(paragraph.replace(/@@annotation-\d+@@/g, '')).trim(),
      });
    }
  }
  return found;
}

/**
 * A flat ODF text's tracked changes, each with its kind, author and the words it marks:
 * LibreOffice keeps both inserted and deleted words in the body between change marks, and says in
 * the change's region which it is and by whom.
 */
function trackedChanges(fodt: string): Array<{ kind: string; author: string; words: string }> {
  const marked = new Map([...fodt.matchAll(/<text:change-start text:change-id="([^"]+)"\/>([\s\S]*?)<text:change-end text:change-id="\1"\/>/g)]
    .map(([, id, words]) => [id!, decode(words!).replace(/\s+/g, ' ').trim()]));
  return [...fodt.matchAll(/<text:changed-region\b[^>]*text:id="([^"]+)"[^>]*>([\s\S]*?)<\/text:changed-region>/g)].map(([, id, body]) => ({
    kind: /<text:(insertion|deletion|format-change)\b/.exec(body!)?.[1] ?? '',
    author: decode(/<dc:creator>([\s\S]*?)<\/dc:creator>/.exec(body!)?.[1] ?? ''),
    words: marked.get(id!) ?? '',
  }));
}

describe('reviewing’s Word files, as LibreOffice reads them', () => {
  let dir: string;
  let draft: Draft;
  let seen: Annotation[];
  let commentsXml: string;
  let redline: string;
  let redlineExit: number;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'docx-comments-'));
    const restored = restoreDraft(await readFile(new URL('../../examples/complete-single-county.csecmou.json', import.meta.url), 'utf8'));
    if (!restored.ok) throw new Error('the example does not open');
    const roles = restored.value.draft.agencies[1]!;
    const at = (minute: number) => `2026-12-02T10:${String(minute).padStart(2, '0')}:00.000Z`;
    const edits: DraftEdit[] = [
      { kind: 'comment', comment: { id: 'tool', anchor: { section: 'identification', recordId: null, field: 'sections.identification.screeningTool', label: 'Screening tool' }, author: 'Sam Ortiz, CalTA', at: at(1), text: 'Which version of the tool? Say so & <why>.' } },
      { kind: 'reply', commentId: 'tool', reply: { id: 'tool-1', author: 'Dana Cruz', at: at(5), text: 'Version 2.0.' } },
      { kind: 'comment', comment: { id: 'duties', anchor: { section: 'roles', recordId: roles.id, field: 'responsibilities', label: roles.name }, author: 'Rosa Díaz', at: at(2), text: 'Too broad.' } },
      { kind: 'comment', comment: { id: 'whole', anchor: { section: 'training', recordId: null, field: null, label: '' }, author: 'Rosa Díaz', at: at(3), text: 'Who trains?' } },
      { kind: 'comment', comment: { id: 'done', anchor: { section: 'data', recordId: null, field: null, label: '' }, author: 'Rosa Díaz', at: at(4), text: 'Settled.' } },
      { kind: 'commentStatus', commentId: 'done', status: 'resolved', by: 'Dana Cruz', at: at(6) },
    ];
    draft = edits.reduce(applyEdit, restored.value.draft);
    const prepared = prepareExport(draft, { final: false, today: '2026-12-02' });
    if (!prepared.ok) throw new Error('a draft export is never refused');
    const path = join(dir, 'commented.docx');
    const bytes = await renderDocx(withOpenComments(prepared.value, draft, (c) => commentAbout(draft, c)), await testFonts());
    await writeFile(path, bytes);
    commentsXml = new TextDecoder().decode(unzip(bytes).find((p) => p.path === 'word/comments.xml')!.bytes);

    // The redline: the example against itself with a sentence changed and an agency gone.
    const older = join(dir, 'older.csecmou.json');
    const newer = join(dir, 'newer.csecmou.json');
    await writeFile(older, serializeDraft(restored.value.draft));
    const edited = [
      { kind: 'set', path: ['sections', 'training', 'frequency'], value: 'At hire and every nine weeks after' },
      { kind: 'remove', list: 'agencies', id: restored.value.draft.agencies.find((a) => a.roles.includes('county-office-of-education'))!.id },
    ] satisfies DraftEdit[];
    await writeFile(newer, serializeDraft(edited.reduce(applyEdit, restored.value.draft)));
    const redlinePath = join(dir, 'redline.docx');
    redlineExit = (await csecMou('compare', older, newer, '--docx', redlinePath, '--author', 'Sam Ortiz, CalTA')).code;

    const [fodt, redlineFodt] = await convertWithLibreOffice([path, redlinePath], dir, 'fodt');
    seen = annotations(await readFile(fodt!, 'utf8'));
    redline = await readFile(redlineFodt!, 'utf8');
  }, 300_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('shows every open comment and reply with its author and time, and no resolved one', () => {
    expect(seen.map((a) => [a.author, a.date.slice(0, 16)]).sort()).toEqual([
      ['Dana Cruz', '2026-12-02T10:05'], ['Rosa Díaz', '2026-12-02T10:02'], ['Rosa Díaz', '2026-12-02T10:03'], ['Sam Ortiz, CalTA', '2026-12-02T10:01'],
    ]);
    expect(seen.some((a) => a.text.includes('Settled.'))).toBe(false);
    expect(commentsXml).toContain('Say so &amp; &lt;why&gt;.');
  });

  it('puts each comment in the paragraph it is about: a field’s words, an agency’s duties, a section’s heading', () => {
    const on = (words: string) => seen.find((a) => a.text.includes(words))!;
    expect(on('Which version of the tool?')).toMatchObject({ text: 'On Screening tool: Which version of the tool? Say so & <why>.' });
    expect(on('Which version of the tool?').paragraph).toContain(`Screening tool: ${draft.sections.identification.screeningTool}`);
    expect(on('Version 2.0.').paragraph).toBe(on('Which version of the tool?').paragraph);
    const duties = typographic(draft.agencies[1]!.responsibilities.split('\n')[0]!.trim());
    expect(on('Too broad.').paragraph).toContain(duties.slice(0, 60));
    expect(on('Too broad.').text).toBe(`On ${typographic(draft.agencies[1]!.name)}: roles and responsibilities: Too broad.`);
    expect(on('Who trains?').paragraph).toMatch(/^\d+\. Training$/);
  });

  it('reads the redline’s tracked changes, each by its author: the words removed, and the words added', () => {
    expect(redlineExit).toBe(1);
    const changes = trackedChanges(redline);
    expect(new Set(changes.map((c) => c.author))).toEqual(new Set(['Sam Ortiz, CalTA']));
    expect(new Set(changes.map((c) => c.kind))).toEqual(new Set(['insertion', 'deletion']));
    const words = (kind: string) => changes.filter((c) => c.kind === kind).map((c) => c.words);
    expect(words('deletion')).toContain('Mendocino County Office of Education');
    expect(words('insertion').some((inserted) => inserted.includes('nine weeks'))).toBe(true);
    expect(words('insertion').some((inserted) => inserted.includes('Office of Education'))).toBe(false);
  });
});
