import wasm from './wasm/line-break.wasm';
import { FACES } from './faces';
import type { BreakOptions, Fragment, Line, Run } from './line-break';
import type { Advances, Metrics } from './metrics';

/** What wasm/line-break.ts exports. */
interface Exports {
  memory: WebAssembly.Memory;
  init(): number;
  scratchStart(): number;
  forgetAdvances(): void;
  setUnitsPerEm(face: number, unitsPerEm: number): void;
  breakBlock(inlines: number, count: number, text: number, textBytes: number, size: number, width: number, output: number): number;
  lines(): number;
  fragments(): number;
  ranges(): number;
}

/** The breaker's memory, as typed views, and where its output records start in it. */
export interface BreakerOutput { i32: Int32Array; f64: Float64Array; lineAt: number; fragmentAt: number; rangeAt: number }

export interface LineBreaker {
  /**
   * Makes room for a block of `count` inline records and at most `most` bytes of UTF-8 text, and
   * returns the memory's views (valid until the next call) and where the records and the text go.
   */
  input(count: number, most: number): { i32: Int32Array; u8: Uint8Array; recordAt: number; textAt: number };
  /** Breaks the block `input` made room for, whose text is `used` bytes; returns the number of lines, which `output()` then reads. */
  run(count: number, used: number, width: number, size: number): number;
  output(): BreakerOutput;
}

const TABLE_SIZE = 0x3000;
const PAGE = 65536;
const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;

class WasmLineBreaker implements LineBreaker {
  private readonly exports: Exports;
  private readonly tables: number;
  private readonly scratch: number;
  private faces: readonly Advances[] = [];
  private viewsOf: Views | undefined;
  private metrics: Metrics | undefined;

  constructor() {
    // Compiled when first needed, so that only code that lays out pays for it (under 3 kB).
    const imports = {
      kernel: {
        measure: (face: number, codePoint: number) => this.measure(face, codePoint),
        isLetter: (codePoint: number) => (LETTER.test(String.fromCodePoint(codePoint)) ? 1 : 0),
        isMark: (codePoint: number) => (MARK.test(String.fromCodePoint(codePoint)) ? 1 : 0),
      },
    };
    this.exports = new WebAssembly.Instance(new WebAssembly.Module(wasm), imports).exports as unknown as Exports;
    this.tables = this.exports.init();
    this.scratch = this.exports.scratchStart();
  }

  /** The faces to measure with; the advances recorded for other fonts are forgotten. */
  use(metrics: Metrics): void {
    // Asked for every block: the same metrics as last time need no checking.
    if (metrics === this.metrics) return;
    this.metrics = metrics;
    const faces = FACES.map((face) => metrics.advances(face));
    if (faces.every((advances, i) => advances === this.faces[i])) return;
    this.faces = faces;
    this.exports.forgetAdvances();
    faces.forEach((advances, i) => this.exports.setUnitsPerEm(i, advances.unitsPerEm));
  }

  /** Asked for by the breaker for an advance it has not recorded yet; recorded for next time. */
  private measure(face: number, codePoint: number): number {
    const units = this.faces[face]!.measure(codePoint);
    if (codePoint < TABLE_SIZE) this.views().i32[(this.tables >> 2) + face * TABLE_SIZE + codePoint] = units;
    return units;
  }

  input(count: number, most: number): { i32: Int32Array; u8: Uint8Array; recordAt: number; textAt: number } {
    const { memory } = this.exports;
    const textAt = this.scratch + count * 16;
    const needed = textAt + most - memory.buffer.byteLength;
    if (needed > 0) memory.grow(Math.ceil(needed / PAGE));
    const views = this.views();
    views.textAt = textAt;
    return views;
  }

  run(count: number, used: number, width: number, size: number): number {
    const textAt = this.scratch + count * 16;
    const output = (textAt + used + 7) & ~7;
    return this.exports.breakBlock(this.scratch, count, textAt, used, size, width, output);
  }

  output(): BreakerOutput {
    const views = this.views();
    views.lineAt = this.exports.lines();
    views.fragmentAt = this.exports.fragments();
    views.rangeAt = this.exports.ranges();
    return views;
  }

