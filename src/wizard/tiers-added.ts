import { createContext, useContext } from 'react';

/**
 * The MDT tiers this tab is adding or has added. A tier is finished adding once left from the
 * last of its steps (or from its own page) by "Return to the list of tiers". Those steps stay in
 * the browser's history, and Back into one of them shows the tier's own page, not its adding,
 * whose Cancel would take a finished tier out with no Undo. A tier left before then (by Back, the
 * task list, a link) is not finished: its list says so, and where its adding stopped. Without a
 * provider, they are remembered until the page goes.
 */
export interface TiersAdded {
  /** Whether the tier has finished adding. */
  has(id: string): boolean;
  /** The tier has finished adding. */
  add(id: string): void;
  /** The tier's adding has reached its step `part` (from 1). */
  reached(id: string, part: number): void;
  /** The furthest step a tier's adding reached, while it is not finished; null for any other tier. */
  stoppedAt(id: string): number | null;
}

const finished = new Set<string>();
const reachedSteps = new Map<string, number>();
export const TiersAddedContext = createContext<TiersAdded>({
  has: (id) => finished.has(id),
  add(id) {
    finished.add(id);
    reachedSteps.delete(id);
  },
  reached(id, part) {
    if (!finished.has(id)) reachedSteps.set(id, Math.max(part, reachedSteps.get(id) ?? 0));
  },
  stoppedAt: (id) => reachedSteps.get(id) ?? null,
});

export const useTiersAdded = () => useContext(TiersAddedContext);
