import type { IsoDate } from '../../lib/dates';
import { listInWords } from '../../lib/words';
import { periodAt, withPeriod, type Parameter } from './parameter';
import type { Amendment, LawInForce, Statute, StatuteKey } from './statute';

const KEYS = (statute: Statute) => Object.keys(statute) as StatuteKey[];

const cache = new WeakMap<Statute, Map<IsoDate, LawInForce>>();

/** The statute as it stands on `date`: the one place checks and templates read the law from. */
export function lawInForce(statute: Statute, date: IsoDate): LawInForce {
  let byDate = cache.get(statute);
  if (!byDate) cache.set(statute, (byDate = new Map()));
  const known = byDate.get(date);
  if (known) return known;
  const law = Object.fromEntries(KEYS(statute).map((key) => [key, periodAt(statute[key] as Parameter<unknown>, date)]));
  const result = { ...law, date } as LawInForce;
  byDate.set(date, result);
  return result;
}

/**
 * A later text of the law: from `from`, each fact it names takes its new value and citation;
 * the others and every earlier period stay as they were. The checks and the MOU follow by date.
 */
export function amendStatute(statute: Statute, from: IsoDate, amendment: Amendment): Statute {
  const amended = { ...statute } as Record<StatuteKey, Parameter<unknown>>;
  for (const key of Object.keys(amendment) as StatuteKey[]) {
    const change = amendment[key];
    if (change) amended[key] = withPeriod(statute[key] as Parameter<unknown>, { from, ...change });
  }
  return amended as Statute;
}

const CODES: Array<[RegExp, string]> = [
  [/\bWIC (?=\d)/g, 'Welfare and Institutions Code section '],
  [/\bPC (?=\d)/g, 'Penal Code section '],
];

/**
 * "WIC 16524.8(b)" as a document states it: "Welfare and Institutions Code section 16524.8(b)";
 * several of one code ("WIC 16524.8(b); WIC 300(b)(2)") as "Welfare and Institutions Code
 * sections 16524.8(b) and 300(b)(2)", and of several codes joined with "and".
 */
export function citationInWords(citation: string): string {
  const parts = citation.split(/\s*;\s*/).filter(Boolean);
  const code = /^(WIC|PC) (?=\d)/.exec(parts[0] ?? '')?.[1];
  if (parts.length > 1 && code && parts.every((part) => part.startsWith(`${code} `) && /^\S+ \d\S*$/.test(part))) {
    const sections = parts.map((part) => part.slice(code.length + 1));
    return `${CODES.find(([pattern]) => pattern.source.includes(code))![1].replace(/section $/, 'sections ')}${listInWords(sections)}`;
  }
  const inWords = (text: string) => CODES.reduce((out, [pattern, name]) => out.replace(pattern, name), text);
  // Citations of several codes join with "and"; anything else ("; recommended practice") stays as written.
  return parts.length > 1 && parts.every((part) => /^(WIC|PC) \d\S*$/.test(part)) ? listInWords(parts.map(inWords)) : inWords(citation);
}

/**
 * A citation in words as the subject of a sentence: one that says which text of the law it is
 * (", as amended by AB 1227 (Stats. 2017, ch. 558)") closes that phrase with a comma before the
 * verb, as a reader expects ("…, as amended by AB 1227 (Stats. 2017, ch. 558), requires that").
 */
export function citationAsSubject(citation: string): string {
  const words = citationInWords(citation);
  return /, as (amended|enacted|added) by /.test(words) ? `${words},` : words;
}
