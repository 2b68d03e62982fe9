import { commentState, mergeComments, mergeSectionReviews, type Comment, type CommentReply, type CommentStatus, type ReviewPlace, type ReviewStatus, type SectionReview } from './comments';
import { answerHash, bindingHash, contentHash } from './content-hash';
import { draftSchema, type Acknowledgement, type Draft } from './draft';
import { dropDanglingReferences } from './references';

/** The lists of records a committee adds to, edits, reorders and removes from. */
export type RecordList = 'agencies' | 'mdtTiers' | 'customSections';

/** Who an acknowledgement is about: the finding's identity (rule, county, record, field). */
export type FindingIdentity = Pick<Acknowledgement, 'ruleId' | 'county' | 'recordId' | 'path' | 'about'>;

/**
 * One change a committee makes to its draft. Every edit is pure: it returns a new draft, or the
 * same draft when the change would make it something the schema does not accept.
 */
export type DraftEdit =
  | { kind: 'set'; path: ReadonlyArray<string | number>; value: unknown }
  | { kind: 'add'; list: RecordList; record?: Record<string, unknown> }
  | { kind: 'remove'; list: RecordList; id: string }
  /**
   * Sets `path` within the record `id` of a list (the whole record, its id kept, when the path is
   * empty). Forms on a record say which record by id, not by place: an edit that arrives after the
   * list changed (a card's last keystrokes, sent as it closes on a removal) cannot land on the
   * record that took its place, and one whose record is gone changes nothing.
   */
  | { kind: 'update'; list: RecordList; id: string; path: ReadonlyArray<string | number>; value: unknown }
  | { kind: 'insert'; list: RecordList; record: Record<string, unknown>; index: number }
  | { kind: 'move'; list: RecordList; id: string; to: number }
  | { kind: 'acknowledge'; finding: FindingIdentity; by: string; reason: string; on: string | null }
  /** `at`: the finding's own field, which an acknowledgement made before its record was named by id names instead. */
  | { kind: 'withdraw'; finding: FindingIdentity; at?: string | null }
  /** The coordinator certifies the text as final: it is stamped with its content hash and locked. */
  | { kind: 'certify'; by: string; on: string }
  /** Starts a new version of a certified draft: the certification goes and the text can be edited again. */
  | { kind: 'reopen' }
  /** Records that a signing agency signed on `signedOn`, or that its signature is pending again (null). Allowed on a certified draft. */
  | { kind: 'signature'; agencyId: string; signedOn: string | null }
  /** Records a signing agency's approval of the text that binds it as it is now, replacing an earlier one. */
  | { kind: 'approve'; agencyId: string; by: string; on: string }
  /** Withdraws a signing agency's approval. */
  | { kind: 'unapprove'; agencyId: string }
  /** A reviewer's new comment (its id is made by the caller, unique across reviewers' copies). */
  | { kind: 'comment'; comment: Pick<Comment, 'id' | 'anchor' | 'author' | 'at' | 'text'> }
  | { kind: 'reply'; commentId: string; reply: CommentReply }
  /** Resolves a comment, or opens it again. */
  | { kind: 'commentStatus'; commentId: string; status: CommentStatus; by: string; at: string }
  /** A comment's author changes its words. */
  | { kind: 'commentText'; commentId: string; text: string; by: string; at: string }
  /** A comment's author withdraws it, or puts it back as it stood. */
  | { kind: 'commentWithdrawal'; commentId: string; withdrawn: boolean; by: string; at: string }
  /** A reviewer's verdict on a section, replacing their earlier one. */
  | { kind: 'sectionReview'; section: ReviewPlace; reviewer: string; status: ReviewStatus; at: string }
  /** Comments and verdicts from a review file, merged with those the draft holds (nothing is lost). */
  | { kind: 'mergeReview'; comments: readonly Comment[]; sectionReviews: readonly SectionReview[] };

/** Edits that record what happens to the text (signing, approving, reviewing), not the text: allowed on a certified draft. */
const ABOUT_THE_TEXT = new Set<DraftEdit['kind']>(['reopen', 'signature', 'approve', 'unapprove', 'comment', 'reply', 'commentStatus', 'commentText', 'commentWithdrawal', 'sectionReview', 'mergeReview']);

/**
 * What a reviewer may do to their copy of a received draft: comment, reply, give verdicts, and
 * change, resolve, withdraw or reopen their own comments (the committee decides on the rest).
 * Nothing else changes the copy: the answers are the committee's.
 */
export function reviewerMay(draft: Draft, edit: DraftEdit): boolean {
  switch (edit.kind) {
    case 'comment': case 'reply': case 'sectionReview':
      return true;
    case 'commentStatus': case 'commentText': case 'commentWithdrawal':
      return draft.comments.some((c) => c.id === edit.commentId && c.author === edit.by.trim());
    default:
      return false;
  }
}

/** applyEdit for a reviewer's copy: an edit a reviewer may not make leaves the draft as it is. */
export const applyReviewerEdit = (draft: Draft, edit: DraftEdit): Draft => (reviewerMay(draft, edit) ? applyEdit(draft, edit) : draft);

