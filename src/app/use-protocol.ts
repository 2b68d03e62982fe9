import { useCallback, useEffect, useRef, useState } from 'react';
import { momentInWords, todayIso } from '../lib/dates';
import { DRAFT_VERSION, withConversationOf, type Draft, type RestoredDraft } from '../model';
import { listedAs, type DraftOrigin, type DraftRepository, type DraftSummary } from '../storage/draft-repository';
import { flushPendingEdits, originWords, unsentWords, type UnsentWords, type Version } from '../wizard';
import { capitalise } from '../lib/words';
import { createDraftStore } from './draft-store';
import { claimEditing, type EditHold } from './edit-lock';
import { createKeptSession, REASONS, type KeptSession } from './kept-session';
import { classifySaveError, stopsWriting } from '../storage/save-problem';
import { listMovesInThisTab } from '../storage/list-moves';
import type { Loaded } from './open-protocol';
import { useAutosave, type SaveState } from './use-autosave';

/** Who edits the open draft: this tab, another tab that had it first, one this tab handed it to, or one that took it when this tab did not answer. */
export type Editing = 'here' | 'elsewhere' | 'handedOver' | 'taken';

export interface OpenDraft extends Loaded {
  editing: Editing;
  session: KeptSession | null;
  /**
   * What is shown is not what the browser's database holds: a new draft whose first save failed
   * (a full disk), or a closing tab's stash, newer than the kept record. It is saved at once.
   */
  unsaved?: boolean;
  /** Handed over: the words typed here and not yet in the draft (a comment, an answer it cannot take), which the other tab does not have. */
  unsent?: UnsentWords[];
}

interface Opening {
  restored: RestoredDraft;
  source: string;
  /** Where it came from, kept with it so that the list of drafts can say. */
  origin: DraftOrigin;
  /** The file's text, kept in the history as it came (before any update to its format). */
  fileText?: string;
  fileName?: string;
  /** Opened to review: read-only, comments only. */
  reviewing?: boolean;
}

/**
 * The open protocol and its place in the browser: opening a draft as a new kept one, continuing a
 * kept one (only one tab edits it at a time), handing it between tabs, its history, and
 * replacing it with a file or an earlier version (the current one goes into the history first).
 */
