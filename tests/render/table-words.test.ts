import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareDocuments, type Inline, type MouDocument } from '../../src/document';
import { createMetrics } from '../../src/render/pdf';
import type { Metrics } from '../../src/render/pdf/metrics';
import { CONTENT_WIDTH, TABLE, TEXT } from '../../src/render/pdf/styles';
import { describeRestoreError, draftSchema, restoreDraft, type Draft } from '../../src/model';
import { testFonts } from '../support/fonts';
import { TODAY } from '../support/drafts';

function example(name: string): Draft {
  const restored = restoreDraft(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));
  if (!restored.ok) throw new Error(describeRestoreError(restored.error));
  return restored.value.draft;
}

/** The words of a cell, split where a line may break: at spaces, and after a hyphen, dash or slash that follows a letter. */
const words = (cell: readonly Inline[]) => cell.flatMap((inline) => (inline.type === 'text' || inline.type === 'insertion'
  ? inline.text.split(/\s+|(?<=\p{L}[-/\u2010\u2013\u2014])/u).filter(Boolean).map((word) => ({ word, bold: inline.bold === true }))
  : []));

/**
 * A word wider than its column is cut between letters ("16524.8(a" then ")(1)"), which a reader
 * takes for two words. The columns of every table in the MOU and the compliance report are wide
 * enough for the words the drafts put in them: the examples, and a new draft, which fails nearly
 * every check and so names nearly every citation.
 */
describe('the widths of the tables’ columns', () => {
  let metrics: Metrics;
  beforeAll(async () => { metrics = createMetrics(await testFonts()); });

  const drafts: Array<[string, Draft]> = [
    ['the complete example', example('complete-single-county.csecmou.json')],
    ['the example with blocking findings', example('draft-with-blocking-findings.csecmou.json')],
    ['a new draft', draftSchema.parse({ counties: ['Lassen', 'Modoc'] })],
  ];

  it.each(drafts)('fit every word of %s, in the MOU and in the compliance report', (_, draft) => {
    const prepared = prepareDocuments(draft, { final: false, today: TODAY }, { mou: true, report: true });
    if (!prepared.ok) throw new Error('a draft export is never refused');
    const documents = [prepared.value.mou!, prepared.value.report!] as MouDocument[];
    const tooWide: string[] = [];
    let tables = 0;
    for (const doc of documents) {
      for (const block of doc.blocks) {
        if (block.type !== 'table') continue;
        tables++;
        const sum = block.widths.reduce((a, b) => a + b, 0);
        const room = block.widths.map((w) => (w / sum) * CONTENT_WIDTH - 2 * TABLE.padX);
        const rows = [block.header, ...block.rows].map((row, r) => row.map((cell) => ({ cell, bold: r === 0 })));
        for (const row of rows) {
          row.forEach(({ cell, bold }, c) => {
            for (const { word, bold: strong } of words(cell)) {
              const width = metrics.width(word, bold || strong ? 'bold' : 'regular', TEXT.tableCell.size);
              if (width > room[c]!) tooWide.push(`"${word}" (${width.toFixed(1)} pt) in column ${c + 1} (${room[c]!.toFixed(1)} pt) of ${doc.meta.title}`);
            }
          });
        }
      }
    }
    expect(tables).toBeGreaterThan(0);
    expect(tooWide).toEqual([]);
  });
});
