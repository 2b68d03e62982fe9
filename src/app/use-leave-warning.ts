import { useEffect } from 'react';

/**
 * Asks before the tab closes while the latest changes are kept nowhere: a save to the browser
 * failed or stopped, or the browser keeps nothing and the draft changed since its last file.
 */
export function useLeaveWarning(unsaved: boolean) {
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
}
