/**
 * How large a draft file may be, checked before the file is parsed, so that no file can overflow
 * the stack or freeze the page. A real protocol is far inside each limit: the benchmark's
 * 64-page regional draft is about 0.1 MB, 7 levels deep, with 40 agencies and paragraphs of a
 * few thousand characters.
 */
export const LIMITS = {
  /** Characters in the whole file (about 5 MB of text). */
  fileChars: 5_000_000,
  /** Objects and lists inside one another. */
  depth: 32,
  /** Characters in one piece of text (some 30,000 words). */
  stringChars: 200_000,
  /** Items in one list: agencies, tiers, terms, services. */
  listItems: 1_000,
} as const;

export type LimitExceeded =
  /** Measured in bytes before the file is read: far past what `fileChars` allows. */
  | { limit: 'fileBytes'; actual: number }
  | { limit: 'fileChars'; actual: number }
  | { limit: 'depth'; actual: number }
  | { limit: 'stringChars'; actual: number }
  | { limit: 'listItems'; actual: number; list: string | null };

const MAX_KEY = 40;

/**
 * One pass over the file's text, without parsing it: the first limit it goes over, with by how
 * much, or null. Iterative, so a file nested 100,000 deep costs a loop, not a stack.
 */
export function exceededLimit(text: string): LimitExceeded | null {
  if (text.length > LIMITS.fileChars) return { limit: 'fileChars', actual: text.length };
  // For each open container: whether it is a list, its key, and its items so far.
  const open: Array<{ list: boolean; key: string | null; items: number; empty: boolean }> = [];
  let inString = false;
  let stringStart = 0;
  let lastString: string | null = null;
  let key: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) {
        inString = false;
        const length = i - stringStart;
        if (length > LIMITS.stringChars) return { limit: 'stringChars', actual: length };
        lastString = length <= MAX_KEY ? text.slice(stringStart, i) : null;
      }
      continue;
    }
    const top = open[open.length - 1];
    if (c === 34) {
      inString = true;
      stringStart = i + 1;
      if (top?.empty) top.empty = false;
    } else if (c === 58 /* : */) {
      key = lastString;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (top?.empty) top.empty = false;
      open.push({ list: c === 91, key, items: 0, empty: true });
      if (open.length > LIMITS.depth) return { limit: 'depth', actual: deepest(text, i, open.length) };
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      const closed = open.pop();
      if (closed?.list && !closed.empty && closed.items + 1 > LIMITS.listItems) return { limit: 'listItems', actual: closed.items + 1, list: closed.key };
    } else if (c === 44 /* , */) {
      if (top?.list && ++top.items + 1 > LIMITS.listItems) return { limit: 'listItems', actual: countItems(text, i, top.items), list: top.key };
    } else if (top?.empty && c > 32) {
      top.empty = false; // a number, true, false or null
    }
  }
  return null;
}

/** The JSON punctuation after `from` that lies outside strings: what the counts below walk. */
function* punctuation(text: string, from: number): Generator<number> {
  let inString = false;
  for (let i = from + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91 || c === 125 || c === 93 || c === 44) yield c;
  }
}

/** How deep the nesting goes from here, counted on to the end without keeping anything. */
function deepest(text: string, from: number, depth: number): number {
  let max = depth;
  for (const c of punctuation(text, from)) {
    if (c === 123 || c === 91) max = Math.max(max, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return max;
}

/** The items of the list whose `commas`-th comma is at `from`: counted on to its end. */
function countItems(text: string, from: number, commas: number): number {
  let depth = 0;
  for (const c of punctuation(text, from)) {
    if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      if (depth-- === 0) break;
    } else if (depth === 0) commas++;
  }
  return commas + 1;
}
