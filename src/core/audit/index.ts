/** The audit: ledger (+ jar snapshot) → findings per site, with a summary and a grade. */
export * from './types';
export { audit, auditSite } from './audit';
export { RULES, type RuleInfo } from './rule-catalogue';
export { summarise, gradeFor } from './summarise';
export { badgeCount } from './badge-count';
