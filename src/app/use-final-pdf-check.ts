import { useEffect, useState } from 'react';
import { unshownIn, type Unshown } from '../document/unshown';
import type { Draft } from '../model';
import type { FinalPdfCheck } from '../wizard/findings-panel';
import { finalPdfsUnshown } from './export-mou';


/** How long typing must pause before the final PDF is laid out again to check its text. */
const QUIET_MS = 1000;

/**
 * Whether the final PDF can print the draft's text, checked in the export worker once typing
 * pauses and no blocking finding stands: without it, the findings would say nothing stops a final
 * export while a name in another script does (certifying and the final PDF refuse it). Between
 * checks, characters found before are looked for in the draft as it is now, so that a fixed name
 * stops being shown at once.
 */
export function useFinalPdfCheck(draft: Draft, blocking: number, today: string): FinalPdfCheck {
  const [last, setLast] = useState<{ draft: Draft; unshown: Unshown | null } | null>(null);
  useEffect(() => {
    if (blocking > 0 || last?.draft === draft) return;
    let current = true;
    const timer = setTimeout(() => {
      finalPdfsUnshown(draft, today).then((unshown) => {
        if (current) setLast({ draft, unshown });
      }, () => undefined); // a check that failed is not a result: certifying checks again, and says why
    }, QUIET_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [draft, blocking, today, last]);
  if (blocking > 0 || !last) return { kind: 'unchecked' };
  if (last.unshown) {
    const still = unshownIn(draft, last.unshown.characters);
    if (still.places.length > 0) return { kind: 'unshown', unshown: still };
  }
  return last.draft === draft && !last.unshown ? { kind: 'printable' } : { kind: 'unchecked' };
}
