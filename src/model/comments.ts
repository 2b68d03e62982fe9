import { z } from 'zod';
import { requiredText, text } from './fields';
import type { Draft } from './draft';
import { SECTION_KEYS } from './sections';
import { withRecordsOf } from './kept-records';

/**
 * Where a comment or a review status can be: the protocol's basics, its agencies, or an outline
 * section (the pages of the wizard; the signature pages are part of "agencies").
 */
export const REVIEW_PLACES = ['basics', 'agencies', ...SECTION_KEYS] as const;
export type ReviewPlace = (typeof REVIEW_PLACES)[number];

export const COMMENT_STATUSES = ['open', 'resolved'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/**
 * How a comment stands: its status, unless its author has withdrawn it (taken it back as not
 * meant). The two are kept apart: the committee resolves, the author withdraws and puts back, and
 * putting a comment back leaves it as the committee left it.
 */
export const COMMENT_STATES = ['open', 'resolved', 'withdrawn'] as const;
export type CommentState = (typeof COMMENT_STATES)[number];

export const REVIEW_STATUSES = ['not-reviewed', 'changes-requested', 'approved'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

const moment = () => z.iso.datetime({ offset: true, message: 'Use a date and time such as 2026-12-02T15:04:05Z.' });
const commentId = () => z.string().regex(/\S/, 'Every comment and reply needs an id that is not blank.');

/**
 * What a comment is about: a section, and within it an agency, MDT tier or added section (by its
 * record id, never its place in a list) and one of its fields, or a field of the section itself.
 * `label` is what it was about in words when written, shown when the record has since gone.
 */
export const commentAnchorSchema = z.looseObject({
  section: z.enum(REVIEW_PLACES),
  recordId: z.string().regex(/\S/).nullable().default(null),
  /** A path without list positions: inside the record ("responsibilities") or the draft ("sections.identification.screeningTool"). */
  field: z.string().regex(/\S/).nullable().default(null),
  label: text(),
});

export const commentReplySchema = z.looseObject({
  id: commentId(),
  author: requiredText('Say who wrote the reply.'),
  at: moment(),
  text: requiredText('A reply says something.'),
});

/**
 * A reviewer's comment on the draft, with its replies. Its status records who last opened or
 * resolved it and when, `withdrawal` whether its author took it back, and `editedAt` when its
 * author last changed its words: when two copies disagree, the later of each wins on merging.
 */
export const commentSchema = z.looseObject({
  id: commentId(),
  anchor: commentAnchorSchema,
  author: requiredText('Say who wrote the comment.'),
  at: moment(),
  text: requiredText('A comment says something.'),
  /** When its author last changed its words; null while they are as first written. */
  editedAt: moment().nullable().default(null),
  status: z.enum(COMMENT_STATUSES).default('open'),
  /** Who resolved (or reopened) it and when; null while it has stayed as written. */
  statusBy: z.string().nullable().default(null),
  statusAt: moment().nullable().default(null),
  replies: z.array(commentReplySchema).default([]),
  /** Its author withdrew it (`withdrawn`), or put it back, at `at`; null while they have done neither. */
  withdrawal: z.looseObject({ withdrawn: z.boolean(), at: moment() }).nullable().default(null),
  /**
   * The hash of the answer the comment is about (its field, or its agency, tier or added section)
   * when it was written, so that the page can say the answer has changed since; null for a whole
   * section, and in comments written before it was recorded.
   */
  answerWas: z.string().nullable().default(null),
});

/** One reviewer's verdict on one section: the latest they gave. */
export const sectionReviewSchema = z.looseObject({
  section: z.enum(REVIEW_PLACES),
  reviewer: requiredText('Say who reviewed the section.'),
  status: z.enum(REVIEW_STATUSES),
  at: moment(),
});

export type CommentAnchor = z.infer<typeof commentAnchorSchema>;
export type CommentReply = z.infer<typeof commentReplySchema>;
export type Comment = z.infer<typeof commentSchema>;
export type SectionReview = z.infer<typeof sectionReviewSchema>;

/** Whether key `x` sorts after key `y`, part by part. */
function after(x: readonly string[], y: readonly string[]): boolean {
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! > y[i]!;
  return false;
}

/** How the comment stands: withdrawn by its author, or else open or resolved. */
export const commentState = (comment: Pick<Comment, 'status' | 'withdrawal'>): CommentState => (comment.withdrawal?.withdrawn ? 'withdrawn' : comment.status);

/**
 * Whether `a`'s status was decided after `b`'s. A copy that records a decision (resolved, or
 * reopened) wins over one that records none: the decision came after the comment was written,
 * whatever the clocks of the reviewer's and the committee's computers say (a reviewer's clock two
 * hours fast reopened comments the committee had resolved). Between two decisions the later wins;
 * ties (the same moment) go to "resolved", then to the name that sorts last, so that every order
 * of merging picks the same one.
 */
function decidedLater(a: Comment, b: Comment): boolean {
  const key = (c: Comment) => [c.statusAt === null ? '0' : '1', c.statusAt ?? c.at, c.status === 'resolved' ? '1' : '0', c.statusBy ?? ''];
  return after(key(a), key(b));
}

/** Whether `a`'s author withdrew or put it back after `b`'s: a withdrawal or putting back wins over neither, the later over the earlier, and at the same moment withdrawing. */
function withdrawnLater(a: Comment, b: Comment): boolean {
  const key = (c: Comment) => [c.withdrawal ? '1' : '0', c.withdrawal?.at ?? '', c.withdrawal?.withdrawn ? '1' : '0'];
  return after(key(a), key(b));
}

/** Whether `a`'s words were changed after `b`'s: an edit wins over none, the later edit over the earlier, and at the same moment the words that sort last. */
function editedLater(a: Comment, b: Comment): boolean {
  const key = (c: Comment) => [c.editedAt === null ? '0' : '1', c.editedAt ?? '', c.text];
  return after(key(a), key(b));
}

/** Replies from both, each once (by id), oldest first. */
function mergeReplies(a: readonly CommentReply[], b: readonly CommentReply[]): CommentReply[] {
  const byId = new Map(a.map((reply) => [reply.id, reply]));
  for (const reply of b) if (!byId.has(reply.id)) byId.set(reply.id, reply);
  return [...byId.values()].sort(byTimeThenId);
}

const byTimeThenId = (x: { at: string; id: string }, y: { at: string; id: string }) => x.at.localeCompare(y.at) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/**
 * Several copies' comments as one list, losing nothing: each comment once (by id), with every
 * reply either copy holds, and the status, withdrawal and words decided last. Merging is
 * order-free: merging A into B gives what merging B into A gives, and merging a copy twice
 * changes nothing.
 */
export function mergeComments(a: readonly Comment[], b: readonly Comment[]): Comment[] {
  const byId = new Map<string, Comment>();
  for (const comment of [...a, ...b]) {
    const earlier = byId.get(comment.id);
    if (!earlier) {
      byId.set(comment.id, { ...comment, replies: mergeReplies([], comment.replies) });
      continue;
    }
    const later = decidedLater(comment, earlier) ? comment : earlier;
    const words = editedLater(comment, earlier) ? comment : earlier;
    const withdrawal = (withdrawnLater(comment, earlier) ? comment : earlier).withdrawal;
    byId.set(comment.id, {
      ...earlier, text: words.text, editedAt: words.editedAt, withdrawal,
      status: later.status, statusBy: later.statusBy, statusAt: later.statusAt, replies: mergeReplies(earlier.replies, comment.replies),
    });
  }
  return [...byId.values()].sort(byTimeThenId);
}

/** Every reviewer's latest verdict on each section, from several copies. */
export function mergeSectionReviews(a: readonly SectionReview[], b: readonly SectionReview[]): SectionReview[] {
  const latest = new Map<string, SectionReview>();
  for (const given of [...a, ...b]) {
    const review = { ...given, reviewer: given.reviewer.trim() };
    const key = `${review.section}\u0000${review.reviewer}`;
    const earlier = latest.get(key);
    if (!earlier || review.at > earlier.at || (review.at === earlier.at && review.status > earlier.status)) latest.set(key, review);
  }
  return [...latest.values()].sort((x, y) => REVIEW_PLACES.indexOf(x.section) - REVIEW_PLACES.indexOf(y.section) || x.reviewer.localeCompare(y.reviewer));
}

/** What a replaced draft held and its replacement did not, kept with the replacement. */
export interface RecordsKept {
  comments: number;
  replies: number;
  /** Approvals and signatures recorded since (approvals.ts, withRecordsOf). */
  approvals: number;
  signatures: number;
}

/**
 * `incoming` (an earlier version restored, a file put in place of the draft) with the comments,
 * replies and verdicts of `current` too: they are what reviewers and the committee said about the
 * draft, not its text, so replacing the text loses none of them (a comment about an answer or a
 * record the incoming draft lacks says so where it is shown); and with the agencies' approvals
 * and signatures recorded since, which are bound to the text they were given for. `kept` counts
 * what `current` held and `incoming` did not: its comments, its replies to comments both hold,
 * and its later approvals and signatures.
 */
export function withConversationOf(incoming: Draft, current: Draft): { draft: Draft; kept: RecordsKept } {
  const had = new Map(incoming.comments.map((comment) => [comment.id, new Set(comment.replies.map((reply) => reply.id))]));
  const kept = { comments: 0, replies: 0 };
  for (const comment of current.comments) {
    const replies = had.get(comment.id);
    if (!replies) kept.comments++;
    else kept.replies += comment.replies.filter((reply) => !replies.has(reply.id)).length;
  }
  const records = withRecordsOf(incoming, current);
  return {
    draft: {
      ...incoming, comments: mergeComments(incoming.comments, current.comments), sectionReviews: mergeSectionReviews(incoming.sectionReviews, current.sectionReviews),
      approvals: records.approvals, signatures: records.signatures,
    },
    kept: { ...kept, ...records.kept },
  };
}

type Anchored = { list: 'agencies'; record: Draft['agencies'][number] } | { list: 'mdtTiers'; record: Draft['mdtTiers'][number] } | { list: 'customSections'; record: Draft['customSections'][number] };

/** The record a comment is about, found by its id wherever it now stands; null when it is about no record or the record has gone. */
export function commentRecord(draft: Draft, anchor: CommentAnchor): Anchored | null {
  if (anchor.recordId === null) return null;
  const agency = draft.agencies.find((a) => a.id === anchor.recordId);
  if (agency) return { list: 'agencies', record: agency };
  const tier = draft.mdtTiers.find((t) => t.id === anchor.recordId);
  if (tier) return { list: 'mdtTiers', record: tier };
  const section = draft.customSections.find((s) => s.id === anchor.recordId);
  return section ? { list: 'customSections', record: section } : null;
}

/**
 * The answer a comment is about as it stands: its field, or its whole agency, tier or added
 * section; undefined for a whole section, or for a record that has gone.
 */
export function anchoredAnswer(draft: Draft, anchor: CommentAnchor): unknown {
  const found = commentRecord(draft, anchor);
  if (anchor.recordId !== null ? !found : anchor.field === null) return undefined;
  let value: unknown = found ? found.record : draft;
  for (const key of anchor.field?.split('.') ?? []) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/**
 * The words a comment's field (or record) holds now, for finding where they print: a text
 * field's first line, a record's name or title; '' for anything else (a choice, a number).
 */
export function anchoredText(draft: Draft, anchor: CommentAnchor): string {
  const found = commentRecord(draft, anchor);
  if (anchor.recordId !== null && !found) return '';
  let value: unknown = found ? found.record : draft;
  if (anchor.field !== null) {
    for (const key of anchor.field.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  } else if (found) {
    value = 'name' in found.record ? found.record.name : found.record.title;
  }
  return typeof value === 'string' ? value.trim().split('\n')[0]!.trim() : '';
}
