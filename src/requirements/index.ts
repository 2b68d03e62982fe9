export { RULES } from './catalogue';
export { checkDraft, DEFAULT_CONFIG, hasBlocking, openFindings } from './check-draft';
export { AB_1227_EFFECTIVE, ab1227Applies, requiredRoles } from './partners';
export type { CheckConfig, Finding, Rule, Severity } from './types';
export { groupFindings, summarizeFindings } from './summary';
