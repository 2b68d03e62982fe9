import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { momentInWords } from '../lib/dates';
import { ANSWER_CHANGED, answerChangedSince, commentState, REVIEW_STATUSES, type Comment, type CommentState, type CommentStatus, type Draft, type DraftEdit, type ReviewStatus } from '../model';
import { short } from './answer-words';
import { checkFilled } from './check-filled';
import { commentAbout, commentPlaceOfAnswer, commentPlaces, commentsOn, placeInSentence, placeKey, REVIEW_STATUS_WORDS } from './comment-places';
import { useLeaveCheckFor } from './leave-checks';
import { addUnsent, COMMENT_CHANGE, COMMENT_OR_REPLY } from './pending-edits';
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

/** The one name every comment, reply, resolution and verdict on the panel is signed with. */
interface Signing {
  name: string;
  /** The name, remembered for next time; or null, with the name field showing why and focused, when it is empty. */
  /** The name to sign with, or null after saying `missing` at the name field, focused unless `stay` (a radio keeps focus as arrows move in its group). */
  sign: (missing: string, stay?: boolean) => string | null;
}

/** Words typed but not added (or a change not saved): closing the tab asks first (pending-edits.ts). */
function useUnsent(text: string, what: string = COMMENT_OR_REPLY) {
  const typed = useRef({ text, what });
  typed.current = { text, what };
  useEffect(() => addUnsent(() => [{ what: typed.current.what, words: typed.current.text }]), []);
}

/** What the panel last said, and where: on a comment (its id) or under the new-comment form (null). */
interface Said { words: string; on: string | null }

const STATE_TAG: Record<CommentState, string> = { open: 'Open', resolved: 'Resolved', withdrawn: 'Withdrawn' };

/** The form open on a comment: a reply to it, or its author changing its words. */
type Writing = 'reply' | 'change' | null;

