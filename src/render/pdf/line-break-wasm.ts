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
   * Breaks one block: `fill` writes `count` inline records (four i32s each) and at most `most`
   * bytes of UTF-8 text into the views it is given, and returns how many bytes it wrote.
   * Returns the number of lines, which `output()` then reads.
   */
  run(count: number, most: number, width: number, size: number, fill: (records: Int32Array, text: Uint8Array) => number): number;
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
    const faces = FACES.map((face) => metrics.advances(face));
    if (faces.every((advances, i) => advances === this.faces[i])) return;
    this.faces = faces;
    this.exports.forgetAdvances();
    faces.forEach((advances, i) => this.exports.setUnitsPerEm(i, advances.unitsPerEm));
  }

  /** Asked for by the breaker for an advance it has not recorded yet; recorded for next time. */
  private measure(face: number, codePoint: number): number {
    const units = this.faces[face]!.measure(codePoint);
    if (codePoint < TABLE_SIZE) new Int32Array(this.exports.memory.buffer)[(this.tables >> 2) + face * TABLE_SIZE + codePoint] = units;
    return units;
  }

  run(count: number, most: number, width: number, size: number, fill: (records: Int32Array, text: Uint8Array) => number): number {
    const { memory } = this.exports;
    const textAt = this.scratch + count * 16;
    const needed = textAt + most - memory.buffer.byteLength;
    if (needed > 0) memory.grow(Math.ceil(needed / PAGE));
    const used = fill(new Int32Array(memory.buffer, this.scratch, count * 4), new Uint8Array(memory.buffer, textAt, most));
    const output = (textAt + used + 7) & ~7;
    return this.exports.breakBlock(this.scratch, count, textAt, used, size, width, output);
  }

  output(): BreakerOutput {
    // Views made after the run: the breaker may have grown its memory, which replaces the buffer.
    const { buffer } = this.exports.memory;
    return { i32: new Int32Array(buffer), f64: new Float64Array(buffer), lineAt: this.exports.lines(), fragmentAt: this.exports.fragments(), rangeAt: this.exports.ranges() };
  }
}

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
  const lineCount = breaker.run(runs.length, most, Math.max(opts.width, opts.size), opts.size, (records, bytes) => {
    let at = 0;
    for (let n = 0; n < runs.length; n++) {
      const run = runs[n]!;
      records[n * 4] = run === null ? 1 : 0;
      records[n * 4 + 1] = run === null ? 0 : FACES.indexOf(run.face);
      records[n * 4 + 2] = at;
      if (run !== null) at += encoder.encodeInto(run.text, bytes.subarray(at)).written;
      records[n * 4 + 3] = at;
    }
    return at;
  });
  return readLines(breaker, lineCount, runs);
}

/** The lines the breaker wrote (wasm/line-break.ts describes the records), their text sliced from the inlines'. */
function readLines(breaker: LineBreaker, lineCount: number, runs: readonly Run[]): Line[] {
  const { i32, f64, lineAt, fragmentAt, rangeAt } = breaker.output();
  const rangeText = (r: number): string => {
    const p = (rangeAt >> 2) + r * 3;
    const inline = i32[p]!;
    return inline < 0 ? ' ' : runs[inline]!.text.slice(i32[p + 1], i32[p + 2]);
  };
  const lines: Line[] = [];
  for (let l = 0; l < lineCount; l++) {
    const start = i32[(lineAt >> 2) + l * 4]!;
    const end = start + i32[(lineAt >> 2) + l * 4 + 1]!;
    const fragments: Fragment[] = [];
    for (let f = start; f < end; f++) {
      const p = (fragmentAt >> 2) + f * 8;
      const first = i32[p + 1]!;
      const count = i32[p + 2]!;
      let text = rangeText(first);
      if (count > 1) {
        const parts = [text];
        for (let r = first + 1; r < first + count; r++) parts.push(rangeText(r));
        text = parts.join('');
      }
      fragments.push({ text, face: FACES[i32[p]!]!, x: f64[(fragmentAt >> 3) + f * 4 + 2]!, width: f64[(fragmentAt >> 3) + f * 4 + 3]! });
    }
    lines.push({ fragments, width: f64[(lineAt >> 3) + l * 2 + 1]! });
  }
  return lines;
}
