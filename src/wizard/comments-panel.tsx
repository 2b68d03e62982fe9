import { useEffect, useId, useState, type FormEvent } from 'react';
import { momentInWords } from '../lib/dates';
import { commentState, REVIEW_STATUSES, type Comment, type CommentState, type Draft, type DraftEdit, type ReviewStatus } from '../model';
import { short } from './answer-words';
import { CommentItem, useUnsent, type Signing } from './comment-item';
import { commentPlaceOfAnswer, commentPlaces, commentsOn, placeInSentence, placeKey, REVIEW_STATUS_WORDS } from './comment-places';
import { useLeaveCheckFor } from './leave-checks';
import { useYourName } from './your-name';
import type { StepId } from './steps';

interface Props {
  draft: Draft;
  step: StepId;
  /** A reviewer gives a verdict on the section; the committee answers and resolves. */
  reviewing: boolean;
  onEdit: (edit: DraftEdit) => void;
  /** The record whose own page is shown (an agency's), which a new comment is about unless another is chosen. */
  record?: string | null;
  /** The answer whose Comment button opened the step (on the page of every answer): a new comment is about it. */
  answer?: { field: string; item: string | null } | null;
  /** A fresh id for a comment or reply, unique across every reviewer's copy. */
  newId?: () => string;
  now?: () => string;
}

/** The box of a new comment, which a Comment button on the page of every answer focuses. */
export const NEW_COMMENT_ID = 'new-comment-text';

const randomId = () => crypto.randomUUID();
const isoNow = () => new Date().toISOString();

/** What the panel last said, and where: on a comment (its id) or under the new-comment form (null). */
interface Said { words: string; on: string | null }

/** The reviewers' verdicts on the section, latest each. */
function VerdictList({ draft, step }: Pick<Props, 'draft' | 'step'>) {
  const verdicts = draft.sectionReviews.filter((r) => r.section === step);
  if (verdicts.length === 0) return null;
  return (
    <ul className="verdicts__list" data-testid="verdicts" aria-label="Reviewers’ verdicts">
      {verdicts.map((v) => <li key={v.reviewer}><strong>{v.reviewer}</strong>: {REVIEW_STATUS_WORDS[v.status].toLowerCase()} ({momentInWords(v.at)})</li>)}
    </ul>
  );
}

const NAME_FOR_COMMENT = 'Enter your name, so the committee knows who commented.';

