import { useEffect, useState } from 'react';
import type { County } from '../model';

/**
 * Remove for a list of chosen counties, with an undo that puts the county back in its place
 * (UX.md: a removal from a list can be undone). Focus goes to the notice (`noticeId`), then after
 * an undo back to the list's control (`listId`). `set` takes the whole list, so that what follows
 * the counties (a title made from them) follows them back too.
 */
export function useCountyRemoval(counties: readonly County[], set: (next: County[]) => void, { noticeId, listId }: { noticeId: string; listId: string }) {
  const [removed, setRemoved] = useState<{ county: County; index: number; title: string } | null>(null);
  const [focus, setFocus] = useState<string | null>(null);
  useEffect(() => {
    if (!focus) return;
    document.getElementById(focus)?.focus();
    setFocus(null);
  }, [focus, removed]);
  return {
    // Once the county is back by another way (added again, an undo in the history), there is nothing to undo.
    removed: removed && !counties.includes(removed.county) ? removed : null,
    noticeId,
    remove(county: County) {
      set(counties.filter((c) => c !== county));
      setRemoved({ county, index: counties.indexOf(county), title: `${county} County` });
      setFocus(noticeId);
    },
    undo() {
      if (!removed) return;
      const next = [...counties];
      next.splice(Math.min(removed.index, next.length), 0, removed.county);
      set(next);
      setRemoved(null);
      setFocus(listId);
    },
  };
}
