import { useEffect, useRef, useState } from 'react';
import { heldByAnyTab } from './edit-lock';

/** How often a tab showing another tab's hold on a draft asks whether it still stands. */
const ASK_MS = 1000;

/**
 * Whether no tab holds the draft `id` any more, asked each second while this tab says that another
 * edits it (null: it does not). That tab closed, or went back to the list, and the notice must not
 * go on saying otherwise; `onLetGo` is told each time the hold goes. Asked, not taken: a lock taken
 * to find out would be found held by a tab opening the draft at that moment.
 */
export function useLetGo(id: string | null, onLetGo: () => void): boolean {
  const [free, setFree] = useState<string | null>(null);
  const told = useRef(onLetGo);
  useEffect(() => {
    told.current = onLetGo;
  });
  useEffect(() => {
    if (id === null) return undefined;
    let stopped = false;
    let wasFree = false;
    const timer = setInterval(() => void heldByAnyTab(id).then((held) => {
      if (stopped || wasFree === !held) return;
      wasFree = !held;
      setFree(held ? null : id);
      if (!held) told.current();
    }), ASK_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [id]);
  return id !== null && free === id;
}
