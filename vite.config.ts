import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
// Plain JS, shared with the CLI's Node loader.
import { precompileTemplate } from './tools/handlebars-precompile.js';
import { isWasmImport, wasmModule, wasmSource } from './tools/wasm-kernel.js';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * The Content-Security-Policy in index.html is the production policy. The dev server injects
 * CSS as <style> elements from script, which `style-src 'self'` forbids, so only while serving
 * in development are inline styles allowed. Builds and `vite preview` keep the strict policy.
 */
function devStylesCsp(): Plugin {
  return {
    name: 'csec-mou:dev-styles-csp',
    apply: 'serve',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
    },
  };
}

/** Imports of templates/**\/*.hbs become precompiled template specs (STYLE.md habit 12). */
function handlebarsTemplates(): Plugin {
  return {
    name: 'csec-mou:handlebars',
    async load(id) {
      if (!id.endsWith('.hbs')) return null;
      return precompileTemplate(await readFile(id, 'utf8'), id);
    },
  };
}

/** Imports of src/render/pdf/wasm/*.wasm become the bytes compiled from their AssemblyScript source. */
function wasmModules(): Plugin {
  return {
    name: 'csec-mou:wasm',
    // Before Vite's own handling of .wasm files, which would look for the file.
    enforce: 'pre',
    resolveId(source, importer) {
      return importer && isWasmImport(source) ? path.resolve(path.dirname(importer), source) : null;
    },
    async load(id) {
      if (!isWasmImport(id)) return null;
      // The entry imports the folder's other files: an edit to any of them compiles it again.
      const folder = path.dirname(wasmSource(id));
      for (const name of readdirSync(folder)) if (name.endsWith('.ts')) this.addWatchFile(path.join(folder, name));
      return wasmModule(id);
    },
  };
}

// The Content-Security-Policy is written once, in index.html's meta element. Where the app is
// served with headers (vite preview, and static hosts that read a `_headers` file, which the
// build writes), the same policy goes out as a header too, with what only a header can say.
const CSP_META = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(readFileSync(new URL('./index.html', import.meta.url), 'utf8'))?.[1];
if (!CSP_META) throw new Error('index.html must carry its Content-Security-Policy in a meta element.');
export const SECURITY_HEADERS = {
  'Content-Security-Policy': `${CSP_META}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Writes `_headers` (Netlify, Cloudflare Pages) into the build with the security headers. */
function staticHostHeaders(): Plugin {
  return {
    name: 'csec-mou:static-host-headers',
    apply: 'build',
    generateBundle() {
      const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
      this.emitFile({ type: 'asset', fileName: '_headers', source: `/*\n${lines.join('\n')}\n` });
    },
  };
}

/**
 * Writes the service worker (src/app/service-worker.js) into the build as sw.js, with the list of
 * every file the build wrote (the page, its scripts, the export worker's chunks and the fonts) and
 * a version that changes whenever any of them does.
 */
function offlineApp(): Plugin {
  let outDir = '';
  return {
    name: 'csec-mou:offline-app',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async writeBundle() {
      const files = (await readdir(outDir, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
        .filter((file) => file !== 'sw.js' && file !== '_headers' && !file.endsWith('.map'))
        .sort();
      const version = createHash('sha256');
      for (const file of files) version.update(file).update(await readFile(path.join(outDir, file)));
      const urls = ['./', ...files.filter((file) => file !== 'index.html').map((file) => `./${file}`)];
      const source = (await readFile(new URL('./src/app/service-worker.js', import.meta.url), 'utf8'))
        .replace('__VERSION__', version.digest('hex').slice(0, 16))
        .replace('__FILES__', JSON.stringify(urls).replace(/'/g, "\\'"));
      await writeFile(path.join(outDir, 'sw.js'), source);
    },
  };
}

const USWDS = fileURLToPath(new URL('./node_modules/@uswds/uswds/', import.meta.url));

export default defineConfig({
  plugins: [react(), devStylesCsp(), handlebarsTemplates(), wasmModules(), staticHostHeaders(), offlineApp()],
  // USWDS is compiled from its Sass (src/app/uswds.scss); its images come from the package.
  resolve: { alias: { '@uswds-img': `${USWDS}dist/img` } },
  css: {
    preprocessorOptions: {
      scss: { loadPaths: [`${USWDS}packages`], quietDeps: true, silenceDeprecations: ['import', 'global-builtin', 'color-functions', 'if-function'] },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  // Source maps only when asked for (SOURCEMAP=1): a deployed app does not ship its sources.
  build: { outDir: 'dist', sourcemap: process.env.SOURCEMAP === '1' },
  preview: { headers: SECURITY_HEADERS },
  // The export worker loads the writers and the fonts on demand (ES module chunks), and its
  // templates are precompiled like the page's.
  worker: { format: 'es', plugins: () => [handlebarsTemplates(), wasmModules()] },
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    globalSetup: ['tests/support/global-app.ts'],
    setupFiles: ['tests/support/frames-on-failure.ts'],
    // Two cores: the browser and LibreOffice tests are heavy, so keep the pool small.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
