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

/** The breaker's memory as typed views, valid until the memory next grows. */
export interface MemoryViews { i32: Int32Array; u8: Uint8Array; f64: Float64Array }

/**
 * Plain numbers and one cached set of views: a block is broken for every paragraph, item and cell
 * of the document, and new views and a callback for each were a good part of what it allocated.
 */
export interface LineBreaker {
  /** Where a block's inline records go (four i32s each). */
  readonly recordAt: number;
  /** Makes room for a block of `count` inline records and at most `most` bytes of UTF-8 text; returns where the text goes. */
  input(count: number, most: number): number;
  /** The memory's views, after `input` and again after `run` (either may grow the memory, which replaces them). */
  views(): MemoryViews;
  /** Breaks the block `input` made room for, whose text is `used` bytes; returns the number of lines. */
  run(count: number, used: number, width: number, size: number): number;
  /** Where `run` wrote its line, fragment and text range records. */
  lineAt(): number;
  fragmentAt(): number;
  rangeAt(): number;
}

const TABLE_SIZE = 0x3000;
/** The bit wasm/line-break.ts sets in a line's fragment count when the line ends inside a word. */
const JOINED = 1 << 30;
const PAGE = 65536;
const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;

class WasmLineBreaker implements LineBreaker {
  private readonly exports: Exports;
  private readonly tables: number;
  private readonly scratch: number;
  private faces: readonly Advances[] = [];
  private viewsOf: MemoryViews | undefined;
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

  get recordAt(): number {
    return this.scratch;
  }

  input(count: number, most: number): number {
    const { memory } = this.exports;
    const textAt = this.textAt(count);
    const needed = textAt + most - memory.buffer.byteLength;
    if (needed > 0) memory.grow(Math.ceil(needed / PAGE));
    return textAt;
  }

  run(count: number, used: number, width: number, size: number): number {
    const textAt = this.textAt(count);
    const output = (textAt + used + 7) & ~7;
    return this.exports.breakBlock(this.scratch, count, textAt, used, size, width, output);
  }

  lineAt(): number {
    return this.exports.lines();
  }

  fragmentAt(): number {
    return this.exports.fragments();
  }

  rangeAt(): number {
    return this.exports.ranges();
  }

  /** The block's text follows its inline records (16 bytes each) in the scratch area. */
  private textAt(count: number): number {
    return this.scratch + count * 16;
  }

  /** One set of views, made again only when the memory grows (which replaces its buffer). */
  views(): MemoryViews {
    const { buffer } = this.exports.memory;
    if (this.viewsOf?.i32.buffer !== buffer) this.viewsOf = { i32: new Int32Array(buffer), u8: new Uint8Array(buffer), f64: new Float64Array(buffer) };
    return this.viewsOf;
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
  const textAt = breaker.input(runs.length, most);
  const { i32, u8 } = breaker.views();
  const records = breaker.recordAt >> 2;
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
  const { i32, f64 } = breaker.views();
  const lineAt = breaker.lineAt();
  const fragmentAt = breaker.fragmentAt();
  const rangeAt = breaker.rangeAt();
  const lines: Line[] = [];
  for (let l = 0; l < lineCount; l++) {
    const start = i32[(lineAt >> 2) + l * 4]!;
    const counted = i32[(lineAt >> 2) + l * 4 + 1]!;
    const end = start + (counted & ~JOINED);
    // Made at their length: an empty array's first push makes room for 17, for one or two here.
    const fragments = new Array<Fragment>(end - start);
    for (let f = start; f < end; f++) {
      const p = (fragmentAt >> 2) + f * 8;
      const first = i32[p + 1]!;
      const count = i32[p + 2]!;
      let text = rangeText(i32, rangeAt, first, runs);
      for (let r = first + 1; r < first + count; r++) text += rangeText(i32, rangeAt, r, runs);
      fragments[f - start] = { text, face: FACES[i32[p]!]!, x: f64[(fragmentAt >> 3) + f * 4 + 2]!, width: f64[(fragmentAt >> 3) + f * 4 + 3]! };
    }
    lines.push({ fragments, width: f64[(lineAt >> 3) + l * 2 + 1]!, joined: (counted & JOINED) !== 0 });
  }
  return lines;
}