/** A reviewer gives (or changes) their verdict on the section. */
function VerdictChoice({ draft, step, signing, onEdit, now }: Pick<Props, 'draft' | 'step' | 'onEdit'> & { signing: Signing; now: () => string }) {
  const mine = draft.sectionReviews.find((r) => r.section === step && r.reviewer === signing.name.trim())?.status ?? 'not-reviewed';
  const choose = (status: ReviewStatus) => {
    // Arrow keys choose in a radio group: focus stays in it, and the message at the name is read out.
    const by = signing.sign('Enter your name before giving your verdict.', true);
    if (by) onEdit({ kind: 'sectionReview', section: step, reviewer: by, status, at: now() });
  };
  return (
    <fieldset className="usa-fieldset verdicts__choice">
      <legend className="usa-legend">Your verdict on this section</legend>
      {REVIEW_STATUSES.map((status) => (
        <div key={status} className="usa-radio">
          <input className="usa-radio__input" type="radio" id={`verdict-${step}-${status}`} name={`verdict-${step}`} value={status}
            checked={mine === status} onChange={() => choose(status)} />
          <label className="usa-radio__label" htmlFor={`verdict-${step}-${status}`}>{REVIEW_STATUS_WORDS[status]}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** The comments on one step: reading, writing, answering and resolving them, and the section's verdicts. */
export function CommentsPanel({ draft, step, reviewing, onEdit, record = null, answer = null, newId = randomId, now = isoNow }: Props) {
  const you = useYourName();
  const places = commentPlaces(draft, step);
  const comments = commentsOn(draft, step);
  const counted = (state: CommentState) => comments.filter((c) => commentState(c) === state).length;
  const withdrawn = counted('withdrawn');
  // Two comments by one person on one answer have buttons that would read alike: their first words tell them apart.
  const sameAs = (c: Comment) => `${c.author}\u0000${placeKey(c.anchor)}`;
  const alike = new Set(comments.filter((c, i) => comments.some((o, j) => j !== i && sameAs(o) === sameAs(c))).map((c) => c.id));
  const apart = (c: Comment) => (alike.has(c.id) ? `, “${short(c.text.replace(/\s+/g, ' ').trim())}”` : '');
  const [about, setAbout] = useState(() => placeKey(((answer && commentPlaceOfAnswer(draft, step, answer.field, answer.item))
    ?? places.find((p) => record !== null && p.anchor.recordId === record && !p.anchor.field) ?? places[0]!).anchor));
  const [text, setText] = useState('');
  const [name, setName] = useState(you.get);
  // The name signed with so far: a new one signs as another person, whose verdicts start afresh.
  const [signedAs] = useState(() => you.get().trim());
  const renamed = signedAs !== '' && name.trim() !== '' && name.trim() !== signedAs && (
    draft.comments.some((c) => c.author === signedAs || c.replies.some((r) => r.author === signedAs) || c.statusBy === signedAs)
    || draft.sectionReviews.some((r) => r.reviewer === signedAs));
  const wroteComments = draft.comments.some((c) => c.author === signedAs);
  const [nameError, setNameError] = useState<string | null>(null);
  const [textError, setTextError] = useState<string | null>(null);
  // One message for the panel, by the comment or form it is about: a later action's replaces it.
  const [said, setSaid] = useState<Said>({ words: '', on: null });
  const ids = useId();
  // One panel to a page: the page of every answer sends focus to its box by this id.
  const textId = NEW_COMMENT_ID;
  const nameId = `${ids}-name`;
  const signing: Signing = {
    name,
    sign(missing, stay = false) {
      if (!name.trim()) {
        setNameError(missing);
        if (!stay) document.getElementById(nameId)?.focus();
        return null;
      }
      setNameError(null);
      you.remember(name);
      return name.trim();
    },
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      // Both at once, when both are missing: the name, first on the page, takes focus.
      setTextError('Write your comment.');
      setNameError(name.trim() ? null : NAME_FOR_COMMENT);
      document.getElementById(name.trim() ? textId : nameId)?.focus();
      return;
    }
    setTextError(null);
    const by = signing.sign(NAME_FOR_COMMENT);
    if (!by) return;
    const chosen = places.find((p) => placeKey(p.anchor) === about) ?? places[0]!;
    onEdit({ kind: 'comment', comment: { id: newId(), anchor: chosen.anchor, author: by, at: now(), text: text.trim() } });
    setText('');
    setSaid({ words: `Your comment on ${placeInSentence(chosen.label)} is added.`, on: null });
  };
  // UX.md: after an action, focus goes to the words that say what happened.
  useEffect(() => {
    // Each time, also when an action says the same words again: each message is a new object.
    if (said.words) document.getElementById(said.on === null ? `${ids}-said` : `comment-${said.on}-said`)?.focus();
  }, [said, ids]);
  useUnsent(text);
  useLeaveCheckFor(async () => {
    if (!text.trim()) return true;
    setTextError('Add your comment, or clear the box, before you leave this page.');
    document.getElementById(textId)?.focus();
    return false;
  });
  return (
    <section className="panel comments" aria-labelledby={`comments-${step}`} data-testid="comments">
      <h3 id={`comments-${step}`}>Comments on this section{comments.length > 0 && <span className="comments__count"> ({counted('open')} open, {counted('resolved')} resolved{withdrawn > 0 && `, ${withdrawn} withdrawn`})</span>}</h3>
      <VerdictList draft={draft} step={step} />
      <div className={`usa-form-group comments__name${nameError ? ' usa-form-group--error' : ''}`}>
        <label className="usa-label" htmlFor={nameId}>Your name (and organization)</label>
        <span className="usa-hint" id={`${nameId}-hint`}>{reviewing ? 'Signs your comments, replies and verdicts' : 'Signs your comments and replies'}; remembered in this browser.</span>
        {renamed && (
          <span className="usa-hint comments__renamed" id={`${nameId}-renamed`} data-testid="renamed">
            What you have {reviewing ? 'written and decided' : 'written'} here so far is signed “{signedAs}”. Signed “{name.trim()}”, what comes next reads as another person’s{reviewing ? ', and your verdicts so far stay as they are' : ''}.
            {wroteComments && ` Only “${signedAs}” changes or withdraws the comments signed so.`}
          </span>
        )}
        {nameError && <span className="usa-error-message" id={`${nameId}-error`} role="alert">{nameError}</span>}
        <input id={nameId} className={`usa-input${nameError ? ' usa-input--error' : ''}`} autoComplete="name" value={name}
          aria-invalid={nameError ? true : undefined} aria-describedby={`${nameId}-hint${renamed ? ` ${nameId}-renamed` : ''}${nameError ? ` ${nameId}-error` : ''}`}
          onChange={(e) => setName(e.currentTarget.value)} />
      </div>
      {reviewing && <VerdictChoice draft={draft} step={step} signing={signing} onEdit={onEdit} now={now} />}
      {comments.length === 0 ? <p className="usa-hint">No comments yet.</p> : (
        <ol className="comments__list">
          {comments.map((comment) => <CommentItem key={comment.id} draft={draft} comment={comment} signing={signing} reviewing={reviewing}
            onEdit={onEdit} newId={newId} now={now} said={said.on === comment.id ? said.words : ''} say={(words) => setSaid({ words, on: comment.id })} apart={apart(comment)} />)}
        </ol>
      )}
      <form noValidate className="comment__form comments__new" onSubmit={submit} aria-labelledby={`${ids}-new`}>
        <h4 id={`${ids}-new`}>Add a comment</h4>
        <div className="usa-form-group">
          <label className="usa-label" htmlFor={`${ids}-about`}>About</label>
          <select id={`${ids}-about`} className="usa-select" value={about} onChange={(e) => setAbout(e.currentTarget.value)}>
            {places.map((p) => <option key={placeKey(p.anchor)} value={placeKey(p.anchor)}>{p.label}</option>)}
          </select>
        </div>
        <div className={`usa-form-group${textError ? ' usa-form-group--error' : ''}`}>
          <label className="usa-label" htmlFor={textId}>Comment</label>
          {/* One alert at a time: with the name's, focus is on the name, and this is read when the box is reached. */}
          {textError && <span className="usa-error-message" id={`${textId}-error`} role={nameError ? undefined : 'alert'}>{textError}</span>}
          <textarea id={textId} className="usa-textarea comment__textarea" rows={4} value={text}
            aria-invalid={textError ? true : undefined} aria-describedby={textError ? `${textId}-error` : undefined}
            onChange={(e) => { setText(e.currentTarget.value); setSaid({ words: '', on: null }); }} />
        </div>
        <button type="submit" className="usa-button">Add the comment</button>
        <p className="status" role="status" id={`${ids}-said`} tabIndex={-1}>{said.on === null ? said.words : ''}</p>
      </form>
    </section>
  );
}
