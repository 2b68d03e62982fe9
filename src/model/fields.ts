import { z } from 'zod';
import { LIMITS } from './limits';

// zod compiles fast parsers with `new Function` when it may, and probes for it by trying: under
// the app's Content-Security-Policy (no 'unsafe-eval') every probe is a reported violation. The
// drafts are small, so the interpreted parsers cost nothing that matters. Every schema imports
// this module, so the setting is in place before the first parse.
z.config({ jitless: true });

/**
 * No text longer than a saved draft may hold: refused as it is typed, since a draft that holds one
 * could be kept neither in the browser nor in a file the app opens again.
 */
const TOO_LONG = `This text is longer than a draft can keep: at most ${LIMITS.stringChars.toLocaleString('en-US')} characters (some 30,000 words). Shorten it, or put part of it in a section of its own.`;
/** A string a committee types, within the length a saved draft may hold. */
export const boundedText = () => z.string().max(LIMITS.stringChars, TOO_LONG);

/** Free text typed by the committee; absent means empty. */
export const text = () => boundedText().default('');

/** A calendar date as YYYY-MM-DD, or null when not yet decided. */
export const optionalDate = () =>
  z.iso.date({ message: 'Use a real calendar date written as YYYY-MM-DD.' }).nullable().default(null);

/** Stable identifier that other records refer to (agencies in MDT tiers, for example). */
export const recordId = () => z.string().regex(/\S/, 'Every record needs an id that is not blank.');

/** Text that must say something: not empty and not only spaces. Kept exactly as written. */
export const requiredText = (message: string) => boundedText().regex(/\S/, message);

export const personSchema = z.looseObject({
  name: text(),
  title: text(),
});
export type Person = z.infer<typeof personSchema>;
