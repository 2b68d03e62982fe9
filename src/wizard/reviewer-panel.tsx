import { STEPS } from './steps';
import type { Draft } from '../model';

interface Props {
  draft: Draft;
  /** The name this browser signs comments with; '' before the first. */
  me: string;
  onSave: () => void;
  /** Said after the review file is saved. */
  saved: string | null;
}

/** For a reviewer: what the review holds so far, and saving it as the file the committee opens. */
export function ReviewerPanel({ draft, me, onSave, saved }: Props) {
  const mine = draft.comments.filter((c) => c.author === me);
  const verdicts = draft.sectionReviews.filter((r) => r.reviewer === me && r.status !== 'not-reviewed').length;
  return (
    <section className="panel reviewer" aria-labelledby="reviewer-heading" data-testid="reviewer-panel">
      <h2 id="reviewer-heading">Your review</h2>
      <p>
        {me ? <>{mine.length} {mine.length === 1 ? 'comment' : 'comments'} by {me}, and a verdict on {verdicts} of {STEPS.length} parts. </> : 'No comments yet. '}
        Your comments are kept in this browser as you write. Save your review file and send it to the committee: it holds
        the comments and verdicts only, not the draft, and the committee opens it on top of its own draft.
      </p>
      <button type="button" className="usa-button" onClick={onSave}>Save your review file</button>
      {saved && <p className="status" role="status" data-testid="review-saved">{saved}</p>}
    </section>
  );
}
