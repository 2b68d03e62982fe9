import { anchoredText, commentRecord, type Comment, type Draft } from '../model';
import { blockText, type Block, type MouDocument } from './model';
import { documentDraft } from './view/text';

/**
 * The block a comment is about: among its section's blocks, the one holding its record (a
 * signature block names it), else the first that prints its field's words (or its record's
 * name), else the section's heading; a section that prints nothing takes it on the title.
 */
function targetOf(blocks: readonly Block[], draft: Draft, comment: Comment): number {
  const { anchor } = comment;
  // Sources name the wizard's steps, as anchors do: "agencies" prints as the signature pages, "basics" as the cover.
  const inSection = blocks.flatMap((block, index) => (block.source?.section === anchor.section ? [index] : []));
  if (anchor.recordId !== null) {
    const own = inSection.find((i) => blocks[i]!.source?.recordId === anchor.recordId);
    if (own !== undefined && anchor.field === null) return own;
  }
  const words = anchoredText(draft, anchor);
  const record = commentRecord(draft, anchor)?.record;
  const name = record && 'name' in record && typeof record.name === 'string' ? record.name.trim() : '';
  for (const needle of [words, name]) {
    if (!needle) continue;
    const found = inSection.find((i) => blockText(blocks[i]!).includes(needle));
    if (found !== undefined) return found;
  }
  const heading = inSection.find((i) => blocks[i]!.type === 'heading' || blocks[i]!.type === 'title');
  return heading ?? inSection.find((i) => blockText(blocks[i]!) !== '') ?? Math.max(0, blocks.findIndex((b) => b.type === 'title'));
}

/**
 * The document with the draft's open comments on the blocks they are about, for a draft sent
 * back to its reviewers: each comment keeps its author, time and replies, and says what it is
 * about when that is a field or record. Resolved comments are left out.
 */
export function withOpenComments(doc: MouDocument, draft: Draft, about: (comment: Comment) => string): MouDocument {
  const blocks = doc.blocks.map((block) => ({ ...block }));
  // Its words are sought as the document printed them (typographic quotes and all).
  const printed = documentDraft(draft);
  for (const comment of draft.comments) {
    if (comment.status !== 'open') continue;
    const target = blocks[targetOf(blocks, printed, comment)];
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
