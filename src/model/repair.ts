import type { z } from 'zod';

type Plain = Record<string, unknown>;
const isObject = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Lists whose records other records refer to by id, and the prefix of a newly minted id. */
const RECORD_LISTS = { agencies: 'agency', mdtTiers: 'tier', customSections: 'section' } as const;

const shown = (value: unknown) => {
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
};

/**
 * Ids that are blank, missing or used twice get a new, unique id, so every record can still be
 * told apart and referred to (excalidraw's restore re-mints ids the same way). Works in place on
 * the copy restoreDraft made.
 */
export function remintIds(draft: Plain): string[] {
  const repairs: string[] = [];
  for (const [list, prefix] of Object.entries(RECORD_LISTS)) {
    const items = draft[list];
    if (!Array.isArray(items)) continue;
    const taken = new Set(items.filter(isObject).map((item) => item.id).filter((id): id is string => typeof id === 'string'));
    const seen = new Set<string>();
    let next = 1;
    items.forEach((item, index) => {
      if (!isObject(item)) return;
      const id = item.id;
      if (typeof id === 'string' && /\S/.test(id) && !seen.has(id)) { seen.add(id); return; }
      while (taken.has(`${prefix}-${next}`)) next++;
      const minted = `${prefix}-${next}`;
      item.id = minted;
      taken.add(minted);
      seen.add(minted);
      repairs.push(`${list}.${index}.id: ${typeof id === 'string' && /\S/.test(id) ? `the id ${shown(id)} was used twice` : 'the record had no id'}, so it was given the id "${minted}".`);
    });
  }
  if (Array.isArray(draft.counties)) {
    const unique = [...new Set(draft.counties)];
    if (unique.length < draft.counties.length) {
      repairs.push('counties: a county named twice was kept once.');
      draft.counties = unique;
    }
  }
  return repairs;
}

const KINDS: Record<string, string> = { boolean: 'true or false', number: 'a number', string: 'text', array: 'a list', object: 'a group of fields' };

/** Why a value could not be used, in words a coordinator reads (zod's own lists every choice). */
function plainReason(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value') return 'it is not one of the choices this field takes';
  if (issue.code === 'invalid_type') return `this field takes ${KINDS[issue.expected] ?? issue.expected}`;
  return issue.message.length > 120 ? `${issue.message.slice(0, 119)}…` : issue.message;
}

/**
 * Removes the value at each path zod could not use: an item of a list is taken out of the list, a
 * field is removed so that its default applies. A field that has no default (an agency's county)
 * takes its record with it. Returns a note for each removal, or null when an issue has no path to
 * remove (the draft as a whole is not usable).
 */
export function dropBadLeaves(draft: Plain, issues: readonly z.core.$ZodIssue[], previous: ReadonlySet<string>): string[] | null {
  const repairs: string[] = [];
  const removals: Array<{ parent: Plain | unknown[]; key: string | number; path: string }> = [];
  for (const issue of issues) {
    let path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    // The same field failing again means removing it did not help (it has no default): remove
    // the record holding it.
    const required = previous.has(path.join('.')) ? String(path[path.length - 1]) : null;
    if (required !== null) path = path.slice(0, -1);
    if (path.length === 0) return null;
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (isObject(node) || Array.isArray(node) ? (node as Plain)[key as string] : undefined), draft);
    const key = path[path.length - 1]!;
    if (!isObject(parent) && !Array.isArray(parent)) return null;
    const value = (parent as Plain)[key as string];
    removals.push({ parent, key, path: path.join('.') });
    repairs.push(required === null
      ? `${path.join('.')}: removed ${shown(value)} (${plainReason(issue)})`
      : `${path.join('.')}: removed ${shown(value)}, which cannot be kept without a usable ${required}`);
  }
  // Take list items out from the end, so that earlier indexes stay right.
  removals.sort((a, b) => (typeof b.key === 'number' ? b.key : 0) - (typeof a.key === 'number' ? a.key : 0));
  for (const { parent, key } of removals) {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete (parent as Plain)[key as string];
  }
  return repairs;
}

/**
 * Removes keys named "__proto__" (which JSON keeps as plain keys, but which would set an object's
 * prototype when copied) and says where each was, so that nothing in a file is dropped silently.
 * The door has already bounded the nesting, so the walk is shallow.
 */
export function dropPrototypeKeys(value: unknown, path: string[] = []): string[] {
  if (typeof value !== 'object' || value === null) return [];
  const notes: string[] = [];
  if (!Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, '__proto__')) {
    delete (value as Plain)['__proto__'];
    notes.push(`${[...path, '__proto__'].join('.')}: a key this app never writes, which could change how the draft is read, was removed.`);
  }
  for (const [key, child] of Object.entries(value)) notes.push(...dropPrototypeKeys(child, [...path, key]));
  return notes;
}
