// The line breaker runs as WebAssembly where it can and in JavaScript where it cannot
// (src/render/pdf/line-break.ts). The two must break every text alike, to the bit, or a PDF made
// in a browser without WebAssembly would differ from one made elsewhere.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Inline } from '../../src/document';
import { createMetrics, renderPdf } from '../../src/render/pdf';
import type { Face } from '../../src/render/pdf/faces';
import { loadPdfFontsFromDisk } from '../../src/render/pdf/fonts-node';
import { textRuns, type BreakOptions } from '../../src/render/pdf/line-break';
import { breakLinesInJs } from '../../src/render/pdf/line-break-js';
import { allowWasmLineBreaker, breakLinesInWasm, wasmLineBreaker } from '../../src/render/pdf/line-break-wasm';
import type { Metrics } from '../../src/render/pdf/metrics';
import { everyNodeDocument } from '../support/documents';
import { hostileDocument } from '../support/hostile-document';

// Words, and the characters the breaker treats apart: spaces, breaks after hyphens, dashes and
// slashes (after letters only), line breaks, combining marks, letters beyond ASCII, characters
// the font lacks, characters that are dropped or become spaces.
const PIECES = [
  'a', 'Z', 'county', 'CSEC', 'liaison', '2026', '§', '.', ',', '“', '”', '’', ' ', ' ', '   ', '-', '/', '–', '—', '‐',
  'é', 'q\u0301', '\u0301', 'ß', 'Ω', 'жук', 'Nguyễn', '\n', '\r\n', '\t', '\u00a0', '\u200b', '😀', '中', 'x'.repeat(60),
];

const inline: fc.Arbitrary<Inline> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ type: fc.constantFrom('text' as const, 'insertion' as const), text: fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join('')), bold: fc.boolean(), italic: fc.boolean() }) },
  { weight: 1, arbitrary: fc.constant({ type: 'break' as const }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('deletion' as const), text: fc.constantFrom('gone', 'a b') }) },
);

const options: fc.Arbitrary<BreakOptions> = fc.record({
  face: fc.constantFrom<Face>('regular', 'bold', 'italic', 'boldItalic'),
  size: fc.constantFrom(9, 11, 14.5),
  // From narrower than a letter (every word broken between characters) to a whole page.
  width: fc.oneof(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 40, max: 470 })),
});

describe('the line breaker in WebAssembly and in JavaScript', () => {
  let metrics: Metrics;
  beforeAll(async () => {
    metrics = createMetrics(await loadPdfFontsFromDisk());
  });

  it('runs as WebAssembly here', () => {
    expect(wasmLineBreaker(metrics)).not.toBeNull();
  });

  it('breaks any text alike: the same lines, fragments, faces, positions and widths', () => {
    fc.assert(fc.property(fc.array(inline, { maxLength: 6 }), options, (content, opts) => {
      const runs = textRuns(content, opts.face, metrics, new Set());
      expect(breakLinesInWasm(wasmLineBreaker(metrics)!, runs, opts)).toStrictEqual(breakLinesInJs(runs, opts, metrics));
    }), { numRuns: 500, seed: 20261203 });
  });

  it('gives the same PDF either way, of hostile text and of every kind of block', async () => {
    const fonts = await loadPdfFontsFromDisk();
    for (const doc of [hostileDocument(), everyNodeDocument()]) {
      const wasm = await renderPdf(doc, fonts);
      allowWasmLineBreaker(false);
      try {
        const js = await renderPdf(doc, fonts);
        expect(Buffer.from(wasm.bytes).equals(Buffer.from(js.bytes))).toBe(true);
        expect(wasm.missingGlyphs).toEqual(js.missingGlyphs);
      } finally {
        allowWasmLineBreaker(true);
      }
    }
  });
});
