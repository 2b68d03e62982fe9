// `npm run bench`: how long our exports take for a large protocol, beside LibreOffice converting
// our DOCX to PDF (the route other document-assembly systems take). Prints a Markdown table.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { prepareExport } from '../../src/document';
import { renderDocx } from '../../src/render/docx';
import { renderPdf } from '../../src/render/pdf';
import { loadPdfFontsFromDisk } from '../../src/render/pdf/fonts-node';
import { browserBench } from './browser';
import { largeDraft } from './large-draft';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const OFFICE_RUNS = Number(process.env.BENCH_OFFICE_RUNS ?? 5);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function time(runs: number, task: () => Promise<unknown> | unknown): Promise<number> {
  await task(); // warm-up: JIT, font parsing caches
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const dir = mkdtempSync(join(tmpdir(), 'csec-bench-'));
try {
  const draft = largeDraft();
  const prepared = prepareExport(draft, { final: false, today: '2026-11-28' });
  if (!prepared.ok) throw new Error('a draft export is never refused');
  const doc = prepared.value;
  const fonts = await loadPdfFontsFromDisk();

  const build = await time(RUNS, () => prepareExport(draft, { final: false, today: '2026-11-28' }));
  const docxMs = await time(RUNS, () => renderDocx(doc));
  const pdfMs = await time(RUNS, () => renderPdf(doc, fonts));

  const docx = join(dir, 'large.docx');
  const pdf = join(dir, 'large.pdf');
  writeFileSync(docx, await renderDocx(doc));
  writeFileSync(pdf, (await renderPdf(doc, fonts)).bytes);
  const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1];

  const office = join(dir, 'office');
  const profile = join(dir, 'profile');
  const officeMs = await time(OFFICE_RUNS, () => execFileSync('soffice', [
    `-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', office, docx,
  ], { stdio: 'ignore' }));
  const officePages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(office, 'large.pdf')], { encoding: 'utf8' }))?.[1];

  const row = (what: string, ms: number, note = '') => `| ${what} | ${ms.toFixed(0)} ms | ${note} |`;
  console.log([
    `Large draft: 3 counties, ${draft.agencies.length} agencies, ${draft.mdtTiers.length} MDT tiers; our PDF has ${pages} pages, LibreOffice's ${officePages}.`,
    `Median of ${RUNS} runs (LibreOffice: ${OFFICE_RUNS}) after one warm-up, on ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}.`,
    '',
    '| step | median | |',
    '|---|---:|---|',
    row('templates → document model (checks included)', build),
    row('our DOCX export', docxMs),
    row('our PDF export', pdfMs),
    row('LibreOffice: our DOCX → PDF', officeMs, `${(officeMs / pdfMs).toFixed(0)}× our PDF export`),
  ].join('\n'));

  const web = await browserBench(draft);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
  console.log([
    '',
    'In Chromium, against the production build (long tasks: main-thread tasks over 50 ms):',
    '',
    '| measure | value |',
    '|---|---:|',
    `| first page's script, gzipped | ${kb(web.firstPageGzip)} |`,
    `| the editor, loaded when a protocol opens, gzipped | ${kb(web.editorGzip)} |`,
    `| opening the ${web.typing.words}-word draft: long tasks | ${web.opening.longTasks} (longest ${web.opening.longestMs.toFixed(0)} ms) |`,
    `| typing ${web.typing.keys} keys into a ${web.typing.words}-word section: long tasks | ${web.typing.longTasks} (longest ${web.typing.longestMs.toFixed(0)} ms) |`,
    `| draft PDF export of the large draft, click to download | ${web.exportPdf.totalMs} ms |`,
    `| … main-thread long tasks during it | ${web.exportPdf.longTasks} (longest ${web.exportPdf.longestMs.toFixed(0)} ms) |`,
  ].join('\n'));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
