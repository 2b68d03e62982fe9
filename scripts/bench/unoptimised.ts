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
import { time } from './timing';

const [file, runs = '15'] = process.argv.slice(2);
const doc = JSON.parse(readFileSync(file!, 'utf8')) as MouDocument;
const fonts = await loadPdfFontsFromDisk();
// Four warm-ups: the first exports compile the code and grow the heap, which the cold row measures.
console.log(JSON.stringify(await time(Number(runs), () => renderPdf(doc, fonts, { deflate: nodeDeflate }), 4)));
