import type { z } from 'zod';

type Plain = Record<string, unknown>;
const isObject = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Lists whose records other records refer to by id, and the prefix of a newly minted id. */
const RECORD_LISTS = { agencies: 'agency', mdtTiers: 'tier', customSections: 'section' } as const;

/**
 * One thing restoreDraft mended, as data: the model knows where it was in the file and what was
 * done, but not the words of the wizard's questions, so the app and the command line say it with
 * those words (src/review/repairs-text.ts). `path` is where the value was in the file as it was
 * read ("agencies.0.tookPart"); `record` is the name of the agency or MDT tier (the title of an
 * added section, the county of approval blocks) it was in, kept here because the record may be
 * gone by the time the repair is shown.
 */
export type Repair =
  /** A value the app could not use, taken out: a field is cleared (its default applies), an item left out of its list. */
  | { kind: 'unusable'; path: string; record: string | null; value: string; reason: string }
  /** A record left out because a value it cannot do without (`needs`, the key of that value) could not be used. */
  | { kind: 'recordDropped'; path: string; record: string | null; needs: string }
  /** A record given a new id because its own was blank (`was` null) or another record's. */
  | { kind: 'newId'; path: string; record: string | null; was: string | null }
  /** A county the file names more than once, kept once. */
  | { kind: 'countyTwice'; county: string }
  /** A key named "__proto__" removed from the object at `path` ('' for the draft itself). */
  | { kind: 'prototypeKey'; path: string; record: string | null }
  /** A repair that says its own place: references to agencies not in the draft, an older copy opened instead. */
  | { kind: 'note'; text: string };

const clipped = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Lists whose records have a name a person knows them by, and the field that holds it. */
const NAMED_LISTS: Record<string, string> = { agencies: 'name', mdtTiers: 'name', customSections: 'title', countyApprovals: 'county' };

/** The name of the record a path is in, as the file has it now (null when it has none). */
function recordName(draft: Plain, path: ReadonlyArray<string | number>): string | null {
  const [list, index] = path;
  const key = NAMED_LISTS[String(list)];
  const items = draft[String(list)];
  if (!key || typeof index !== 'number' || !Array.isArray(items)) return null;
  const item: unknown = items[index];
  const name = isObject(item) ? item[key] : undefined;
  return typeof name === 'string' && /\S/.test(name) ? clipped(name.trim(), 80) : null;
}

const shown = (value: unknown) => clipped(typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value), 40);

/**
 * Ids that are blank, missing or used twice get a new, unique id, so every record can still be
 * told apart and referred to (excalidraw's restore re-mints ids the same way). Works in place on
 * the copy restoreDraft made.
 */
export function remintIds(draft: Plain): Repair[] {
  const repairs: Repair[] = [];
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
      repairs.push({ kind: 'newId', path: `${list}.${index}`, record: recordName(draft, [list, index]), was: typeof id === 'string' && /\S/.test(id) ? shown(id) : null });
    });
  }
  const counties = draft.counties;
  if (Array.isArray(counties)) {
    const unique = [...new Set(counties)];
    if (unique.length < counties.length) {
      for (const county of unique.filter((c) => counties.indexOf(c) !== counties.lastIndexOf(c))) repairs.push({ kind: 'countyTwice', county: shown(county) });
      draft.counties = unique;
    }
  }
  return repairs;
}

const KINDS: Record<string, string> = { boolean: 'a yes-or-no answer', number: 'a number', string: 'text', array: 'a list', object: 'a group of answers' };

/**
 * Why a value could not be used, as the end of "…, which ___" in words a coordinator reads (zod's
 * own message lists every choice). A message of our schema's own ("Use a real calendar date…")
 * is kept, since it says what the value should have been.
 */
function plainReason(issue: z.core.$ZodIssue): string {
  const key = [...issue.path].reverse().find((p) => typeof p === 'string');
  if (issue.code === 'invalid_value') return key === 'counties' || key === 'county' || key === 'countiesNotInCsecProgram' ? 'is not a California county' : 'is not one of the choices';
  if (issue.code === 'invalid_type') return `is not ${KINDS[issue.expected] ?? issue.expected}`;
  const message = clipped(issue.message, 120).replace(/\.$/, '');
  return `could not be used (${message.charAt(0).toLowerCase()}${message.slice(1)})`;
}

/**
 * A value restoreDraft could neither use nor take out, so that the file cannot be opened, as data
 * in the manner of a Repair: where it was (`path`, "agencies.0.county"), the name of the agency or
 * tier it was in (`record`, read from the file, since no draft was opened to look it up in) and
 * why it could not be used (`reason`, the end of "…, which ___"). The app and the command line say
 * it in the wizard's words: src/review/restore-error-text.ts.
 */
export interface DraftIssue { path: string; record: string | null; reason: string }

/** A zod issue of the draft `draft` (as read from the file) as a DraftIssue. */
export function draftIssue(draft: Plain, issue: z.core.$ZodIssue): DraftIssue {
  const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
  return { path: path.join('.'), record: recordName(draft, path), reason: plainReason(issue) };
}

/**
 * Removes the value at each path zod could not use: an item of a list is taken out of the list, a
 * field is removed so that its default applies. A field that has no default (an agency's county)
 * takes its record with it. Returns a note for each removal, or null when an issue has no path to
 * remove (the draft as a whole is not usable).
 */
export function dropBadLeaves(draft: Plain, issues: readonly z.core.$ZodIssue[], previous: ReadonlySet<string>): Repair[] | null {
  const repairs: Repair[] = [];
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
    const where = { path: path.join('.'), record: recordName(draft, path) };
    // A value the file does not have (a record's county) is not removed: its record goes next round, and that is said.
    if (required !== null) repairs.push({ kind: 'recordDropped', ...where, needs: required });
    else if (value !== undefined) repairs.push({ kind: 'unusable', ...where, value: shown(value), reason: plainReason(issue) });
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
export function dropPrototypeKeys(value: unknown, path: Array<string | number> = [], draft: unknown = value): Repair[] {
  if (typeof value !== 'object' || value === null) return [];
  const notes: Repair[] = [];
  if (!Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, '__proto__')) {
    delete (value as Plain)['__proto__'];
    notes.push({ kind: 'prototypeKey', path: path.join('.'), record: isObject(draft) ? recordName(draft, path) : null });
  }
  for (const [key, child] of Object.entries(value)) notes.push(...dropPrototypeKeys(child, [...path, Array.isArray(value) ? Number(key) : key], draft));
  return notes;
}
