// Property tests of the one door (restoreDraft) with fast-check: a saved draft comes back with
// every field, and generated malformed or hostile files are refused or restored, never a crash,
// never a freeze, never a change to what was passed in. A fixed seed in CI; set CSEC_PROPERTY_SEED
// for another and CSEC_PROPERTY_RUNS for more (or fewer) hostile files.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DRAFT_FORMAT, DRAFT_VERSION, draftSchema, LIMITS, restoreDraft, serializeDraft, type Draft } from '../../src/model';
import { completeDraft } from '../support/drafts';

const seed = Number(process.env.CSEC_PROPERTY_SEED ?? 20261202);
const hostileRuns = Number(process.env.CSEC_PROPERTY_RUNS ?? 10_000);
/** Far above any input's real cost (milliseconds); a freeze, as 100k agencies once caused, is seconds. */
const FREEZE_MS = 2_000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

const base = completeDraft(['Napa', 'Lake']);

/** Every leaf of the sample draft, with its path. */
function leaves(value: unknown, path: Path = []): Array<{ path: Path; value: unknown }> {
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, [...path, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  return [{ path, value }];
}

function setAt<T>(root: T, path: Path, value: unknown): T {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy as T;
}

// The free-text leaves: those where any string, empty or not, is kept as it is with no repair
// (not a choice, a date, a record id, or a reference to another record).
function accepts(path: Path, value: string): boolean {
  const restored = restoreDraft({ format: DRAFT_FORMAT, version: DRAFT_VERSION, draft: setAt(base, path, value) });
  return restored.ok && restored.value.repairs.length === 0 && JSON.stringify(restored.value.draft) === JSON.stringify(setAt(base, path, value));
}
const freeText = leaves(base).filter(({ path, value }) => typeof value === 'string' && accepts(path, '') && accepts(path, ' x\u0000\uD800')).map((l) => l.path);
const flags = leaves(base).filter(({ value }) => typeof value === 'boolean').map((l) => l.path);

/** Text a committee could paste: any code units (lone surrogates, controls), emoji, right-to-left. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('', ' ', '{{title}}', '<script>', '\u202Eevil', '__proto__', 'مكتب المدعي العام', '👩‍👩‍👧‍👦'),
);

const jsonKey = fc.string({ minLength: 1, maxLength: 12 }).filter((key) => !(key in Object.prototype) && key !== '__proto__');

/** A draft with every free text, every yes/no and some fields the app does not know, generated. */
const draftArbitrary: fc.Arbitrary<Draft> = fc
  .tuple(
    fc.array(anyText, { minLength: freeText.length, maxLength: freeText.length }),
    fc.array(fc.boolean(), { minLength: flags.length, maxLength: flags.length }),
    fc.dictionary(jsonKey.map((key) => `x-${key}`), fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>, { maxKeys: 3 }),
  )
  .map(([texts, booleans, unknown]) => {
    let draft: Draft = base;
    freeText.forEach((path, index) => { draft = setAt(draft, path, texts[index]); });
    flags.forEach((path, index) => { draft = setAt(draft, path, booleans[index]); });
    // Only leaves are generated: re-parsing normalises -0 and the like exactly as a file would.
    return { ...draft, ...JSON.parse(JSON.stringify(unknown)) as object };
  });

describe('a saved draft opened again (property)', () => {
  it(`keeps every field, known and unknown, of ${freeText.length} texts and ${flags.length} choices, with no repair`, () => {
    expect(freeText.length).toBeGreaterThan(30);
    fc.assert(fc.property(draftArbitrary, fc.date({ noInvalidDate: true }), (draft, savedAt) => {
      const restored = restoreDraft(serializeDraft(draft, { savedAt }));
      expect(restored.ok).toBe(true);
      if (!restored.ok) return;
      expect(restored.value.draft).toEqual(draft);
      expect(restored.value.repairs).toEqual([]);
      expect(restored.value.integrity).toBe('verified');
    }), { seed, numRuns: 300 });
  });
});

// The hostile files. Big ones are made once and reused: the door's cost is what is measured.
const valid = serializeDraft(base);
const envelopeWith = (draft: unknown, version: unknown = DRAFT_VERSION) => JSON.stringify({ format: DRAFT_FORMAT, version, draft });
const agencies = (count: number) => envelopeWith({ counties: ['Napa'], agencies: Array.from({ length: count }, (_, i) => ({ id: `a${i}`, county: 'Napa', name: 'x' })) });
const HEAVY = [
  agencies(100_000),
  agencies(LIMITS.listItems + 1),
  envelopeWith({ title: 'x'.repeat(LIMITS.stringChars + 1) }),
  `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
  `{"format":"${DRAFT_FORMAT}","version":${DRAFT_VERSION},"draft":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`,
  ' '.repeat(LIMITS.fileChars + 1),
];

const utf16 = (text: string) => new TextDecoder('utf-8').decode(new Uint8Array(Buffer.from(`\uFEFF${text}`, 'utf16le')));

/** One hostile input: text as read from a file, or JSON already parsed. */
const hostile: fc.Arbitrary<{ input: string | Json; kind: string }> = fc.oneof(
  { weight: 6, arbitrary: fc.nat(valid.length).map((at) => ({ input: valid.slice(0, at), kind: 'truncated' })) },
  {
    weight: 8,
    arbitrary: fc.tuple(fc.constantFrom(...leaves(JSON.parse(valid)).map((l) => l.path)), fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>)
      .map(([path, value]) => ({ input: setAt(JSON.parse(valid) as Json, path, value), kind: 'wrong type' })),
  },
  {
    weight: 3,
    arbitrary: fc.tuple(fc.constantFrom(...leaves(JSON.parse(valid)).map((l) => l.path)), fc.constantFrom('__proto__', 'constructor', 'prototype'))
      .map(([path, key]) => ({ input: JSON.parse(setAtText(valid, path, key)) as Json, kind: 'prototype key' })),
  },
  { weight: 2, arbitrary: fc.constant(null).map(() => ({ input: `\uFEFF${valid}`, kind: 'BOM' })) },
  { weight: 2, arbitrary: fc.nat(200).map((cut) => ({ input: utf16(valid).slice(0, 400 + cut), kind: 'UTF-16' })) },
  { weight: 3, arbitrary: fc.oneof(fc.integer({ min: DRAFT_VERSION + 1 }), fc.constantFrom(0, -1, 1.5, '3', null)).map((version) => ({ input: envelopeWith(base, version), kind: 'version' })) },
  { weight: 4, arbitrary: (fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<Json>).map((input) => ({ input, kind: 'any JSON' })) },
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }).map((input) => ({ input, kind: 'any text' })) },
  { weight: 2, arbitrary: fc.nat(40).map((depth) => ({ input: `{"format":"${DRAFT_FORMAT}","version":3,"draft":{"x":${'['.repeat(depth)}${']'.repeat(depth)}}}`, kind: 'nested' })) },
  { weight: 1, arbitrary: fc.constantFrom(...HEAVY).map((input) => ({ input, kind: 'heavy' })) },
);

/** The valid file with the key at `path` renamed to `key` (as a text edit, so JSON.parse keeps it). */
function setAtText(text: string, path: Path, key: string): string {
  const data = JSON.parse(text) as Json;
  const marked = setAt(data, path, '\u0001MARK\u0001');
  return JSON.stringify(marked).replace(/"[^"]*":"\\u0001MARK\\u0001"/, `"${key}":{"polluted":true}`);
}

describe('hostile files at the door (property)', () => {
  it(`refuses or restores ${hostileRuns.toLocaleString('en-US')} generated files without a crash, a freeze, or a change to its input`, () => {
    const kinds = new Map<string, number>();
    let slowest = 0;
    fc.assert(fc.property(hostile, ({ input, kind }) => {
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      const before = typeof input === 'string' ? input : JSON.stringify(input);
      const started = performance.now();
      const result = restoreDraft(input);
      slowest = Math.max(slowest, performance.now() - started);
      expect(typeof result.ok).toBe('boolean');
      if (result.ok) expect(draftSchema.safeParse(result.value.draft).success).toBe(true);
      else expect(JSON.stringify(result.error).length).toBeLessThan(4_000);
      expect(typeof input === 'string' ? input : JSON.stringify(input)).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }), { seed, numRuns: hostileRuns });
    expect(slowest).toBeLessThan(FREEZE_MS);
    // Every kind was generated, so a change to the generators cannot quietly drop one.
    expect([...kinds.keys()].sort()).toEqual(['BOM', 'UTF-16', 'any JSON', 'any text', 'heavy', 'nested', 'prototype key', 'truncated', 'version', 'wrong type']);
  });
});
