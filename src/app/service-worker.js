// The app's service worker, written into the build as /sw.js with the list of the build's files
// (vite.config.ts, offlineApp). It keeps the whole app, the export code and the PDF fonts on this
// computer at the first visit, so the app opens and exports without a connection. It never calls
// skipWaiting: a new version waits until every tab of the old one is closed, so a tab with a draft
// open keeps the code it started with, and the old files stay until then.
const VERSION = '__VERSION__';
const FILES = JSON.parse('__FILES__');
const CACHE = `csec-mou-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('csec-mou-') && key !== CACHE).map((key) => caches.delete(key))))
      // The first version takes the open tab at once; a later one only activates once no tab uses the old.
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // Every page of the app is its one HTML file. The kept files are this build's own, whatever
      // a server's Vary says: with "Vary: Origin" (vite preview, hosts that serve CORS) a module
      // script's request, which carries an Origin, would match nothing, and the app open offline
      // as a blank page.
      const hit = await cache.match(request.mode === 'navigate' ? './' : request, { ignoreSearch: request.mode === 'navigate', ignoreVary: true });
      return hit ?? fetch(request);
    }),
  );
});
