// `npm run bench`: how long our exports take for a large protocol, beside LibreOffice converting
// our DOCX to PDF (the route other document-assembly systems take). Prints a Markdown table.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { prepareExport } from '../../src/document';
import { renderDocx } from '../../src/render/docx';
import { renderPdf } from '../../src/render/pdf';
import { nodeDeflate } from '../../src/render/pdf/deflate-node';
import { loadPdfFontsFromDisk } from '../../src/render/pdf/fonts-node';
import { serializeDraft } from '../../src/model';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';
import { browserBench } from './browser';
import { largeDraft } from './large-draft';
import { pdfFloor } from './floor';
import { warmOffice } from './office';
import { medians, stepTable, warmSteps, type StepTimes } from './steps';
import { median, time } from './timing';
import { notoSerifFolders, typstSource } from './typst';

const root = fileURLToPath(new URL('../..', import.meta.url));

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const OFFICE_RUNS = Number(process.env.BENCH_OFFICE_RUNS ?? 5);
/** Fresh processes for each cold PDF export (about a second each): more than the others, as the machine's speed moves within seconds. */
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 11);

const dir = mkdtempSync(join(tmpdir(), 'csec-bench-'));
try {
  const draft = largeDraft();
  const prepared = prepareExport(draft, { final: false, today: '2026-11-28' });
  if (!prepared.ok) throw new Error('a draft export is never refused');
  const doc = prepared.value;
  const fonts = await loadPdfFontsFromDisk();

  const build = await time(RUNS, () => prepareExport(draft, { final: false, today: '2026-11-28' }));
  const docxMs = await time(RUNS, () => renderDocx(doc, fonts));
  const pdfMs = await time(RUNS, () => renderPdf(doc, fonts, { deflate: nodeDeflate }));

  const docx = join(dir, 'large.docx');
  const pdf = join(dir, 'large.pdf');
  writeFileSync(docx, await renderDocx(doc, fonts));
  writeFileSync(pdf, (await renderPdf(doc, fonts, { deflate: nodeDeflate })).bytes);
  const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1];

  // Warm with warm: LibreOffice already running (a held listener driven over UNO), converting
  // our DOCX, beside our PDF export in a warm process.
  const officeWarmMs = median(await warmOffice(docx, join(dir, 'warm.pdf'), OFFICE_RUNS));

  // A whole process with a whole process: `soffice --convert-to` from start to exit, beside our
  // command line exporting the same draft from start to exit.
  const office = join(dir, 'office');
  const profile = join(dir, 'profile');
  const officeMs = await time(OFFICE_RUNS, () => execFileSync('soffice', [
    `-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', office, docx,
  ], { stdio: 'ignore' }));
  const officePages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(office, 'large.pdf')], { encoding: 'utf8' }))?.[1];
  const draftFile = join(dir, 'large.csecmou.json');
  writeFileSync(draftFile, serializeDraft(draft));
  const cliMs = await time(OFFICE_RUNS, () => execFileSync(process.execPath, [join(root, 'bin/csec-mou.js'), 'export', draftFile, '--pdf', join(dir, 'cli.pdf')], { stdio: 'ignore' }));

  // Cold: a fresh process, fresh fonts, the first export (the modules load before the clock starts).
  const docFile = join(dir, 'large.document.json');
  writeFileSync(docFile, JSON.stringify(doc));
  const nodeWith = (flags: string[], script: string, ...args: string[]) => execFileSync(process.execPath,
    [...flags, '--import', join(root, 'tools/register.js'), join(root, 'scripts/bench', script), ...args], { encoding: 'utf8' });
  const node = (script: string, ...args: string[]) => nodeWith([], script, ...args);
  interface ColdRun { ms: number; pages: number; steps: StepTimes }
  const coldRun = (format: string) => JSON.parse(node('cold.ts', docFile, format)) as ColdRun;
  const summary = (runs: ColdRun[]) => ({ ms: median(runs.map((run) => run.ms)), pages: median(runs.map((run) => run.pages)), steps: medians(runs.map((run) => run.steps)) });
  // The two line breakers alternate, so that a busy moment of the shared machine falls on both.
  const pdfRuns: ColdRun[] = [];
  const pdfJsRuns: ColdRun[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    pdfRuns.push(coldRun('pdf'));
    // The same with the line breaker in JavaScript, as where WebAssembly cannot run.
    pdfJsRuns.push(coldRun('pdf-js'));
  }
  const coldPdf = summary(pdfRuns);
  const coldPdfJs = summary(pdfJsRuns);
  const coldDocx = summary(Array.from({ length: OFFICE_RUNS }, () => coldRun('docx')));
  const coldPdfMs = coldPdf.ms;
  const coldDocxMs = coldDocx.ms;
  const warmPdfSteps = await warmSteps(doc, fonts, RUNS);
  // The speed a first export mostly runs at: warm, but with the optimising compiler off.
  const unoptimisedMs = Number(nodeWith(['--no-opt'], 'unoptimised.ts', docFile, String(RUNS)));
  // What those first touches cost here: they explain much of a cold export on a virtual machine.
  const firstTouchUs = median(Array.from({ length: OFFICE_RUNS }, () => Number(node('first-touch.ts'))));
  const touched = ({ pages }: { pages: number }) =>
    `; it touched ${pages.toLocaleString('en-US')} pages of memory for the first time, ~${(pages * firstTouchUs / 1000).toFixed(0)} ms at ${firstTouchUs.toFixed(1)} µs each here`;

  // Typst, the peer: the same document as Typst markup, same page, margins, font and sizes.
  const typst = typstSource(doc);
  const typstFile = join(dir, 'large.typ');
  writeFileSync(typstFile, typst);
  const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: notoSerifFolders() }] });
  // Typst remembers what it laid out; its cache is emptied before each run, so each is a whole compile.
  const typstWarmMs = await time(RUNS, () => { compiler.evictCache(0); compiler.pdf({ mainFileContent: typst }); });
  writeFileSync(join(dir, 'typst.pdf'), compiler.pdf({ mainFileContent: typst }));
  // poppler complains about a detail of Typst's file on stderr; the page count is what is read.
  const typstPages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'typst.pdf')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))?.[1];
  const typstColdMs = median(Array.from({ length: OFFICE_RUNS }, () => Number(node('typst-cold.ts', typstFile, JSON.stringify(notoSerifFolders())))));

  const floor = await pdfFloor(pdf, doc, fonts, RUNS);
  const floorMs = floor.deflateMs + floor.subsetMs;

  const row = (what: string, ms: number, note = '') => `| ${what} | ${ms.toFixed(0)} ms | ${note} |`;
  const times = (a: number, b: number) => `${(a / b).toFixed(1)}×`;
  console.log([
    `Large draft: 3 counties, ${draft.agencies.length} agencies, ${draft.mdtTiers.length} MDT tiers; our PDF has ${pages} pages, LibreOffice's ${officePages}, Typst's ${typstPages}.`,
    `Median of ${RUNS} runs (LibreOffice, whole processes and cold Word exports: ${OFFICE_RUNS}; cold PDF exports: ${COLD_RUNS}) after one warm-up, on ${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.version}.`,
    '',
    '| step | median | compared |',
    '|---|---:|---|',
    row('templates → document model (checks included)', build),
    row('our DOCX export, warm', docxMs),
    row('our DOCX export, cold (fresh process, fresh fonts, first call)', coldDocxMs, `${times(coldDocxMs, docxMs)} our warm DOCX${touched(coldDocx)}`),
    row('our PDF export, warm', pdfMs),
    row('our PDF export, cold (fresh process, fresh fonts, first call)', coldPdfMs, `${times(coldPdfMs, pdfMs)} our warm PDF${touched(coldPdf)}`),
    row('our PDF export, cold, the line breaker in JavaScript (where WebAssembly cannot run)', coldPdfJs.ms,
      `${times(coldPdfJs.ms, pdfMs)} our warm PDF; the WebAssembly line breaker saves ${(coldPdfJs.ms - coldPdfMs).toFixed(0)} ms cold`),
    row('our PDF export, warm but unoptimised (`node --no-opt`: code run, heap grown)', unoptimisedMs,
      `${times(unoptimisedMs, pdfMs)} our warm PDF; the cold export's other ${(coldPdfMs - unoptimisedMs).toFixed(0)} ms are first-run costs`),
    row('floor: deflate everything once (node:zlib) + subset the four faces', floorMs,
      `our warm PDF is ${times(pdfMs, floorMs)} the floor (deflate ${floor.deflateMs.toFixed(1)} ms of ${(floor.uncompressedBytes / 1000).toFixed(0)} kB, subset ${floor.subsetMs.toFixed(1)} ms)`),
    row('LibreOffice already running: our DOCX → PDF', officeWarmMs, `${times(officeWarmMs, pdfMs)} our warm PDF`),
    row('Typst, warm (compiler kept, its cache emptied): same document → PDF', typstWarmMs, `${times(typstWarmMs, pdfMs)} our warm PDF`),
    row('Typst, cold (fresh process: compiler created, fonts found, first compile)', typstColdMs, `${times(typstColdMs, coldPdfMs)} our cold PDF`),
    row('our command line, whole process: draft file → PDF', cliMs),
    row('`soffice --convert-to pdf`, whole process: our DOCX → PDF', officeMs, `${times(officeMs, cliMs)} our whole process`),
  ].join('\n'));

  console.log(stepTable(coldPdf.steps, warmPdfSteps));

  const web = await browserBench(draft);
  // kB as 1,000 bytes, as the README writes them.
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`;
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
    `| draft PDF export of the large draft, click to download: the first | ${web.exportPdf.totalMs} ms |`,
    `| … the same again, the export worker warm (median of 4) | ${web.exportPdf.warmMs} ms |`,
    `| … main-thread long tasks during it | ${web.exportPdf.longTasks} (longest ${web.exportPdf.longestMs.toFixed(0)} ms) |`,
  ].join('\n'));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

