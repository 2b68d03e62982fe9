import { useEffect, useState } from 'react';
import { todayIso } from '../lib/dates';
import { lowerFirst } from '../lib/words';
import type { Draft } from '../model';
import type { Finding } from '../requirements';
import { flushPendingEdits, type ExportBusy, type ExportChoice } from '../wizard';
import type { Unshown } from '../document/unshown';
import { exportMou } from './export-mou';

interface Exported {
  message: string | null; refusal: Finding[] | null; unshown: Unshown | null; failure: string | null;
  /** Whether the outcome is still the latest news, said by a live region. */
  live: boolean;
}

const NOTHING: Exported = { message: null, refusal: null, unshown: null, failure: null, live: false };
const LIVE: Exported = { ...NOTHING, live: true };

/**
 * Exporting the open draft as the MOU: the progress while it runs, then what came of it (the file
 * saved, the blocking findings that refused a final, the characters that refused a final PDF, or
 * why it failed), until `reset`.
 */
export function useExport(draft: () => Draft | null, news: unknown) {
  const [busy, setBusy] = useState<ExportBusy | null>(null);
  const [exported, setExported] = useState<Exported>(NOTHING);
  // Another action's message (`news`, the page's status or error) is the latest now: the saved
  // file's words go, as the page's status goes when an export starts, and a refusal or failure
  // stays on the page as content, no longer an alert (UX.md: one live region at a time).
  useEffect(() => {
    if (news) setExported((now) => (now.live ? { ...now, message: null, live: false } : now));
  }, [news]);

  const run = async (choice: ExportChoice) => {
    const { final, format, document } = choice;
    flushPendingEdits();
    const current = draft();
    if (!current) return;
    const kind = format === 'docx' ? 'Word file' : 'PDF';
    const what = document === 'report' ? `${final ? 'final' : 'draft'} compliance report (${kind})`
      : `${final ? 'final' : 'draft'} ${kind}${choice.comments ? ' with the open comments' : ''}`;
    setBusy({ words: `Preparing the ${what}`, step: 0, of: 3 });
    try {
      const outcome = await exportMou(current, choice, todayIso(),
        (progress) => setBusy({ ...progress, words: `Preparing the ${what}: ${lowerFirst(progress.words)}` }));
      setExported(outcome.kind === 'refused' ? { ...LIVE, refusal: outcome.blocking }
        : outcome.kind === 'unshown' ? { ...LIVE, unshown: outcome.unshown }
        : { ...LIVE, message: [`Saved the ${what} as ${outcome.name} in your downloads.`, ...outcome.notes].join(' ') });
    } catch (error) {
      setExported({ ...LIVE, failure: `${(error as Error).message} Your draft has not been changed.` });
    } finally {
      setBusy(null);
    }
  };

  return { busy, ...exported, run, reset: () => setExported(NOTHING) };
}
