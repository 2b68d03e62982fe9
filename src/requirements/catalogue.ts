import { documentRules } from './rules/document';
import { mdtRules } from './rules/mdt';
import { practiceRules } from './rules/practice';
import { teamRules } from './rules/team';
import type { Rule } from './types';

/** Every check, in the order of sb855-requirements.md §5. */
export const RULES: readonly Rule[] = [...teamRules, ...mdtRules, ...practiceRules, ...documentRules];
