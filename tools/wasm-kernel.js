// The PDF writer's WebAssembly (src/render/pdf/wasm/*.ts, in AssemblyScript). An import of
// `./wasm/line-break.wasm` names no file: Vite (app, tests), the command line's bundle and its
// Node loader each resolve it here, to a module whose default export is the bytes compiled from
// `./wasm/line-break.ts` and the files beside it that it imports. Compiling takes a second, so
// each result is kept in node_modules/.cache under a hash of the folder's sources and the
// compiler's options and version.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cache = join(root, 'node_modules', '.cache', 'csec-mou-wasm');

// No runtime or garbage collector: the module manages its own memory. No `abort` import, and no
// assertions, which would need one.
const COMPILER = 'assemblyscript/asc';
const OPTIONS = { runtime: 'stub', noAssert: true, use: ['abort='], optimizeLevel: 3, shrinkLevel: 0, initialMemory: 4 };

/** Whether an import specifier names one of our WebAssembly modules. */
export function isWasmImport(specifier) {
  return /(^|\/)wasm\/[\w-]+\.wasm$/.test(specifier);
}

/** The AssemblyScript source of a resolved `.wasm` path: its entry file. */
export function wasmSource(path) {
  return path.replace(/\.wasm$/, '.ts');
}

/** Every AssemblyScript file of the entry's folder, which the entry may import, by name. */
async function wasmSources(entry) {
  const folder = dirname(entry);
  const names = (await readdir(folder)).filter((name) => name.endsWith('.ts')).sort();
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readFile(join(folder, name), 'utf8')])));
}

/** @param {string} path the resolved `.wasm` path @returns {Promise<Uint8Array>} */
export async function compileWasm(path) {
  const sourcePath = wasmSource(path);
  const sources = await wasmSources(sourcePath);
  const require = createRequire(import.meta.url);
  const { version } = JSON.parse(readFileSync(require.resolve('assemblyscript/package.json'), 'utf8'));
  const key = createHash('sha256').update(JSON.stringify([version, OPTIONS, basename(sourcePath), sources])).digest('hex').slice(0, 16);
  const cached = join(cache, `${basename(sourcePath, '.ts')}-${key}.wasm`);
  try {
    return new Uint8Array(readFileSync(cached));
  } catch {
    // Not compiled yet.
  }
  // Named in a variable so that the linter's type checker does not read the compiler's own
  // sources (binaryen's, 10 MB of JavaScript, overflow its parser).
  const { default: asc } = await import(COMPILER);
  // The entry alone is compiled as such: its exports are the module's, and it imports the others.
  const output = {};
  const result = await asc.main([basename(sourcePath), '--outFile', 'binary', ...asc.configToArguments(OPTIONS)], {
    readFile: (name) => (Object.hasOwn(sources, name) ? sources[name] : null),
    writeFile: (name, contents) => { output[name] = contents; },
    listFiles: () => [],
  });
  const { binary } = output;
  if (result.error || !binary) throw new Error(`${sourcePath}: AssemblyScript could not compile it.\n${result.stderr.toString()}`);
  // Written under a name of its own and moved into place whole, so no reader sees half a file.
  const temporary = `${cached}.${process.pid}`;
  try {
    mkdirSync(dirname(cached), { recursive: true });
    writeFileSync(temporary, binary);
    renameSync(temporary, cached);
  } catch {
    // A read-only folder: compiled again next time.
  }
  return binary;
}

/** The JavaScript module that stands for a `.wasm` import: its bytes. */
export async function wasmModule(path) {
  const bytes = await compileWasm(path);
  return `export default new Uint8Array([${bytes.join(',')}]);\n`;
}
