// Our PDF export once its code has run and its heap has grown, run by run.ts under
// `node --no-opt`: V8's interpreter and baseline compiler only, as a fresh process runs most of
// its first export before the optimising compiler has caught up. It holds no first-run cost, only
// the speed of unoptimised code: a cold export's time beyond it is what running for the first time
// costs (compiling, the heap growing into memory touched for the first time).
// Prints the median milliseconds of the timed runs, as JSON.
import { readFileSync } from 'node:fs';
import type { MouDocument } from '../../src/document';
import { renderPdf } from '../../src/render/pdf';
import { nodeDeflate } from '../../src/render/pdf/deflate-node';
import { loadPdfFontsFromDisk } from '../../src/render/pdf/fonts-node';

const [file, runs = '15'] = process.argv.slice(2);
const doc = JSON.parse(readFileSync(file!, 'utf8')) as MouDocument;
const fonts = await loadPdfFontsFromDisk();
// The first exports compile the code and grow the heap: they are what a cold row measures.
for (let i = 0; i < 4; i++) await renderPdf(doc, fonts, { deflate: nodeDeflate });
const samples: number[] = [];
for (let i = 0; i < Number(runs); i++) {
  const start = performance.now();
  await renderPdf(doc, fonts, { deflate: nodeDeflate });
  samples.push(performance.now() - start);
}
console.log(JSON.stringify(samples.sort((a, b) => a - b)[samples.length >> 1]));
