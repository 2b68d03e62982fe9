import { TextRun } from 'docx';
import type { Inline } from '../../document/model';
import { assertNever } from '../../lib/assert-never';
import { oneLine, textLines } from './text';

/** The runs of some inlines: each text run keeps its bold and italic; a `break` is a line break. */
export function runs(content: readonly Inline[]): TextRun[] {
  return content.flatMap((inline): TextRun[] => {
    switch (inline.type) {
      case 'text': {
        // Only `true` is written: a `false` would override the bold of a style such as Table Heading.
        const look = { ...(inline.bold === true && { bold: true }), ...(inline.italic === true && { italics: true }) };
        return textLines(inline.text).map((line, index) => new TextRun({ ...look, text: line, break: index > 0 ? 1 : undefined }));
      }
      case 'break':
        return [new TextRun({ break: 1 })];
      default:
        return assertNever(inline, 'inline');
    }
  });
}

/** One run of a string the model keeps as plain text (headings, names), on one line. */
export function plainRun(text: string, look: { bold?: boolean } = {}): TextRun {
  return new TextRun({ text: oneLine(text), ...look });
}

// The strongly right-to-left scripts; a paragraph whose first letter is one of them is laid out
// right to left, as a browser does with dir="auto", so an Arabic or Hebrew line reads from the right.
const RTL = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const LETTER = /\p{L}/u;

/** `{ bidirectional: true }` when the text's first letter is in a right-to-left script. */
export function direction(text: string): { bidirectional?: true } {
  const first = LETTER.exec(text)?.[0];
  return first !== undefined && RTL.test(first) ? { bidirectional: true } : {};
}
