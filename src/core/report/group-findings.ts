/** Findings grouped per cookie, the group with the worst finding first, for the HTML report. */
import type { ReportFinding } from './report-types';
import { bySeverity, severityRank } from './severity-rank';

export interface FindingGroup {
  /** null for findings about the site as a whole. */
  cookie: ReportFinding['cookie'];
  /** Worst first. */
  findings: ReportFinding[];
}

export function groupByCookie(findings: readonly ReportFinding[]): FindingGroup[] {
  const groups = new Map<string, ReportFinding[]>();
  for (const finding of findings) {
    const { cookie } = finding;
    // JSON keeps name, domain and path apart; '' (site-wide) can never collide with an array.
    const key = cookie === null ? '' : JSON.stringify([cookie.name, cookie.domain, cookie.path]);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [finding]);
    else group.push(finding);
  }
  const list = [...groups.values()].map((members) => {
    const sorted = bySeverity(members);
    return { cookie: sorted[0]?.cookie ?? null, findings: sorted };
  });
  // Stable sort: equally bad groups keep the order of their first finding.
  return list.sort((a, b) => worst(a) - worst(b) || b.findings.length - a.findings.length);
}

function worst(group: FindingGroup): number {
  const first = group.findings[0];
  return first === undefined ? Infinity : severityRank(first.severity);
}
