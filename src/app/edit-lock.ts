/**
 * One editor at a time: the tab editing a draft holds a Web Lock named after it. Another tab that
 * opens the draft finds the lock taken and says so; "Edit it here" asks the holder, over a
 * BroadcastChannel, to save what it has and let go, and takes the lock by force only if the
 * holder does not answer (a frozen tab). A holder that cannot keep its latest changes (a full
 * disk) answers that it keeps the draft: let go, the other tab would open it without them. A
 * closed tab's lock is released by the browser.
 *
 * A holder whose latest changes are only in its stash (the database is full) sends the stash with
 * its release: Chromium passes a localStorage write to other tabs later than the lock, so the tab
 * it hands to could read the older copy (about one handover in four, measured).
 */
import type { StashedDraft } from '../storage/stash';

const CHANNEL = 'csec-mou:editing';
/** How long a tab asked to hand a draft over may take to save and let go. */
export const HANDOVER_MS = 4000;
/**
 * How long a tab given the draft waits for the holder's word that it let go, which may come just
 * after the lock (a millisecond, measured); it never comes when the holder closed instead.
 */
export const RELEASE_WORD_MS = 1000;

export interface EditHold {
  release(): void;
}

/** What a holder hands over with the draft: its stash, when that alone holds its latest changes. */
export interface Handover {
  stash: StashedDraft | null;
}

/**
 * This tab's hold, with the stash the tab that had the draft sent with it; or none, because
 * another tab edits the draft, and `keptThere` when it was asked and kept it.
 */
export type Claim = { hold: EditHold; stash: StashedDraft | null } | { hold: null; keptThere: boolean };

export interface ClaimOptions {
  /** Take the draft from the tab editing it (asking first), rather than only if it is free. */
  takeOver: boolean;
  /** Asked to hand over: save what is pending, resolving once all of it is kept (null when it is not); only then is the lock released. */
  beforeHandover: () => Promise<Handover | null>;
  /** This tab no longer edits the draft: handed over once its changes were kept, or taken by force when it did not answer. */
  onLost: (how: 'handedOver' | 'taken') => void;
  /** Asked to hand over, this tab kept the draft, since its latest changes are not kept. */
  onKept?: () => void;
}

const lockName = (id: string) => `csec-mou:edit:${id}`;

