import type { ReactNode } from 'react';
import { APP_NAME } from '../model';
import { OFFLINE_WORDS, useOffline } from './use-offline';

/**
 * What every screen sits in: the skip link, the masthead, the main region and the footer. The
 * app's name is the page's one h1 (`named`) except in an open draft, whose title is.
 */
export function PageFrame({ children, named = true }: { children: ReactNode; named?: boolean }) {
  const offline = useOffline();
  return (
    <>
      {/* Moves focus without following the link: the app's pages live in the address's hash, where
          "#main" would read as an unknown page and close the open draft. */}
      <a className="skip-link" href="#main" onClick={(event) => {
        event.preventDefault();
        const main = document.getElementById('main');
        main?.focus();
        main?.scrollIntoView();
      }}>
        Skip to content
      </a>
      <header className="masthead">
        <div className="wrap">
          {named ? <h1 className="masthead__name">{APP_NAME}</h1> : <p className="masthead__name">{APP_NAME}</p>}
          <p className="masthead__lede">
            Draft and check a county&apos;s interagency protocol for commercially sexually exploited
            children under SB 855.
          </p>
        </div>
      </header>
      <main id="main" className="wrap" tabIndex={-1}>{children}</main>
      <footer className="site-footer">
        <div className="wrap">
          <p>
            Everything stays on this computer: drafts you start or open are kept in this browser as
            you work, and saved as files you download (a browser may clear what it keeps when space
            runs low, so save files too); nothing is sent over the network. The checks help the
            committee; they are not legal advice.
          </p>
          {/* Only a new version is news to announce. Saving the app on a first visit happens
              while the page speaks of its own, and is not read over it (UX.md: one live region). */}
          <div data-testid="offline-status">
            {offline !== 'update' && OFFLINE_WORDS[offline] && <p>{OFFLINE_WORDS[offline]}</p>}
            <p role="status">{offline === 'update' ? OFFLINE_WORDS.update : ''}</p>
          </div>
        </div>
      </footer>
    </>
  );
}
