import { useEffect, useRef } from 'react';

/**
 * Asks before the tab closes (the browser's own prompt, whose words a page cannot set) when
 * `shouldAsk` says so at that moment: it is asked then, so that keystrokes not yet committed to
 * the draft count.
 */
export function useLeaveWarning(shouldAsk: () => boolean) {
  const ask = useRef(shouldAsk);
  ask.current = shouldAsk;
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!ask.current()) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);
}
