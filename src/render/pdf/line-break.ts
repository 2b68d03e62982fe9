import type { Inline } from '../../document';
import { assertNever } from '../../lib/assert-never';
import type { Face } from './faces';
import { faceOf } from './faces';
import { breakLinesInJs } from './line-break-js';
import { breakLinesInWasm, wasmLineBreaker } from './line-break-wasm';
import type { Metrics } from './metrics';
import { cleanText } from './text';

export interface BreakOptions { face: Face; size: number; width: number }

/** A stretch of one line in one face; `x` is from the line's start. */
export interface Fragment { text: string; face: Face; x: number; width: number }
export interface Line { fragments: Fragment[]; width: number }

/** What a breaker sets of a block's inlines: runs of cleaned text in their faces, and line breaks (null). */
export type Run = { text: string; face: Face } | null;

/** The block's inlines as runs; characters the font lacks are replaced and added to `missing`. */
export function textRuns(content: readonly Inline[], base: Face, metrics: Metrics, missing: Set<string>): Run[] {
  const runs: Run[] = [];
  for (let n = 0; n < content.length; n++) {
    const inline = content[n]!;
    switch (inline.type) {
      case 'break':
        runs.push(null);
        continue;
      // The PDF of a redline reads as the newer text: what was removed is left out.
      case 'deletion':
        continue;
      case 'text':
      case 'insertion': {
        const face = faceOf(base, inline.bold, inline.italic);
        runs.push({ text: cleanText(inline.text, face, metrics, missing), face });
        continue;
      }
      default:
        assertNever(inline, 'inline');
    }
  }
  return runs;
}

/**
 * Splits text into words at spaces, hyphens and line breaks and fills lines greedily; a word
 * wider than the line is broken between characters, and combining marks stay with their base
 * letter (wasm/line-break.ts says how). The breaking runs as WebAssembly: it passes over every
 * character of the document, and a fresh process runs JavaScript slowly until V8 has compiled it,
 * where WebAssembly is compiled before it runs. Where WebAssembly cannot run (Safari's Lockdown
 * Mode, a browser without a JIT, a policy that forbids it), the same breaker in JavaScript does.
 */
export function breakLines(content: readonly Inline[], opts: BreakOptions, metrics: Metrics, missing: Set<string>): Line[] {
  const runs = textRuns(content, opts.face, metrics, missing);
  const breaker = wasmLineBreaker(metrics);
  return breaker ? breakLinesInWasm(breaker, runs, opts) : breakLinesInJs(runs, opts, metrics);
}
