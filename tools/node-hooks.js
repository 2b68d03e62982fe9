// Node module hooks so the CLI (run through tsx) imports what Vite turns into modules for the
// app: .hbs templates, precompiled, and our WebAssembly, compiled (tools/wasm-kernel.js).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { precompileTemplate } from './handlebars-precompile.js';
import { isWasmImport, wasmModule } from './wasm-kernel.js';

export async function resolve(specifier, context, nextResolve) {
  // The .wasm file does not exist: its source does.
  if (context.parentURL && isWasmImport(specifier)) return { url: new URL(specifier, context.parentURL).href, shortCircuit: true };
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (url.endsWith('.hbs')) {
    const file = fileURLToPath(url);
    const source = await readFile(file, 'utf8');
    return { format: 'module', source: precompileTemplate(source, file), shortCircuit: true };
  }
  if (url.startsWith('file:') && isWasmImport(url)) return { format: 'module', source: await wasmModule(fileURLToPath(url)), shortCircuit: true };
  return nextLoad(url, context);
}
