// One production build and one `vite preview` server for every browser test file, and one
// Chromium for each test worker, shared by the files that worker runs one after another: on two
// cores, a browser and a build per file would cost more than the tests themselves. A browser per
// worker, not one for all: with two files driving one Chromium at once, one file's page was seen,
// rarely, to stop drawing frames for good (so no click could land) while the other file paused
// tabs in the debugger and answered leaving dialogs. The cause was not found; apart, such a stall
// could not reach a file that does neither.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the production build served by `vite preview`, with its strict CSP. */
    appOrigin: string;
    /** Where that build was written, for tests that read the bundle. */
    appOutDir: string;
    /** One Chromium per test worker, for playwright-core's `chromium.connect` (see e2e.ts). */
    browserEndpoints: string[];
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));
const configFile = path.join(root, 'vite.config.ts');

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync'];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export default async function setup(project: TestProject) {
  const workers = Math.max(1, Number(project.globalConfig.maxWorkers) || 1);
  const outDir = await mkdtemp(path.join(tmpdir(), 'csec-mou-app-'));
  // Vitest sets NODE_ENV=test; the page under test should be the production build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, configFile, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const server = await preview({
    root,
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: await freePort(), strictPort: true, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a local URL');
  const browsers = await Promise.all(Array.from({ length: workers }, () =>
    chromium.launchServer({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS })));
  project.provide('appOrigin', new URL(url).origin);
  project.provide('appOutDir', outDir);
  project.provide('browserEndpoints', browsers.map((browser) => browser.wsEndpoint()));
  return async () => {
    await Promise.all(browsers.map((browser) => browser.close()));
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  };
}
