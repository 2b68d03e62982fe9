import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { writeAll } from '../../src/cli/write-files';
import { serializeDraft } from '../../src/model';
import { completeDraft, TODAY, withChange } from '../support/drafts';
import { unzipText } from '../support/zip';

const REGISTER = fileURLToPath(new URL('../../tools/register.js', import.meta.url));
const WRITER = fileURLToPath(new URL('./fixtures/write-big.ts', import.meta.url));
const AS_NOBODY = fileURLToPath(new URL('./fixtures/write-as-nobody.ts', import.meta.url));

/** A read-only file system to write to: a tmpfs mounted read-only, where this machine allows mounting (as root). */
function readOnlyDisk(): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'csec-ro-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    return null;
  }
}
const readOnly = readOnlyDisk();
afterAll(() => {
  if (readOnly) execFileSync('umount', [readOnly]);
});

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await run(args, { out: (t) => { out += t; }, err: (t) => { err += t; } }, TODAY);
  return { code, out, err };
}

/** A folder of its own holding one draft file. */
function folder(draftText = serializeDraft(completeDraft(['Napa']))) {
  const dir = mkdtempSync(join(tmpdir(), 'csec-export-'));
  const draft = join(dir, 'napa.csecmou.json');
  writeFileSync(draft, draftText);
  return { dir, draft, files: () => readdirSync(dir).sort() };
}

