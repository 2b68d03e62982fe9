import { quote, sentences } from './sentences';

// Since SB 1322 (2016), PC 647(b) and 653.22 do not apply to anyone under 18, so a protocol that
// plans to arrest, cite, charge, book or prosecute a minor for them plans an unlawful act. A
// sentence is such a plan when it names the enforcement, the offence and a minor, all three.

// "in charge of" and "free of charge" name no charge against anyone.
const ENFORCEMENT =
  /\b(?:arrest(?:s|ed|ing)?|cite[sd]?|citing|citations?|(?<!\bin |\bof )(?:charge[sd]?|charging)|book(?:s|ed|ing)?|prosecut(?:e[sd]?|ing|ions?))\b/i;

// 647(b) ends in a bracket, where \b cannot follow it.
const OFFENCE = /\b(?:prostitut\w*|solicit\w*|loitering\b|647\s?\(b\)|647b\b|653\.22\b)/i;

const MINOR_WORD =
  'minors?|child(?:ren)?|youths?|juveniles?|girls?|boys?|teens?|teenagers?|adolescents?|csec';
// Agencies and places ("Children and Family Services", "juvenile hall") name no minor. "Under 18"
// is how texts name a minor, recognised as words; the age the law gives is in the statute data.
const MINOR = new RegExp(
  `\\b(?:(?:${MINOR_WORD})\\b(?!\\s+(?:and\\s+family|welfare|protective|hall|court|probation|detention|justice)\\b)|under\\s+(?:the\\s+age\\s+of\\s+)?18\\b)`,
  'i',
);

// Any negation in the sentence rules the plan out: protocols state the prohibition far more
// often than they plan the act, and "Arresting minors for prostitution is not permitted" puts
// the negation after the verb, so its position cannot decide. Verbs that say "not" count too
// ("refrain from arresting", "avoid citing", "are barred from"). A contraction's apostrophe is
// straight as typed or typographic (’) as Word and the documents write it.
const NEGATION =
  /\b(?:not|never|no|none|nor|neither|without|cannot|(?:can|won|shan|don|doesn|didn|isn|aren|wasn|weren|shouldn|wouldn|mustn)['’]t|rather\s+than|instead\s+of|in\s+lieu\s+of|prohibit\w*|forbid\w*|refrain\w*|avoid\w*|preclud\w*|barred)(?![\w'’])/i;

// Enforcement against the adults who exploit the child is lawful and expected.
const ADULT_TARGET = new RegExp(
  [
    '\\b(?:sex\\s+)?(?:buyers?|purchasers?|johns?|exploiters?|traffickers?|pimps?|adults?|customers?)\\b',
    '\\b(?:buy(?:s|ing)?|purchas(?:e|es|ing)|pay(?:s|ing)?\\s+for)\\s+sex\\b',
    `\\bsolicit\\w*\\s+(?:(?:a|an|the)\\s+)?(?:${MINOR_WORD})\\b`,
  ].join('|'),
  'i',
);

function plansToChargeAMinor(sentence: string): boolean {
  return (
    ENFORCEMENT.test(sentence) &&
    OFFENCE.test(sentence) &&
    MINOR.test(sentence) &&
    !NEGATION.test(sentence) &&
    !ADULT_TARGET.test(sentence)
  );
}

/**
 * The first sentence of `text` that plans to arrest, cite, charge, book or prosecute a minor for
 * prostitution or loitering with intent (PC 647(b), 653.22), quoted (at most 200 characters), or
 * null when there is none.
 */
export function findChargePlan(text: string): string | null {
  const plan = sentences(text).find(plansToChargeAMinor);
  return plan === undefined ? null : quote(plan);
}