/** Claims editing of the draft, asking the tab that edits it to hand it over when `takeOver`. */
export async function claimEditing(id: string, options: ClaimOptions, locks: LockManager | undefined = globalThis.navigator?.locks): Promise<Claim> {
  // Without Web Locks (an old browser), the revision check on every save still keeps tabs apart.
  if (!locks) return { hold: { release() {} }, stash: null };
  let keptThere = false;
  // The holder let go, yet the wait ran out: another tab that asked at the same moment has the
  // draft now, and was never asked, so it is not taken by force.
  let releasedElsewhere = false;
  const kept = new AbortController();
  // Asked for, a holder that lets go says so, with its stash; one that closed says nothing.
  const heldWhenAsked = options.takeOver && (await locks.query()).held?.some((lock) => lock.name === lockName(id)) === true;
  let sent: Handover | null = null;
  let heardRelease = () => {};
  const releaseWord = new Promise<void>((resolve) => { heardRelease = resolve; });
  const asking = options.takeOver ? new BroadcastChannel(CHANNEL) : null;
  if (asking) {
    asking.onmessage = (event: MessageEvent<{ type: string; id: string; stash?: StashedDraft | null }>) => {
      if (event.data?.id !== id) return;
      if (event.data.type === 'released') {
        releasedElsewhere = true;
        sent = { stash: event.data.stash ?? null };
        heardRelease();
      }
      if (event.data.type !== 'kept') return;
      keptThere = true;
      kept.abort();
    };
    asking.postMessage({ type: 'handover', id, at: Date.now() });
  }
  let release!: () => void;
  const held = new Promise<void>((resolve) => { release = resolve; });
  let answered!: (granted: boolean) => void;
  const answer = new Promise<boolean>((resolve) => { answered = resolve; });
  let granted = false;
  let stealing = false;
  let lost = false;
  let stolen = () => {};
  const request = (lockOptions: LockOptions) => locks.request(lockName(id), lockOptions, (lock) => {
    granted = lock !== null;
    answered(granted);
    return lock ? held : undefined;
  }).then(() => 'done' as const, (error: unknown) => {
    // An aborted request rejects with its signal's reason: a TimeoutError once the wait ran out.
    if (!['AbortError', 'TimeoutError'].includes((error as DOMException).name)) throw error;
    // Held, then taken by another tab's force; not granted before the wait ran out; or the holder kept it.
    if (granted) stolen();
    else if (keptThere || releasedElsewhere) answered(false);
    return 'timedOut' as const;
  });
  if (!options.takeOver) {
    void request({ ifAvailable: true });
  } else {
    void request({ signal: AbortSignal.any([AbortSignal.timeout(HANDOVER_MS), kept.signal]) }).then((outcome) => {
      if (outcome !== 'timedOut' || granted || keptThere || releasedElsewhere) return;
      stealing = true;
      void request({ steal: true });
    });
  }
  const isGranted = await answer;
  // Handed over, the draft comes with the holder's word, which may arrive just after the lock;
  // taken by force, with nothing.
  if (isGranted && heldWhenAsked && !stealing) await Promise.race([releaseWord, new Promise((resolve) => setTimeout(resolve, RELEASE_WORD_MS))]);
  asking?.close();
  if (!isGranted) return { hold: null, keptThere };

  const channel = new BroadcastChannel(CHANNEL);
  const lose = (how: 'handedOver' | 'taken', handover: Handover = { stash: null }) => {
    if (lost) return;
    lost = true;
    // The tab given it takes the stash from here; tabs that asked for it at the same moment learn
    // that one of them has it now.
    if (how === 'handedOver') channel.postMessage({ type: 'released', id, stash: handover.stash });
    channel.close();
    release();
    options.onLost(how);
  };
  stolen = () => lose('taken');
  channel.onmessage = (event: MessageEvent<{ type: string; id: string; at?: number }>) => {
    if (event.data?.type !== 'handover' || event.data.id !== id || lost) return;
    // Read only after the asker's wait ran out (this tab was frozen): it takes the draft by
    // force, or has, so saving now would write under it. Nothing is saved.
    if (Date.now() - (event.data.at ?? Date.now()) >= HANDOVER_MS) return lose('taken');
    void options.beforeHandover().catch(() => null).then((handover) => {
      if (lost) return;
      if (handover) return lose('handedOver', handover);
      channel.postMessage({ type: 'kept', id });
      options.onKept?.();
    });
  };
  return {
    stash: (sent as Handover | null)?.stash ?? null,
    hold: {
      release() {
        lost = true;
        channel.close();
        release();
      },
    },
  };
}

/**
 * Runs `work` while no tab edits the draft, holding its lock meanwhile so that none starts to:
 * removing a draft under a tab that edits it would let that tab's saves, or an Undo, write over
 * the other's. Resolves to null, doing nothing, while a tab edits it.
 */
export async function unlessEdited<T>(id: string, work: () => Promise<T>, locks: LockManager | undefined = globalThis.navigator?.locks): Promise<{ done: T } | null> {
  if (!locks) return { done: await work() };
  return locks.request(lockName(id), { ifAvailable: true }, async (lock) => (lock ? { done: await work() } : null));
}

/** Whether any tab holds the draft's edit lock now; none can without Web Locks. */
export async function heldByAnyTab(id: string, locks: LockManager | undefined = globalThis.navigator?.locks): Promise<boolean> {
  if (!locks) return false;
  return ((await locks.query()).held ?? []).some((lock) => lock.name === lockName(id));
}
