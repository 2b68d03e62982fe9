import { listInWords } from '../lib/words';
import type { Draft } from '../model';

// A final PDF is refused while its font cannot show characters of the draft (a Party's or signer's
// name in a script the font lacks, an emoji): the writers say which characters they replaced, and
// this says where the draft has them, so the committee can change them, and in which words.

/** A field of the draft that holds characters the PDF cannot show, as a finding names its field. */
export interface UnshownPlace {
  /** Dotted path of the field ("agencies.2.signer.name"). */
  path: string;
  /** The agency, tier or added section it is in, which survives reordering. */
  recordId?: string;
}

/** Why a final PDF was refused: the characters its font cannot show, and the fields that hold them. */
export interface Unshown {
  characters: string[];
  places: UnshownPlace[];
}

// Never printed in a final MOU, its report or the signature status sheet.
const UNPRINTED = new Set(['comments', 'sectionReviews']);
const RECORD_LISTS = new Set(['agencies', 'mdtTiers', 'customSections']);

/**
 * The fields of `draft` whose text holds any of `characters`, in the draft's order, and those of
 * the characters still there (all of them when none is found, so that none goes unsaid). The PDF
 * reports characters as it sets them, composed (NFC): a name typed with its parts apart (Hangul
 * jamo, as macOS may send it) is compared composed too.
 */
export function unshownIn(draft: Draft, characters: readonly string[]): Unshown {
  const places: UnshownPlace[] = [];
  const found = new Set<string>();
  const visit = (value: unknown, path: string[], recordId: string | undefined): void => {
    if (typeof value === 'string') {
      const text = value.normalize('NFC');
      const held = characters.filter((char) => text.includes(char));
      held.forEach((char) => found.add(char));
      if (held.length > 0) places.push({ path: path.join('.'), ...(recordId ? { recordId } : {}) });
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, String(index)], recordId));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        if (path.length === 0 && UNPRINTED.has(key)) continue;
        visit(item, [...path, key], recordId);
      }
    }
  };
  for (const [key, value] of Object.entries(draft)) {
    if (UNPRINTED.has(key)) continue;
    if (RECORD_LISTS.has(key) && Array.isArray(value)) {
      value.forEach((record: { id?: string }, index) => visit(record, [key, String(index)], record.id));
    } else visit(value, [key], undefined);
  }
  const still = characters.filter((char) => found.has(char));
  return { characters: still.length > 0 ? still : [...characters], places };
}

/**
 * Why a final PDF is refused while its font cannot show some characters: a signed MOU must print
 * every Party's and signer's name as written, not a replacement mark. `show` writes one character;
 * `wordFile` says how to get the final Word file, which keeps them.
 */
export function unshownRefusal({ characters }: Unshown, show: (char: string) => string, wordFile: string): string {
  const one = characters.length === 1;
  const it = one ? 'it' : 'them';
  return `The PDF’s font cannot show ${listInWords(characters.map(show))}, so a final PDF would print a replacement mark (�) in ${one ? 'its' : 'their'} place. `
    + `Write ${it} in Latin letters, or leave ${it} out, where ${one ? 'it is' : 'they are'} used. A final Word file keeps ${it}: ${wordFile}.`;
}
