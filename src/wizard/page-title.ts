import { useEffect } from 'react';
import { APP_NAME } from '../model';

/**
 * The window's title names the page, for the browser's history and a screen reader's first words
 * ("Check your answers – CSEC Protocol & MOU Wizard"); the app's name alone once the page goes,
 * and on a page that is the app's first (null).
 */
export function usePageTitle(pageName: string | null): void {
  useEffect(() => {
    if (pageName === null) return;
    document.title = `${pageName} – ${APP_NAME}`;
    return () => {
      document.title = APP_NAME;
    };
  }, [pageName]);
}
