import { constants, createDeflate, deflateSync } from 'node:zlib';

/**
 * Node's own deflate (zlib, native code) for every stream of the PDF, for the command line and
 * the bench. The writer's default is fflate, deflate in JavaScript, which a fresh process runs
 * before the JIT has warmed to it; the browser keeps it, as it has no synchronous native deflate.
 * This file stays out of the app's bundle because only Node code imports it.
 *
 * One compressor serves every stream. `deflateSync` builds a stream object and a zlib state for
 * each call and frees them after it: for the 76 streams of a large PDF that was 8–10 ms of a
 * fresh process's first export (the stream objects' code not yet compiled, and the freed state's
 * memory given back and touched anew), against 0.6 ms when warm. Node has no public way to
 * reuse a compressor synchronously, so this drives the handle under `createDeflate()` as
 * `deflateSync` itself does, and falls back to `deflateSync` whenever that handle is not as
 * expected: its output is checked against `deflateSync`'s once, and any error drops it.
 */

interface ZlibHandle {
  writeSync(flush: number, input: Uint8Array, inOffset: number, inLength: number, out: Uint8Array, outOffset: number, outLength: number): void;
  reset(): void;
}

interface Compressor { handle: ZlibHandle; state: Uint32Array }

let compressor: Compressor | null | undefined;
let scratch = new Uint8Array(1 << 16);

/** Deflates `bytes` through `handle` into the scratch buffer; null when zlib did not finish. */
function deflateWith({ handle, state }: Compressor, bytes: Uint8Array): Uint8Array | null {
  const n = bytes.length;
  // zlib's deflateBound() for the default settings, plus room for the header and checksum.
  const bound = n + (n >> 12) + (n >> 14) + (n >> 25) + 64;
  if (scratch.length < bound) scratch = new Uint8Array(Math.max(bound, 2 * scratch.length));
  handle.writeSync(constants.Z_FINISH, bytes, 0, n, scratch, 0, scratch.length);
  const [outLeft, inLeft] = state;
  handle.reset();
  if (outLeft === undefined || outLeft === 0 || inLeft !== 0) return null;
  return scratch.slice(0, scratch.length - outLeft);
}

const PROBE = new TextEncoder().encode('BT /F1 11 Tf 72 700 Td (probe) Tj ET\n'.repeat(4));

function openCompressor(): Compressor | null {
  const engine = createDeflate();
  // zlib reports a failure as an 'error' event, which would end the process with no listener.
  engine.on('error', () => { compressor = null; });
  const { _handle: handle, _writeState: state } = engine as unknown as { _handle?: ZlibHandle; _writeState?: Uint32Array };
  if (typeof handle?.writeSync !== 'function' || typeof handle.reset !== 'function' || !(state instanceof Uint32Array)) return null;
  const made = { handle, state };
  try {
    const probe = deflateWith(made, PROBE);
    return probe && Buffer.from(probe).equals(deflateSync(PROBE)) ? made : null;
  } catch {
    return null;
  }
}

export const nodeDeflate = (bytes: Uint8Array): Uint8Array => {
  if (compressor === undefined) compressor = openCompressor();
  if (compressor) {
    try {
      const out = deflateWith(compressor, bytes);
      if (out) return out;
    } catch {
      compressor = null;
    }
  }
  return deflateSync(bytes);
};
