import type { Inline } from '../../document';
import type { Face } from './faces';
import { breakLinesInJs } from './line-break-js';
import { breakLinesInWasm, wasmLineBreaker } from './line-break-wasm';
import type { Metrics } from './metrics';

export interface BreakOptions { face: Face; size: number; width: number }

/** A stretch of one line in one face; `x` is from the line's start. */
export interface Fragment { text: string; face: Face; x: number; width: number }
export interface Line { fragments: Fragment[]; width: number }

/**
 * Splits text into words at spaces, hyphens and line breaks and fills lines greedily; a word
 * wider than the line is broken between characters, and combining marks stay with their base
 * letter (wasm/line-break.ts says how). The breaking runs as WebAssembly: it passes over every
 * character of the document, and a fresh process runs JavaScript slowly until V8 has compiled it,
 * where WebAssembly is compiled before it runs. Where WebAssembly cannot run (Safari's Lockdown
 * Mode, a browser without a JIT, a policy that forbids it), the same breaker in JavaScript does.
 */
export function breakLines(content: readonly Inline[], opts: BreakOptions, metrics: Metrics, missing: Set<string>): Line[] {
  const breaker = wasmLineBreaker(metrics);
  return breaker ? breakLinesInWasm(breaker, content, opts, metrics, missing) : breakLinesInJs(content, opts, metrics, missing);
}
