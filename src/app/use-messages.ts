import { useEffect, useState } from 'react';
import type { Repair } from '../model';
import type { OpenDraft } from './use-protocol';

export interface PageError {
  id: number;
  message: string;
  heading?: string;
}

/**
 * What the page says above everything else: the status of the last action, a file or draft that
 * could not be opened, and what was mended while opening one. Each goes when it stops being news.
 */
export function useMessages(loaded: OpenDraft | null) {
  const [status, setStatus] = useState('');
  // After an action whose result is only this message (a saved copy, a preview cancelled), focus
  // moves to it (UX.md), since the button pressed says nothing of what happened.
  const [statusFocus, setStatusFocus] = useState(0);
  const [error, setError] = useState<PageError | null>(null);
  const [repairs, setRepairs] = useState<Repair[]>([]);

  // A file that could not be opened stops being news once the draft is edited: its message goes
  // rather than sit beside later ones.
  useEffect(() => {
    if (!loaded) return undefined;
    const { store } = loaded;
    let revision = store.getState().revision;
    return store.subscribe(() => {
      if (store.getState().revision === revision) return;
      revision = store.getState().revision;
      setError(null);
    });
  }, [loaded]);
  // Handed to another tab, or taken by it, this tab's last message (about opening or saving) no longer applies.
  const handedOver = loaded?.editing === 'handedOver' || loaded?.editing === 'taken';
  useEffect(() => {
    if (!handedOver) return;
    setStatus('');
    setError(null);
  }, [handedOver]);

  return {
    status, statusFocus, error, repairs, setStatus, setError, setRepairs,
    /** Says what happened and moves focus to it. */
    say(words: string) {
      setStatus(words);
      setStatusFocus((n) => n + 1);
    },
  };
}
