import { quote, sentences } from './sentences';

export type TimedDuty = 'written-report' | 'missing-from-care-notice' | 'missing-cse-report';
/**
 * A deadline stated in free text. `businessDays` is set for a figure in business (working, court)
 * days: its `hours` are then the least it can mean, a day each, and it can mean more over a
 * weekend or a holiday.
 */
export interface StatedHours { duty: TimedDuty; hours: number; sentence: string; businessDays?: number }

const UNITS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven',
  'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
// A hyphen as typed, or as Word and text pasted from elsewhere give it: the hyphen and the
// no-break hyphen (U+2010, U+2011), and a dash typed for one ("twenty–four" is still 24).
const JOINS = '\\s\\-\\u2010-\\u2013';
const WORD_NUMBER = `(?:(?:${TENS.join('|')})(?:[${JOINS}]+(?:${UNITS.slice(1, 10).join('|')}))?|${UNITS.join('|')})\\b`;
const NUMBER = `(?:\\d+(?:\\.\\d+)?|${WORD_NUMBER})`;

// Groups: the figure; a business-day kind, which has no fixed length in hours; the unit. A
// figure repeated in brackets ("twenty-four (24) hours") is one figure. "24 hours a day" and
// "seven days a week" say how often, not how soon.
const FIGURE = new RegExp(
  `\\b(${NUMBER})(?:\\s*\\(\\s*${NUMBER}\\s*\\))?[${JOINS}]*` +
    `(?:(business|working|court|judicial)[${JOINS}]+)?(?:calendar[${JOINS}]+)?(hours?|hrs?|h|days?)\\b` +
    `(?![${JOINS}]*(?:a|an|per|each)\\s+(?:day|week)\\b)`,
  'gi',
);

const CSE = /\b(?:NCMEC|NCIC|National\s+Center\s+for\s+Missing\s+(?:and|&)\s+Exploited\s+Children)\b/gi;
const MISSING =
  /\b(?:missing|runaways?|run(?:s|ning)?\s+away|ran\s+away|AWOL|absent\s+from\s+(?:(?:the|their|his|her)\s+)?(?:placement|care)|whereabouts\s+(?:(?:are|is|were|was)\s+)?unknown)\b/gi;
// "writing" alone could be anything; with a report or form in the sentence it is the written report.
const WRITING = /\b(?:written|writing)\b/gi;
const REPORT = /\b(?:report\w*|SCAR|SS[\s-]?8572|forms?)\b/i;

interface Anchor { duty: TimedDuty; index: number }

function anchors(sentence: string): Anchor[] {
  const found: Anchor[] = [];
  if (REPORT.test(sentence)) {
    for (const m of sentence.matchAll(WRITING)) found.push({ duty: 'written-report', index: m.index });
  }
  // Reporting a child believed exploited to NCIC and NCMEC is its own duty, which the
  // sentence's "missing" then belongs to.
  const missingDuty: TimedDuty = sentence.search(CSE) >= 0 ? 'missing-cse-report' : 'missing-from-care-notice';
  for (const pattern of [CSE, MISSING]) {
    for (const m of sentence.matchAll(pattern)) found.push({ duty: missingDuty, index: m.index });
  }
  return found;
}

// A sentence may state two deadlines ("… notifies law enforcement of the missing child within
// 24 hours and sends a written report within 72 hours"): each figure belongs to the duty named
// closest before it, or, when none is named before it, to the first one named after it.
function dutyAt(found: readonly Anchor[], index: number): TimedDuty | undefined {
  const before = found.filter((a) => a.index < index).sort((a, b) => b.index - a.index);
  const after = found.filter((a) => a.index > index).sort((a, b) => a.index - b.index);
  return (before[0] ?? after[0])?.duty;
}

function toNumber(figure: string): number {
  if (/^\d/.test(figure)) return Number(figure);
  return figure
    .toLowerCase()
    .split(/[\s\-\u2010-\u2013]+/)
    .reduce((sum, word) => {
      const unit = UNITS.indexOf(word);
      return sum + (unit >= 0 ? unit : (TENS.indexOf(word) + 2) * 10);
    }, 0);
}

/**
 * Hour figures that free text states as the deadline of a written child-abuse report, a notice
 * that a child is missing from care, or a report of a missing, exploited child to NCIC and NCMEC,
 * one entry per figure. Days count 24 hours; business days at least as much, and more over a
 * weekend, which `businessDays` says.
 */
export function findStatedHours(text: string): StatedHours[] {
  const stated: StatedHours[] = [];
  for (const sentence of sentences(text)) {
    const found = anchors(sentence);
    if (found.length === 0) continue;
    for (const m of sentence.matchAll(FIGURE)) {
      const [, figure, businessKind, unit] = m;
      if (figure === undefined || unit === undefined) continue;
      const duty = dutyAt(found, m.index);
      if (duty === undefined) continue;
      const days = /^d/i.test(unit);
      const hours = toNumber(figure) * (days ? 24 : 1);
      const business = businessKind !== undefined && days ? { businessDays: toNumber(figure) } : {};
      stated.push({ duty, hours, sentence: quote(sentence), ...business });
    }
  }
  return stated;
}
