import { deflateSync } from 'node:zlib';

/**
 * Node's own deflate (zlib, native code) for the page contents, for the command line and the
 * bench. pdf-lib's is pako, deflate in JavaScript that sets up a new compressor of its own for
 * every stream; the browser keeps it, as it has no synchronous native deflate. This file stays out
 * of the app's bundle because only Node code imports it.
 */
export const nodeDeflate = (bytes: Uint8Array): Uint8Array => deflateSync(bytes);
