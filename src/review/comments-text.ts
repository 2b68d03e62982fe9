import { momentInWords } from '../lib/dates';
import { ANSWER_CHANGED, answerChangedSince, commentState, type CommentState, type Draft } from '../model';
import { choiceWords, commentAbout, commentsOn, REVIEW_STATUS_WORDS } from '../wizard/comment-places';
import { STEPS, stepTitle } from '../wizard/steps';
import { plural } from '../lib/words';

export { choiceWords, commentAbout };

/** Indents every line of a text typed by a person, so that its own newlines stay inside its entry. */
const indented = (text: string, by: string) => text.split('\n').map((line) => `${by}${line}`).join('\n');

/**
 * The draft's comments and verdicts in words, part by part in the order of the wizard: each
 * reviewer's verdict, then each comment (open ones first) with what it is about, who wrote it
 * when, and its replies. `openOnly` leaves resolved and withdrawn comments out.
 */
export function commentsInWords(draft: Draft, { openOnly = false }: { openOnly?: boolean } = {}): string[] {
  const lines: string[] = [];
  for (const step of STEPS) {
    const comments = commentsOn(draft, step.id).filter((c) => !openOnly || commentState(c) === 'open');
    const verdicts = draft.sectionReviews.filter((r) => r.section === step.id);
    if (comments.length === 0 && verdicts.length === 0) continue;
    lines.push(stepTitle(step));
    for (const v of verdicts) lines.push(`  verdict   ${v.reviewer}: ${REVIEW_STATUS_WORDS[v.status].toLowerCase()} (${momentInWords(v.at)})`);
    for (const comment of comments) {
      const changed = comment.editedAt ? ` (changed ${momentInWords(comment.editedAt)})` : '';
      lines.push(`  ${commentState(comment).padEnd(10)}${commentAbout(draft, comment)} — ${comment.author}, ${momentInWords(comment.at)}${changed}`);
      lines.push(indented(comment.text, '            '));
      if (answerChangedSince(draft, comment)) lines.push(`            ${ANSWER_CHANGED}`);
      for (const reply of comment.replies) {
        lines.push(`            reply: ${reply.author}, ${momentInWords(reply.at)}`);
        lines.push(indented(reply.text, '              '));
      }
      if (comment.withdrawal?.withdrawn) lines.push(`            withdrawn by ${comment.author}, ${momentInWords(comment.withdrawal.at)}`);
      else if (comment.status === 'resolved' && comment.statusBy) lines.push(`            resolved by ${comment.statusBy}${comment.statusAt ? `, ${momentInWords(comment.statusAt)}` : ''}`);
    }
  }
  const counted = (state: CommentState) => draft.comments.filter((c) => commentState(c) === state).length;
  const withdrawn = counted('withdrawn');
  lines.push(`${plural(counted('open'), 'open comment')}, ${counted('resolved')} resolved${withdrawn > 0 ? `, ${withdrawn} withdrawn` : ''}.`);
  return lines;
}
