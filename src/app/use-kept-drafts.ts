import { useCallback, useEffect, useState } from 'react';
import { openDraftRepository, type DraftRepository, type DraftSummary } from '../storage/draft-repository';
import { unavailableWords } from '../storage/save-problem';

/**
 * The drafts kept in this browser's IndexedDB. When the browser refuses storage (a private
 * window, a policy), `unavailable` says why and the app works with files alone. `superseded`
 * turns true when a newer version of the app opens the drafts in another tab.
 */
export function useKeptDrafts() {
  const [repository, setRepository] = useState<DraftRepository | null>(null);
  const [kept, setKept] = useState<DraftSummary[]>([]);
  const [unavailable, setUnavailable] = useState<string | null>(null);
  const [superseded, setSuperseded] = useState(false);

  useEffect(() => {
    let closed = false;
    let opened: DraftRepository | null = null;
    openDraftRepository(undefined, undefined, { onNewerVersion: () => setSuperseded(true) }).then(async (repo) => {
      opened = repo;
      if (closed) return repo.close();
      // Together: a draft reopened after a reload is named from the list as soon as it can be read.
      const list = await repo.list();
      if (closed) return undefined;
      setRepository(repo);
      setKept(list);
    }, (error: unknown) => {
      if (closed) return;
      setUnavailable(unavailableWords(error));
    });
    return () => {
      closed = true;
      opened?.close();
    };
  }, []);

  const refresh = useCallback(async () => {
    if (repository) setKept(await repository.list());
  }, [repository]);

  /**
   * Shows a draft in the list as it is now, before its last save lands (refresh then reads it
   * back): the list a user returns to names the draft they just left by its new title.
   */
  const showAsNow = useCallback(({ id, ...now }: Pick<DraftSummary, 'id' | 'title' | 'counties' | 'kind' | 'setting'>) => {
    setKept((list) => list.map((summary) => {
      if (summary.id !== id) return summary;
      // A protocol no longer a companion one has no setting.
      const { setting: _, ...rest } = summary;
      return { ...rest, ...now };
    }));
  }, []);

  return { repository, kept, unavailable, superseded, refresh, showAsNow };
}
