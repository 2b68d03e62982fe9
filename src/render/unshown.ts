import { listInWords } from '../lib/words';
import { keptInWord } from './docx/text';

/**
 * What the user is told of the characters the PDF could not draw (its `missingGlyphs`): each was
 * replaced in the PDF, and the Word file keeps them, except what is not a character at all (half
 * of a surrogate pair, U+FFFE, U+FFFF), which no file can hold and both replace. `show` writes
 * one character as the caller prints it.
 */
export function unshownNote(chars: readonly string[], show: (char: string) => string): string {
  const said = `The PDF font cannot show ${chars.map(show).join(', ')}; ${chars.length === 1 ? 'it' : 'each'} was replaced in the PDF.`;
  const kept = chars.filter(keptInWord);
  const broken = chars.filter((char) => !keptInWord(char));
  if (broken.length === 0) return `${said} The Word file keeps ${chars.length === 1 ? 'it' : 'them'}.`;
  const notCharacters = `${broken.length === 1 ? 'is not a character' : 'are not characters'} (half of a surrogate pair, or U+FFFE or U+FFFF)`;
  if (kept.length === 0) return `${said} ${broken.length === 1 ? 'It' : 'They'} ${notCharacters}, so the Word file replaces ${broken.length === 1 ? 'it' : 'them'} too.`;
  return `${said} The Word file keeps ${listInWords(kept.map(show))}; ${listInWords(broken.map(show))} ${notCharacters}, and the Word file replaces ${broken.length === 1 ? 'it' : 'them'} too.`;
}
