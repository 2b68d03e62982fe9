// The PDF writer's line breaker, in AssemblyScript, compiled to WebAssembly when the app, the
// command line or the tests are built (tools/wasm-kernel.js). It runs over every character of the
// document, and JavaScript runs that loop slowly in a fresh process, before V8 has compiled it:
// WebAssembly is compiled before it runs, so a first export lays out as fast as the hundredth.
// `../line-break.ts` hands it a block's text and turns what it writes back into lines.
//
// Greedy line filling, left to right: each word (the text between two break opportunities,
// possibly in several faces, "CSEC" bold then ":") is placed as soon as it ends, on the line
// after its space or at the start of the next line. Spaces collapse to one, and none is kept at
// the start of the text or of a line. Besides spaces, a line may break after a hyphen, a dash or
// a slash that follows a letter ("county-wide", "and/or", but not "2026-11-28"). A word wider
// than the line is broken between characters, each with its combining marks.
//
// Widths are computed exactly as the JavaScript writer computed them, in the same order, so the
// PDF is the same to the byte. characters.ts holds the fonts' advances and the module's memory.

import { advance, decode, ensure, isBreakAfter, letter, mark, NEWLINE, SPACE, unitsPerEm } from "./characters";

// Set up and fed by line-break-wasm.ts.
export { forgetAdvances, init, scratchStart, setUnitsPerEm } from "./characters";

// Output records, each array in its own stretch of the scratch area:
// - a line: its first fragment, its number of fragments (i32 each), its width (f64): 16 bytes;
// - a fragment: its face, its first text range, its number of ranges (i32 each, then 4 unused),
//   its x from the line's start and its width (f64 each): 32 bytes;
// - a text range: the index of the inline it is from (-1 for a space that is not in the text as
//   such), and its start and end in UTF-16 code units (i32 each): 12 bytes.
let lineAt: usize = 0;
let lineCount: i32 = 0;
let fragmentAt: usize = 0;
let fragmentCount: i32 = 0;
let rangeAt: usize = 0;
let rangeCount: i32 = 0;

// The line being filled: its width, its first fragment, the face of its last fragment (-1 when
// it has none), and where its last range ends, to extend that range when the next text follows on.
let lineWidth: f64 = 0;
let lineStart: i32 = 0;
let lastFace: i32 = -1;
let lastInline: i32 = -1;
let lastEnd: i32 = -1;

// The word being scanned: its pieces, each of one face (32 bytes: inline, start and end in code
// units, face, start and end in bytes, i32 each; width, f64), its width, and the space before it.
let pieceAt: usize = 0;
let pieceCount: i32 = 0;
let wordWidth: f64 = 0;
let spaceFace: i32 = -1;
let spaceWidth: f64 = 0;
let spaceInline: i32 = -1;
let spaceStart: i32 = 0;
/** Whether a word has been placed since the start of the text or the last line break. */
let afterWord: bool = false;

let size: f64 = 0;
let maxWidth: f64 = 0;
let text: usize = 0;

/** Set in a line record's fragment count when the line ends inside a word (line-break.ts, Line.joined). */
const JOINED: i32 = 1 << 30;

function finishLine(joined: bool = false): void {
  const p = lineAt + (<usize>lineCount << 4);
  store<i32>(p, lineStart);
  store<i32>(p, (fragmentCount - lineStart) | (joined ? JOINED : 0), 4);
  store<f64>(p, lineWidth, 8);
  lineCount++;
  lineStart = fragmentCount;
  lineWidth = 0;
  lastFace = -1;
  lastInline = -1;
}

function addRange(inline: i32, start: i32, end: i32): void {
  const r = rangeAt + <usize>rangeCount * 12;
  store<i32>(r, inline);
  store<i32>(r, start, 4);
  store<i32>(r, end, 8);
  rangeCount++;
}

/** Adds text to the line: to its last fragment when in the same face, else as a new fragment. */
function add(inline: i32, start: i32, end: i32, face: i32, width: f64): void {
  if (lastFace == face) {
    const f = fragmentAt + (<usize>(fragmentCount - 1) << 5);
    store<f64>(f, load<f64>(f, 24) + width, 24);
    if (inline >= 0 && inline == lastInline && start == lastEnd) {
      store<i32>(rangeAt + <usize>(rangeCount - 1) * 12, end, 8);
    } else {
      addRange(inline, start, end);
      store<i32>(f, load<i32>(f, 8) + 1, 8);
    }
  } else {
    const f = fragmentAt + (<usize>fragmentCount << 5);
    store<i32>(f, face);
    store<i32>(f, rangeCount, 4);
    store<i32>(f, 1, 8);
    store<f64>(f, lineWidth, 16);
    store<f64>(f, width, 24);
    fragmentCount++;
    addRange(inline, start, end);
    lastFace = face;
  }
  lastInline = inline;
  lastEnd = end;
  lineWidth += width;
}

function newline(): void {
  endWord();
  finishLine();
  afterWord = false;
  spaceFace = -1;
}

/** A run of spaces, from `start` to `end` in code units of `inline`. */
function spaces(face: i32, inline: i32, start: i32, end: i32): void {
  endWord();
  if (!afterWord) return;
  spaceWidth = ((((<f64>advance(face, SPACE)) * 1000) / unitsPerEm(face)) * size) / 1000;
  spaceFace = face;
  // A single space is set as the text's own; a longer run as a space of its own.
  spaceInline = end - start == 1 ? inline : -1;
  spaceStart = start;
}

