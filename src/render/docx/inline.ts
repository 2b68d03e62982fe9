import { DeletedTextRun, InsertedTextRun, TextRun } from 'docx';
import type { DocumentMeta, Inline } from '../../document/model';
import { assertNever } from '../../lib/assert-never';
import { oneLine, textLines } from './text';

/**
 * Who Word's tracked changes are by and when, with an id for each (a redline's insertions and
 * deletions). Ids start high so that they never meet a comment's.
 */
export class TrackedChanges {
  private id = 10_000;
  readonly author: string;
  readonly date: string;

  constructor(meta: DocumentMeta) {
    this.author = oneLine(meta.redline?.author ?? 'CSEC Protocol & MOU Wizard');
    this.date = meta.redline?.date ?? `${meta.createdOn}T00:00:00Z`;
  }

  next(): { id: number; author: string; date: string } {
    return { id: this.id++, author: this.author, date: this.date };
  }
}

type Run = TextRun | InsertedTextRun | DeletedTextRun;

/**
 * The runs of some inlines: each text run keeps its bold and italic; a `break` is a line break;
 * a redline's insertions and deletions are Word's tracked changes.
 */
export function runs(content: readonly Inline[], tracked: TrackedChanges, lang?: string): Run[] {
  const language = inLanguage(lang);
  return content.flatMap((inline): Run[] => {
    switch (inline.type) {
      case 'text':
      case 'insertion':
      case 'deletion': {
        // Only `true` is written: a `false` would override the bold of a style such as Table Heading.
        const look = { ...(inline.bold === true && { bold: true }), ...(inline.italic === true && { italics: true }), ...language };
        return textLines(inline.text).map((line, index) => {
          const options = { ...look, text: line, break: index > 0 ? 1 : undefined };
          if (inline.type === 'insertion') return new InsertedTextRun({ ...options, ...tracked.next() });
          if (inline.type === 'deletion') return new DeletedTextRun({ ...options, ...tracked.next() });
          return new TextRun(options);
        });
      }
      case 'break':
        return [new TextRun({ break: 1 })];
      default:
        return assertNever(inline, 'inline');
    }
  });
}

/** One run of a string the model keeps as plain text (headings, names), on one line. */
export function plainRun(text: string, look: { bold?: boolean } = {}, lang?: string): TextRun {
  return new TextRun({ text: oneLine(text), ...look, ...inLanguage(lang) });
}

/**
 * A run's language, where it is not the document's (the default run's, styles.ts): Word's
 * proofing and a screen reader's voice follow it (WCAG 3.1.2).
 */
const inLanguage = (lang: string | undefined) => (lang ? { language: { value: lang } } : {});

// The strongly right-to-left scripts; a paragraph whose first letter is one of them is laid out
// right to left, as a browser does with dir="auto", so an Arabic or Hebrew line reads from the right.
const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const LETTER = /\p{L}/u;

/** `{ bidirectional: true }` when the text's first letter is in a right-to-left script. */
export function direction(text: string): { bidirectional?: true } {
  const first = LETTER.exec(text)?.[0];
  return first !== undefined && RTL.test(first) ? { bidirectional: true } : {};
}

/**
 * A paragraph wholly added or removed in a redline has its paragraph mark tracked too, so that
 * accepting the change in Word adds or removes the whole paragraph, not only its words.
 */
export function trackedMark(content: readonly Inline[], tracked: TrackedChanges): { run?: { insertion?: ReturnType<TrackedChanges['next']>; deletion?: ReturnType<TrackedChanges['next']> } } {
  const words = content.filter((inline) => inline.type !== 'break');
  if (words.length === 0) return {};
  if (words.every((inline) => inline.type === 'deletion')) return { run: { deletion: tracked.next() } };
  if (words.every((inline) => inline.type === 'insertion')) return { run: { insertion: tracked.next() } };
  return {};
}
