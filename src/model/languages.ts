/**
 * The languages a section the committee adds may be written in, besides the MOU's own English:
 * those of California's many speakers that the documents' typeface (Noto Serif: Latin and
 * Vietnamese) can print. A section in one of them is marked as such in every output, so that a
 * screen reader reads it in that language (WCAG 2.1 success criterion 3.1.2, language of parts).
 * Each is a BCP 47 tag with its name in English and in its own words.
 */
export const SECTION_LANGUAGES = {
  es: { name: 'Spanish', own: 'español' },
  vi: { name: 'Vietnamese', own: 'Tiếng Việt' },
  tl: { name: 'Tagalog', own: 'Tagalog' },
  hmn: { name: 'Hmong', own: 'Hmoob' },
  pt: { name: 'Portuguese', own: 'português' },
} as const;

export type SectionLanguage = keyof typeof SECTION_LANGUAGES;

export const SECTION_LANGUAGE_TAGS = Object.keys(SECTION_LANGUAGES) as [SectionLanguage, ...SectionLanguage[]];

/** The language of the MOU itself, for the documents' properties and every part not marked otherwise. */
export const DOCUMENT_LANGUAGE = 'en-US';
