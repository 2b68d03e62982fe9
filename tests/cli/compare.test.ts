import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeDraft } from '../../src/model';
import { csecMou, scratchFolder } from '../support/cli';
import { unzip } from '../support/zip';
import { completeDraft, withChange } from '../support/drafts';

const { dir, file } = scratchFolder('csec-compare-');

const compare = (...args: string[]) => csecMou('compare', ...args);

const older = file('older.json', serializeDraft(completeDraft()));
const newer = file('newer.json', serializeDraft(withChange(completeDraft(), (d) => {
  d.sections.governance.survivorInput = 'Survivor advocates reviewed every draft and the final text.';
  d.agencies = d.agencies.filter((a) => !a.roles.includes('probation'));
})));

describe('csec-mou compare', () => {
  it('exits 0 and says so when the drafts do not differ', async () => {
    const { code, out, err } = await compare(older, file('same.json', serializeDraft(completeDraft())));
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('No differences.');
  });

  it('prints the differences part by part, the findings that appeared, and exits 1', async () => {
    const { code, out, err } = await compare(older, newer);
    expect(code).toBe(1);
    expect(err).toContain('which is not an agency in this draft');
    const lines = out.split('\n');
    expect(lines[0]).toBe(`Comparing ${older} (older) with ${newer} (newer)`);
    const at = (line: string) => lines.indexOf(line);
    expect(at('Agencies and signatures')).toBeGreaterThan(0);
    expect(at('  removed  Agency: Yolo County Probation Department')).toBe(at('Agencies and signatures') + 1);
    expect(at('4. Governance')).toBeGreaterThan(at('Agencies and signatures'));
    expect(lines).toContain('  changed  How survivors informed the protocol: Survivor advocates reviewed every [-draft.-]{+draft and the final text.+}');
    expect(lines.find((line) => line.startsWith('  appeared [partner-probation]'))).toBeDefined();
    // The removed agency's place in the MDT tier goes with it (the file is repaired on reading, and says so).
    expect(lines).toContain("  removed  Immediate response MDT: Members: Yolo County Probation Department");
    expect(lines.at(-2)).toMatch(/^3 changes in 3 parts; \d+ findings? appeared, 0 resolved\.$/);
  });

  it('says first when the two drafts are of different counties or titles, then compares them', async () => {
    const other = file('lassen.json', serializeDraft(completeDraft(['Lassen'])));
    const { code, out, err } = await compare(older, other);
    expect(code).toBe(1);
    expect(err).toBe(`Note: ${older} is the draft “${completeDraft().title}” for Yolo County and ${other} is the draft “${completeDraft(['Lassen']).title}” for Lassen County: they may be drafts of different protocols.\n`);
    expect(out).toContain('County or counties');
  });

  it('gives the comparison as JSON with --json', async () => {
    const { code, out } = await compare(older, newer, '--json');
    expect(code).toBe(1);
    const comparison = JSON.parse(out);
    expect(comparison.parts.map((p: { title: string }) => p.title)).toEqual(['Agencies and signatures', '4. Governance', '7. Multidisciplinary teams']);
    expect(comparison.findings.appeared.map((f: { ruleId: string }) => f.ruleId)).toContain('partner-probation');
  });

  it('exits 2 for a file that is not a draft, and asks for two files', async () => {
    const broken = await compare(older, file('broken.json', '{"format": "csec-mou-draft", "draft": '));
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/^Cannot open .*broken\.json as a draft\./);
    expect(broken.out).toBe('');
    const missing = await compare(older, join(dir, 'nowhere.json'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('there is no such file');
    const one = await compare(older);
    expect(one.code).toBe(2);
    expect(one.err).toMatch(/^Name two draft files: the older, then the newer\./);
  });

  it('writes the redline Word file with --docx: the newer MOU with the changes as tracked changes by --author', async () => {
    const redline = join(dir, 'redline.docx');
    const { code, out, err } = await compare(older, newer, '--docx', redline, '--author', 'Sam Ortiz & Co.');
    expect(code).toBe(1);
    expect(err).toContain('which is not an agency in this draft');
    expect(out).toContain(`Wrote ${redline}: the newer MOU with the changes as tracked changes by Sam Ortiz & Co.`);
    const xml = new TextDecoder().decode(unzip(new Uint8Array(readFileSync(redline))).find((p) => p.path === 'word/document.xml')!.bytes);
    const changes = [...xml.matchAll(/<w:(ins|del) w:id="\d+" w:author="([^"]*)" w:date="[^"]+"/g)];
    expect(changes.length).toBeGreaterThan(0);
    expect(new Set(changes.map(([, , author]) => author))).toEqual(new Set(['Sam Ortiz &amp; Co.']));
    expect(xml).toMatch(/<w:delText xml:space="preserve">Yolo County Probation Department<\/w:delText>/);
    // The older file by its name as the app says it, never by a path on the reviewer's computer.
    expect(xml).toContain(`Tracked changes show what changed since the file ${basename(older)}.`);
    expect(xml).not.toContain(dir);

    // Drafts that read the same give a redline with nothing marked, and exit 0.
    const same = join(dir, 'same-redline.docx');
    expect((await compare(older, older, '--docx', same)).code).toBe(0);
    const sameXml = new TextDecoder().decode(unzip(new Uint8Array(readFileSync(same))).find((p) => p.path === 'word/document.xml')!.bytes);
    expect(sameXml).not.toMatch(/<w:(ins|del) /);
  });

  it('refuses a --docx that is not a Word file or is one of the drafts, and --author without --docx, writing nothing', async () => {
    const notWord = await compare(older, newer, '--docx', join(dir, 'redline.pdf'));
    expect(notWord.code).toBe(2);
    expect(notWord.err).toMatch(/^--docx names a Word file ending in \.docx/);
    const author = await compare(older, newer, '--author', 'Sam');
    expect(author.code).toBe(2);
    expect(author.err).toMatch(/^--author names who the tracked changes of --docx are by/);
    // A draft file whose name ends in .docx is still never written over.
    const text = serializeDraft(completeDraft());
    const oddlyNamed = file('draft-named.docx', text);
    const itself = await compare(older, oddlyNamed, '--docx', oddlyNamed);
    expect(itself.code).toBe(2);
    expect(itself.err).toMatch(/^--docx names one of the draft files/);
    expect(readFileSync(oddlyNamed, 'utf8')).toBe(text);
  });
});
