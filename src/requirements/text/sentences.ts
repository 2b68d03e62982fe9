// Protocols cite statutes constantly ("Welf. & Inst. Code § 300", "Pen. Code 653.22",
// "Sec. 11166"). A split inside a citation would part a plan from the offence it names, so the
// periods of these abbreviations do not end a sentence.
const ABBREVIATIONS = new Set([
  'welf', 'inst', 'pen', 'gov', 'civ', 'evid', 'fam', 'ed', 'educ', 'prob', 'saf', 'bus', 'prof',
  'cal', 'regs', 'tit', 'stat', 'stats', 'subd', 'sec', 'secs', 'ch', 'art', 'dept', 'approx',
  'vs', 'cf', 'mr', 'mrs', 'ms', 'dr', 'st',
]);
// "No." ends a sentence as often as it abbreviates "number", so only a figure after it decides.
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos']);

// A closing quote or bracket may follow the mark: `… "in writing." The next …`.
const END = /[.!?]+["'”’)\]]*(?=\s|$)/g;

const MAX_QUOTE = 200;

function isAbbreviation(before: string, after: string): boolean {
  const word = /([A-Za-z][A-Za-z.]*)$/.exec(before)?.[1]?.toLowerCase();
  if (word === undefined) return false;
  // Initials and dotted forms: "W. & I. Code", "U.S.", "e.g.".
  if (/^(?:[a-z]\.)*[a-z]$/.test(word)) return true;
  if (ABBREVIATIONS.has(word)) return true;
  return NUMBER_ABBREVIATIONS.has(word) && /^\s*\d/.test(after);
}

function splitParagraph(paragraph: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(END)) {
    const end = match.index + match[0].length;
    const isPeriod = match[0].startsWith('.');
    if (isPeriod && isAbbreviation(paragraph.slice(start, match.index), paragraph.slice(end))) continue;
    parts.push(paragraph.slice(start, end));
    start = end;
  }
  parts.push(paragraph.slice(start));
  return parts;
}

// Characters that print nothing inside a word or between words: a soft hyphen (text copied from
// a PDF or with Word's optional hyphens), zero-width spaces and joiners (text copied from web
// pages), the word joiner and the byte-order mark.
const UNSEEN = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Text as the checks read it: as it looks, without the characters that print nothing. */
export const asSeen = (text: string): string => text.replace(UNSEEN, '');

/**
 * The sentences of free text as it looks (asSeen), trimmed, with runs of whitespace (line breaks
 * inside a paragraph) made single spaces. Sentences end at . ! ? before whitespace or the end,
 * and at blank lines; a period before a digit ("653.22") is never an end, as it is not followed
 * by whitespace.
 */
export function sentences(text: string): string[] {
  return asSeen(text)
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .flatMap(splitParagraph)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => sentence.length > 0);
}

/** A sentence short enough to quote in a finding: at most 200 characters, cut with '…'. */
export function quote(sentence: string): string {
  const trimmed = sentence.trim();
  if (trimmed.length <= MAX_QUOTE) return trimmed;
  return `${trimmed.slice(0, MAX_QUOTE - 1).trimEnd()}…`;
}
