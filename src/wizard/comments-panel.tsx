import { useId, useState, type FormEvent } from 'react';
import { momentInWords } from '../lib/dates';
import { REVIEW_STATUSES, type Comment, type Draft, type DraftEdit, type ReviewStatus } from '../model';
import { commentAbout, commentPlaces, commentsOn, placeKey, REVIEW_STATUS_WORDS } from './comment-places';
import { useYourName } from './your-name';
import type { StepId } from './steps';

interface Props {
  draft: Draft;
  step: StepId;
  /** A reviewer gives a verdict on the section; the committee answers and resolves. */
  reviewing: boolean;
  onEdit: (edit: DraftEdit) => void;
  /** A fresh id for a comment or reply, unique across every reviewer's copy. */
  newId?: () => string;
  now?: () => string;
}

const randomId = () => crypto.randomUUID();
const isoNow = () => new Date().toISOString();

/** A name field shared by every form here: filled with the name last used in this browser. */
function NameField({ id, value, error, onChange }: { id: string; value: string; error: string | null; onChange: (name: string) => void }) {
  return (
    <div className={`usa-form-group${error ? ' usa-form-group--error' : ''}`}>
      <label className="usa-label" htmlFor={id}>Your name (and organization)</label>
      {error && <span className="usa-error-message" id={`${id}-error`} role="alert">{error}</span>}
      <input id={id} className={`usa-input${error ? ' usa-input--error' : ''}`} autoComplete="name" value={value}
        aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} onChange={(e) => onChange(e.currentTarget.value)} />
    </div>
  );
}

/** Checks a form's name and text, focusing the first that is missing; returns the error words by field. */
function check(fields: Array<{ id: string; value: string; missing: string }>): Record<string, string> {
  const errors = Object.fromEntries(fields.filter((f) => !f.value.trim()).map((f) => [f.id, f.missing]));
  const first = fields.find((f) => errors[f.id]);
  if (first) document.getElementById(first.id)?.focus();
  return errors;
}

/** One comment: what it is about, who wrote it when, its replies, and answering or resolving it. */
function CommentItem({ draft, comment, onEdit, newId, now }: { draft: Draft; comment: Comment } & Required<Pick<Props, 'onEdit' | 'newId' | 'now'>>) {
  const you = useYourName();
  const [replying, setReplying] = useState(false);
  const [text, setText] = useState('');
  const [name, setName] = useState(you.get);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const base = `comment-${comment.id}`;
  const open = comment.status === 'open';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = check([{ id: `${base}-reply`, value: text, missing: 'Write your reply.' }, { id: `${base}-name`, value: name, missing: 'Enter your name, so the others know who replied.' }]);
    setErrors(found);
    if (Object.keys(found).length) return;
    you.remember(name);
    onEdit({ kind: 'reply', commentId: comment.id, reply: { id: newId(), author: name.trim(), at: now(), text: text.trim() } });
    setText('');
    setReplying(false);
    requestAnimationFrame(() => document.getElementById(`${base}-heading`)?.focus());
  };
  const decide = () => {
    const by = you.get().trim();
    if (!by) {
      setReplying(true);
      setErrors({ [`${base}-name`]: `Enter your name before you ${open ? 'resolve' : 'reopen'} the comment.` });
      requestAnimationFrame(() => document.getElementById(`${base}-name`)?.focus());
      return;
    }
    onEdit({ kind: 'commentStatus', commentId: comment.id, status: open ? 'resolved' : 'open', by, at: now() });
    requestAnimationFrame(() => document.getElementById(`${base}-heading`)?.focus());
  };
  return (
    <li className={`comment comment--${comment.status}`} data-testid="comment" data-comment-id={comment.id}>
      <h4 className="comment__about" id={`${base}-heading`} tabIndex={-1}>
        <span className={`usa-tag comment__tag comment__tag--${comment.status}`}>{open ? 'Open' : 'Resolved'}</span> {commentAbout(draft, comment)}
      </h4>
      <p className="comment__meta">{comment.author}, {momentInWords(comment.at)}</p>
      <p className="comment__text">{comment.text}</p>
      {comment.replies.length > 0 && (
        <ol className="comment__replies" aria-label={`Replies to ${comment.author}`}>
          {comment.replies.map((reply) => (
            <li key={reply.id} className="comment__reply">
              <p className="comment__meta">{reply.author}, {momentInWords(reply.at)}</p>
              <p className="comment__text">{reply.text}</p>
            </li>
          ))}
        </ol>
      )}
      {!open && comment.statusBy && <p className="comment__meta">Resolved by {comment.statusBy}{comment.statusAt ? `, ${momentInWords(comment.statusAt)}` : ''}.</p>}
      {replying ? (
        <form noValidate className="comment__form" onSubmit={submit}>
          <div className={`usa-form-group${errors[`${base}-reply`] ? ' usa-form-group--error' : ''}`}>
            <label className="usa-label" htmlFor={`${base}-reply`}>Your reply to {comment.author}</label>
            {errors[`${base}-reply`] && <span className="usa-error-message" id={`${base}-reply-error`} role="alert">{errors[`${base}-reply`]}</span>}
            <textarea id={`${base}-reply`} className="usa-textarea comment__textarea" value={text} rows={3}
              aria-invalid={errors[`${base}-reply`] ? true : undefined} aria-describedby={errors[`${base}-reply`] ? `${base}-reply-error` : undefined}
              onChange={(e) => setText(e.currentTarget.value)} />
          </div>
          <NameField id={`${base}-name`} value={name} error={errors[`${base}-name`] ?? null} onChange={setName} />
          <div className="comment__actions">
            <button type="submit" className="usa-button">Add the reply</button>
            <button type="button" className="usa-button usa-button--unstyled link-button" onClick={() => { setReplying(false); setErrors({}); }}>Cancel</button>
          </div>
        </form>
      ) : (
        <div className="comment__actions">
          <button type="button" className="usa-button usa-button--outline" onClick={() => { setReplying(true); requestAnimationFrame(() => document.getElementById(`${base}-reply`)?.focus()); }}>
            Reply<span className="visually-hidden"> to {comment.author}</span>
          </button>
          <button type="button" className="usa-button usa-button--outline" onClick={decide}>
            {open ? 'Resolve' : 'Reopen'}<span className="visually-hidden"> the comment about {commentAbout(draft, comment)}</span>
          </button>
        </div>
      )}
    </li>
  );
}

