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
