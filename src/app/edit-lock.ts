/**
 * One editor at a time: the tab editing a draft holds a Web Lock named after it. Another tab that
 * opens the draft finds the lock taken and says so; "Edit it here" asks the holder, over a
 * BroadcastChannel, to save what it has and let go, and takes the lock by force only if the
 * holder does not answer (a frozen tab). A holder that cannot keep its latest changes (a full
 * disk) answers that it keeps the draft: let go, the other tab would open it without them. A
 * closed tab's lock is released by the browser.
 */
const CHANNEL = 'csec-mou:editing';
/** How long a tab asked to hand a draft over may take to save and let go. */
export const HANDOVER_MS = 4000;

export interface EditHold {
  release(): void;
}

/** This tab's hold; or none, because another tab edits the draft, and `keptThere` when it was asked and kept it. */
export type Claim = { hold: EditHold } | { hold: null; keptThere: boolean };

export interface ClaimOptions {
  /** Take the draft from the tab editing it (asking first), rather than only if it is free. */
  takeOver: boolean;
  /** Asked to hand over: save what is pending, resolving true once all of it is kept; only then is the lock released. */
  beforeHandover: () => Promise<boolean>;
  /** This tab no longer edits the draft: handed over once its changes were kept, or taken by force when it did not answer. */
  onLost: (how: 'handedOver' | 'taken') => void;
  /** Asked to hand over, this tab kept the draft, since its latest changes are not kept. */
  onKept?: () => void;
}

const lockName = (id: string) => `csec-mou:edit:${id}`;

/** Claims editing of the draft, asking the tab that edits it to hand it over when `takeOver`. */
export async function claimEditing(id: string, options: ClaimOptions, locks: LockManager | undefined = globalThis.navigator?.locks): Promise<Claim> {
  // Without Web Locks (an old browser), the revision check on every save still keeps tabs apart.
  if (!locks) return { hold: { release() {} } };
  let keptThere = false;
  // The holder let go, yet the wait ran out: another tab that asked at the same moment has the
  // draft now, and was never asked, so it is not taken by force.
  let releasedElsewhere = false;
  const kept = new AbortController();
  const asking = options.takeOver ? new BroadcastChannel(CHANNEL) : null;
  if (asking) {
    asking.onmessage = (event: MessageEvent<{ type: string; id: string }>) => {
      if (event.data?.id !== id) return;
      if (event.data.type === 'released') releasedElsewhere = true;
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
      if (outcome === 'timedOut' && !granted && !keptThere && !releasedElsewhere) void request({ steal: true });
    });
  }
  const isGranted = await answer;
  asking?.close();
  if (!isGranted) return { hold: null, keptThere };

  const channel = new BroadcastChannel(CHANNEL);
  const lose = (how: 'handedOver' | 'taken') => {
    if (lost) return;
    lost = true;
    // Tabs that asked for it at the same moment learn that one of them has it now.
    if (how === 'handedOver') channel.postMessage({ type: 'released', id });
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
    void options.beforeHandover().catch(() => false).then((allKept) => {
      if (lost) return;
      if (allKept) return lose('handedOver');
      channel.postMessage({ type: 'kept', id });
      options.onKept?.();
    });
  };
  return {
    hold: {
      release() {
        lost = true;
        channel.close();
        release();
      },
    },
  };
}
