import { execFile } from 'node:child_process';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { constants } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Running the real programs our files must open in: LibreOffice, pdftotext and python-docx. Each
 * helper says which Debian package to install when its program is missing, rather than failing
 * with ENOENT deep inside a test.
 */

export interface Tool {
  name: string;
  /** Where to look, first found wins; an environment variable can point elsewhere. */
  candidates: string[];
  install: string;
}

const SOFFICE: Tool = {
  name: 'LibreOffice (soffice)',
  candidates: [process.env.SOFFICE ?? '', '/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice'],
  install: 'apt-get install libreoffice-writer (or set SOFFICE to its path)',
};
const PDFTOTEXT: Tool = {
  name: 'pdftotext',
  candidates: [process.env.PDFTOTEXT ?? '', '/usr/bin/pdftotext', '/usr/local/bin/pdftotext'],
  install: 'apt-get install poppler-utils (or set PDFTOTEXT to its path)',
};
// Debian's python, not whatever pyenv puts first on PATH: python-docx comes from python3-docx.
const PYTHON: Tool = {
  name: 'python3',
  candidates: [process.env.PYTHON ?? '', '/usr/bin/python3'],
  install: 'apt-get install python3 python3-docx (or set PYTHON to a python with python-docx)',
};

/** The path of a tool, or an error that says how to install it. */
export async function findTool(tool: Tool): Promise<string> {
  for (const candidate of tool.candidates.filter(Boolean)) {
    if (await access(candidate, constants.X_OK).then(() => true, () => false)) return candidate;
  }
  throw new Error(`${tool.name} is not installed; these tests run it for real. Install it: ${tool.install}.`);
}

/** Runs a program and gives its stdout; a failure carries its stderr and exit code. */
export function run(file: string, args: readonly string[], timeoutMs = 120_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${basename(file)} ${args.join(' ')} failed (${error.code ?? error.signal}): ${stderr || error.message}`));
      else resolve(stdout);
    });
  });
}

/**
 * Converts documents with LibreOffice in one run (it takes seconds to start, so convert several
 * files at once): to PDF, or to flat ODF text to read what LibreOffice made of them. Gives the
 * outputs' paths, in the order of `inputs`. Each call uses a fresh user profile, so parallel test
 * files do not fight over one.
 */
export async function convertWithLibreOffice(inputs: string | readonly string[], outDir: string, format: 'pdf' | 'fodt' = 'pdf'): Promise<string[]> {
  const files = typeof inputs === 'string' ? [inputs] : [...inputs];
  const soffice = await findTool(SOFFICE);
  const profile = await mkdtemp(join(tmpdir(), 'lo-profile-'));
  try {
    await run(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore',
      '--convert-to', format, '--outdir', outDir, ...files], 240_000);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const pdfs = files.map((file) => join(outDir, `${basename(file).replace(/\.[^.]+$/, '')}.${format}`));
  for (const pdf of pdfs) {
    // LibreOffice exits 0 even when it could not read a file; a missing PDF is how that shows.
    if (!(await access(pdf).then(() => true, () => false))) throw new Error(`LibreOffice did not convert ${basename(pdf)}: it could not open the input`);
  }
  return pdfs;
}

/** The text of a PDF in reading order, pages separated by form feeds (\f). */
export async function pdfText(pdfPath: string, options: { layout?: boolean } = {}): Promise<string> {
  return run(await findTool(PDFTOTEXT), ['-enc', 'UTF-8', ...(options.layout ? ['-layout'] : []), pdfPath, '-']);
}

/** A line of a PDF as pdftotext's boxes give it: its words joined, its page and how far down it starts (points). */
export interface PdfLine { text: string; page: number; y: number }

/** Each page's lines from `from` to `to` points from the top (between running header and footer), top to bottom. */
export async function pdfLines(pdfPath: string, from: number, to: number): Promise<PdfLine[][]> {
  const xhtml = await run(await findTool(PDFTOTEXT), ['-enc', 'UTF-8', '-bbox', pdfPath, '-']);
  return xhtml.split('<page ').slice(1).map((page, index) => {
    const lines: PdfLine[] = [];
    for (const [, y, word] of page.matchAll(/yMin="([\d.]+)"[^>]*>([^<]*)</g)) {
      const top = Number(y);
      if (top < from || top > to) continue;
      // A line's words differ in height by a point or so (digits, italics).
      const line = lines.find((l) => Math.abs(l.y - top) < 3);
      if (line) { line.text += ` ${word!}`; line.y = Math.min(line.y, top); } else lines.push({ text: word!, page: index + 1, y: top });
    }
    return lines.sort((a, b) => a.y - b.y);
  });
}

/** Runs a Python script with Debian's python3 and parses what it prints as JSON. */
export async function runPythonJson<T>(script: string, args: readonly string[]): Promise<T> {
  return JSON.parse(await run(await findTool(PYTHON), [script, ...args])) as T;
}