/** A reviewer's verdict on the section, with the others' verdicts beside it. */
function Verdicts({ draft, step, reviewing, onEdit, now }: Pick<Props, 'draft' | 'step' | 'reviewing' | 'onEdit'> & { now: () => string }) {
  const you = useYourName();
  const [name, setName] = useState(you.get);
  const [error, setError] = useState<string | null>(null);
  const nameId = `verdict-name-${step}`;
  const verdicts = draft.sectionReviews.filter((r) => r.section === step);
  const mine = verdicts.find((r) => r.reviewer === name.trim())?.status ?? 'not-reviewed';
  const choose = (status: ReviewStatus) => {
    if (!name.trim()) {
      setError('Enter your name before giving your verdict.');
      document.getElementById(nameId)?.focus();
      return;
    }
    setError(null);
    you.remember(name);
    onEdit({ kind: 'sectionReview', section: step, reviewer: name.trim(), status, at: now() });
  };
  return (
    <div className="verdicts">
      {verdicts.length > 0 && (
        <ul className="verdicts__list" data-testid="verdicts">
          {verdicts.map((v) => <li key={v.reviewer}><strong>{v.reviewer}</strong>: {REVIEW_STATUS_WORDS[v.status].toLowerCase()} ({momentInWords(v.at)})</li>)}
        </ul>
      )}
      {reviewing && (
        <>
          <NameField id={nameId} value={name} error={error} onChange={setName} />
          <fieldset className="usa-fieldset">
            <legend className="usa-legend">Your verdict on this section</legend>
            {REVIEW_STATUSES.map((status) => (
              <div key={status} className="usa-radio">
                <input className="usa-radio__input" type="radio" id={`verdict-${step}-${status}`} name={`verdict-${step}`} value={status}
                  checked={mine === status} onChange={() => choose(status)} />
                <label className="usa-radio__label" htmlFor={`verdict-${step}-${status}`}>{REVIEW_STATUS_WORDS[status]}</label>
              </div>
            ))}
          </fieldset>
        </>
      )}
    </div>
  );
}

/** The comments on one step: reading, writing, answering and resolving them, and the section's verdicts. */
export function CommentsPanel({ draft, step, reviewing, onEdit, newId = randomId, now = isoNow }: Props) {
  const you = useYourName();
  const places = commentPlaces(draft, step);
  const comments = commentsOn(draft, step);
  const open = comments.filter((c) => c.status === 'open').length;
  const [about, setAbout] = useState(placeKey(places[0]!.anchor));
  const [text, setText] = useState('');
  const [name, setName] = useState(you.get);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [said, setSaid] = useState('');
  const ids = useId();
  const textId = `${ids}-text`;
  const nameId = `${ids}-name`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = check([{ id: textId, value: text, missing: 'Write your comment.' }, { id: nameId, value: name, missing: 'Enter your name, so the committee knows who commented.' }]);
    setErrors(found);
    if (Object.keys(found).length) return;
    const chosen = places.find((p) => placeKey(p.anchor) === about) ?? places[0]!;
    you.remember(name);
    onEdit({ kind: 'comment', comment: { id: newId(), anchor: chosen.anchor, author: name.trim(), at: now(), text: text.trim() } });
    setText('');
    setSaid(`Your comment on ${chosen.label} is added.`);
  };
  return (
    <section className="panel comments" aria-labelledby={`comments-${step}`} data-testid="comments">
      <h3 id={`comments-${step}`}>Comments on this section{comments.length > 0 && <span className="comments__count"> ({open} open, {comments.length - open} resolved)</span>}</h3>
      <Verdicts draft={draft} step={step} reviewing={reviewing} onEdit={onEdit} now={now} />
      {comments.length === 0 ? <p className="usa-hint">No comments yet.</p> : (
        <ol className="comments__list">
          {comments.map((comment) => <CommentItem key={comment.id} draft={draft} comment={comment} onEdit={onEdit} newId={newId} now={now} />)}
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
        <div className={`usa-form-group${errors[textId] ? ' usa-form-group--error' : ''}`}>
          <label className="usa-label" htmlFor={textId}>Comment</label>
          {errors[textId] && <span className="usa-error-message" id={`${textId}-error`} role="alert">{errors[textId]}</span>}
          <textarea id={textId} className="usa-textarea comment__textarea" rows={4} value={text}
            aria-invalid={errors[textId] ? true : undefined} aria-describedby={errors[textId] ? `${textId}-error` : undefined}
            onChange={(e) => { setText(e.currentTarget.value); setSaid(''); }} />
        </div>
        <NameField id={nameId} value={name} error={errors[nameId] ?? null} onChange={setName} />
        <button type="submit" className="usa-button">Add the comment</button>
        <p className="status" role="status">{said}</p>
      </form>
    </section>
  );
}
