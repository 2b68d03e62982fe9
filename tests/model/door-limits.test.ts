import { describe, expect, it } from 'vitest';
import { describeRestoreError, draftSchema, LIMITS, repairsInBrief, restoreDraft, serializeDraft } from '../../src/model';
import { completeDraft } from '../support/drafts';

const envelope = (draft: string) => `{"format":"csec-mou-draft","version":3,"draft":${draft}}`;

/** Refused, with a message that stays short whatever the file held. */
function refusal(text: string) {
  const result = restoreDraft(text);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('unreachable');
  const message = describeRestoreError(result.error);
  expect(message.length).toBeLessThan(500);
  expect(message).toContain('Your current work has not been changed.');
  return { error: result.error, message };
}

describe('the door of restoreDraft: limits checked before parsing', () => {
  it('refuses nesting 100,000 deep without overflowing the stack, saying how deep', () => {
    const deep = envelope(`{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    const { error, message } = refusal(deep);
    expect(error).toEqual({ kind: 'tooLarge', exceeded: { limit: 'depth', actual: 100_002 } });
    expect(message).toContain(`nested 100,002 levels deep; a draft goes at most ${LIMITS.depth} levels deep`);
  });

  it('refuses 100,000 agencies before parsing them, naming the list and how far over', () => {
    const agencies = Array.from({ length: 100_000 }, (_, i) => `{"id":"a${i}","county":"Napa"}`).join(',');
    const { error, message } = refusal(envelope(`{"counties":["Napa"],"agencies":[${agencies}]}`));
    expect(error).toEqual({ kind: 'tooLarge', exceeded: { limit: 'listItems', actual: 100_000, list: 'agencies' } });
    expect(message).toContain('A list in it holds 100,000 items; a list may hold at most 1,000 (the list "agencies").');
  });

  it('refuses a text of a million characters, and a file over the size limit, without repeating them', () => {
    const huge = 'x'.repeat(1_000_000);
    expect(refusal(envelope(`{"title":"${huge}"}`)).error).toEqual({ kind: 'tooLarge', exceeded: { limit: 'stringChars', actual: 1_000_000 } });
    const big = envelope(`{"sections":{"purpose":{"text":"${'y'.repeat(150_000)}"}},"pad":[${Array.from({ length: 40 }, () => `"${'z'.repeat(150_000)}"`).join(',')}]}`);
    const { error, message } = refusal(big);
    expect(error).toMatchObject({ kind: 'tooLarge', exceeded: { limit: 'fileChars' } });
    expect(message).toMatch(/It holds [\d,]+ characters; a draft file may hold at most 5,000,000\./);
  });

  it('takes a file just inside every limit', () => {
    const draft = completeDraft(['Napa']);
    draft.sections.purpose.text = 'w '.repeat(LIMITS.stringChars / 2 - 1);
    const result = restoreDraft(serializeDraft(draft));
    expect(result.ok && result.value.draft.sections.purpose.text.length).toBe(LIMITS.stringChars - 2);
  });

  it('is the draft schema’s own bound on a text, so that a form refuses what could not be kept or opened again', () => {
    const draft = completeDraft(['Napa']);
    draft.sections.training.text = 'w'.repeat(LIMITS.stringChars + 1);
    draft.sections.reporting.missingYouth.otherContacts = ['x'.repeat(LIMITS.stringChars + 1)];
    const issues = draftSchema.safeParse(draft).error?.issues ?? [];
    expect(issues.map((issue) => issue.path.join('.')).sort()).toEqual(['sections.reporting.missingYouth.otherContacts.0', 'sections.training.text']);
    expect(issues[0]!.message).toBe('This text is longer than a draft can keep: at most 200,000 characters (some 30,000 words). Shorten it, or put part of it in a section of its own.');
    draft.sections.training.text = 'w'.repeat(LIMITS.stringChars);
    draft.sections.reporting.missingYouth.otherContacts = [];
    expect(draftSchema.safeParse(draft).success).toBe(true);
  });

  it('bounds what it repeats of a foreign file and of a broken one', () => {
    expect(refusal(`{"format":"${'q'.repeat(100_000)}"}`).message).toContain('Its format is "qqq');
    expect(refusal(`{"format":"csec-mou-draft", ${'"a":1,'.repeat(50_000)}`).message).toContain('not valid JSON');
  });
});

describe('the same bytes open the same way in the app and the command line', () => {
  const text = serializeDraft(completeDraft(['Napa']));

  it('skips a UTF-8 byte order mark', () => {
    const result = restoreDraft(`\uFEFF${text}`);
    expect(result.ok && result.value.draft.counties).toEqual(['Napa']);
  });

  it('reads a file’s bytes as UTF-8, and refuses another encoding rather than garble its letters', () => {
    const titled = serializeDraft({ ...completeDraft(['Napa']), title: 'Protocolo de Peña' });
    const utf8 = new TextEncoder().encode(titled);
    const read = restoreDraft(utf8);
    expect(read.ok && read.value.draft.title).toBe('Protocolo de Peña');
    // The same text saved as Windows-1252 ("ANSI"): ñ is the one byte 0xF1, which UTF-8 cannot read.
    const ansi = new Uint8Array([...titled].map((c) => (c === 'ñ' ? 0xf1 : c.charCodeAt(0))));
    const refused = restoreDraft(ansi);
    expect(!refused.ok && refused.error).toEqual({ kind: 'notUtf8', legacy: true });
    expect(!refused.ok && describeRestoreError(refused.error)).toContain('not saved as UTF-8 text (an editor may have saved it as “ANSI” or Windows-1252)');
    // Bytes that are not text at all still say what they seem to be.
    const pdf = restoreDraft(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xe2, 0xe3, 0xcf, 0xd3]));
    expect(!pdf.ok && pdf.error).toEqual({ kind: 'notText', looksLike: 'pdf' });
  });

  it('refuses UTF-16 with a message that says how to fix it', () => {
    // UTF-16 bytes read as UTF-8: two replacement characters for the mark, then NULs between letters.
    const utf16 = new TextDecoder('utf-8').decode(new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, 0])]));
    const { error, message } = refusal(utf16);
    expect(error).toEqual({ kind: 'notUtf8' });
    expect(message).toContain('Save it again as UTF-8');
    // UTF-16 without its byte order mark, big-endian: a NUL before every letter.
    const bigEndian = new TextDecoder('utf-8').decode(new Uint8Array([...text].flatMap((c) => [0, c.charCodeAt(0) & 0xff])));
    expect(refusal(bigEndian).error).toEqual({ kind: 'notUtf8' });
    // A file of zeros has NULs on both sides: not text at all, not UTF-16.
    expect(refusal('\u0000'.repeat(4096)).error).toEqual({ kind: 'notText', looksLike: 'binary' });
  });

  it('says a PDF, a Word file or other binary data chosen by mistake is not a draft, and what it seems to be', () => {
    const read = (bytes: number[]) => new TextDecoder('utf-8').decode(new Uint8Array(bytes));
    const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
    const pdf = refusal(read([...ascii('%PDF-1.7\n%'), 0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0x00, 0x01, ...ascii('1 0 obj')]));
    expect(pdf.error).toEqual({ kind: 'notText', looksLike: 'pdf' });
    expect(pdf.message).toMatch(/^This file is a PDF \(perhaps an exported MOU\), not a draft file/);
    expect(refusal(read([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x08, 0x08, 0x00])).error).toEqual({ kind: 'notText', looksLike: 'zip' });
    expect(refusal(read([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52])).error).toEqual({ kind: 'notText', looksLike: 'binary' });
  });
});

describe('repairs in brief', () => {
  it('keeps ten and counts the rest', () => {
    const brief = repairsInBrief(Array.from({ length: 2_500 }, (_, i) => `repair ${i}`));
    expect(brief).toHaveLength(11);
    expect(brief[10]).toBe('…and 2,490 more of the same kinds.');
  });
});

describe('nothing accepted is changed silently', () => {
  it('reports each "__proto__" key it removes, and the draft keeps its ordinary prototype', () => {
    const text = '{"format":"csec-mou-draft","version":3,"draft":{"counties":["Napa"],"__proto__":{"polluted":true},'
      + '"agencies":[{"id":"a","county":"Napa","__proto__":{"tookPart":true}}]}}';
    const result = restoreDraft(text);
    if (!result.ok) throw new Error(describeRestoreError(result.error));
    expect(result.value.repairs).toEqual([
      { kind: 'prototypeKey', path: '', record: null },
      { kind: 'prototypeKey', path: 'agencies.0', record: null },
    ]);
    expect(Object.getPrototypeOf(result.value.draft)).toBe(Object.prototype);
    expect(result.value.draft.agencies[0]!.tookPart).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
