import { sha256Hex } from '../lib/sha256';
import type { Draft } from './draft';
import { anchoredAnswer, type Comment, type CommentAnchor } from './comments';

/**
 * The fields of a draft that record what happened to its text rather than the text: they are
 * left out of the content hash, so that certifying a draft, collecting its signatures or
 * commenting on it does not change the hash it certifies.
 */
const NOT_CONTENT = new Set<string>(['certification', 'signatures', 'approvals', 'comments', 'sectionReviews']);

/** JSON with every object's keys in sorted order, so that the same content always reads the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * A fingerprint of everything the MOU and the compliance report are made from: "sha256:" and the
 * SHA-256 of the draft's content as canonical JSON (UTF-8). Two drafts with the same answers have
 * the same hash wherever they were saved; changing any answer changes it. A final MOU carries it
 * (footer, PDF metadata, Word properties), and `csec-mou verify` checks a PDF against a draft by it.
 */
export function contentHash(draft: Draft): string {
  return hashOf(contentOf(draft));
}

const contentOf = (draft: Draft) => Object.fromEntries(Object.entries(draft).filter(([key]) => !NOT_CONTENT.has(key)));
const hashOf = (value: unknown) => `sha256:${sha256Hex(new TextEncoder().encode(canonical(value)))}`;

/**
 * A short fingerprint of the answer a comment is about ("sha256:" and 16 digits), or null where
 * it has none (a whole section, a record that has gone): kept with the comment when written, it
 * tells whether the answer has changed since.
 */
export function answerHash(draft: Draft, anchor: CommentAnchor): string | null {
  const answer = anchoredAnswer(draft, anchor);
  return answer === undefined ? null : hashOf(answer).slice(0, 'sha256:'.length + 16);
}

/** Whether the answer a comment is about reads otherwise than when it was written (a record that has gone is said by its name instead). */
export function answerChangedSince(draft: Draft, comment: Pick<Comment, 'anchor' | 'answerWas'>): boolean {
  if (comment.answerWas === null) return false;
  const now = answerHash(draft, comment.anchor);
  return now !== null && now !== comment.answerWas;
}

export const ANSWER_CHANGED = 'The answer has changed since this comment was written.';

/**
 * The hash of the text that binds one agency, which its approval is recorded against: the whole
 * content but the other agencies' own duties (section 9) and the people who speak and sign for
 * them. Any section, the list of parties and their roles, and the agency's own record are in it,
 * so an approval goes out of date when any of those changes, and not when another agency's
 * duties or signer do.
 */
export function bindingHash(draft: Draft, agencyId: string): string {
  const content = contentOf(draft) as Draft;
  return hashOf({
    ...content,
    agencies: content.agencies.map((agency) => (agency.id === agencyId ? agency
      : { ...agency, responsibilities: '', representative: { name: '', title: '' }, signer: { name: '', title: '' } })),
  });
}
