import { draftSchema, type Draft } from '../../src/model';

/** A small seeded generator (mulberry32), so a failing case can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The kinds of text that break document writers: each pool is drawn from as a unit.
const POOLS: string[][] = [
  Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)), // C0 controls, with tab and newline
  ['\u007f', '\u0085', '\u2028', '\u2029', '\ufeff', '\ufffe', '\uffff', '\ud800', '\udfff', '\u200b', '\u00ad'],
  ['😀', '👩🏽‍⚖️', '🏳️‍🌈', '🇺🇸', '✅'],
  ['مرحبا بالعالم', 'שלום עולם', '\u202eevil\u202c', 'العربية'],
  ['e\u0301', 'n\u0303', 'a\u0308\u0323', 'Nguyễn Thị Hoa', 'Ñuñoa', 'Łódź', 'Ærø'],
  ['漢字', 'かな', '한국어', 'ไทย'],
  ['{{title}}', '{{#each x}}', '<script>', '</p>', '&amp;', '&', '#', '*', '\\', '"', "'", '`', '='],
  ['\n', '\r\n', '\n\n', '\t', '   '],
  ['Probation', 'Behavioral Health', '“quoted”', '—', '…', '’'],
];

export function randomText(random: () => number, maxLength = 60): string {
  const length = Math.floor(random() * maxLength);
  let out = '';
  while (out.length < length) {
    const pool = POOLS[Math.floor(random() * POOLS.length)]!;
    out += pool[Math.floor(random() * pool.length)];
  }
  return out;
}

// Fields that hold identifiers, choices or dates rather than free text.
const NOT_TEXT = new Set([
  'id', 'county', 'counties', 'kind', 'roles', 'convenerAgencyId', 'memberAgencyIds', 'providerAgencyId',
  'reviewCadence', 'principles', 'notifies', 'reportsTo', 'authorities', 'audiences', 'after', 'ruleId',
  'recordId', 'path', 'on', 'firstDevelopedOn', 'lastRevisedOn', 'effectiveOn', 'endsOn', 'cadence', 'unit',
]);

/** Every free-text field of the draft replaced by random text; about one in twenty is over 10,000 characters. */
export function scrambleText(draft: Draft, random: () => number): Draft {
  const walk = (value: unknown, key: string): unknown => {
    if (NOT_TEXT.has(key)) return value;
    if (typeof value === 'string') {
      const text = random() < 0.05 ? randomText(random, 10_000) + 'x'.repeat(10_000) : randomText(random);
      // Who and why of an acknowledgement must not be blank.
      return key === 'by' || key === 'reason' ? `${text}.` : text;
    }
    if (Array.isArray(value)) return value.map((item) => walk(item, ''));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    return value;
  };
  return draftSchema.parse(walk(structuredClone(draft), ''));
}
