import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { APP_VERSION, DRAFT_VERSION, serializeDraft } from '../../src/model';
import { completeDraft, TODAY, withChange } from '../support/drafts';

const dir = mkdtempSync(join(tmpdir(), 'csec-cli-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

/** `text` written a byte a character, as Windows-1252 writes Latin-1 letters such as ñ. */
const ansiFile = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, Buffer.from(text, 'latin1'));
  return path;
};

async function check(...args: string[]) {
  let out = '';
  let err = '';
  const code = await run(['check', ...args], { out: (t) => { out += t; }, err: (t) => { err += t; } }, TODAY);
  return { code, out, err };
}

const complete = file('complete.json', serializeDraft(completeDraft()));
const regional = file('regional.json', serializeDraft(withChange(completeDraft(['Lassen', 'Modoc']), (d) => {
  d.agencies = d.agencies.filter((a) => !(a.county === 'Modoc' && a.roles.includes('sheriff')));
  d.sections.training.audiences = ['foster-caregivers'];
})));

describe('csec-mou check', () => {
  it('says when and by whom a warning was accepted, the date as the documents write it', async () => {
    const accepted = file('accepted.json', serializeDraft(withChange(completeDraft(), (d) => {
      d.sections.training.audiences = ['county-childrens-services-workers'];
      d.acknowledgements = [{ ruleId: 'training', county: null, recordId: null, path: null, by: 'Dana Cho', reason: 'Caregivers are trained by the FFA.', on: '2026-11-02' }];
    })));
    const { out } = await check(accepted);
    expect(out).toContain('acknowledged by Dana Cho on November 2, 2026: Caregivers are trained by the FFA.');
  });

  it('warns about missing-from-care recipients a county expects beyond the law, with --expect-notified', async () => {
    const { code, out } = await check(complete, '--expect-notified', 'casa,parents-attorneys', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject([{ id: 'missing-youth-notice', severity: 'warning', path: 'sections.reporting.missingYouth.notifies' }]);
  });

  it('refuses an --expect-notified recipient it does not know, listing the ones it does (exit 2)', async () => {
    const { code, err } = await check(complete, '--expect-notified', 'casa,grandma');
    expect(code).toBe(2);
    expect(err).toContain('--expect-notified does not know "grandma". Use a comma-separated list of: law-enforcement,');
  });

  it('exits 0 and says so when there is no blocking finding', async () => {
    const { code, out, err } = await check(complete);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('0 blocking, 0 warnings, 0 advice');
    expect(out).toContain('No blocking findings. Nothing stops a final export of this protocol.');
  });

  it('says which counties of a region are outside the CSEC Program, and gives their missing partners as advice', async () => {
    const mixed = file('mixed.json', serializeDraft(withChange(completeDraft(['Lassen', 'Modoc']), (d) => {
      d.countiesNotInCsecProgram = ['Modoc'];
      d.agencies = d.agencies.filter((a) => !(a.county === 'Modoc' && a.roles.includes('sheriff')));
    })));
    const { code, out } = await check(mixed);
    expect(code).toBe(0);
    expect(out.split('\n')[1]).toBe('Lassen and Modoc counties: CSEC Program protocol (Modoc County not in the CSEC Program)');
    expect(out).toContain('0 blocking, 0 warnings, 1 advice');
    expect(out).toContain('and Modoc County has not.');
  });

  it('exits 1 when no finding blocks but the final PDF cannot print a character, saying which and where', async () => {
    const draft = completeDraft();
    const index = draft.agencies.findIndex((a) => a.signs);
    draft.agencies[index]!.signer.name = 'Lin Wei 林伟';
    const { code, out, err } = await check(file('lin.json', serializeDraft(draft)));
    expect([code, err]).toEqual([1, '']);
    expect(out).toContain('0 blocking, 0 warnings, 0 advice');
    expect(out).not.toContain('Nothing stops a final export');
    expect(out).toContain('No blocking findings, but the final PDFs cannot all be made, nor the submission packet that holds them:\n  The PDF cannot print "林" (U+6797) and "伟" (U+4F1F)');
    expect(out).toContain(`  - ${draft.agencies[index]!.name}: signer’s name`);
  });

  it('with --json, keeps the findings array clean and says on stderr why it exits 1 with none blocking', async () => {
    const draft = completeDraft();
    const index = draft.agencies.findIndex((a) => a.signs);
    draft.agencies[index]!.signer.name = 'Lin Wei 林伟';
    const { code, out, err } = await check(file('lin-json.json', serializeDraft(draft)), '--json');
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual([]);
    expect(err).toContain('A final PDF would be refused: The PDF cannot print "林" (U+6797) and "伟" (U+4F1F)');
    expect(err).toContain(`  - ${draft.agencies[index]!.name}: signer’s name`);
    // `check` writes nothing, so it does not say that nothing was written.
    expect(err).not.toContain('Nothing was written');
  });

  it('exits 1 and prints the findings grouped by severity with citations and counties', async () => {
    const { code, out } = await check(regional);
    expect(code).toBe(1);
    const blocking = out.indexOf('\nBlocking — stops a final export\n');
    const warnings = out.indexOf('\nWarnings\n');
    expect(blocking).toBeGreaterThan(0);
    expect(warnings).toBeGreaterThan(blocking);
    expect(out.slice(blocking, warnings)).toContain("[partner-sheriff] Modoc County: No agency of Modoc County is listed as the county sheriff’s department.");
    // Where to fix it, in the wizard's words, never a path in the file.
    expect(out.slice(blocking, warnings)).toContain('WIC 16524.8(a)(1)(F) | fix at: Agencies and signatures: the list of agencies');
    expect(out).not.toMatch(/fix at: [a-z]+\.\d/);
    expect(out.slice(warnings)).toContain('WIC 16524.7(a)(3)');
  });

  it('prints findings as JSON objects with id, severity, citation, message, county and path', async () => {
    const { code, out } = await check(regional, '--json');
    expect(code).toBe(1);
    const findings = JSON.parse(out) as Array<Record<string, unknown>>;
    expect(findings).toContainEqual(expect.objectContaining({
      id: 'partner-sheriff', severity: 'blocking', citation: 'WIC 16524.8(a)(1)(F)', county: 'Modoc', path: 'agencies',
      message: expect.stringContaining('sheriff'),
    }));
    expect(findings).toContainEqual(expect.objectContaining({ id: 'training', severity: 'warning', path: 'sections.training.audiences' }));
    expect(findings.find((f) => f.id === 'training')).not.toHaveProperty('county');
  });

  it.each([
    ['a missing file', join(dir, 'nope.json'), 'there is no such file'],
    ['a folder', dir, 'it is a folder'],
    ['invalid JSON', file('broken.json', '{ "format": '), 'not valid JSON'],
    ['another program’s JSON', file('other.json', '{"name": "package"}'), 'has no "format" field'],
    ['a newer version', file('newer.json', '{"format": "csec-mou-draft", "version": 99, "appVersion": "2.0.0", "draft": {}}'), `saved by a newer version of the app (2.0.0): its file version is 99, and this app (${APP_VERSION}) reads up to ${DRAFT_VERSION}. Run this command with that version of csec-mou or a later one.\n`],
    // Saved as Windows-1252 ("ANSI") by an editor: "Peña" would have become "Pe�a" in the MOU.
    ['another encoding', ansiFile('ansi.json', serializeDraft({ ...completeDraft(['Napa']), title: 'Protocolo de Peña' })), 'not saved as UTF-8 text'],
    ['a device that never ends', '/dev/zero', 'it is not a file'],
  ])('exits 2 with the reason for %s', async (_name, path, reason) => {
    const { code, out, err } = await check(path);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(reason);
  });

  it('refuses an option given twice rather than drop the first value (exit 2)', async () => {
    const { code, out, err } = await check(complete, '--expect-notified', 'casa', '--expect-notified', 'juvenile-court');
    expect([code, out]).toEqual([2, '']);
    expect(err).toContain('--expect-notified is given twice (casa and juvenile-court): give it once, with the values separated by commas.');
  });

  it('prints the usage and exits 0 for --help or -h anywhere, after a command too', async () => {
    for (const args of [['--help'], ['check', '-h'], ['check', complete, '--help'], ['export', complete, '-h']]) {
      let out = '';
      let err = '';
      const code = await run(args, { out: (t) => { out += t; }, err: (t) => { err += t; } });
      expect([code, err], args.join(' ')).toEqual([0, '']);
      expect(out).toMatch(/^Usage:/);
    }
  });

  it('exits 2 with usage when no file or an unknown option is given', async () => {
    expect((await check()).code).toBe(2);
    const { code, err } = await check(complete, '--yaml');
    expect(code).toBe(2);
    expect(err).toContain('Unknown option --yaml');
    expect(err).toContain('csec-mou check FILE [--json]');
    // The misused command's usage only, so that the reason stays on the screen.
    expect(err).not.toContain('csec-mou export FILE');
    expect(err).toContain('Run `csec-mou help` for every command.');
  });

  it('refuses a short option and standard input in words, and takes files after `--`', async () => {
    const short = await check(complete, '-j');
    expect([short.code, short.out]).toEqual([2, '']);
    expect(short.err).toMatch(/^Unknown option -j\. Options are written in full, such as --json or --out\.\n/);
    const stdin = await check('-');
    expect(stdin.err).toMatch(/^Reading from standard input is not supported: name the file\.\n/);
    const ended = await check('--', complete);
    expect(ended.code).toBe(0);
    // A list left out after --expect-notified: the draft's name is not taken for it in silence.
    const swallowed = await check('--expect-notified', complete);
    expect(swallowed.code).toBe(2);
    expect(swallowed.err).toMatch(/^--expect-notified takes a list of recipients \(such as casa,juvenile-court\), and was given .*\.json: name the list after it, and the draft file apart\.\n/);
  });
});

describe('csec-mou check on a hand-edited file', () => {
  it('notes on stderr each reference to a missing agency it removed, keeping --json output clean', async () => {
    const draft = withChange(completeDraft(), (d) => { d.mdtTiers[0]!.memberAgencyIds.push('retired-agency'); });
    const { code, out, err } = await check(file('dangling.json', serializeDraft(draft)), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([]);
    expect(err).toBe('Note: MDT tier "Immediate response MDT": removed member "retired-agency", which is not an agency in this draft.\n');
  });

  it('notes each value it could not use in the words the app shows, by the agency’s name and the question’s label', async () => {
    const draft = withChange(completeDraft(), (d) => { (d.agencies[0] as { tookPart: unknown }).tookPart = 'yes'; });
    const { err } = await check(file('unusable.json', serializeDraft(draft)));
    expect(err).toBe(`Note: ${draft.agencies[0]!.name}: “took part” was "yes", which is not a yes-or-no answer; it was cleared.\n`);
  });
});

describe('the installed command', () => {
  it('runs as `npx csec-mou check` and returns the exit status', async () => {
    const result = await promisify(execFile)('npx', ['--no-install', 'csec-mou', 'check', regional, '--json'], { cwd: process.cwd() })
      .then(() => ({ code: 0, stdout: '' }), (error: { code: number; stdout: string }) => error);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toContainEqual(expect.objectContaining({ id: 'partner-sheriff', county: 'Modoc' }));
  });

  it('keeps its own exit status, with no stack trace, when the reader of its output goes away early (`| true`)', async () => {
    // A pipe whose reader is closed at once: every write meets EPIPE.
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['bin/csec-mou.js', 'check', regional], { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/EPIPE|Unhandled|\n\s+at /);
  });

  it('opens a file with a UTF-8 byte order mark, as the app does', async () => {
    const { code, err } = await check(file('bom.json', `\uFEFF${serializeDraft(completeDraft())}`));
    expect(err).toBe('');
    expect(code).toBe(0);
  });

  it('refuses a file far past the size limit before reading it, in one bounded line (exit 2)', async () => {
    const path = join(dir, 'huge.json');
    writeFileSync(path, Buffer.alloc(25_000_000, 0x20));
    const { code, err } = await check(path);
    expect(code).toBe(2);
    expect(err).toBe(`Cannot open ${path} as a draft. This file is too large to be a draft. It is 25,000,000 bytes long; a draft file may hold at most 5,000,000 characters.\n`);
  });

  it('warns, and still checks, a file whose checksum does not match its contents', async () => {
    const text = serializeDraft(completeDraft()).replace('"title": "', '"title": "Edited by hand: ');
    const path = file('edited.json', text);
    const { code, err } = await check(path);
    expect(code).toBe(0);
    expect(err).toBe(`Warning: ${path} was changed after it was saved: its contents do not match the checksum the app wrote into it (edited by hand or damaged on the way). Check its answers.\n`);
    expect((await check(file('intact.json', serializeDraft(completeDraft())))).err).toBe('');
  });

  it('summarises thousands of repairs in a few lines', async () => {
    const draft = { format: 'csec-mou-draft', version: 3, draft: { counties: ['Napa'], agencies: [{ id: 'a', county: 'Napa' }],
      mdtTiers: [{ id: 't', memberAgencyIds: Array.from({ length: 900 }, (_, i) => `gone-${i}`) }] } };
    const { err } = await check(file('repairs.json', JSON.stringify(draft)));
    expect(err.split('\n').filter((line) => line.startsWith('Note: '))).toHaveLength(11);
    expect(err).toContain('Note: …and');
  });
});