const PREFIX: Record<RecordList, string> = { agencies: 'agency', mdtTiers: 'tier', customSections: 'section' };

/** A fresh id for a new record of a list: the first free "agency-N". */
export function newRecordId(draft: Draft, list: RecordList): string {
  const taken = new Set(draft[list].map((record) => record.id));
  let n = draft[list].length + 1;
  while (taken.has(`${PREFIX[list]}-${n}`)) n++;
  return `${PREFIX[list]}-${n}`;
}

/**
 * An id for a record the committee adds that no record has had before, as far as anyone can tell:
 * a comment or a comparison names a record by its id, so an id taken again after a removal
 * ("agency-3" once more) would tie a reviewer's comment on the removed record to the new one.
 */
export function freshRecordId(draft: Draft, list: RecordList): string {
  const taken = new Set(draft[list].map((record) => record.id));
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint8Array(4));
    const id = `${PREFIX[list]}-${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
    if (!taken.has(id)) return id;
  }
}

/**
 * Whether the acknowledgement `stored` is one of the finding `finding`: the same rule, county,
 * record and field, and, where it names what the finding was about, the same subject. One made
 * before acknowledgements named it (no `about`) is replaced as the finding's own.
 */
const sameFinding = (stored: FindingIdentity, finding: FindingIdentity) =>
  stored.ruleId === finding.ruleId && stored.county === finding.county && stored.recordId === finding.recordId && stored.path === finding.path
  && (stored.about === undefined || stored.about === finding.about);

/**
 * Whether the acknowledgement `stored` accepts the finding `finding` (whose own field is `at`),
 * as the checks read it (requirements/identity.ts): each of its county, record, field and subject
 * either left open or the finding's. Withdrawing takes away every one that does, so that the
 * warning is open again, including one made before findings about an added section named it by
 * id ("customSections.2.text" rather than its id).
 */
const accepts = (stored: FindingIdentity, finding: FindingIdentity, at: string | null) =>
  stored.ruleId === finding.ruleId
  && (stored.county === null || stored.county === finding.county)
  && (stored.recordId === null || stored.recordId === finding.recordId)
  && (stored.path === null || stored.path === (finding.path ?? at))
  && (stored.about === undefined || stored.about === finding.about);

function setAt(target: Record<string, unknown>, path: ReadonlyArray<string | number>, value: unknown): boolean {
  let node: unknown = target;
  for (const key of path.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string | number, unknown>)[key];
  }
  const last = path[path.length - 1];
  if (last === undefined || typeof node !== 'object' || node === null || !(last in node)) return false;
  (node as Record<string | number, unknown>)[last] = value;
  return true;
}

/**
 * The draft's optional fields, absent until answered (so that drafts saved before them keep their
 * content hash): a set gives them a value, or takes them away again with `undefined`.
 */
const OPTIONAL_TOP = new Set(Object.entries(draftSchema.shape).filter(([, field]) => {
  const absent = field.safeParse(undefined);
  return absent.success && absent.data === undefined;
}).map(([key]) => key));

function setOptional(target: Record<string, unknown>, key: string, value: unknown) {
  if (value === undefined) delete target[key];
  else target[key] = value;
}

/**
 * Applies one edit to a copy of the draft and returns it, or the draft itself when the edit
 * cannot apply. A certified draft is locked: every edit but `reopen` leaves it as it is.
 */
export function applyEdit(draft: Draft, edit: DraftEdit): Draft {
  if (draft.certification !== null && !ABOUT_THE_TEXT.has(edit.kind)) return draft;
  const copy = structuredClone(draft);
  switch (edit.kind) {
    case 'certify':
      copy.certification = { contentHash: contentHash(draft), by: edit.by, on: edit.on };
      break;
    case 'reopen':
      if (draft.certification === null) return draft;
      copy.certification = null;
      break;
    case 'approve':
      if (!copy.agencies.some((a) => a.id === edit.agencyId && a.signs)) return draft;
      copy.approvals = copy.approvals.filter((a) => a.agencyId !== edit.agencyId);
      copy.approvals.push({ agencyId: edit.agencyId, by: edit.by, on: edit.on, textHash: bindingHash(draft, edit.agencyId) });
      break;
    case 'unapprove':
      if (!copy.approvals.some((a) => a.agencyId === edit.agencyId)) return draft;
      copy.approvals = copy.approvals.filter((a) => a.agencyId !== edit.agencyId);
      break;
    case 'signature':
      if (!copy.agencies.some((a) => a.id === edit.agencyId && a.signs)) return draft;
      copy.signatures = copy.signatures.filter((s) => s.agencyId !== edit.agencyId);
      // Signed as the text stands: the hash of what was signed, as an approval records it.
      if (edit.signedOn !== null) copy.signatures.push({ agencyId: edit.agencyId, signedOn: edit.signedOn, textHash: contentHash(draft) });
      break;
    case 'set':
      if (edit.path.length === 1 && OPTIONAL_TOP.has(String(edit.path[0]))) setOptional(copy, String(edit.path[0]), edit.value);
      else if (!setAt(copy, edit.path, edit.value)) return draft;
      break;
    case 'update': {
      const records = copy[edit.list] as Array<Record<string, unknown>>;
      const index = records.findIndex((r) => r.id === edit.id);
      if (index < 0) return draft;
      if (edit.path.length === 0) {
        if (typeof edit.value !== 'object' || edit.value === null) return draft;
        records[index] = { ...(edit.value as Record<string, unknown>), id: edit.id };
      } else if (!setAt(records[index]!, edit.path, edit.value)) return draft;
      break;
    }
    case 'add': {
      // Defaults fill the rest when the whole draft is parsed below. The caller may bring the id
      // (freshRecordId), so that it knows the record's page before the edit lands.
      const given = edit.record?.id;
      const id = typeof given === 'string' && /\S/.test(given) && !copy[edit.list].some((r) => r.id === given) ? given : newRecordId(copy, edit.list);
      (copy[edit.list] as unknown[]).push(edit.list === 'agencies' ? { county: copy.counties[0], ...edit.record, id } : { ...edit.record, id });
      break;
    }
    case 'insert':
      if (copy[edit.list].some((r) => r.id === edit.record.id)) return draft;
      (copy[edit.list] as unknown[]).splice(Math.max(0, Math.min(edit.index, copy[edit.list].length)), 0, edit.record);
      break;
    case 'remove': {
      const index = copy[edit.list].findIndex((r) => r.id === edit.id);
      if (index < 0) return draft;
      copy[edit.list].splice(index, 1);
      // A removed agency is named nowhere else: its MDT memberships and services lose it too.
      dropDanglingReferences(copy);
      break;
    }
    case 'move': {
      const list = copy[edit.list] as Array<{ id: string }>;
      const from = list.findIndex((r) => r.id === edit.id);
      if (from < 0) return draft;
      const [record] = list.splice(from, 1);
      list.splice(Math.max(0, Math.min(edit.to, list.length)), 0, record!);
      break;
    }
    case 'acknowledge':
      copy.acknowledgements = copy.acknowledgements.filter((a) => !sameFinding(a, edit.finding));
      copy.acknowledgements.push({ ...edit.finding, by: edit.by, reason: edit.reason, on: edit.on });
      break;
    case 'withdraw':
      copy.acknowledgements = copy.acknowledgements.filter((a) => !accepts(a, edit.finding, edit.at ?? null));
      break;
    case 'comment':
      if (copy.comments.some((c) => c.id === edit.comment.id)) return draft;
      copy.comments.push({ ...edit.comment, editedAt: null, status: 'open', statusBy: null, statusAt: null, replies: [], withdrawal: null, answerWas: answerHash(draft, edit.comment.anchor) });
      break;
    case 'reply': {
      const comment = copy.comments.find((c) => c.id === edit.commentId);
      if (!comment || comment.replies.some((r) => r.id === edit.reply.id)) return draft;
      comment.replies.push(edit.reply);
      break;
    }
    case 'commentStatus': {
      const comment = copy.comments.find((c) => c.id === edit.commentId);
      if (!comment || comment.status === edit.status) return draft;
      Object.assign(comment, { status: edit.status, statusBy: edit.by, statusAt: edit.at });
      break;
    }
    case 'commentText': {
      // Only its author changes a comment's words, and not once it is withdrawn.
      const comment = copy.comments.find((c) => c.id === edit.commentId);
      const text = edit.text.trim();
      if (!comment || comment.author !== edit.by.trim() || commentState(comment) === 'withdrawn' || text === comment.text) return draft;
      Object.assign(comment, { text, editedAt: edit.at });
      break;
    }
    case 'commentWithdrawal': {
      // Only the one who wrote a comment takes it back, or puts it back: the others resolve it.
      const comment = copy.comments.find((c) => c.id === edit.commentId);
      if (!comment || comment.author !== edit.by.trim() || (comment.withdrawal?.withdrawn ?? false) === edit.withdrawn) return draft;
      comment.withdrawal = { withdrawn: edit.withdrawn, at: edit.at };
      break;
    }
    case 'sectionReview':
      // The reviewer's new verdict replaces their earlier one, whatever its time says.
      copy.sectionReviews = mergeSectionReviews(
        copy.sectionReviews.filter((r) => r.section !== edit.section || r.reviewer.trim() !== edit.reviewer.trim()),
        [{ section: edit.section, reviewer: edit.reviewer.trim(), status: edit.status, at: edit.at }]);
      break;
    case 'mergeReview':
      copy.comments = mergeComments(copy.comments, edit.comments);
      copy.sectionReviews = mergeSectionReviews(copy.sectionReviews, edit.sectionReviews);
      break;
  }
  const parsed = draftSchema.safeParse(copy);
  return parsed.success ? parsed.data : draft;
}
