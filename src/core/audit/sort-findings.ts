import { SEVERITIES, type Finding } from './types';
import { RULES } from './rule-catalogue';

const RULE_ORDER = new Map(RULES.map((r, i) => [r.id, i]));

/** Worst first; the site's own before third-party; then catalogue order, then by cookie. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      Number(a.thirdParty) - Number(b.thirdParty) ||
      (RULE_ORDER.get(a.ruleId) ?? RULES.length) - (RULE_ORDER.get(b.ruleId) ?? RULES.length) ||
      compare(a.cookie?.name ?? '', b.cookie?.name ?? '') ||
      compare(a.cookie?.domain ?? '', b.cookie?.domain ?? '') ||
      compare(a.cookie?.path ?? '', b.cookie?.path ?? ''),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