/** One comment: what it is about, who wrote it when, its replies, and answering, resolving, changing or withdrawing it. */
function CommentItem({ draft, comment, signing, reviewing, onEdit, newId, now, said, say, apart }: {
  draft: Draft; comment: Comment; signing: Signing; reviewing: boolean;
  /** The panel's message when it is about this comment. */
  said: string;
  say: (words: string) => void;
  /** What tells its buttons from another comment's by the same person on the same answer (its first words), or ''. */
  apart: string;
} & Required<Pick<Props, 'onEdit' | 'newId' | 'now'>>) {
  const [writing, setWriting] = useState<Writing>(null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Cancel takes focus back to the button that opened the form, once it is there again (a new
  // element: the buttons left the page while the form was open).
  const opener = useRef<Exclude<Writing, null>>('reply');
  const replyButton = useRef<HTMLButtonElement>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  const [cancelled, setCancelled] = useState(0);
  useEffect(() => {
    if (cancelled > 0) (opener.current === 'reply' ? replyButton : changeButton).current?.focus();
  }, [cancelled]);
  const base = `comment-${comment.id}`;
  // A reviewer's change reaches the committee in the review file: one saved before it lacks it.
  const sent = reviewing ? ' Your next review file carries the change.' : '';
  const formId = `${base}-${writing ?? 'reply'}`;
  const state = commentState(comment);
  const open = state === 'open';
  // The name in "Your name" is the author's: only they change, withdraw or put back their words.
  const mine = signing.name.trim() !== '' && comment.author === signing.name.trim();
  // A reviewer resolves only their own comments: the committee decides on everyone else's.
  const mayDecide = state !== 'withdrawn' && (!reviewing || mine);
  const start = (form: Exclude<Writing, null>) => {
    opener.current = form;
    setWriting(form);
    setText(form === 'change' ? comment.text : '');
    setError(null);
    say('');
    requestAnimationFrame(() => document.getElementById(`${base}-${form}`)?.focus());
  };
  const close = () => {
    setWriting(null);
    setText('');
    setError(null);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing = writing === 'change' ? 'Write your comment, or cancel and withdraw it.' : 'Write your reply.';
    const found = checkFilled([{ id: formId, value: text, missing }]);
    setError(found[formId] ?? null);
    if (found[formId]) return;
    if (writing === 'change') {
      // The name was changed while the form was open: the comment is not that name's to change.
      if (signing.name.trim() !== comment.author) {
        setError(`Only “${comment.author}”, who signed this comment, changes it. Put that name back in “Your name”, or cancel.`);
        document.getElementById(formId)?.focus();
        return;
      }
      const by = signing.sign('Enter your name, as you signed the comment, to change it.');
      if (!by) return;
      const unchanged = text.trim() === comment.text;
      if (!unchanged) onEdit({ kind: 'commentText', commentId: comment.id, text: text.trim(), by, at: now() });
      close();
      say(unchanged ? 'Your comment reads as it did: nothing was changed.' : `Your comment is changed.${sent}`);
      return;
    }
    const by = signing.sign('Enter your name, so the others know who replied.');
    if (!by) return;
    onEdit({ kind: 'reply', commentId: comment.id, reply: { id: newId(), author: by, at: now(), text: text.trim() } });
    close();
    say(`Your reply to ${comment.author} is added.`);
  };
  const decide = (to: CommentStatus) => {
    const by = signing.sign(`Enter your name before you ${to === 'resolved' ? 'resolve' : 'reopen'} the comment.`);
    if (!by) return;
    onEdit({ kind: 'commentStatus', commentId: comment.id, status: to, by, at: now() });
    say(`You ${to === 'resolved' ? 'resolved' : 'reopened'} ${by === comment.author ? 'your comment' : `the comment from ${comment.author}`}.`);
  };
  const withdraw = (withdrawn: boolean) => {
    const by = signing.sign(`Enter your name before you ${withdrawn ? 'withdraw' : 'put back'} the comment.`);
    if (!by) return;
    onEdit({ kind: 'commentWithdrawal', commentId: comment.id, withdrawn, by, at: now() });
    // Put back, it stands as the committee left it, which may be resolved.
    say(`${withdrawn ? 'You withdrew your comment.' : `Your comment is back, ${comment.status === 'open' ? 'open' : 'resolved as the committee left it'}.`}${sent}`);
  };
  // Words written but not added would be lost with the page: the user is stopped, as a form's wrong value stops them.
  const unsaved = writing === 'reply' ? text.trim() !== '' : writing === 'change' && text.trim() !== comment.text;
  useUnsent(unsaved ? text : '', writing === 'change' ? COMMENT_CHANGE : COMMENT_OR_REPLY);
  useLeaveCheckFor(async () => {
    if (!unsaved) return true;
    setError(writing === 'change' ? 'Save the change to your comment, or cancel it, before you leave this page.' : 'Add your reply, or cancel it, before you leave this page.');
    document.getElementById(formId)?.focus();
    return false;
  });
  const about = commentAbout(draft, comment);
  const aboutInSentence = `${placeInSentence(about)}${apart}`;
  const replies = comment.replies.length > 0 && (
    <ol className="comment__replies" aria-label={`Replies to ${comment.author}`}>
      {comment.replies.map((reply) => (
        <li key={reply.id} className="comment__reply">
          <p className="comment__meta">{reply.author}, {momentInWords(reply.at)}</p>
          <p className="comment__text">{reply.text}</p>
        </li>
      ))}
    </ol>
  );
  // The author's new words on a comment the committee had resolved: news, or they go unread.
  const changedAfterResolved = state === 'resolved' && comment.editedAt !== null && comment.statusAt !== null && comment.editedAt > comment.statusAt;
  return (
    <li className={`comment comment--${state}`} data-testid="comment" data-comment-id={comment.id}>
      <h4 className="comment__about">
        <span className={`usa-tag comment__tag comment__tag--${state}`}>{STATE_TAG[state]}</span> {about}
      </h4>
      <p className="comment__meta">
        {comment.author}, {momentInWords(comment.at)}{comment.editedAt && <span data-testid="comment-edited"> (changed {momentInWords(comment.editedAt)})</span>}
      </p>
      {state === 'withdrawn' ? (
        // Taken back: what it said, and what was said to it, stay readable, folded away.
        <details className="comment__withdrawn">
          <summary>{comment.replies.length > 0 ? 'What it said, and the replies' : 'What it said'}</summary>
          <p className="comment__text">{comment.text}</p>
          {replies}
        </details>
      ) : (
        <>
          <p className="comment__text">{comment.text}</p>
          {changedAfterResolved && <p className="comment__changed" data-testid="comment-changed-after-resolved">Its author changed it after it was resolved.</p>}
          {answerChangedSince(draft, comment) && <p className="comment__changed" data-testid="comment-changed">{ANSWER_CHANGED}</p>}
          {replies}
        </>
      )}
      {state === 'resolved' && comment.statusBy && <p className="comment__meta">Resolved by {comment.statusBy}{comment.statusAt ? `, ${momentInWords(comment.statusAt)}` : ''}.</p>}
      {state === 'withdrawn' && comment.withdrawal && <p className="comment__meta">Withdrawn by its author, {momentInWords(comment.withdrawal.at)}.</p>}
      {writing ? (
        <form noValidate className="comment__form" onSubmit={submit}>
          <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
            <label className="usa-label" htmlFor={formId}>{writing === 'change' ? 'Your comment' : `Your reply to ${comment.author}`}</label>
            {writing === 'change' && comment.replies.length > 0 && (
              <span className="usa-hint" id={`${formId}-hint`}>Its replies stay as they are: if they answer what you would change, add a reply instead.</span>
            )}
            {error && <span className="usa-error-message" id={`${formId}-error`} role="alert">{error}</span>}
            <textarea id={formId} className="usa-textarea comment__textarea" value={text} rows={3}
              aria-invalid={error ? true : undefined}
              aria-describedby={[writing === 'change' && comment.replies.length > 0 ? `${formId}-hint` : '', error ? `${formId}-error` : ''].filter(Boolean).join(' ') || undefined}
              onChange={(e) => setText(e.currentTarget.value)} />
          </div>
          <div className="comment__actions">
            <button type="submit" className="usa-button">{writing === 'change' ? 'Save the change' : 'Add the reply'}</button>
            <button type="button" className="usa-button usa-button--unstyled link-button" onClick={() => { close(); setCancelled((n) => n + 1); }}>Cancel</button>
          </div>
        </form>
      ) : (
        <div className="comment__actions">
          {state !== 'withdrawn' && (
            <button type="button" ref={replyButton} className="usa-button usa-button--outline" onClick={() => start('reply')}>
              Reply<span className="usa-sr-only"> to {comment.author} about {aboutInSentence}</span>
            </button>
          )}
          {mine && open && (
            <button type="button" ref={changeButton} className="usa-button usa-button--outline" onClick={() => start('change')}>
              Change<span className="usa-sr-only"> your comment about {aboutInSentence}</span>
            </button>
          )}
          {mayDecide && (
            <button type="button" className="usa-button usa-button--outline" onClick={() => decide(open ? 'resolved' : 'open')}>
              {open ? 'Resolve' : 'Reopen'}<span className="usa-sr-only"> the comment about {aboutInSentence}</span>
            </button>
          )}
          {mine && open && (
            <button type="button" className="usa-button usa-button--outline" onClick={() => withdraw(true)}>
              Withdraw<span className="usa-sr-only"> your comment about {aboutInSentence}</span>
            </button>
          )}
          {mine && state === 'withdrawn' && (
            <button type="button" className="usa-button usa-button--outline" onClick={() => withdraw(false)}>
              Put it back<span className="usa-sr-only">: your comment about {aboutInSentence}</span>
            </button>
          )}
        </div>
      )}
      <p className="status" role="status" id={`${base}-said`} tabIndex={-1} data-testid="comment-said">{said}</p>
    </li>
  );
}

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
