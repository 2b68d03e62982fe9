// Our warm PDF export of the 63-page draft alone, for comparing one change against another
// quickly (the full bench, `npm run bench`, also runs LibreOffice).
import { prepareExport } from '../../src/document';
import { renderPdf } from '../../src/render/pdf';
import { nodeDeflate } from '../../src/render/pdf/deflate-node';
import { loadPdfFontsFromDisk } from '../../src/render/pdf/fonts-node';
import { largeDraft } from './large-draft';
import { median } from './timing';

const prepared = prepareExport(largeDraft(), { final: false, today: '2026-11-28' });
if (!prepared.ok) throw new Error('a draft export is never refused');
const fonts = await loadPdfFontsFromDisk();
for (let i = 0; i < 5; i++) await renderPdf(prepared.value, fonts, { deflate: nodeDeflate });
// Wall-clock time, and CPU time, which a busy neighbour on a shared machine disturbs less.
const wall: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < 41; i++) {
  const start = performance.now();
  const used = process.cpuUsage();
  await renderPdf(prepared.value, fonts, { deflate: nodeDeflate });
  const { user, system } = process.cpuUsage(used);
  wall.push(performance.now() - start);
  cpu.push((user + system) / 1000);
}
const bytes = (await renderPdf(prepared.value, fonts, { deflate: nodeDeflate })).bytes.length;
console.log(`warm PDF export: median ${median(wall).toFixed(1)} ms (CPU ${median(cpu).toFixed(1)} ms), ${bytes.toLocaleString('en-US')} bytes`);
