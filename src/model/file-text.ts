import { err, ok, type Result } from '../lib/result';
import { exceededLimit, type LimitExceeded } from './limits';

/** Why a file's text is not JSON the app can read; shared by draft files and review files. */
export type FileTextError =
  | { kind: 'notUtf8' }
  | { kind: 'tooLarge'; exceeded: LimitExceeded }
  | { kind: 'invalidJson'; detail: string };

/**
 * A draft's or a review's file text as JSON, never throwing: a UTF-8 byte order mark is skipped
 * (the app and the command line both write none, other editors may), text that was UTF-16 is
 * named as such rather than reported as broken JSON, and the size limits apply before parsing.
 */
export function parseFileText(text: string): Result<unknown, FileTextError> {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // UTF-16 read as UTF-8 begins with two replacement characters or is full of NULs.
  if (body.startsWith('\uFFFD\uFFFD') || body.slice(0, 1000).includes('\u0000')) return err({ kind: 'notUtf8' });
  const exceeded = exceededLimit(body);
  if (exceeded) return err({ kind: 'tooLarge', exceeded });
  try {
    return ok(JSON.parse(body) as unknown);
  } catch (error) {
    return err({ kind: 'invalidJson', detail: clip((error as Error).message) });
  }
}

/** Messages name what is wrong, never repeat a file's megabytes back. */
export const clip = (text: string, max = 200): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
