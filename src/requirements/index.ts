export { RULES } from './catalogue';
export { checkDraft, DEFAULT_CONFIG, hasBlocking } from './check-draft';
export { AB_1227_EFFECTIVE, ab1227Applies, requiredRoles } from './partners';
export type { CheckConfig, Finding, Rule, Severity } from './types';
export { groupFindings, SEVERITY_GROUPS, summarizeFindings } from './summary';
