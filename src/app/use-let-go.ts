import { useEffect, useRef, useState } from 'react';
import { heldByAnyTab } from './edit-lock';

/** How often a tab showing another tab's hold on a draft asks whether it still stands. */
const ASK_MS = 1000;

/**
 * Whether no tab holds the draft `id` any more, asked each second while this tab says that another
 * edits it (held-elsewhere.tsx, shown afresh each time; null: no kept draft). That tab closed, or
 * went back to the list, and the notice must not go on saying otherwise; `onChange` is told each
 * time the hold goes, or comes back (a tab opened the draft again). Asked, not taken: a lock taken
 * to find out would be found held by a tab opening the draft at that moment.
 */
export function useLetGo(id: string | null, onChange: (free: boolean) => void): boolean {
  const [free, setFree] = useState<string | null>(null);
  const told = useRef(onChange);
  useEffect(() => {
    told.current = onChange;
  });
  useEffect(() => {
    if (id === null) return undefined;
    let stopped = false;
    // Not known until first asked: only a change after that is news.
    let wasFree: boolean | null = null;
    const timer = setInterval(() => void heldByAnyTab(id).then((held) => {
      if (stopped || wasFree === !held) return;
      const news = wasFree !== null || !held;
      wasFree = !held;
      setFree(held ? null : id);
      if (news) told.current(!held);
    }, () => {}), ASK_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [id]);
  return id !== null && free === id;
}
