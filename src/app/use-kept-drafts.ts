import { useCallback, useEffect, useState } from 'react';
import type { Draft } from '../model';
import { openDraftRepository, type DraftRepository, type DraftSummary } from '../storage/draft-repository';

/**
 * The drafts kept in this browser's IndexedDB. When the browser refuses storage (a private
 * window, a policy), `unavailable` says why and the app works with files alone.
 */
export function useKeptDrafts() {
  const [repository, setRepository] = useState<DraftRepository | null>(null);
  const [kept, setKept] = useState<DraftSummary[]>([]);
  const [unavailable, setUnavailable] = useState<string | null>(null);

  useEffect(() => {
    let closed = false;
    let opened: DraftRepository | null = null;
    openDraftRepository().then(async (repo) => {
      opened = repo;
      if (closed) return repo.close();
      setRepository(repo);
      setKept(await repo.list());
    }, (error: unknown) => {
      if (!closed) setUnavailable(`This browser does not let the app keep drafts (${error instanceof Error ? error.message : String(error)}). Save a draft file to keep your work.`);
    });
    return () => {
      closed = true;
      opened?.close();
    };
  }, []);

  const refresh = useCallback(async () => {
    if (repository) setKept(await repository.list());
  }, [repository]);

  /** Keeps the draft under `id` (a new one when null); returns the id, or null when nothing could be kept. */
  const keep = useCallback(async (id: string | null, draft: Draft, envelopeExtras: Record<string, unknown>) => {
    if (!repository) return null;
    const key = id ?? crypto.randomUUID();
    await repository.save(key, draft, { envelopeExtras });
    await refresh();
    return key;
  }, [repository, refresh]);

  /** Keeps the draft synchronously, for a tab that is closing (see DraftRepository.stash). */
  const stash = useCallback((id: string, draft: Draft, envelopeExtras: Record<string, unknown>) => {
    repository?.stash(id, draft, { envelopeExtras });
  }, [repository]);

  const remove = useCallback(async (id: string) => {
    if (!repository) return;
    await repository.remove(id);
    await refresh();
  }, [repository, refresh]);

  return { repository, kept, unavailable, keep, stash, remove };
}
