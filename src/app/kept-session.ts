import type { Draft } from '../model';
import type { DraftRepository, SaveOptions } from '../storage/draft-repository';
import { classifySaveError, SaveError, stopsWriting, type SaveProblem } from '../storage/save-problem';
import type { StashedDraft } from '../storage/stash';
import { listMovesInThisTab } from '../storage/list-moves';

/** While a draft is being edited, a version goes into its history this often. */
export const SNAPSHOT_EVERY_MS = 5 * 60_000;

export const REASONS = {
  opened: 'Opened',
  editing: 'While editing',
  beforeRestore: (when: string) => `Before restoring the version of ${when}`,
  beforeReplace: (file: string) => `Before replacing it with the file ${file}`,
  openedFile: (file: string) => `As opened from the file ${file}`,
  beforeUpdate: (format: number) => `Before updating it from draft format ${format}`,
  certified: (by: string) => `Certified final by ${by}`,
  beforeNewVersion: (on: string) => `The text certified on ${on}, before a new version was started`,
} as const;

/**
 * One open draft's place in the browser's storage: the revision it last saw, so it never writes
 * over another tab's work, and when it last went into the history. Once a save finds another
 * tab's revision or a newer app, it stops writing for good: only a reload may go on.
 */
export interface KeptSession {
  readonly id: string;
  save(draft: Draft): Promise<void>;
  /** Keeps the draft synchronously for the next load (a closing tab); false when it could not. */
  stash(draft: Draft): boolean;
  /** The stash as this tab sees it, to send with the draft when handing it over. */
  stashed(): StashedDraft | null;
  snapshot(draft: Draft, reason: string): Promise<void>;
  /** Whether the draft has a record in the browser's database (a new one's first save may have failed). */
  kept(): boolean;
  /** The problem that stopped this tab writing, if one did. */
  stopped(): SaveProblem | null;
  /** Another tab took the draft by force: this tab writes nothing more. */
  stop(): void;
}

export interface SessionOptions {
  now?: () => number;
  /**
   * What the save that first keeps the draft (revision null) records with it: where it came from,
   * the first version's reason, and the file it was opened from, as it came, among its versions.
   */
  firstSave?: Pick<SaveOptions, 'reviewing' | 'origin' | 'snapshot'> & { file?: { reason: string; text: string; draft: Draft } };
}

export function createKeptSession(
  repository: DraftRepository, id: string, revision: number | null, envelopeExtras: Record<string, unknown>, { now = Date.now, firstSave }: SessionOptions = {},
): KeptSession {
  let expected = revision;
  let stopped: SaveProblem | null = null;
  let lastSnapshot = now();
  return {
    id,
    async save(draft) {
      if (stopped) throw new SaveError(stopped);
      const first = expected === null ? firstSave : undefined;
      const snapshot = first?.snapshot ?? (now() - lastSnapshot >= SNAPSHOT_EVERY_MS ? REASONS.editing : undefined);
      try {
        // Kept already if an earlier try got this far: the history does not take the same text twice.
        if (first?.file) await repository.snapshot(id, first.file.draft, first.file.reason, first.file.text);
        expected = await repository.save(id, draft, { reviewing: first?.reviewing, origin: first?.origin, expected, envelopeExtras, ...(snapshot ? { snapshot } : {}) });
        // The revision this tab wrote: opened again at another, another tab has changed the draft (storage/list-moves.ts).
        listMovesInThisTab.saved(id, expected);
        if (snapshot) lastSnapshot = now();
      } catch (error) {
        const problem = classifySaveError(error);
        if (stopsWriting(problem)) stopped = problem;
        throw new SaveError(problem);
      }
    },
    stash(draft) {
      // A draft not kept yet has no record to say it is a review, or where it came from: its stash does.
      const first = expected === null && firstSave ? { reviewing: firstSave.reviewing, origin: firstSave.origin } : {};
      return !stopped && repository.stash(id, draft, { ...first, expected, envelopeExtras });
    },
    stashed: () => repository.stashed(id),
    async snapshot(draft, reason) {
      await repository.snapshot(id, draft, reason);
    },
    kept: () => expected !== null,
    stopped: () => stopped,
    stop() {
      stopped ??= { kind: 'conflict' };
    },
  };
}
