import { err, ok, type Result } from '../lib/result';
import { exceededLimit, type LimitExceeded } from './limits';
import { jsonErrorAt } from './json-error';

/** Why a file's text is not JSON the app can read; shared by draft files and review files. */
export type FileTextError =
  /** UTF-16; or, with `legacy`, text in another encoding (Windows-1252, "ANSI"), whose accented letters UTF-8 cannot read. */
  | { kind: 'notUtf8'; legacy?: true }
  /** Not text at all: an exported PDF, a zip (a Word file, a submission packet), or other binary data. */
  | { kind: 'notText'; looksLike: 'pdf' | 'zip' | 'binary' }
  | { kind: 'tooLarge'; exceeded: LimitExceeded }
  /** Where the JSON goes wrong: a line and column, or that the text ends too soon, or has nothing in it. */
  | { kind: 'invalidJson'; at?: { line: number; column: number }; endsEarly?: true; empty?: true };

/**
 * A draft's or a review's file text as JSON, never throwing: a UTF-8 byte order mark is skipped
 * (the app and the command line both write none, other editors may), text that was UTF-16 is
 * named as such rather than reported as broken JSON, and the size limits apply before parsing.
 */
export function parseFileText(text: string): Result<unknown, FileTextError> {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // A file of ours that is not a draft, chosen by mistake, says what it is by its first bytes.
  if (body.startsWith('%PDF-')) return err({ kind: 'notText', looksLike: 'pdf' });
  if (body.startsWith('PK\u0003\u0004')) return err({ kind: 'notText', looksLike: 'zip' });
  // UTF-16 read as UTF-8 begins with two replacement characters, or has a NUL beside every
  // letter of its JSON; NULs anywhere else are binary data.
  const head = body.slice(0, 1000);
  if (body.startsWith('\uFFFD\uFFFD') || isUtf16Ascii(head)) return err({ kind: 'notUtf8' });
  if (head.includes('\u0000')) return err({ kind: 'notText', looksLike: 'binary' });
  const exceeded = exceededLimit(body);
  if (exceeded) return err({ kind: 'tooLarge', exceeded });
  // Nothing at all (0 bytes, or only spaces): said as such, not as JSON that ends too soon.
  if (body.trim() === '') return err({ kind: 'invalidJson', empty: true });
  try {
    return ok(JSON.parse(body) as unknown);
  } catch {
    return err({ kind: 'invalidJson', ...jsonFailure(body) });
  }
}

/**
 * Where a text JSON.parse refused goes wrong, as a line and column (json-error.ts finds it, the
 * same in every browser), or that it ends too soon. A committee member who edited the file by
 * hand is sent to a place, not shown the parser's words.
 */
export function jsonFailure(text: string): { at?: { line: number; column: number }; endsEarly?: true } {
  const position = jsonErrorAt(text);
  if (position === null) return {};
  // Stopped at the end of the text (after a last comma): a file cut short.
  // Only JSON's own spaces count: after a no-break space, a whole file goes wrong, not short.
  if (position >= text.replace(/[ \t\n\r]+$/, '').length) return { endsEarly: true };
  const before = text.slice(0, position);
  return { at: { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') } };
}

/** The place jsonFailure found, as the end of a sentence: "at line 3, column 8". */
export function jsonFailureWords(failure: { at?: { line: number; column: number }; endsEarly?: true; empty?: true }): string {
  if (failure.empty) return ': the file is empty. The app never saves an empty file, so choose another copy of it'
  if (failure.at) return `: it goes wrong at line ${failure.at.line}, column ${failure.at.column}. If it was edited by hand, look there and just before it for a missing comma, bracket or quotation mark`;
  if (failure.endsEarly) return ': it ends before its JSON does, as a file cut short in copying or saving would';
  return '';
}

/**
 * A file's bytes as text. UTF-8 is read as it is; bytes that are not UTF-8 are read loosely when
 * they are not text anyway or are UTF-16 (parseFileText then says which), and are otherwise
 * refused as text in another encoding: read loosely, "Peña" saved as Windows-1252 would become
 * "Pe�a" in the MOU without a word.
 */
export function decodeFileBytes(bytes: Uint8Array): Result<string, FileTextError> {
  try {
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    const parsed = parseFileText(loose);
    if (!parsed.ok && (parsed.error.kind === 'notText' || parsed.error.kind === 'notUtf8' || parsed.error.kind === 'tooLarge')) return ok(loose);
    return err({ kind: 'notUtf8', legacy: true });
  }
}

/** Messages name what is wrong, never repeat a file's megabytes back. */
export const clip = (text: string, max = 200): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The release of the app a file says saved it ("appVersion"), clipped; null when it does not say. */
export const appVersionOf = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? clip(value.trim(), 40) : null);

/** Whether `head` is ASCII written as UTF-16: every other character a NUL. */
function isUtf16Ascii(head: string): boolean {
  if (head.length < 2) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    if (head.charCodeAt(i) !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const pairs = Math.floor(head.length / 2);
  // NULs on one side only: a file of NULs (zeros) is not text at all.
  return Math.max(even, odd) >= pairs * 0.9 && Math.min(even, odd) <= pairs * 0.1;
}

/** What a file that is not text seems to be, as the start of a sentence. */
export function notTextWords(looksLike: 'pdf' | 'zip' | 'binary'): string {
  switch (looksLike) {
    case 'pdf': return 'This file is a PDF (perhaps an exported MOU)';
    case 'zip': return 'This file is a Word file or a zip (perhaps an exported MOU or a submission packet)';
    case 'binary': return 'This file is not text';
  }
}
