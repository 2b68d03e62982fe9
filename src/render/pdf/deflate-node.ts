import { deflateSync } from 'node:zlib';

/**
 * Node's own deflate (zlib, native code) for every stream of the PDF, for the command line and
 * the bench. The writer's default is fflate, deflate in JavaScript, which a fresh process runs
 * before the JIT has warmed to it; the browser keeps it, as it has no synchronous native deflate.
 * This file stays out of the app's bundle because only Node code imports it.
 */
export const nodeDeflate = (bytes: Uint8Array): Uint8Array => deflateSync(bytes);
