/**
 * "a", "a and b", "a, b and c": lists in messages read as a person would write them. When an
 * item holds a comma itself ("Superior Court of California, County of Mendocino"), items are
 * separated by semicolons so the reader can tell where one ends. Of two, a comma closes the
 * first as it would in a sentence ("law enforcement, for entry into NCIC, and NCMEC"), and a
 * semicolon sets off a second that holds one ("the parents; and for an Indian child, the Tribe").
 */
export function listInWords(items: readonly string[], conjunction = 'and'): string {
  if (items.length <= 1) return items.join('');
  if (items.length === 2) {
    const [first, second] = items as [string, string];
    if (second.includes(',')) return `${first}; ${conjunction} ${second}`;
    return first.includes(',') ? `${first}, ${conjunction} ${second}` : `${first} ${conjunction} ${second}`;
  }
  const separator = items.some((item) => item.includes(',')) ? '; ' : ', ';
  const last = separator === '; ' ? `; ${conjunction} ` : ` ${conjunction} `;
  return `${items.slice(0, -1).join(separator)}${last}${items[items.length - 1]}`;
}

/** "1 agency", "3 agencies": a count with its noun (the plural an "s" unless given). */
export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

/** The words with their first letter capitalised, to open a sentence or a line of their own. */
export const capitalise = (words: string): string => `${words.charAt(0).toUpperCase()}${words.slice(1)}`;

/**
 * Words set into the middle of a sentence: the capital that starts them goes ("Writing the final
 * MOU" becomes "writing the final MOU"), and the names and abbreviations within keep theirs (all
 * of a sentence lowered gave "the final mou", "the word file"). A first word in capitals stays.
 */
export const lowerFirst = (words: string): string => words.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());

/**
 * Names made so that no two read alike, as the buttons of a list must for a screen reader's list
 * of buttons: each name that occurs more than once becomes `more(name, index, n, count)`, where it
 * is the nth of `count` alike.
 */
export function distinctNames(names: readonly string[], more: (name: string, index: number, n: number, count: number) => string): string[] {
  const count = new Map<string, number>();
  for (const name of names) count.set(name, (count.get(name) ?? 0) + 1);
  const seen = new Map<string, number>();
  return names.map((name, i) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return count.get(name)! > 1 ? more(name, i, n, count.get(name)!) : name;
  });
}

/** A character's code point as Unicode writes it: "U+962E". */
export const codePointOf = (char: string): string => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * One character quoted, with its code point, for a message about a character a font may lack: the
 * screen showing the message may lack it too and draw a box, so the code point says which it is
 * ("“阮” (U+962E)").
 */
export const characterInWords = (char: string): string => `“${char}” (${codePointOf(char)})`;