function piece(inline: i32, start: i32, end: i32, face: i32, startByte: i32, endByte: i32, width: f64): void {
  const p = pieceAt + (<usize>pieceCount << 5);
  store<i32>(p, inline);
  store<i32>(p, start, 4);
  store<i32>(p, end, 8);
  store<i32>(p, face, 12);
  store<i32>(p, startByte, 16);
  store<i32>(p, endByte, 20);
  store<f64>(p, width, 24);
  pieceCount++;
  wordWidth += width;
}

/** Places the word scanned so far: on this line after its space, or at the start of the next. */
function endWord(): void {
  const count = pieceCount;
  if (count == 0) return;
  const empty = lineStart == fragmentCount;
  const space = empty || spaceFace < 0 ? 0.0 : spaceWidth;
  // With no space before the word, the line breaks inside a word: after a hyphen or a slash.
  if (!empty && lineWidth + space + wordWidth > maxWidth) finishLine(spaceFace < 0);
  else if (space > 0) add(spaceInline, spaceStart, spaceStart + 1, spaceFace, space);
  if (wordWidth <= maxWidth - lineWidth) {
    for (let i = 0; i < count; i++) {
      const p = pieceAt + (<usize>i << 5);
      add(load<i32>(p), load<i32>(p, 4), load<i32>(p, 8), load<i32>(p, 12), load<f64>(p, 24));
    }
  } else {
    for (let i = 0; i < count; i++) breakWord(pieceAt + (<usize>i << 5));
  }
  pieceCount = 0;
  wordWidth = 0;
  spaceFace = -1;
  afterWord = true;
}

/** Sets a piece of a word wider than the line a character at a time, each with its combining marks. */
function breakWord(p: usize): void {
  const inline = load<i32>(p);
  const face = load<i32>(p, 12);
  const endByte = load<i32>(p, 20);
  let at = load<i32>(p, 16);
  let unit = load<i32>(p, 4);
  while (at < endByte) {
    const start = unit;
    let thousandths: f64 = 0;
    let first = true;
    while (at < endByte) {
      const c = decode(text, at);
      const codePoint = <i32>(c >> 8);
      if (!first && !mark(codePoint)) break;
      thousandths += ((<f64>advance(face, codePoint)) * 1000) / unitsPerEm(face);
      at += <i32>(c & 0xff);
      unit += codePoint > 0xffff ? 2 : 1;
      first = false;
    }
    const width = (thousandths * size) / 1000;
    if (lineStart != fragmentCount && lineWidth + width > maxWidth) finishLine(true);
    add(inline, start, unit, face, width);
  }
}

/**
 * Breaks one block's text into lines. The input, at `inlines`: `count` records of four i32s (kind:
 * 0 text, 1 line break; face; start and end of its UTF-8 bytes in `textAt`). The output goes from
 * `output` on (see `lines()`, `fragments()`, `ranges()`); returns the number of lines.
 */
export function breakBlock(inlines: usize, count: i32, textAt: usize, textBytes: i32, fontSize: f64, width: f64, output: usize): i32 {
  size = fontSize;
  maxWidth = width;
  text = textAt;
  // Each record stands for at least one byte of text or one inline, so this many of each is enough.
  const most = <usize>(textBytes + count + 2);
  lineAt = output;
  fragmentAt = lineAt + (most << 4);
  rangeAt = fragmentAt + (most << 5);
  pieceAt = rangeAt + most * 12;
  ensure(pieceAt + (most << 5));
  lineCount = 0;
  fragmentCount = 0;
  rangeCount = 0;
  lineStart = 0;
  lineWidth = 0;
  lastFace = -1;
  lastInline = -1;
  pieceCount = 0;
  wordWidth = 0;
  spaceFace = -1;
  afterWord = false;
  for (let n = 0; n < count; n++) {
    const record = inlines + (<usize>n << 4);
    if (load<i32>(record) == 1) {
      newline();
      continue;
    }
    const face = load<i32>(record, 4);
    const end = load<i32>(record, 12);
    let at = load<i32>(record, 8);
    let unit = 0;
    while (at < end) {
      const byte = <i32>load<u8>(text + <usize>at);
      if (byte == NEWLINE) {
        newline();
        at++;
        unit++;
        continue;
      }
      if (byte == SPACE) {
        const start = unit;
        while (at < end && <i32>load<u8>(text + <usize>at) == SPACE) {
          at++;
          unit++;
        }
        spaces(face, n, start, unit);
        continue;
      }
      // One piece: characters up to and including a run of hyphens, dashes or slashes, or up to
      // a space or line break; `breaks` is where that run starts, `before` the character before it.
      let pieceEnd = at;
      let pieceEndUnit = unit;
      let breaks = -1;
      let before = -1;
      let units: i32 = 0;
      while (pieceEnd < end) {
        const c = decode(text, pieceEnd);
        const codePoint = <i32>(c >> 8);
        if (codePoint == SPACE || codePoint == NEWLINE) break;
        if (!isBreakAfter(codePoint)) {
          if (breaks >= 0) break;
          before = codePoint;
        } else if (breaks < 0) breaks = pieceEnd;
        units += advance(face, codePoint);
        pieceEnd += <i32>(c & 0xff);
        pieceEndUnit += codePoint > 0xffff ? 2 : 1;
      }
      piece(n, unit, pieceEndUnit, face, at, pieceEnd, ((<f64>units) * size) / unitsPerEm(face));
      const next = pieceEnd < end ? <i32>load<u8>(text + <usize>pieceEnd) : SPACE;
      if (breaks > at && next != SPACE && next != NEWLINE && before >= 0 && letter(before)) endWord();
      at = pieceEnd;
      unit = pieceEndUnit;
    }
  }
  endWord();
  if (fragmentCount > lineStart) finishLine();
  return lineCount;
}

export function lines(): usize { return lineAt; }
export function fragments(): usize { return fragmentAt; }
export function ranges(): usize { return rangeAt; }
