import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./office_convert.py', import.meta.url));

/** A port nobody listens on now. */
export const freePort = () => new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const address = probe.address();
    probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
  });
});

/**
 * Milliseconds of each DOCX → PDF conversion by a LibreOffice that is already running: a held
 * `soffice --accept` listener driven over UNO by Debian's python3-uno (/usr/bin/python3).
 */
export async function warmOffice(docx: string, pdf: string, runs: number): Promise<number[]> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'lo-bench-profile-'));
  const soffice = spawn('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--invisible', '--norestore', '--nologo',
    `--accept=socket,host=127.0.0.1,port=${port};urp;`], { stdio: 'ignore' });
  try {
    return JSON.parse(execFileSync('/usr/bin/python3', [SCRIPT, String(port), docx, pdf, String(runs)], { encoding: 'utf8', timeout: 600_000 })) as number[];
  } finally {
    soffice.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}