  /**
   * One set of views of the memory, made again only when the memory grows (which replaces its
   * buffer): views made for every block were a good part of what breaking a block allocated.
   */
  private views(): Views {
    const { buffer } = this.exports.memory;
    if (this.viewsOf?.i32.buffer !== buffer) {
      this.viewsOf = { i32: new Int32Array(buffer), u8: new Uint8Array(buffer), f64: new Float64Array(buffer), recordAt: this.scratch, textAt: 0, lineAt: 0, fragmentAt: 0, rangeAt: 0 };
    }
    return this.viewsOf;
  }
}

type Views = BreakerOutput & { u8: Uint8Array; recordAt: number; textAt: number };

let breaker: WasmLineBreaker | null | undefined;

/**
 * The one WebAssembly line breaker (blocks are laid out one at a time), measuring with
 * `metrics`' fonts; null where WebAssembly cannot run, which is tried once.
 */
export function wasmLineBreaker(metrics: Metrics): LineBreaker | null {
  if (breaker === undefined) {
    try {
      breaker = new WasmLineBreaker();
    } catch {
      breaker = null;
    }
  }
  breaker?.use(metrics);
  return breaker;
}

/** Switches the WebAssembly breaker off (or on again), for the tests and the bench, which compare it with the JavaScript one. */
export function allowWasmLineBreaker(allowed: boolean): void {
  breaker = allowed ? undefined : null;
}

const encoder = new TextEncoder();

/** Breaks one block's runs with the WebAssembly breaker: their text in as UTF-8, the lines out as ranges of that text. */
export function breakLinesInWasm(breaker: LineBreaker, runs: readonly Run[], opts: BreakOptions): Line[] {
  // UTF-8 takes at most three bytes per UTF-16 code unit.
  let most = 0;
  for (let n = 0; n < runs.length; n++) most += (runs[n]?.text.length ?? 0) * 3;
  const { i32, u8, recordAt, textAt } = breaker.input(runs.length, most);
  const records = recordAt >> 2;
  let at = 0;
  for (let n = 0; n < runs.length; n++) {
    const run = runs[n]!;
    const p = records + n * 4;
    i32[p] = run === null ? 1 : 0;
    i32[p + 1] = run === null ? 0 : FACES.indexOf(run.face);
    i32[p + 2] = at;
    if (run !== null && run.text.length > 0) at += encoder.encodeInto(run.text, u8.subarray(textAt + at, textAt + most)).written;
    i32[p + 3] = at;
  }
  return readLines(breaker, breaker.run(runs.length, at, Math.max(opts.width, opts.size), opts.size), runs);
}

/** The text of range `r` (wasm/line-break.ts describes the records), sliced from the inlines'. */
function rangeText(i32: Int32Array, rangeAt: number, r: number, runs: readonly Run[]): string {
  const p = (rangeAt >> 2) + r * 3;
  const inline = i32[p]!;
  return inline < 0 ? ' ' : runs[inline]!.text.slice(i32[p + 1], i32[p + 2]);
}

/** The lines the breaker wrote, their text sliced from the inlines'. */
function readLines(breaker: LineBreaker, lineCount: number, runs: readonly Run[]): Line[] {
  const { i32, f64, lineAt, fragmentAt, rangeAt } = breaker.output();
  const lines: Line[] = [];
  for (let l = 0; l < lineCount; l++) {
    const start = i32[(lineAt >> 2) + l * 4]!;
    const end = start + i32[(lineAt >> 2) + l * 4 + 1]!;
    const fragments: Fragment[] = [];
    for (let f = start; f < end; f++) {
      const p = (fragmentAt >> 2) + f * 8;
      const first = i32[p + 1]!;
      const count = i32[p + 2]!;
      let text = rangeText(i32, rangeAt, first, runs);
      for (let r = first + 1; r < first + count; r++) text += rangeText(i32, rangeAt, r, runs);
      fragments.push({ text, face: FACES[i32[p]!]!, x: f64[(fragmentAt >> 3) + f * 4 + 2]!, width: f64[(fragmentAt >> 3) + f * 4 + 3]! });
    }
    lines.push({ fragments, width: f64[(lineAt >> 3) + l * 2 + 1]! });
  }
  return lines;
}
