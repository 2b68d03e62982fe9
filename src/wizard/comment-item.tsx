import { useEffect, useRef, useState, type FormEvent } from 'react';
import { momentInWords } from '../lib/dates';
import { ANSWER_CHANGED, answerChangedSince, commentState, type Comment, type CommentState, type CommentStatus, type Draft, type DraftEdit } from '../model';
import { checkFilled } from './check-filled';
import { commentAbout, placeInSentence } from './comment-places';
import { useLeaveCheckFor } from './leave-checks';
import { addUnsent, COMMENT_CHANGE, COMMENT_OR_REPLY } from './pending-edits';

// One comment of the comments panel (comments-panel.tsx): reading it, and what can be done to it.

/** The one name every comment, reply, resolution and verdict on the panel is signed with. */
export interface Signing {
  name: string;
  /** The name to sign with, or null after saying `missing` at the name field, focused unless `stay` (a radio keeps focus as arrows move in its group). */
  sign: (missing: string, stay?: boolean) => string | null;
}

/** Words typed but not added (or a change not saved): closing the tab asks first (pending-edits.ts). */
export function useUnsent(text: string, what: string = COMMENT_OR_REPLY) {
  const typed = useRef({ text, what });
  typed.current = { text, what };
  useEffect(() => addUnsent(() => [{ what: typed.current.what, words: typed.current.text }]), []);
}

const STATE_TAG: Record<CommentState, string> = { open: 'Open', resolved: 'Resolved', withdrawn: 'Withdrawn' };

/** The form open on a comment: a reply to it, or its author changing its words. */
type Writing = 'reply' | 'change' | null;

/** One comment: what it is about, who wrote it when, its replies, and answering, resolving, changing or withdrawing it. */
export function CommentItem({ draft, comment, signing, reviewing, onEdit, newId, now, said, say, apart }: {
  draft: Draft; comment: Comment; signing: Signing; reviewing: boolean;
  /** The panel's message when it is about this comment. */
  said: string;
  say: (words: string) => void;
  /** What tells its buttons from another comment's by the same person on the same answer (its first words), or ''. */
  apart: string;
  onEdit: (edit: DraftEdit) => void;
  /** A fresh id for a reply, unique across every reviewer's copy. */
  newId: () => string;
  now: () => string;
}) {
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