export function useProtocol(repository: DraftRepository | null, refresh: () => Promise<void>, showAsNow: (draft: Pick<DraftSummary, 'id' | 'title' | 'counties' | 'kind' | 'setting'>) => void) {
  const [open, setOpen] = useState<OpenDraft | null>(null);
  const [versions, setVersions] = useState<Version[] | null>(null);
  const hold = useRef<EditHold | null>(null);
  const editsHere = open?.editing === 'here';
  const autosave = useAutosave(editsHere ? open.store : null, editsHere ? open.session : null, editsHere && open.unsaved === true);
  const shown = useRef(open);
  shown.current = open;
  const flush = useRef(autosave.flush);
  flush.current = autosave.flush;
  // Asked by another tab for the draft, this tab kept it: said in the save banner until a save lands.
  const [keptFromOtherTab, setKeptFromOtherTab] = useState(false);
  const landed = autosave.state.kind === 'saved';
  useEffect(() => {
    if (landed) setKeptFromOtherTab(false);
  }, [landed]);
  const saveState: SaveState = keptFromOtherTab && (autosave.state.kind === 'failed' || autosave.state.kind === 'stopped')
    ? { ...autosave.state, keptFromOtherTab } : autosave.state;

  const letGo = () => {
    hold.current?.release();
    hold.current = null;
  };
  useEffect(() => letGo, []);

  /** Claims editing of a kept draft: whether this tab edits it, or another tab, and whether that one kept it when asked. */
  const claim = useCallback(async (id: string, takeOver: boolean) => {
    letGo();
    const claimed = await claimEditing(id, {
      takeOver,
      // All of it kept: in the database, or else in the stash, which goes with the draft.
      beforeHandover: async () => ((await flush.current()) ? { stash: shown.current?.session?.stashed() ?? null } : null),
      onKept: () => setKeptFromOtherTab(true),
      onLost: (how) => {
        hold.current = null;
        // Taken by force, the draft is the other tab's now: this tab's last save must not land under it.
        if (how === 'taken') shown.current?.session?.stop();
        // Read while the forms that hold them are still on the page.
        const unsent = unsentWords();
        setOpen((current) => (current?.keptId === id ? { ...current, editing: how, session: null, unsent } : current));
      },
    });
    hold.current = claimed.hold;
    return claimed;
  }, []);

  const show = (restored: RestoredDraft, source: string, keptId: string | null, editing: Editing, session: KeptSession | null, reviewing: boolean, unsaved = false) => {
    const store = createDraftStore(restored.draft, { today: todayIso, deferChecks: true, reviewing });
    setVersions(null);
    setKeptFromOtherTab(false);
    setOpen({ store, envelopeExtras: restored.envelopeExtras, source, keptId, openedAt: Date.now(), editing, session, fileRevision: 0, reviewing, unsaved });
    return store;
  };

  /**
   * Keeps a draft from a file, the sample or the new-protocol form as a new draft, and opens it.
   * When the browser cannot keep it at once (a full disk), it still gets its place, and saving it
   * is tried again, with the reason shown, as for any failed save.
   */
  const openAsNew = async ({ restored, source, origin, fileText, fileName, reviewing = false }: Opening) => {
    const { draft, envelopeExtras } = restored;
    let keptId: string | null = null;
    let session: KeptSession | null = null;
    let notYetKept = false;
    if (repository) {
      const id = crypto.randomUUID();
      let revision: number | null = null;
      let kept = true;
      try {
        if (fileText && fileName) await repository.snapshot(id, draft, REASONS.openedFile(fileName), fileText);
        revision = await repository.save(id, draft, { expected: null, envelopeExtras, snapshot: REASONS.opened, reviewing, origin });
      } catch (error) {
        kept = false;
        // A newer app in another tab: this tab may not write at all, so the draft gets no place.
        notYetKept = !stopsWriting(classifySaveError(error));
      }
      if (kept || notYetKept) {
        await claim(id, false);
        keptId = id;
        const file = fileText && fileName ? { file: { reason: REASONS.openedFile(fileName), text: fileText, draft } } : {};
        session = createKeptSession(repository, id, revision, envelopeExtras, { firstSave: { reviewing, origin, snapshot: REASONS.opened, ...file } });
      }
      await refresh();
    }
    return { store: show(restored, capitalise(originWords(origin) ?? source), keptId, 'here', session, reviewing, notYetKept), keptId, notYetKept };
  };

  /**
   * Opens a kept draft: this tab edits it unless another tab already does (or `takeOver`). Null,
   * opening nothing, when `wanted` says the user has gone elsewhere meanwhile.
   */
  const continueKept = async (id: string, source: string, takeOver = false, wanted: () => boolean = () => true) => {
    if (!repository) return null;
    const claimed = await claim(id, takeOver);
    const editsHere = claimed.hold;
    // Asked to hand the draft over, the other tab kept it: its latest changes are not kept.
    const keptThere = claimed.hold === null && claimed.keptThere;
    const loaded = await repository.load(id, claimed.hold ? claimed.stash : null);
    if (!wanted()) {
      letGo();
      return null;
    }
    if (!loaded.ok) {
      letGo();
      return loaded;
    }
    const { restored, revision, text, reviewing, origin, stashed } = loaded.value;
    // Saved since by another tab, its lists may have changed there: entries for items' pages by place show the lists.
    listMovesInThisTab.opened(id, revision);
    let session: KeptSession | null = null;
    if (editsHere) {
      // Only a stash holds a draft not kept yet: its first save keeps it as it came.
      const firstSave = { reviewing, ...(origin && { origin }), snapshot: REASONS.opened };
      session = createKeptSession(repository, id, revision, restored.envelopeExtras, { firstSave });
      const reason = restored.fileVersion < DRAFT_VERSION ? REASONS.beforeUpdate(restored.fileVersion) : REASONS.opened;
      await repository.snapshot(id, restored.draft, reason, text).catch(() => {});
    }
    const store = show(restored, source, id, editsHere ? 'here' : 'elsewhere', session, reviewing, stashed);
    return { ...loaded, editsHere: editsHere !== null, keptThere, store };
  };

  /** Closes the open draft; resolves to whether it is kept as it was (saved, or stashed if its save failed). */
  const close = () => {
    flushPendingEdits();
    const saved = flush.current();
    // Another tab's edits, not this tab's copy, are what that tab will save.
    if (open?.keptId && open.editing === 'here') {
      showAsNow({ id: open.keptId, ...listedAs(open.store.getState().draft) });
    }
    letGo();
    setOpen(null);
    setVersions(null);
    // The list the user returns to shows the draft as last saved: its title and counties may have changed.
    void saved.catch(() => {}).then(refresh);
    return saved.catch(() => false);
  };

  const showHistory = async () => {
    if (repository && open?.keptId) setVersions(await repository.history(open.keptId));
  };

  /**
   * Puts `draft` in place of the open one, after keeping the open one in the history, with the
   * open one's comments, verdicts, and approvals and signatures recorded since (model/comments.ts,
   * withConversationOf); resolves to how many of them it did not have. Throws, replacing nothing,
   * when the open one cannot be kept there, or is certified (locked).
   */
  const replaceWith = async (draft: Draft, reason: string) => {
    if (!open) return { comments: 0, replies: 0, approvals: 0, signatures: 0 };
    if (open.store.getState().draft.certification) {
      throw new Error('The text is certified final, so it is locked: start a new version under “Certified final” before restoring a version or replacing the draft with a file. Nothing was changed.');
    }
    flushPendingEdits();
    try {
      await open.session?.snapshot(open.store.getState().draft, reason);
    } catch (error) {
      throw new Error(`The browser could not keep the draft as it is among its earlier versions (${(error as Error).message}), so nothing was replaced. Save a copy of this draft first.`, { cause: error });
    }
    const { draft: next, kept } = withConversationOf(draft, open.store.getState().draft);
    open.store.replace(next);
    // Its items are another draft's: entries for their pages by place show the lists.
    if (open.keptId) listMovesInThisTab.forget(open.keptId);
    if (repository && open.keptId) setVersions(await repository.history(open.keptId));
    return kept;
  };

  /** Restores an earlier version; the draft as it was goes into the history first. `kept` as for replaceWith. */
  const restoreVersion = async (version: Version) => {
    if (!repository) return null;
    const restored = await repository.loadSnapshot(version.seq);
    if (!restored.ok) return restored;
    const kept = await replaceWith(restored.value.draft, REASONS.beforeRestore(momentInWords(version.at, true)));
    return { ...restored, kept };
  };

  /**
   * Keeps the open draft as it is now among its earlier versions (a certified text, the text
   * before a new version starts). Throws when the browser cannot keep it.
   */
  const keepVersion = async (reason: string) => {
    if (!open) return;
    flushPendingEdits();
    await open.session?.snapshot(open.store.getState().draft, reason);
    if (repository && open.keptId) setVersions(await repository.history(open.keptId));
  };

  /** An earlier version's draft, to compare with; null where drafts are not kept here. */
  const loadVersion = async (version: Version) => (repository ? repository.loadSnapshot(version.seq) : null);

  const savedAsFile = () => setOpen((current) => current && { ...current, fileRevision: current.store.getState().revision });

  return { open, versions, saveState, flush: () => flush.current(), openAsNew, continueKept, close, showHistory, replaceWith, restoreVersion, keepVersion, loadVersion, savedAsFile };
}
