import { hashedId } from 'docx';
import { DOCUMENT_LANGUAGE } from '../../document/model';
import type { PdfFonts } from '../pdf/faces';
import { parseFont } from '../font/parsed';
import { subsetFace } from './font-subset';

/**
 * The PDF's typeface, embedded in the Word file so that Word and LibreOffice set the MOU in the
 * same letters, with the same widths, as the PDF, on a computer that has never had the font.
 *
 * These parts are written here rather than by docx's `fonts` option because docx obfuscates each
 * face with a random key, so the same draft would give a different file each time. Each key here
 * is taken from a hash of the face it hides (ECMA-376 Part 1, §17.8.1 and §17.8.3.3).
 */

/** A part of the package, as docx's Packer takes extra files (its type says text, but it zips bytes as they are). */
export interface PackagePart { path: string; data: string }

const FACE_ELEMENTS = [
  ['regular', 'embedRegular'],
  ['bold', 'embedBold'],
  ['italic', 'embedItalic'],
  ['boldItalic', 'embedBoldItalic'],
] as const;

/** The family name Word matches the styles' font to: the font's own name, so it is said in one place. */
export function familyName(fonts: PdfFonts): string {
  const name = parseFont(fonts.regular).familyName;
  if (!name) throw new TypeError('The regular face has no family name; the Word file could not name its font.');
  return name;
}

/**
 * The characters whose outlines every copy keeps, for the committee's later edits in Word: every
 * Latin letter the font has (Latin-1, Extended-A and -B, and Extended Additional, which holds
 * Vietnamese), combining accents, punctuation, currency and letterlike symbols. The document's
 * own characters are kept besides. Keeping every Latin letter also makes the MOU and its report
 * embed the same copy for any name in Latin script: LibreOffice keeps the first copy of a font it
 * has opened under a name, and a report's copy without "ễ" set a later MOU's "Nguyễn" in another
 * font. It costs about 90 kB of the Word file.
 */
const TYPED = [[0x20, 0x24f], [0x300, 0x36f], [0x1e00, 0x1eff], [0x2000, 0x206f], [0x20a0, 0x20cf], [0x2100, 0x214f], [0xfffd, 0xfffd]] as const;

function typed(code: number): boolean {
  for (let r = 0; r < TYPED.length; r++) if (code >= TYPED[r]![0] && code <= TYPED[r]![1]) return true;
  return false;
}

/** The characters of `text` outside the ranges every copy keeps, in order, as a string. */
function extraCharacters(text: string): string {
  // By code point, without a string per character: this passes over the whole document, and a
  // for-of loop with a callback per character was an eighth of what a Word export allocated.
  const used = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    if (!typed(code)) used.add(code);
  }
  return [...used].sort((a, b) => a - b).map((code) => String.fromCodePoint(code)).join('');
}

/**
 * Made parts by the faces and the extra characters they keep: making them (subsetting, hashing)
 * costs about as much as the rest of the Word file, and a committee exports the same draft again
 * and again. A few sets of characters are kept per set of faces.
 */
const made = new WeakMap<Uint8Array, Map<string, { fonts: PdfFonts; parts: PackagePart[] }>>();
const KEPT_SETS = 8;

/** A GUID-shaped key from the face's bytes, in the braces Word writes. */
function keyOf(face: Uint8Array): string {
  const hex = hashedId(face).slice(0, 32).toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}}`;
}

/** The face as an .odttf part: its first 32 bytes XORed with the key's bytes, last byte first. */
function obfuscate(face: Uint8Array, key: string): Uint8Array {
  const hex = key.replace(/[{}-]/g, '');
  const bytes = Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(2 * i, 2 * i + 2), 16)).reverse();
  const out = new Uint8Array(face); // a copy, whatever kind of array the face came as
  for (let i = 0; i < 32 && i < out.length; i++) out[i]! ^= bytes[i % 16]!;
  return out;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/**
 * The font table, its relationships and the faces, as package parts. `text` is every character
 * the document prints; their outlines are kept whatever their script.
 */
export function embeddedFontParts(fonts: PdfFonts, text: string): PackagePart[] {
  const extra = extraCharacters(text);
  const sets = made.get(fonts.regular) ?? new Map<string, { fonts: PdfFonts; parts: PackagePart[] }>();
  made.set(fonts.regular, sets);
  const known = sets.get(extra);
  if (known && FACE_ELEMENTS.every(([face]) => known.fonts[face] === fonts[face])) return known.parts;
  const parts = makeParts(fonts, extra);
  if (sets.size >= KEPT_SETS) sets.delete(sets.keys().next().value!);
  sets.set(extra, { fonts: { ...fonts }, parts });
  return parts;
}

function makeParts(fonts: PdfFonts, extra: string): PackagePart[] {
  const used = new Set([...extra].map((char) => char.codePointAt(0)!));
  const keep = (code: number) => typed(code) || used.has(code);
  const faces = FACE_ELEMENTS.map(([face, element], i) => {
    const data = subsetFace(fonts[face], keep);
    return { element, data, key: keyOf(data), id: `rId${i + 1}`, path: `fonts/font${i + 1}.odttf` };
  });
  const name = familyName(fonts).replace(/[&<>"]/g, '');
  const fontTable = `${XML}<w:fonts xmlns:w="${W}" xmlns:r="${R}"><w:font w:name="${name}">`
    + '<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/>'
    + faces.map((f) => `<w:${f.element} r:id="${f.id}" w:fontKey="${f.key}"/>`).join('')
    + '</w:font></w:fonts>';
  const relationships = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
    + faces.map((f) => `<Relationship Id="${f.id}" Type="${R}/font" Target="${f.path}"/>`).join('')
    + '</Relationships>';
  return [
    { path: 'word/fontTable.xml', data: fontTable },
    { path: 'word/_rels/fontTable.xml.rels', data: relationships },
    ...faces.map((f) => ({ path: `word/${f.path}`, data: obfuscate(f.data, f.key) as unknown as string })),
  ];
}

/**
 * The document settings, written here so that they can ask Word to keep the embedded fonts when
 * the file is saved again (docx asks only when it embeds the fonts itself). The rest is what docx
 * writes: Word 2013+ layout, half-inch tab stops, and English (US) for the theme's fonts. Fields
 * are not updated on opening: the contents list already carries its page numbers, and Word would
 * otherwise ask the reader about updating fields.
 */
export function settingsPart(): PackagePart {
  return {
    path: 'word/settings.xml',
    data: `${XML}<w:settings xmlns:w="${W}"><w:embedTrueTypeFonts/><w:defaultTabStop w:val="720"/>`
      + '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
      + `<w:themeFontLang w:val="${DOCUMENT_LANGUAGE}"/></w:settings>`,
  };
}
