import { createContext, useContext } from 'react';

/**
 * The MDT tiers finished adding: left from the last of their steps by "Return to the list of
 * tiers". Those steps stay in the browser's history, and Back into one of them shows the tier's
 * own page, not its adding, whose Cancel would take a finished tier out with no Undo. Without a
 * provider, they are remembered until the page goes.
 */
export interface TiersAdded {
  has(id: string): boolean;
  add(id: string): void;
}

const ids = new Set<string>();
export const TiersAddedContext = createContext<TiersAdded>({ has: (id) => ids.has(id), add: (id) => void ids.add(id) });

export const useTiersAdded = () => useContext(TiersAddedContext);
