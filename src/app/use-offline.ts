import { useEffect, useState } from 'react';

/**
 * Whether the app is kept on this computer for use without a connection: `saving` while the
 * service worker fetches the app's files, `ready` once it serves them, `update` when a new version
 * waits for every tab of this one to close (it never takes over an open tab), `none` where there
 * is no service worker (a development server, an old browser, a private window that refuses it).
 */
export type OfflineState = 'none' | 'saving' | 'ready' | 'update';

export function useOffline(): OfflineState {
  // A page the service worker already serves is saved from its first render: the footer's status
  // then says so from the start, and announces only news (an update), not each page load.
  const [state, setState] = useState<OfflineState>(() =>
    (import.meta.env.PROD && 'serviceWorker' in navigator && navigator.serviceWorker.controller ? 'ready' : 'none'));
  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    let stopped = false;
    const set = (next: OfflineState) => !stopped && setState(next);
    const follow = (registration: ServiceWorkerRegistration) => {
      const look = () => {
        if (registration.waiting && navigator.serviceWorker.controller) set('update');
        else if (registration.active) set('ready');
        else if (registration.installing) set('saving');
      };
      registration.installing?.addEventListener('statechange', look);
      registration.addEventListener('updatefound', () => {
        registration.installing?.addEventListener('statechange', look);
        look();
      });
      look();
    };
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).then(follow, () => set('none'));
    return () => {
      stopped = true;
    };
  }, []);
  return state;
}

export const OFFLINE_WORDS: Record<OfflineState, string> = {
  none: '',
  saving: 'Saving the app on this computer so that it opens without a connection…',
  ready: 'This app is saved on this computer: it opens, keeps drafts and exports without a connection.',
  update: 'A new version of the app is ready. It is used once every tab of the app is closed; your drafts are kept.',
};

/**
 * A file saved by a newer version of the app was refused: the service worker looks for that
 * version now, rather than at the next visit, so that the footer can say when it is ready. Returns
 * what to do, for the refusal's message: with a service worker, the new version waits for every tab
 * to close; without one, opening the app again loads the newest its address serves.
 */
export function lookForNewerApp(): string {
  const worker = import.meta.env.PROD && 'serviceWorker' in navigator ? navigator.serviceWorker : null;
  if (!worker?.controller) return 'Open the app again (reload this page) to load the newest version its address serves, then choose the file again. If it is still refused, ask whoever sent it where they use the app.';
  void worker.getRegistration().then((registration) => registration?.update()).catch(() => undefined);
  return 'The app is looking for a newer version at its address. When the footer of this page says one is ready, close every tab of the app, open it again and choose the file again. If the footer does not say so, ask whoever sent the file where they use the app.';
}
