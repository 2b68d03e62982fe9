import { commentState, type Draft } from '../model';
import { STEPS } from './steps';
import { plural } from '../lib/words';

interface Props {
  draft: Draft;
  /** The name this browser signs comments with; '' before the first. */
  me: string;
  onSave: () => void;
}

/** For a reviewer: what the review holds so far, and saving it as the file the committee opens. */
export function ReviewerPanel({ draft, me, onSave }: Props) {
  const mine = draft.comments.filter((c) => c.author === me && commentState(c) !== 'withdrawn').length;
  const withdrawn = draft.comments.filter((c) => c.author === me && commentState(c) === 'withdrawn').length;
  const verdicts = draft.sectionReviews.filter((r) => r.reviewer === me && r.status !== 'not-reviewed').length;
  return (
    <section className="panel reviewer" aria-labelledby="reviewer-heading" data-testid="reviewer-panel">
      <h2 id="reviewer-heading">Your review</h2>
      <p>
        {me ? <>{plural(mine, 'comment')} by {me}{withdrawn > 0 && ` (and ${withdrawn} withdrawn)`}, and a verdict on {verdicts} of {STEPS.length} parts. </> : 'No comments yet. '}
        Your comments and verdicts are kept in this browser as you add them. Save your review file and send it to the committee: it holds
        the comments and verdicts only, not the draft, and the committee opens it on top of its own draft.
      </p>
      {/* When it was last saved is said once, with the page's saving status at the top. */}
      <button type="button" className="usa-button" onClick={onSave}>Save your review file</button>
    </section>
  );
}
