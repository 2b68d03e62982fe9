import { useEffect, useMemo, useRef, useState } from 'react';
import { unshownIn, unusualPrintedCharacters, type Unshown } from '../document/unshown';
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
 * stops being shown at once. A draft that holds no character beyond those a check has printed
 * before needs no new one: typing in English lays out nothing.
 */
export function useFinalPdfCheck(draft: Draft, blocking: number, today: string): FinalPdfCheck {
  const [last, setLast] = useState<{ draft: Draft; unshown: Unshown | null } | null>(null);
  const printed = useRef(new Set<string>());
  const unusual = useMemo(() => (blocking > 0 ? null : unusualPrintedCharacters(draft)), [draft, blocking]);
  const known = last !== null && last.unshown === null && unusual !== null && [...unusual].every((char) => printed.current.has(char));
  useEffect(() => {
    if (blocking > 0 || last?.draft === draft || known) return;
    let current = true;
    const timer = setTimeout(() => {
      finalPdfsUnshown(draft, today).then((unshown) => {
        if (!current) return;
        if (unshown === null) unusual?.forEach((char) => printed.current.add(char));
        setLast({ draft, unshown });
      }, () => undefined); // a check that failed is not a result: certifying checks again, and says why
    }, QUIET_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [draft, blocking, today, last, known, unusual]);
  if (blocking > 0 || !last) return { kind: 'unchecked' };
  if (last.unshown) {
    const still = unshownIn(draft, last.unshown.characters);
    if (still.places.length > 0) return { kind: 'unshown', unshown: still };
  }
  return last.draft === draft || known ? { kind: 'printable' } : { kind: 'unchecked' };
}
