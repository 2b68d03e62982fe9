import { listInWords } from '../lib/words';
import { draftSchema, sectionBefore, type Draft } from '../model';

// A final PDF is refused while its font cannot show characters of the draft (a Party's or signer's
// name in a script the font lacks, an emoji): the writers say which characters they replaced, and
// this says where the draft has them, so the committee can change them, and in which words.

/** Said while certifying first lays out the final PDF, in the page's status and beside the button. */
export const CHECKING_FINAL_PDF = 'Checking that the final PDF can print the text…';

/** A field of the draft that holds characters the PDF cannot show, as a finding names its field. */
export interface UnshownPlace {
  /** Dotted path of the field ("agencies.2.signer.name"). */
  path: string;
  /** The agency, tier or added section it is in, which survives reordering. */
  recordId?: string;
  /** For an added section, the outline section whose page lists it. */
  section?: string;
}

/** Why a final PDF was refused: the characters its font cannot show, and the fields that hold them. */
export interface Unshown {
  characters: string[];
  places: UnshownPlace[];
}

// Never printed in a final MOU, its report or the signature status sheet: reviewers' words, and
// who approved the text for each agency.
const UNPRINTED = new Set(['comments', 'sectionReviews', 'approvals']);
const RECORD_LISTS = new Set(['agencies', 'mdtTiers', 'customSections']);

/** A zod schema as far as this walk reads it: its kind, what it wraps, and an object's or array's parts. */
interface SchemaShape {
  _zod?: { def?: { type?: string; innerType?: SchemaShape; element?: SchemaShape; shape?: Record<string, SchemaShape> } };
}

/** The schema under defaults, optionals and the like: what the value itself must be. */
function unwrapped(schema: SchemaShape | undefined): SchemaShape | undefined {
  let at = schema;
  while (at?._zod?.def?.innerType) at = at._zod.def.innerType;
  return at;
}

/**
 * Calls `each` with every text of the draft a final document may print, composed (NFC), with its
 * dotted path and the agency, tier or added section it is in. Only the draft's own fields are
 * read, by its schema: a key a file carries that the app does not know is printed nowhere.
 */
function eachPrintedText(draft: Draft, each: (text: string, path: string[], recordId: string | undefined) => void): void {
  const visit = (value: unknown, schema: SchemaShape | undefined, path: string[], recordId: string | undefined): void => {
    const def = unwrapped(schema)?._zod?.def;
    if (typeof value === 'string') each(value.normalize('NFC'), path, recordId);
    else if (Array.isArray(value)) {
      const element = def?.type === 'array' ? def.element : undefined;
      value.forEach((item, index) => {
        const record = path.length === 1 && RECORD_LISTS.has(path[0]!) ? (item as { id?: string } | null)?.id : recordId;
        visit(item, element, [...path, String(index)], record);
      });
    } else if (value !== null && typeof value === 'object') {
      // An object the schema describes is read by its fields; one it does not, whole.
      const shape = def?.type === 'object' ? def.shape : undefined;
      for (const [key, item] of Object.entries(value)) {
        if (path.length === 0 && UNPRINTED.has(key)) continue;
        if (shape && !(key in shape)) continue;
        visit(item, shape?.[key], [...path, key], recordId);
      }
    }
  };
  visit(draft, draftSchema as unknown as SchemaShape, [], undefined);
}

/**
 * The fields of `draft` whose text holds any of `characters`, in the draft's order, and those of
 * the characters still there (all of them when none is found, so that none goes unsaid). The PDF
 * reports characters as it sets them, composed (NFC): a name typed with its parts apart (Hangul
 * jamo, as macOS may send it) is compared composed too.
 */
export function unshownIn(draft: Draft, characters: readonly string[]): Unshown {
  const places: UnshownPlace[] = [];
  const found = new Set<string>();
  eachPrintedText(draft, (text, path, recordId) => {
    const held = characters.filter((char) => text.includes(char));
    if (held.length === 0) return;
    held.forEach((char) => found.add(char));
    const added = path[0] === 'customSections' ? draft.customSections[Number(path[1])] : undefined;
    places.push({ path: path.join('.'), ...(recordId ? { recordId } : {}), ...(added ? { section: sectionBefore(added) } : {}) });
  });
  const still = characters.filter((char) => found.has(char));
  return { characters: still.length > 0 ? still : [...characters], places };
}

/**
 * The characters beyond printable ASCII (which every face the PDF could ship has) in the texts a
 * final document may print: when a check of the final PDF has printed them all before, a later
 * draft holding no others needs no new check.
 */
export function unusualPrintedCharacters(draft: Draft): Set<string> {
  const found = new Set<string>();
  eachPrintedText(draft, (text) => {
    for (const char of text) if (char > '~') found.add(char);
  });
  return found;
}

/**
 * Why a final PDF is refused while its typeface cannot show some characters: a signed MOU must
 * print every Party's and signer's name as written, not as �. `show` writes one character;
 * `wordFile` says how to get the final Word file instead ("export the final Word file").
 */
export function unshownRefusal({ characters }: Unshown, show: (char: string) => string, wordFile: string): string {
  const kept = characters.filter((char) => !notACharacter(char));
  const broken = characters.filter(notACharacter);
  const words = (chars: readonly string[]) => (chars.length === 1 ? { it: 'it', they: 'it', are: 'is', a: 'a character' } : { it: 'them', they: 'they', are: 'are', a: 'characters' });
  const [k, b] = [words(kept), words(broken)];
  const list = (chars: readonly string[]) => listInWords(chars.map(show));
  // Half of a surrogate pair, U+FFFE or U+FFFF: no file can hold it, the Word file no more than the PDF.
  const notOne = `not ${b.a} (half of a surrogate pair, or U+FFFE or U+FFFF), which no file can hold`;
  const toWord = `Write ${kept.length < characters.length ? list(kept) : k.it} in Latin letters (or leave ${k.it} out) where ${k.they} ${k.are} used, or ${wordFile}, which keeps ${k.it}.`;
  if (broken.length === 0) return `The PDF cannot print ${list(kept)}: its typeface has no letter for ${k.it}, so ${k.they} would come out as �. ${toWord}`;
  if (kept.length === 0) return `The PDF cannot print ${list(broken)}: ${b.they} ${b.are} ${notOne}. Delete ${b.it} where ${b.they} ${b.are} used.`;
  return `The PDF cannot print ${list(characters)}: its typeface has no letter for ${list(kept)}, which would come out as �, and ${list(broken)} ${b.are} ${notOne}. `
    + `Delete ${list(broken)} where ${b.they} ${b.are} used. ${toWord}`;
}

/** Not a character at all, which no file can hold: the Word file replaces it with U+FFFD as the PDF does. */
export const notACharacter = (char: string): boolean => /^[\uFFFE\uFFFF\uD800-\uDFFF]$/.test(char);
