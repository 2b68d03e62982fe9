/**
 * One editor at a time: the tab editing a draft holds a Web Lock named after it. Another tab that
 * opens the draft finds the lock taken and says so; "Edit it here" asks the holder, over a
 * BroadcastChannel, to save what it has and let go, and takes the lock by force only if the
 * holder does not answer (a frozen tab). A closed tab's lock is released by the browser.
 */
const CHANNEL = 'csec-mou:editing';
/** How long a tab asked to hand a draft over may take to save and let go. */
export const HANDOVER_MS = 4000;

export interface EditHold {
  release(): void;
}

export interface ClaimOptions {
  /** Take the draft from the tab editing it (asking first), rather than only if it is free. */
  takeOver: boolean;
  /** Asked to hand over: save what is pending; the lock is released when this resolves. */
  beforeHandover: () => Promise<void>;
  /** This tab no longer edits the draft: it was handed over or taken. */
  onLost: () => void;
}

const lockName = (id: string) => `csec-mou:edit:${id}`;

/** The hold, or null when another tab edits the draft (and takeOver was not asked for). */
export async function claimEditing(id: string, options: ClaimOptions, locks: LockManager | undefined = globalThis.navigator?.locks): Promise<EditHold | null> {
  // Without Web Locks (an old browser), the revision check on every save still keeps tabs apart.
  if (!locks) return { release() {} };
  if (options.takeOver) {
    const channel = new BroadcastChannel(CHANNEL);
    channel.postMessage({ type: 'handover', id });
    channel.close();
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
    if ((error as DOMException).name !== 'AbortError') throw error;
    // Held, then taken by another tab's force; or not granted before the wait ran out.
    if (granted) stolen();
    return 'timedOut' as const;
  });
  if (!options.takeOver) {
    void request({ ifAvailable: true });
  } else {
    void request({ signal: AbortSignal.timeout(HANDOVER_MS) }).then((outcome) => {
      if (outcome === 'timedOut' && !granted) void request({ steal: true });
    });
  }
  if (!(await answer)) return null;

  const channel = new BroadcastChannel(CHANNEL);
  const lose = () => {
    if (lost) return;
    lost = true;
    channel.close();
    release();
    options.onLost();
  };
  stolen = lose;
  channel.onmessage = (event: MessageEvent<{ type: string; id: string }>) => {
    if (event.data?.type !== 'handover' || event.data.id !== id || lost) return;
    void options.beforeHandover().finally(lose);
  };
  return {
    release() {
      lost = true;
      channel.close();
      release();
    },
  };
}
