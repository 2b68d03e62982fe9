import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
// Plain JS, shared with the CLI's Node loader.
import { precompileTemplate } from './tools/handlebars-precompile.js';
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

const USWDS = fileURLToPath(new URL('./node_modules/@uswds/uswds/', import.meta.url));

export default defineConfig({
  plugins: [react(), devStylesCsp(), handlebarsTemplates()],
  // USWDS is compiled from its Sass (src/app/uswds.scss); its images come from the package.
  resolve: { alias: { '@uswds-img': `${USWDS}dist/img` } },
  css: {
    preprocessorOptions: {
      scss: { loadPaths: [`${USWDS}packages`], quietDeps: true, silenceDeprecations: ['import', 'global-builtin', 'color-functions', 'if-function'] },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  build: { outDir: 'dist', sourcemap: true },
  // The export worker loads the writers and the fonts on demand (ES module chunks), and its
  // templates are precompiled like the page's.
  worker: { format: 'es', plugins: () => [handlebarsTemplates()] },
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    globalSetup: ['tests/support/global-app.ts'],
    // Two cores: the browser and LibreOffice tests are heavy, so keep the pool small.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
