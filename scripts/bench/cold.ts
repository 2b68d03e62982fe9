// One cold export in a fresh process: the modules are loaded first (not timed), then the fonts
// are read and the first export made, as a command line or a freshly opened page does. Prints
// the milliseconds and the pages of memory the process touched for the first time meanwhile
// (minor page faults), and for the PDF how long each of its steps took (steps.ts), as JSON. Run by
// run.ts, a new process each time. Format `pdf-js` is the PDF with the line breaker in JavaScript,
// as where WebAssembly cannot run.
import { readFileSync } from 'node:fs';
import type { MouDocument } from '../../src/document';
import { renderDocx } from '../../src/render/docx';
import { renderPdf } from '../../src/render/pdf';
import { nodeDeflate } from '../../src/render/pdf/deflate-node';
import { loadPdfFontsFromDisk } from '../../src/render/pdf/fonts-node';
import { allowWasmLineBreaker } from '../../src/render/pdf/line-break-wasm';
import { stepTimer } from './steps';

const [file, format] = process.argv.slice(2);
const doc = JSON.parse(readFileSync(file!, 'utf8')) as MouDocument;
if (format === 'pdf-js') allowWasmLineBreaker(false);
const faults = process.resourceUsage().minorPageFault;
const start = performance.now();
const steps = stepTimer(start);
const fonts = await loadPdfFontsFromDisk();
steps.onStep('fonts read');
if (format === 'docx') await renderDocx(doc, fonts);
else await renderPdf(doc, fonts, { deflate: nodeDeflate, onStep: steps.onStep });
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, pages: process.resourceUsage().minorPageFault - faults, steps: steps.ms }));
