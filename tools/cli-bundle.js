// The command line, compiled once into plain JavaScript and kept until a source changes. Running
// the TypeScript through tsx compiles every file, and the libraries with it, on every run: about
// 1.5 s before the command starts. The bundle holds our code and the libraries (loading them from
// node_modules as separate CommonJS packages cost Node's CommonJS parsing a further 0.2 s), with
// the templates precompiled, split so that a command loads only what it uses: `check` never loads
// the writers or the fonts. It is built with esbuild, a production dependency, into
// node_modules/.cache.
import { readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isWasmImport, wasmModule } from './wasm-kernel.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cache = join(root, 'node_modules', '.cache', 'csec-mou-cli');

/** The newest modification time of the files a bundle is made from. */
function newestSource() {
  let newest = statSync(join(root, 'package.json')).mtimeMs;
  const walk = (dir) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, item.name);
      if (item.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(root, 'src'));
  walk(join(root, 'templates'));
  walk(join(root, 'tools'));
  return newest;
}

const require = createRequire(import.meta.url);

const templates = {
  name: 'handlebars-templates',
  setup(build) {
    // Handlebars' compiler is loaded only to build: a command that finds its bundle never loads it.
    build.onLoad({ filter: /\.hbs$/ }, async ({ path }) => {
      const { precompileTemplate } = await import('./handlebars-precompile.js');
      return { contents: precompileTemplate(await readFile(path, 'utf8'), path), loader: 'js' };
    });
    // Handlebars' runtime is found by its CommonJS name, which has no file of that name.
    build.onResolve({ filter: /^handlebars\/runtime$/ }, () => ({ path: require.resolve('handlebars/runtime') }));
  },
};

/** Our WebAssembly, compiled from its AssemblyScript source into the bundle (wasm-kernel.js). */
const wasm = {
  name: 'wasm-modules',
  setup(build) {
    build.onResolve({ filter: /\.wasm$/ }, ({ path, resolveDir }) => (isWasmImport(path) ? { path: join(resolveDir, path) } : undefined));
    build.onLoad({ filter: /\.wasm$/ }, async ({ path }) => ({ contents: await wasmModule(path), loader: 'js' }));
  },
};

/**
 * The path of a bundle of the command line that is newer than every source, building it if
 * needed; null when it cannot be built or written here (the caller then runs the sources).
 */
export async function cliBundle() {
  // One folder per state of the sources: a bundle is never changed once written, so a command
  // running while another rebuilds keeps the files it started with.
  let version;
  try {
    version = String(Math.floor(newestSource()));
  } catch {
    return null;
  }
  const folder = join(cache, version);
  const entry = join(folder, 'bin.js');
  try {
    statSync(entry);
    return entry;
  } catch {
    // Not built for these sources yet.
  }
  // Built under a name of its own and moved into place whole, so no command imports half a bundle.
  const building = join(cache, `building-${process.pid}`);
  try {
    const { build } = await import('esbuild');
    await build({
      entryPoints: { bin: join(root, 'src/cli/bin.ts') },
      outdir: building,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'silent',
      plugins: [templates, wasm],
    });
    try {
      renameSync(building, folder);
    } catch {
      // Another command built the same sources first: theirs is used.
      rmSync(building, { recursive: true, force: true });
    }
    // Bundles of earlier sources go; a command still running one has loaded what it needs.
    for (const old of readdirSync(cache)) if (old !== version && !old.startsWith('building-')) rmSync(join(cache, old), { recursive: true, force: true });
    return entry;
  } catch {
    rmSync(building, { recursive: true, force: true });
    return null;
  }
}
