import { anchoredText, commentRecord, commentState, type Comment, type Draft } from '../model';
import { blockText, type Block, type MouDocument } from './model';
import { documentDraft, typographic } from './view/text';

/**
 * The block a comment is about: among its section's blocks, the one holding its record (a
 * signature block, or the heading an agency, tier or added section prints under), or, for a
 * field, the first of the record's own blocks that prints the field's words; else the first block
 * of the section that prints the field's words (or what its choices print as, `printedAs`, or its
 * record's name), else the section's heading; a section that prints nothing takes it on the title.
 */
function targetOf(blocks: readonly Block[], draft: Draft, comment: Comment, printedAs: readonly string[]): number {
  const { anchor } = comment;
  const found = commentRecord(draft, anchor);
  // Sources name the wizard's steps, as anchors do: "agencies" prints as the signature pages,
  // "basics" as the cover. An added section prints apart from the step it is written on.
  const inSection = blocks.flatMap((block, index) => (found?.list === 'customSections'
    ? block.source?.section === 'custom' && block.source.recordId === anchor.recordId
    : block.source?.section === anchor.section) ? [index] : []);
  const words = anchoredText(draft, anchor);
  const own = anchor.recordId === null ? undefined : inSection.find((i) => blocks[i]!.source?.recordId === anchor.recordId);
  if (own !== undefined) {
    if (anchor.field === null) return own;
    // Under the record's own heading only: two agencies' answers may begin alike.
    return (words ? recordBlocks(blocks, inSection, own).find((i) => blockText(blocks[i]!).includes(words)) : undefined) ?? own;
  }
  const record = found?.record;
  const name = record && 'name' in record && typeof record.name === 'string' ? record.name.trim() : '';
  for (const needle of [words, ...printedAs.flatMap((text) => [text, typographic(text)]), name]) {
    if (!needle) continue;
    const at = inSection.find((i) => blockText(blocks[i]!).includes(needle));
    if (at !== undefined) return at;
  }
  const heading = inSection.find((i) => blocks[i]!.type === 'heading' || blocks[i]!.type === 'title');
  return heading ?? inSection.find((i) => blockText(blocks[i]!) !== '') ?? Math.max(0, blocks.findIndex((b) => b.type === 'title'));
}

/** A record's heading and what follows it, up to the next heading of its level or above. */
function recordBlocks(blocks: readonly Block[], inSection: readonly number[], own: number): number[] {
  const head = blocks[own]!;
  if (head.type !== 'heading') return [own];
  const after = inSection.filter((i) => i > own);
  const end = after.findIndex((i) => { const block = blocks[i]!; return block.type === 'heading' && block.level <= head.level; });
  return [own, ...(end < 0 ? after : after.slice(0, end))];
}

/**
 * The document with the draft's open comments on the blocks they are about, for a draft sent
 * back to its reviewers: each comment keeps its author, time and replies, and says what it is
 * about when that is a field or record (`about`, in the wizard's words, as `printedAs`: the words
 * an answer of choices prints as, which the draft does not hold). Resolved comments are left out.
 */
export function withOpenComments(doc: MouDocument, draft: Draft, about: (comment: Comment) => string, printedAs: (comment: Comment) => string[] = () => []): MouDocument {
  const blocks = doc.blocks.map((block) => ({ ...block }));
  // Its words are sought as the document printed them (typographic quotes and all).
  const printed = documentDraft(draft);
  for (const comment of draft.comments) {
    if (commentState(comment) !== 'open') continue;
    const target = blocks[targetOf(blocks, printed, comment, printedAs(comment))];
    if (!target) continue;
    // A comment on a whole section sits on its heading, which says enough; one on a field or a record says which.
    const label = comment.anchor.field !== null || comment.anchor.recordId !== null ? about(comment) : '';
    target.comments = [...(target.comments ?? []), {
      author: comment.author,
      at: comment.at,
      text: label ? `On ${label}: ${comment.text}` : comment.text,
      replies: comment.replies.map(({ author, at, text }) => ({ author, at, text })),
    }];
  }
  return { ...doc, blocks };
}