describe('csec-mou export keeps the user’s files safe', () => {
  it('refuses an output that is the draft file itself, before writing anything (exit 2)', async () => {
    const { dir, draft, files } = folder();
    const before = readFileSync(draft, 'utf8');
    // A link named like a Word file that leads to the draft.
    symlinkSync(draft, join(dir, 'mou.docx'));
    const { code, err } = await cli('export', draft, '--docx', join(dir, 'mou.docx'));
    expect(code).toBe(2);
    expect(err).toBe(`--docx names the draft file itself (${draft}); nothing was written. Choose another name.\n`);
    expect(readFileSync(draft, 'utf8')).toBe(before);
    expect(files()).toEqual(['mou.docx', 'napa.csecmou.json']);
  });

  it('refuses one file for both formats (exit 2)', async () => {
    const { dir, draft, files } = folder();
    writeFileSync(join(dir, 'out.docx'), 'kept');
    symlinkSync(join(dir, 'out.docx'), join(dir, 'out.pdf'));
    const { code, err } = await cli('export', draft, '--docx', join(dir, 'out.docx'), '--pdf', join(dir, '.', 'out.pdf'));
    expect(code).toBe(2);
    expect(err).toContain('--docx and --pdf name the same file');
    expect(readFileSync(join(dir, 'out.docx'), 'utf8')).toBe('kept');
    expect(files()).toEqual(['napa.csecmou.json', 'out.docx', 'out.pdf']);
  });

  it('refuses a name whose ending says the other format, or none (exit 2)', async () => {
    const { dir, draft, files } = folder();
    for (const [args, message] of [
      [['--pdf', join(dir, 'mou.docx'), '--docx', join(dir, 'mou.pdf')], `--pdf names a file ending in .pdf, such as ${join(dir, 'mou')}.pdf.`],
      [['--docx', join(dir, 'mou')], `--docx names a file ending in .docx, such as ${join(dir, 'mou')}.docx.`],
      [['--docx', ''], '--docx names a file ending in .docx, such as mou.docx.'],
    ] as const) {
      const { code, err } = await cli('export', draft, ...args);
      expect(code).toBe(2);
      expect(err).toContain(message);
    }
    expect(files()).toEqual(['napa.csecmou.json']);
  });

  it('says in one line why it cannot write, exits 2, and writes neither file nor leaves a temporary one', async () => {
    const { dir, draft, files } = folder();
    mkdirSync(join(dir, 'napa.pdf'));
    const asFolder = await cli('export', draft, '--docx', join(dir, 'napa.docx'), '--pdf', join(dir, 'napa.pdf'));
    expect(asFolder.code).toBe(2);
    expect(asFolder.err).toBe(`Cannot write ${join(dir, 'napa.pdf')}: it is a folder. Nothing was written.\n`);
    // Both files or neither: the Word file was not written either.
    expect(files()).toEqual(['napa.csecmou.json', 'napa.pdf']);

    const missing = await cli('export', draft, '--pdf', join(dir, 'no-such-folder', 'napa.pdf'));
    expect(missing.code).toBe(2);
    expect(missing.err).toBe(`Cannot write ${join(dir, 'no-such-folder', 'napa.pdf')}: its folder does not exist. Nothing was written.\n`);
    expect(files()).toEqual(['napa.csecmou.json', 'napa.pdf']);
  });

  it('replaces an existing file keeping its permissions, and writes both files', async () => {
    const { dir, draft, files } = folder();
    const pdf = join(dir, 'napa.pdf');
    writeFileSync(pdf, 'old');
    chmodSync(pdf, 0o640);
    const { code, out } = await cli('export', draft);
    expect(code).toBe(0);
    expect(out).toContain(`Wrote ${join(dir, 'napa.pdf')}`);
    expect(files()).toEqual(['napa.csecmou.json', 'napa.docx', 'napa.pdf']);
    expect(statSync(pdf).mode & 0o777).toBe(0o640);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('escapes control characters from the draft before they reach the terminal', async () => {
    const hostile = completeDraft(['Napa']);
    hostile.title = 'Napa \u001b[2J\u001b]0;owned\u0007 protocol\r';
    const { draft } = folder(serializeDraft(hostile));
    const { out } = await cli('check', draft);
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(out).toContain('Napa \\u001b[2J\\u001b]0;owned\\u0007 protocol \n');
  });

  it('keeps a value with a line break in it on its line of the listing', async () => {
    const broken = withChange(completeDraft(['Napa']), (d) => { d.title = 'Napa\nProtocol'; d.sections.training.audiences = []; });
    const { draft } = folder(serializeDraft(broken));
    const { out } = await cli('check', draft);
    expect(out.split('\n')[0]).toBe('Napa Protocol');
    const comments = await cli('comments', draft);
    expect(comments.out.split('\n')[0]).toBe('Napa Protocol · Napa County');
  });

  it('leaves no temporary file and neither output when interrupted in the middle of writing', async () => {
    const { dir, files } = folder();
    const child = spawn(process.execPath, ['--import', REGISTER, WRITER, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Interrupt once a temporary file exists: the write is under way.
    await expect.poll(() => files().some((name) => name.endsWith('.partial')), { timeout: 30_000, interval: 20 }).toBe(true);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(files()).toEqual(['napa.csecmou.json']);
  }, 60_000);

  it('never writes through a link planted at its temporary file’s name, and passes over the name', async () => {
    const { dir } = folder();
    const victim = join(dir, 'precious.txt');
    writeFileSync(victim, 'not to be overwritten');
    const planted = join(dir, '.napa.pdf.planted.partial');
    symlinkSync(victim, planted);
    const bytes = new Uint8Array([37, 80, 68, 70, 45]);

    // Every name it may use is taken by the link: it refuses, in words, and touches nothing.
    await expect(writeAll([{ path: join(dir, 'napa.pdf'), bytes }], () => planted))
      .rejects.toThrow(`Cannot write ${join(dir, 'napa.pdf')}: every temporary name tried beside it was already taken.`);
    expect(readFileSync(victim, 'utf8')).toBe('not to be overwritten');
    expect(readdirSync(dir)).not.toContain('napa.pdf');

    // The first name is taken, the next is free: the file is written, the victim untouched.
    const names = [planted, join(dir, '.napa.pdf.fresh.partial')];
    await writeAll([{ path: join(dir, 'napa.pdf'), bytes }], () => names.shift()!);
    expect(readFileSync(join(dir, 'napa.pdf'))).toEqual(Buffer.from(bytes));
    expect(readFileSync(victim, 'utf8')).toBe('not to be overwritten');
    expect(lstatSync(planted).isSymbolicLink() && readlinkSync(planted)).toBe(victim);
  });

  it('says "permission denied" in one line when the folder may not be written to, and writes nothing', async () => {
    const { dir, draft, files } = folder();
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    if (process.getuid?.() === 0) {
      // Root may write anywhere: the write is made as the "nobody" user instead.
      chmodSync(dir, 0o755);
      const line = execFileSync(process.execPath, ['--import', REGISTER, AS_NOBODY, join(locked, 'napa.pdf')], { encoding: 'utf8' });
      expect(line).toBe(`WriteError: Cannot write ${join(locked, 'napa.pdf')}: permission denied.\n`);
    } else {
      chmodSync(locked, 0o555);
      const { code, err } = await cli('export', draft, '--pdf', join(locked, 'napa.pdf'));
      expect(code).toBe(2);
      expect(err).toBe(`Cannot write ${join(locked, 'napa.pdf')}: permission denied. Nothing was written.\n`);
    }
    expect(readdirSync(locked)).toEqual([]);
    expect(files()).toEqual(['locked', 'napa.csecmou.json']);
  });

  it('leaves a read-only file as it is, though its folder may be written to, and says so (exit 2)', async () => {
    const { dir, draft } = folder();
    const target = join(dir, 'napa.pdf');
    writeFileSync(target, 'kept');
    chmodSync(target, 0o444);
    if (process.getuid?.() === 0) {
      // Root may write any file: the write is made as the "nobody" user, in a folder anyone may write to.
      chmodSync(dir, 0o777);
      const line = execFileSync(process.execPath, ['--import', REGISTER, AS_NOBODY, target], { encoding: 'utf8' });
      expect(line).toBe(`WriteError: Cannot write ${target}: the file is read-only.\n`);
    } else {
      const { code, err } = await cli('export', draft, '--pdf', target);
      expect(code).toBe(2);
      expect(err).toBe(`Cannot write ${target}: the file is read-only. Nothing was written.\n`);
    }
    expect(readFileSync(target, 'utf8')).toBe('kept');
    expect(readdirSync(dir).sort()).toEqual(['napa.csecmou.json', 'napa.pdf']);
  });

  it('writes a name the disk takes, however long, and says in words why a longer one or a looping link cannot be', async () => {
    const { dir, draft } = folder();
    // 240 bytes with its ending, under the 255 a name may have: the temporary name beside it is not longer.
    const long = join(dir, `${'a'.repeat(235)}.docx`);
    expect((await cli('export', draft, '--docx', long)).code).toBe(0);
    expect(statSync(long).size).toBeGreaterThan(0);
    const tooLong = join(dir, `${'b'.repeat(300)}.docx`);
    expect((await cli('export', draft, '--docx', tooLong)).err).toBe(`Cannot write ${tooLong}: its name is too long for the disk. Nothing was written.\n`);
    const loop = join(dir, 'loop.json');
    symlinkSync(join(dir, 'loop-too.json'), loop);
    symlinkSync(loop, join(dir, 'loop-too.json'));
    expect((await cli('check', loop)).err).toBe(`Cannot read ${loop}: a link in its path leads back to itself.\n`);
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  it.skipIf(readOnly === null)('says the disk is read-only in one line and exits 2', async () => {
    const { draft } = folder();
    const { code, err } = await cli('export', draft, '--docx', join(readOnly!, 'napa.docx'), '--pdf', join(readOnly!, 'napa.pdf'));
    expect(code).toBe(2);
    expect(err).toBe(`Cannot write ${join(readOnly!, 'napa.docx')}: the disk is read-only. Nothing was written.\n`);
    expect(readdirSync(readOnly!)).toEqual([]);
  });
});

describe('csec-mou export: what the PDF font cannot show', () => {
  const named = (name: string) => {
    const draft = completeDraft(['Napa']);
    draft.agencies[0]!.name = name;
    return folder(serializeDraft(draft));
  };

  it('names each character, says it was replaced in the PDF and that the Word file keeps it', async () => {
    const { dir, draft } = named('Napa 😀 Services');
    const { code, err } = await cli('export', draft, '--pdf', join(dir, 'napa.pdf'), '--docx', join(dir, 'napa.docx'));
    expect(code).toBe(0);
    expect(err).toBe('Note: The PDF font cannot show "😀" (U+1F600); it was replaced in the PDF. The Word file keeps it.\n');
    expect(unzipText(new Uint8Array(readFileSync(join(dir, 'napa.docx')))).get('word/document.xml')).toContain('Napa 😀 Services');
  });

  it('says that half of a surrogate pair is no character, which the Word file replaces too', async () => {
    const { dir, draft } = named('Napa \uD800 😀 Services');
    const { code, err } = await cli('export', draft, '--pdf', join(dir, 'napa.pdf'), '--docx', join(dir, 'napa.docx'));
    expect(code).toBe(0);
    expect(err).toBe('Note: The PDF font cannot show "\uD800" (U+D800), "😀" (U+1F600); each was replaced in the PDF. The Word file keeps "😀" (U+1F600); '
      + '"\uD800" (U+D800) is not a character (half of a surrogate pair, or U+FFFE or U+FFFF), and the Word file replaces it too.\n');
    expect(unzipText(new Uint8Array(readFileSync(join(dir, 'napa.docx')))).get('word/document.xml')).toContain('Napa \uFFFD 😀 Services');
  });
});

describe('csec-mou export --final: a PDF that cannot show a name as written', () => {
  // A signer's name in Chinese characters, which the PDF's font does not have.
  const signedIn = (name: string) => {
    const draft = completeDraft(['Napa']);
    const signer = draft.agencies.findIndex((a) => a.signs);
    draft.agencies[signer]!.signer.name = name;
    return { ...folder(serializeDraft(draft)), agency: draft.agencies[signer]!.name };
  };

  it('is refused, naming the characters and where they are, and writes nothing (exit 1)', async () => {
    const { dir, draft, files, agency } = signedIn('Lin Wei 林伟');
    const { code, out, err } = await cli('export', draft, '--final', '--pdf', join(dir, 'napa.pdf'), '--docx', join(dir, 'napa.docx'));
    expect([code, out]).toEqual([1, '']);
    expect(err).toBe('Final export refused: The PDF cannot print "林" (U+6797) and "伟" (U+4F1F): its typeface has no letter for them, so they would come out as �. '
      + 'Write them in Latin letters (or leave them out) where they are used, or ask for the MOU with --docx, which keeps them. Nothing was written.\n'
      + `\nFound in:\n  - ${agency}: signer’s name\n`);
    expect(files()).toEqual(['napa.csecmou.json']);
  });

  it('points a refused final report to its Word file, and lets a report that can show every character go', async () => {
    // The title is in the report too; a signer's name is not.
    const draft = completeDraft(['Napa']);
    draft.title = `${draft.title} 林`;
    const { dir, draft: file, files } = folder(serializeDraft(draft));
    const refused = await cli('export', file, '--final', '--report', join(dir, 'report.pdf'));
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('or ask for the report with --report ending in .docx, which keeps it. Nothing was written.');
    expect(files()).toEqual(['napa.csecmou.json']);
    const { draft: signer } = signedIn('Lin Wei 林伟');
    const { code } = await cli('export', signer, '--final', '--report', join(dir, 'report.pdf'));
    expect(code).toBe(0);
  });

  it('writes the final Word file alone, which keeps the name', async () => {
    const { dir, draft, files } = signedIn('Lin Wei 林伟');
    const { code, err } = await cli('export', draft, '--final', '--docx', join(dir, 'napa.docx'));
    expect([code, err]).toEqual([0, '']);
    expect(files()).toEqual(['napa.csecmou.json', 'napa.docx']);
    expect(unzipText(new Uint8Array(readFileSync(join(dir, 'napa.docx')))).get('word/document.xml')).toContain('Lin Wei 林伟');
  });

  it('still writes a draft PDF, with the note that says what it replaced', async () => {
    const { dir, draft } = signedIn('Lin Wei 林伟');
    const { code, err } = await cli('export', draft, '--pdf', join(dir, 'napa.pdf'));
    expect(code).toBe(0);
    expect(err).toBe('Note: The PDF font cannot show "林" (U+6797), "伟" (U+4F1F); each was replaced in the PDF. The Word file keeps them.\n');
  });
});

describe('csec-mou export --report', () => {
  const pdfText = (path: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

  it('writes the compliance report alone as a PDF when it is the only output named', async () => {
    const { dir, draft, files } = folder();
    const { code, out } = await cli('export', draft, '--report', join(dir, 'report.pdf'));
    expect(code).toBe(0);
    expect(out).toBe(`Wrote ${join(dir, 'report.pdf')}: compliance report, draft (marked DRAFT on every page).\n`);
    expect(files()).toEqual(['napa.csecmou.json', 'report.pdf']);
    expect(execFileSync('qpdf', ['--check', join(dir, 'report.pdf')], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
    const text = pdfText(join(dir, 'report.pdf'));
    for (const heading of ['Compliance report', '2. Statutory requirements', '3. Recommended practice', '4. Accepted warnings', '5. Findings still open']) expect(text).toContain(heading);
    expect(text).toContain('WIC 16524.8(a)(1)');
  });

  it('writes the report as Word by the name’s ending beside the MOU, which no longer carries the crosswalk', async () => {
    const { dir, draft, files } = folder();
    const { code } = await cli('export', draft, '--pdf', join(dir, 'mou.pdf'), '--report', join(dir, 'report.docx'));
    expect(code).toBe(0);
    expect(files()).toEqual(['mou.pdf', 'napa.csecmou.json', 'report.docx']);
    expect(pdfText(join(dir, 'mou.pdf'))).not.toContain('Compliance crosswalk');
    expect(unzipText(readFileSync(join(dir, 'report.docx'))).get('word/document.xml')).toContain('Statutory requirements');
  });

  it('refuses a report name that says neither PDF nor Word, and writes nothing', async () => {
    const { dir, draft, files } = folder();
    const { code, err } = await cli('export', draft, '--report', join(dir, 'report.txt'));
    expect(code).toBe(2);
    expect(err).toContain('--report names a file ending in .pdf or .docx');
    expect(files()).toEqual(['napa.csecmou.json']);
  });

  it('refuses a final report, like a final MOU, while a blocking finding stands (exit 1)', async () => {
    const blocked = completeDraft(['Napa']);
    blocked.agencies = blocked.agencies.filter((agency) => !agency.roles.includes('sheriff'));
    const { dir, draft, files } = folder(serializeDraft(blocked));
    const { code, err } = await cli('export', draft, '--final', '--report', join(dir, 'report.pdf'));
    expect(code).toBe(1);
    expect(err).toContain('Final export refused');
    expect(files()).toEqual(['napa.csecmou.json']);
  });

  it('lists only the blocking findings when it refuses, and does not count the warnings as none', async () => {
    const example = fileURLToPath(new URL('../../examples/draft-with-blocking-findings.csecmou.json', import.meta.url));
    const checked = await cli('check', example);
    expect(checked.out).toMatch(/\b[1-9]\d* warnings?\b/);
    const { dir } = folder();
    const { code, err } = await cli('export', example, '--final', '--pdf', join(dir, 'out.pdf'));
    expect(code).toBe(1);
    expect(err).toMatch(/^Final export refused: 8 blocking findings stand\. Nothing was written\./);
    expect(err).not.toMatch(/warnings?|advice/);
    expect(err).toContain('Blocking — stops a final export');
  });

  it('refuses a report named like the MOU file (exit 2)', async () => {
    const { dir, draft, files } = folder();
    const { code, err } = await cli('export', draft, '--pdf', join(dir, 'out.pdf'), '--report', join(dir, 'out.pdf'));
    expect(code).toBe(2);
    expect(err).toBe(`--pdf and --report name the same file (${join(dir, 'out.pdf')}); nothing was written. Choose a name for each.\n`);
    expect(files()).toEqual(['napa.csecmou.json']);
  });
});
