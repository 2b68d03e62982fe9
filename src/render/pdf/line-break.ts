import type { Inline } from '../../document';
import { assertNever } from '../../lib/assert-never';
import type { Face } from './faces';
import { faceOf } from './faces';
import { breakLinesInJs } from './line-break-js';
import { breakLinesInWasm, wasmLineBreaker } from './line-break-wasm';
import type { Metrics } from './metrics';
import type { StructNode } from './structure';
import { cleanPlainText, cleanText } from './text';

export interface BreakOptions { face: Face; size: number; width: number }

/** A stretch of one line in one face; `x` is from the line's start. */
export interface Fragment { text: string; face: Face; x: number; width: number }
/**
 * A line of a block. `joined` when it ends inside a word (after a hyphen or slash, or in a word
 * wider than the line) rather than at a space: the text read from the structure goes on with no
 * space there ("trauma-informed", not "trauma- informed").
 */
export interface Line { fragments: Fragment[]; width: number; joined: boolean }

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
export function breakLines(content: readonly Inline[], opts: BreakOptions, metrics: Metrics, missing: Set<string>, tag?: StructNode): Line[] {
  const runs = textRuns(content, opts.face, metrics, missing);
  if (tag) keepActualText(tag, content, runs);
  const breaker = wasmLineBreaker(metrics);
  return breaker ? breakLinesInWasm(breaker, runs, opts) : breakLinesInJs(runs, opts, metrics);
}

const REPLACED = /\uFFFD/g;

/**
 * Where the runs show more replacement marks than the text as typed holds, the element `tag`,
 * set from this text alone, keeps the typed text (plain, as the document's properties take it),
 * so that a screen reader reads "محمد", not a row of marks. Text with nothing replaced costs one
 * search per run.
 */
function keepActualText(tag: StructNode, content: readonly Inline[], runs: readonly Run[]): void {
  let shown = 0;
  for (const run of runs) if (run && run.text.includes('\uFFFD')) shown += run.text.match(REPLACED)!.length;
  if (shown === 0) return;
  const typed = content.map((inline) => (inline.type === 'text' || inline.type === 'insertion' ? inline.text : inline.type === 'break' ? ' ' : '')).join('');
  if (shown > (typed.match(REPLACED)?.length ?? 0)) tag.actualText = cleanPlainText(typed);
}
