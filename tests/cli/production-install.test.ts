// `npm ci --omit=dev` must leave a working csec-mou: TA staff install it without the dev tools.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;

const csecMou = (...args: string[]) =>
  exec(process.execPath, [join(dir, 'bin/csec-mou.js'), ...args], { cwd: dir }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'csec-prod-'));
  for (const entry of ['package.json', 'package-lock.json', 'bin', 'src', 'tools', 'templates', 'examples']) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  // The packages come from npm's cache, which the project's own `npm ci` has just filled.
  await exec('npm', ['ci', '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: dir });
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('csec-mou installed without the development dependencies', () => {
  it('checks and exports a draft', async () => {
    const check = await csecMou('check', 'examples/complete-single-county.csecmou.json');
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
    const exported = await csecMou('export', 'examples/complete-single-county.csecmou.json', '--pdf', join(dir, 'out.pdf'));
    expect(exported.code).toBe(0);
    expect(readFileSync(join(dir, 'out.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    // The command line deflates with Node's zlib: qpdf reads every stream.
    expect((await exec('qpdf', ['--check', join(dir, 'out.pdf')])).stdout).toContain('No syntax or stream encoding errors');
  });

  it('runs from a bundle compiled once, and compiles it again when a source changes', async () => {
    await csecMou('--help');
    const bundles = () => readdirSync(join(dir, 'node_modules/.cache/csec-mou-cli')).filter((name) => !name.startsWith('building-'));
    const [first] = bundles();
    expect(readdirSync(join(dir, 'node_modules/.cache/csec-mou-cli', first!))).toContain('bin.js');
    expect((await csecMou('--help')).stdout).toMatch(/^Usage:/);
    expect(bundles()).toEqual([first]);
    const main = join(dir, 'src/cli/main.ts');
    writeFileSync(main, readFileSync(main, 'utf8').replace('Usage:', 'How to use it:'));
    utimesSync(main, new Date(), new Date(Date.now() + 5_000));
    expect((await csecMou('--help')).stdout).toMatch(/^How to use it:/);
    expect(bundles()).not.toContain(first);
    expect(bundles()).toHaveLength(1);
  });

  it('says which Node it needs when the running one is older than "engines" asks (exit 2)', async () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ ...manifest, engines: { node: '>=99.1' } }));
    const { code, stderr } = await csecMou('check', 'examples/complete-single-county.csecmou.json');
    expect(code).toBe(2);
    expect(stderr).toBe(`csec-mou needs Node 99.1 or newer; this is Node ${process.versions.node}.\n`);
  });
});
