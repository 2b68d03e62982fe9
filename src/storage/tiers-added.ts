/**
 * The MDT tiers this tab has finished adding, kept for the tab (sessionStorage) so that a reload
 * in the middle of adding a tier still offers its Cancel, and one finished before does not
 * (wizard/tiers-added.ts says why).
 */
const KEY = 'csec-mou:tiers-added';

const added = (): string[] => {
  try {
    const ids: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? '[]');
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
};

export const tiersAddedInThisTab = {
  has: (id: string): boolean => added().includes(id),
  add(id: string): void {
    const ids = added();
    if (ids.includes(id)) return;
    try {
      sessionStorage.setItem(KEY, JSON.stringify([...ids, id]));
    } catch {
      // Not kept (storage refused): Back into the tier's steps offers Cancel, as before.
    }
  },
};
