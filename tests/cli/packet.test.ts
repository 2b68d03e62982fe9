import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdit, contentHash, restoreDraft, serializeDraft, type Draft } from '../../src/model';
import { csecMou, scratchFolder } from '../support/cli';
import { completeDraft } from '../support/drafts';
import { pdfText } from '../support/interop';
import { unzip } from '../support/zip';

const { dir, file } = scratchFolder('csec-packet-');


// Certified, then two of the signing agencies sign (a signature is recorded on a locked text).
let draft: Draft = applyEdit(completeDraft(), { kind: 'certify', by: 'Dana Cruz', on: '2026-11-20' });
const [first, second] = draft.agencies.filter((a) => a.signs);
draft = applyEdit(draft, { kind: 'signature', agencyId: first!.id, signedOn: '2026-11-24' });
draft = applyEdit(draft, { kind: 'signature', agencyId: second!.id, signedOn: '2026-11-25' });
const draftFile = file('yolo.csecmou.json', serializeDraft(draft));

describe('csec-mou packet', () => {
  it('writes the submission packet: final MOU as PDF and Word, final report, signature status, draft file; the PDF verifies against the draft inside', async () => {
    const out = join(dir, 'packet.zip');
    const { code, out: said, err } = await csecMou('packet', draftFile, '--out', out);
    expect([code, err]).toEqual([0, '']);
    const entries = unzip(new Uint8Array(readFileSync(out)));
    expect(entries.map((e) => e.path)).toEqual([
      'yolo-csec-protocol-final.pdf', 'yolo-csec-protocol-final.docx', 'yolo-csec-protocol-compliance-report-final.pdf',
      'yolo-csec-protocol-signature-status.pdf', 'yolo-csec-protocol.csecmou.json',
    ]);
    expect(said).toContain(`Every final file carries the content hash ${contentHash(draft)}.`);
    const extracted = Object.fromEntries(entries.map((e) => [e.path, file(`x-${e.path}`, e.bytes)]));
    const inside = restoreDraft(readFileSync(extracted['yolo-csec-protocol.csecmou.json']!, 'utf8'));
    expect(inside.ok && inside.value.draft.signatures).toEqual(draft.signatures);
    const verified = await csecMou('verify', extracted['yolo-csec-protocol.csecmou.json']!, extracted['yolo-csec-protocol-final.pdf']!);
    expect(verified.code).toBe(0);
    expect(verified.out).toContain('certified final by Dana Cruz on November 20, 2026');
    expect(await pdfText(extracted['yolo-csec-protocol-compliance-report-final.pdf']!)).not.toContain('DRAFT');
    expect(entries.find((e) => e.path.endsWith(".docx"))!.bytes.subarray(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));

    const sheet = (await pdfText(extracted['yolo-csec-protocol-signature-status.pdf']!)).replace(/\s+/g, ' ');
    const signing = draft.agencies.filter((a) => a.signs).length;
    expect(sheet).toContain(`2 of ${signing} signing agencies have signed the MOU.`);
    expect(sheet).toContain(contentHash(draft));
    expect(sheet).toContain('It was certified final by Dana Cruz on November 20, 2026.');
    expect(sheet).toMatch(new RegExp(`${first!.name} Jordan Lee, Director Signed November 24, 2026`));
    expect(sheet).toMatch(/Pending Not yet/);
  });

  it('is refused while a blocking finding stands, writing nothing (exit 1)', async () => {
    const blocked = file('blocked.json', serializeDraft({ ...completeDraft(), agencies: completeDraft().agencies.filter((a) => !a.roles.includes('probation')) }));
    const out = join(dir, 'blocked.zip');
    const { code, err } = await csecMou('packet', blocked, '--out', out);
    expect(code).toBe(1);
    // Notes about the removed agency's dangling references come first; then the refusal.
    expect(err).toMatch(/^Packet refused: \d+ blocking findings? stands?\. Nothing was written\./m);
    expect(existsSync(out)).toBe(false);
  });

  it('is refused while its PDFs cannot show a name as written, saying where, writing nothing (exit 1)', async () => {
    const named = structuredClone(draft);
    const tier = named.mdtTiers[0]!;
    tier.name = `${tier.name} 🙂`;
    const out = join(dir, 'emoji.zip');
    const emoji = file('emoji.json', serializeDraft(named));
    const { code, err } = await csecMou('packet', emoji, '--out', out);
    expect(code).toBe(1);
    expect(err).toBe('Packet refused: The PDF cannot print "🙂" (U+1F642): its typeface has no letter for it, so it would come out as �. '
      + `Write it in Latin letters (or leave it out) where it is used, or export the final Word file with \`csec-mou export ${emoji} --final --docx OUT.docx\`, which keeps it. Nothing was written.\n`
      + `\nFound in:\n  - MDT tier “${tier.name}”: name\n`);
    expect(existsSync(out)).toBe(false);
  });

  it('asks for a zip to write, and refuses to write over the draft (exit 2)', async () => {
    expect((await csecMou('packet', draftFile)).err).toContain('Name the packet to write with --out PACKET.zip.');
    const notZip = await csecMou('packet', draftFile, '--out', join(dir, 'p.pdf'));
    expect(notZip.code).toBe(2);
    expect(notZip.err).toContain('--out names a zip file');
    // A draft whose name ends in .zip passes the zip check: the refusal is the same-file one.
    const text = serializeDraft(draft);
    const zipNamed = file('draft.zip', text);
    const same = await csecMou('packet', zipNamed, '--out', zipNamed);
    expect(same.code).toBe(2);
    expect(same.err).toContain('--out names the draft file itself');
    expect(readFileSync(zipNamed, 'utf8')).toBe(text);
  });

  it('is refused for a file changed after it was saved, as a final export is, unless --accept-changed is named (exit 2)', async () => {
    const edited = file('edited.csecmou.json', serializeDraft(draft).replace('"title": "', '"title": "Edited by hand: '));
    const out = join(dir, 'edited.zip');
    const refused = await csecMou('packet', edited, '--out', out);
    expect([refused.code, refused.out]).toEqual([2, '']);
    expect(refused.err).toBe(`Cannot make a submission packet from ${edited}: it was changed after it was saved: its contents do not match the checksum the app wrote into it (edited by hand or damaged on the way). `
      + 'Check its answers (open it in the app, which asks first, and save it again), or name --accept-changed to use it as it is. Nothing was written.\n');
    expect(existsSync(out)).toBe(false);
    const final = await csecMou('export', edited, '--final', '--pdf', join(dir, 'edited.pdf'));
    expect(final.code).toBe(2);
    expect(final.err).toMatch(/^Cannot make a final export from /);
    expect(existsSync(join(dir, 'edited.pdf'))).toBe(false);
    // A draft export, which says DRAFT on every page, goes on with the warning; so does the packet once accepted.
    expect((await csecMou('export', edited, '--pdf', join(dir, 'edited-draft.pdf'))).code).toBe(0);
    const accepted = await csecMou('packet', edited, '--out', out, '--accept-changed');
    expect(accepted.code).toBe(0);
    expect(accepted.err).toMatch(/^Warning: .* was changed after it was saved/);
    expect(existsSync(out)).toBe(true);
  });
});
