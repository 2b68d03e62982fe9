import type { Browser } from 'playwright-core';

/**
 * The browsers the running test file connected to (e2e.ts connectBrowser), for
 * frames-on-failure.ts. A module of its own, without hooks, so that scripts outside Vitest can
 * use the e2e helpers.
 */
export const connectedBrowsers: Browser[] = [];
