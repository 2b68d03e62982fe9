import { describe, expect, it } from 'vitest';
import { commentPlaceOfAnswer } from '../../src/wizard/comment-places';
import { stepAnswers } from '../../src/wizard/answers';
import { STEPS } from '../../src/wizard/steps';
import { completeDraft, withChange } from '../support/drafts';

describe('the place a comment from the page of every answer is about', () => {
  const draft = completeDraft(['Lassen', 'Modoc']);

  it('is the answer’s own question, list, agency or tier: only a county’s approval blocks fall back to the whole section', () => {
    // Found by a review: every "Comment on …" but an agency's or a tier's began as a comment on the whole section.
    const without = STEPS.flatMap((step) => stepAnswers(draft, step.id)
      .filter((answer) => !commentPlaceOfAnswer(draft, step.id, answer.field, answer.item ?? null))
      .map((answer) => `${step.id}: ${answer.question}`));
    expect(without).toEqual(['agencies: Approval blocks, Lassen County', 'agencies: Approval blocks, Modoc County']);
  });

  it('names the same thing as the answer', () => {
    const about = (step: (typeof STEPS)[number]['id'], question: RegExp) => {
      const answer = stepAnswers(draft, step).find((a) => question.test(a.question))!;
      return commentPlaceOfAnswer(draft, step, answer.field, answer.item ?? null)?.label;
    };
    expect(about('training', /^How often/)).toBe('How often training is given');
    expect(about('basics', /^Kind of protocol$/)).toBe('Kind of protocol');
    const agency = draft.agencies[1]!.name;
    expect(about('roles', new RegExp(`^${agency}$`))).toBe(`${agency}: roles and responsibilities`);
    expect(about('agencies', new RegExp(`^${agency}$`))).toBe(agency);
    // An item of a list within a section (a term) has a place as the list.
    const withTerm = withChange(draft, (d) => { d.sections.definitions.terms = [{ term: 'Youth', definition: 'A person under 21.' }]; });
    const term = stepAnswers(withTerm, 'definitions').find((a) => a.item === 'terms.0')!;
    expect(commentPlaceOfAnswer(withTerm, 'definitions', term.field, term.item ?? null)?.anchor.field).toBe('sections.definitions.terms');
  });
});

describe('the question of a region whose counties answered differently on the CSEC Program', () => {
  const question = 'Counties of the region that have not elected to receive CSEC Program funds (optional)';
  const region = withChange(completeDraft(['Lassen', 'Modoc']), (d) => { d.countiesNotInCsecProgram = ['Modoc']; });

  it('is among the answers of the basics, with the place a comment on it is about, only where it is asked', () => {
    const answer = stepAnswers(region, 'basics').find((a) => a.question === question)!;
    expect(answer).toMatchObject({ answer: 'Modoc County', field: 'f-countiesNotInCsecProgram' });
    expect(commentPlaceOfAnswer(region, 'basics', answer.field, null)?.label).toBe(question);
    expect(stepAnswers(completeDraft(['Lassen']), 'basics').some((a) => a.question === question)).toBe(false);
    expect(stepAnswers(withChange(region, (d) => { d.participatesInCsecProgram = false; }), 'basics').some((a) => a.question === question)).toBe(false);
  });
});

