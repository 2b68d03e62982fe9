import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdit, contentHash, serializeDraft } from '../../src/model';
import { readFailure } from '../../src/cli/io';
import { csecMou, scratchFolder } from '../support/cli';
import { completeDraft, withChange } from '../support/drafts';
import { findTool, pdfText, run as runTool } from '../support/interop';
import { unzipText } from '../support/zip';

const { dir, file } = scratchFolder('csec-verify-');


const certified = applyEdit(completeDraft(), { kind: 'certify', by: 'Dana Cruz', on: '2026-12-02' });
const draftFile = file('final.json', serializeDraft(certified));
const hash = contentHash(certified);
const finalPdf = join(dir, 'final.pdf');
const finalDocx = join(dir, 'final.docx');
const draftPdf = join(dir, 'draft.pdf');

describe('the content hash of a final MOU, and csec-mou verify', () => {
  it('prints the hash in every page footer of the final PDF and Word file and keeps it in their properties; a draft export has none', async () => {
    expect((await csecMou('export', draftFile, '--pdf', finalPdf, '--docx', finalDocx, '--final')).code).toBe(0);
    expect((await csecMou('export', draftFile, '--pdf', draftPdf)).code).toBe(0);
    const pages = (await pdfText(finalPdf)).split('\f').filter((page) => page.trim());
    expect(pages.length).toBeGreaterThan(1);
    const short = hash.slice('sha256:'.length, 'sha256:'.length + 16);
    for (const [i, page] of pages.entries()) expect(page, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length} · Content hash ${short}`);
    const info = await runTool(await findTool({ name: 'pdfinfo', candidates: ['/usr/bin/pdfinfo'], install: 'apt-get install poppler-utils' }), ['-meta', finalPdf]);
    expect(info).toContain(`<csec:contentHash>${hash}</csec:contentHash>`);
    const parts = unzipText(new Uint8Array(readFileSync(finalDocx)));
    expect(parts.get('docProps/custom.xml')).toContain(`<vt:lpwstr>${hash}</vt:lpwstr>`);
    expect([...parts].filter(([name]) => name.startsWith('word/footer')).map(([, xml]) => xml).join('')).toContain(`Content hash ${short}`);
    expect(await pdfText(draftPdf)).not.toContain('Content hash');
  });

  it('exits 0 when the PDF matches the draft, saying who certified it', async () => {
    const { code, out, err } = await csecMou('verify', draftFile, finalPdf);
    expect([code, err]).toEqual([0, '']);
    expect(out).toBe(`${finalPdf} matches ${draftFile}: both are ${hash}. The draft was certified final by Dana Cruz on December 2, 2026.\n`);
  });

  it('still finds the hash when only a compressed stream holds it, as in a PDF another program saved again', async () => {
    // The XMP packet (plain) blanked out in place, so every offset stays right: the document
    // information, inside a deflated object stream, is then the only place the hash is.
    const bytes = readFileSync(finalPdf);
    const text = bytes.toString('latin1');
    const stamp = `<csec:contentHash>${hash}</csec:contentHash>`;
    const blanked = Buffer.from(text.replace(stamp, ' '.repeat(stamp.length)), 'latin1');
    expect(blanked.length).toBe(bytes.length);
    expect(blanked.toString('latin1')).not.toContain(hash);
    const resaved = join(dir, 'resaved.pdf');
    writeFileSync(resaved, blanked);
    expect(await runTool(await findTool({ name: 'qpdf', candidates: ['/usr/bin/qpdf'], install: 'apt-get install qpdf' }), ['--check', resaved])).toContain('No syntax or stream encoding errors');
    expect((await csecMou('verify', draftFile, resaved)).code).toBe(0);
  });

  it('exits 1 when the draft changed after the export, or for a draft export, which carries no hash', async () => {
    const changed = file('changed.json', serializeDraft(withChange(completeDraft(), (d) => { d.sections.training.frequency = 'Every year'; })));
    const mismatch = await csecMou('verify', changed, finalPdf);
    expect(mismatch.code).toBe(1);
    expect(mismatch.out).toContain(`The PDF was made from content ${hash}.`);
    expect(mismatch.out).toMatch(/The draft's content is +sha256:[0-9a-f]{64}\./);
    const unstamped = await csecMou('verify', draftFile, draftPdf);
    expect(unstamped.code).toBe(1);
    expect(unstamped.out).toContain('carries no content hash');
  });

  it('exits 1 for the final compliance report, which carries the same content hash but is not the MOU', async () => {
    const reportPdf = join(dir, 'report.pdf');
    const reportDocx = join(dir, 'report.docx');
    expect((await csecMou('export', draftFile, '--final', '--report', reportPdf)).code).toBe(0);
    expect((await csecMou('export', draftFile, '--final', '--report', reportDocx)).code).toBe(0);
    const { code, out } = await csecMou('verify', draftFile, reportPdf);
    expect(code).toBe(1);
    expect(out).toBe(`${reportPdf} is the compliance report, made from ${draftFile}'s content, not the final MOU. Name the MOU's PDF to check it.\n`);
    // The same words in the Word file's properties, and the MOU says nothing of the kind.
    expect(unzipText(new Uint8Array(readFileSync(reportDocx))).get('docProps/custom.xml')).toMatch(/name="CSECDocument"[^>]*><vt:lpwstr>compliance report</);
    expect(unzipText(new Uint8Array(readFileSync(finalDocx))).get('docProps/custom.xml')).not.toContain('CSECDocument');
    // Found in the document information too, where only a compressed stream holds it.
    const text = readFileSync(reportPdf).toString('latin1');
    const xmp = /<csec:contentHash>[^<]*<\/csec:contentHash>\s*<csec:document>[^<]*<\/csec:document>/.exec(text)![0];
    const resaved = join(dir, 'report-resaved.pdf');
    writeFileSync(resaved, Buffer.from(text.replace(xmp, ' '.repeat(xmp.length)), 'latin1'));
    expect((await csecMou('verify', draftFile, resaved)).out).toContain('is the compliance report');
  });

  it('exits 2 when the PDF or the draft cannot be read', async () => {
    const notPdf = await csecMou('verify', draftFile, draftFile);
    expect(notPdf.code).toBe(2);
    expect(notPdf.err).toBe(`Cannot read ${draftFile}: it is not a PDF.\n`);
    expect((await csecMou('verify', draftFile, join(dir, 'none.pdf'))).err).toContain('there is no such file');
    expect((await csecMou('verify', file('bad.json', '{'), finalPdf)).code).toBe(2);
    expect((await csecMou('verify', draftFile)).code).toBe(2);
    // A device that never ends is refused at once, as a draft and as a PDF.
    expect(await csecMou('verify', draftFile, '/dev/zero')).toMatchObject({ code: 2, err: 'Cannot read /dev/zero: it is not a file.\n' });
    expect(await csecMou('verify', '/dev/zero', finalPdf)).toMatchObject({ code: 2, err: 'Cannot read /dev/zero: it is not a file.\n' });
    // The system's codes in words, not its own text ("EACCES: permission denied, open 'x'").
    const failure = (code: string) => readFailure(Object.assign(new Error(`${code}: raw text`), { code }));
    expect(['ENOENT', 'EISDIR', 'EACCES', 'EPERM', 'ENOTDIR'].map(failure))
      .toEqual(['there is no such file', 'it is a folder', 'permission denied', 'permission denied', 'part of its path is not a folder']);
  });
});
