import { CALIFORNIA } from './law/california';
import type { Statute } from './law/statute';
import { completenessRules } from './rules/completeness';
import { documentRules } from './rules/document';
import { mdtRules } from './rules/mdt';
import { practiceRules } from './rules/practice';
import { reportingRules } from './rules/reporting';
import { teamRules } from './rules/team';
import type { Rule } from './types';

const [screening, infoSharing, training] = practiceRules as [Rule, Rule, Rule];

const built = new WeakMap<Statute, readonly Rule[]>();

/** Every check for a statute: the draft's completeness, then the order of sb855-requirements.md §5. */
export function rulesFor(statute: Statute): readonly Rule[] {
  let rules = built.get(statute);
  if (!rules) {
    rules = [...completenessRules, ...teamRules(statute), ...mdtRules, screening, ...reportingRules, infoSharing, training, ...documentRules];
    built.set(statute, rules);
  }
  return rules;
}

/** The checks for California law as it stands in the statute data. */
export const RULES: readonly Rule[] = rulesFor(CALIFORNIA);
