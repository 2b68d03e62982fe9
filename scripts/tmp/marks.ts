import { writeFile } from 'node:fs/promises';
import { renderPdf } from '../../src/render/pdf';
import { nodeDeflate } from '../../src/render/pdf/deflate-node';
import { loadPdfFontsFromDisk } from '../../src/render/pdf/fonts-node';
import { everyNodeDocument } from '../../tests/support/documents';

const words = process.argv[2] ?? 'ą\u0301 q\u0303\u0300 x\u0302\u0301y n\u0308 i\u0301 j\u030c i\u0331';
const doc = everyNodeDocument('final');
doc.blocks = [{ type: 'paragraph', style: 'body', content: [{ type: 'text', text: words }] },
  { type: 'paragraph', style: 'body', content: [{ type: 'text', text: words, italic: true } as never] }];
const fonts = await loadPdfFontsFromDisk();
const { bytes } = await renderPdf(doc, fonts, { deflate: nodeDeflate }) as never as { bytes: Uint8Array };
await writeFile('/tmp/marks.pdf', bytes);
