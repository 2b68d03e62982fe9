import { describe, expect, it } from 'vitest';
import { buildDocument, plainText, typographic } from '../../src/document';
import { checkDraft } from '../../src/requirements';
import { completeDraft, TODAY, withChange } from '../support/drafts';

describe('typographic quotes in the printed documents', () => {
  it.each([
    ["the county's plan", 'the county’s plan'],
    ["the parents' attorneys", 'the parents’ attorneys'],
    ["O'Brien", 'O’Brien'],
    ['called "Safe Place" locally', 'called “Safe Place” locally'],
    ['"Quoted" at the start', '“Quoted” at the start'],
    ["a 'safe house' (the \"hub\")", 'a ‘safe house’ (the “hub”)'],
    ['a dash—"then a quote"', 'a dash—“then a quote”'],
  ])('sets %j as %j', (typed, printed) => {
    expect(typographic(typed)).toBe(printed);
  });

  it('leaves text without straight quotes as it is, the same string', () => {
    const text = 'No quotes here, and “curly” ones stay.';
    expect(typographic(text)).toBe(text);
  });

  it('prints the committee’s text with them, while the draft keeps what was typed', () => {
    const draft = withChange(completeDraft(), (d) => {
      d.sections.purpose.text = 'The county\'s "one door" for youth.';
    });
    const doc = buildDocument(draft, { marking: 'draft', today: TODAY, findings: checkDraft(draft, { today: TODAY }) });
    const texts = doc.blocks.map((b) => (b.type === 'paragraph' ? plainText(b.content) : ''));
    expect(texts).toContain('The county’s “one door” for youth.');
    expect(draft.sections.purpose.text).toBe('The county\'s "one door" for youth.');
  });
});
