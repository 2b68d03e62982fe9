// pako's deflate and inflate, as pdf-lib and its standard fonts call them, done by Node's zlib
// (native code). The command line's bundle uses this in place of pako (tools/cli-bundle.js):
// pako is deflate in JavaScript, which a fresh process runs before the JIT has warmed to it.
import { deflateSync, inflateSync } from 'node:zlib';

export const deflate = (data) => deflateSync(data);
export const inflate = (data) => inflateSync(data);
export default { deflate, inflate };
