/**
 * The MDT tiers this tab has finished adding, kept for the tab (sessionStorage, as its history)
 * so that a reload in the middle of adding a tier still offers its Cancel, and one finished before
 * does not (wizard/tiers-added.ts says why); and how far the adding of the others reached, kept
 * in this browser (localStorage), so that another tab, or the draft opened the next day, still
 * marks a tier left half-added.
 */
const KEY = 'csec-mou:tiers-added';
const REACHED_KEY = 'csec-mou:tiers-reached';

const storeOf = (key: string) => (key === KEY ? sessionStorage : localStorage);

const read = (key: string, fallback: string): unknown => {
  try {
    return JSON.parse(storeOf(key).getItem(key) ?? fallback);
  } catch {
    return JSON.parse(fallback);
  }
};

const write = (key: string, value: unknown) => {
  try {
    storeOf(key).setItem(key, JSON.stringify(value));
  } catch {
    // Not kept (storage refused): Back into the tier's steps offers Cancel, and its list no mark, as before.
  }
};

const added = (): string[] => {
  const ids = read(KEY, '[]');
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
};

const reachedSteps = (): Record<string, number> => {
  const steps = read(REACHED_KEY, '{}');
  return steps && typeof steps === 'object' && !Array.isArray(steps)
    ? Object.fromEntries(Object.entries(steps).filter((entry): entry is [string, number] => Number.isInteger(entry[1])))
    : {};
};

export const tiersAddedInThisTab = {
  has: (id: string): boolean => added().includes(id),
  add(id: string): void {
    const { [id]: stopped, ...others } = reachedSteps();
    if (stopped !== undefined) write(REACHED_KEY, others);
    const ids = added();
    if (!ids.includes(id)) write(KEY, [...ids, id]);
  },
  reached(id: string, part: number): void {
    const steps = reachedSteps();
    if (added().includes(id) || (steps[id] ?? 0) >= part) return;
    // The latest hundred: a tier cancelled or removed half-added leaves its mark behind.
    write(REACHED_KEY, Object.fromEntries([...Object.entries(steps).filter(([other]) => other !== id), [id, part]].slice(-100)));
  },
  stoppedAt: (id: string): number | null => reachedSteps()[id] ?? null,
};
