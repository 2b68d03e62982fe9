import { CommentRangeEnd, CommentRangeStart, CommentReference, Paragraph, TextRun } from 'docx';
import type { ICommentOptions, ParagraphChild } from 'docx';
import type { BlockComment } from '../../document/model';
import { textLines, xmlSafe } from './text';

/**
 * "Sam Ortiz, CalTA" → "SOC", "O'Brien <rev> & Co" → "ORC": Word shows the initials in the
 * comment's marker, so each is the first letter of a word, not a quote, bracket or ampersand.
 */
const initials = (name: string) => (name.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? []).slice(0, 3).map((word) => [...word][0]!.toUpperCase()).join('');

const paragraphs = (text: string) => textLines(xmlSafe(text)).map((line) => new Paragraph({ children: [new TextRun(line)] }));

/**
 * The comments of a Word file, numbered as they are placed: each block's comments and their
 * replies (threaded under them, as Word shows a conversation) get ids, and `around` wraps a
 * paragraph's content in their ranges, with the reference mark at its end.
 */
export class WordComments {
  readonly options: ICommentOptions[] = [];

  /** Numbers a block's comments and returns the range marks to put around its first paragraph's content. */
  around(comments: readonly BlockComment[] | undefined, content: ParagraphChild[]): ParagraphChild[] {
    if (!comments?.length) return content;
    const ids: number[] = [];
    for (const comment of comments) {
      const parent = this.add(comment);
      ids.push(parent);
      for (const reply of comment.replies) ids.push(this.add(reply, parent));
    }
    return [
      ...ids.map((id) => new CommentRangeStart(id)),
      ...content,
      ...ids.flatMap((id) => [new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })]),
    ];
  }

  private add({ author, at, text }: { author: string; at: string; text: string }, parentId?: number): number {
    const id = this.options.length;
    const date = new Date(at);
    this.options.push({
      id, author: xmlSafe(author), initials: xmlSafe(initials(author)), children: paragraphs(text),
      ...(Number.isNaN(date.getTime()) ? {} : { date }),
      ...(parentId === undefined ? {} : { parentId }),
    });
    return id;
  }
}
