/** Orders severities worst first, for sorting findings and groups. */
import { SEVERITIES, type Severity } from '../audit/types';

export function severityRank(severity: Severity): number {
  const rank = SEVERITIES.indexOf(severity);
  return rank === -1 ? SEVERITIES.length : rank;
}

export function bySeverity<T extends { severity: Severity }>(items: readonly T[]): T[] {
  // Array.prototype.sort is stable, so the audit's order survives within one severity.
  return [...items].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
}
