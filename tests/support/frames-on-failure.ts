// Set up before every test file (vite.config.ts): when a browser test fails, says for each page
// it has open whether the page is hidden, whether it still draws frames, and what it shows.
// Playwright waits for frames before it clicks, and a page that stopped drawing them (seen,
// rarely, in CI) fails with no more than a click's timeout; its headings and messages say which
// page or notice it is stuck on.
import { beforeEach } from 'vitest';
import { connectedBrowsers } from './connected-browsers';

async function pagesNow(): Promise<string[]> {
  const pages = connectedBrowsers.filter((browser) => browser.isConnected())
    .flatMap((browser) => browser.contexts().flatMap((context) => context.pages()));
  return Promise.all(pages.map(async (page) => {
    const state = page.evaluate(() => new Promise<string>((resolve) => {
      let frames = 0;
      const count = () => { frames += 1; requestAnimationFrame(count); };
      requestAnimationFrame(count);
      // What it shows, in short: its headings and messages say which page or notice it is.
      const shown = () => [...document.querySelectorAll('h1, h2, h3, [role="alert"], [role="status"]')]
        .map((e) => (e as HTMLElement).innerText.replace(/\s+/g, ' ').trim().slice(0, 300)).filter(Boolean).slice(0, 12).join(' | ');
      setTimeout(() => resolve(`${document.visibilityState}, focused ${document.hasFocus()}, ${frames} frames in 1 s; shows: ${shown()}`), 1000);
    }));
    const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('no answer in 5 s'), 5000));
    return `${page.url()}: ${await Promise.race([state, timeout]).catch((error: Error) => error.message)}`;
  }));
}

beforeEach(({ onTestFailed }) => {
  if (connectedBrowsers.length === 0) return;
  onTestFailed(async () => {
    console.error(`Pages open when the test failed:\n  ${(await pagesNow()).join('\n  ')}`);
  });
});
