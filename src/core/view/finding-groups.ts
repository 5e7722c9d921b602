/** Findings grouped by cookie, worst group first, after the severity filter and the name search. */
import { SEVERITIES, type CookieRef, type Finding, type Severity } from '../audit/types';
import { cookieKey } from './cookie-key';
import { rank } from './site-model';

export interface FindingGroup {
  key: string;
  /** null for findings about the site as a whole (cookie header size, cookie count). */
  cookie: CookieRef | null;
  worst: Severity;
  findings: Finding[];
}

export interface FindingFilter {
  /** Severities shown. */
  severities: ReadonlySet<Severity>;
  /** Case-insensitive part of a cookie name; '' shows everything. */
  query: string;
}

export const ALL_SEVERITIES: ReadonlySet<Severity> = new Set(SEVERITIES);

export function matchesQuery(name: string, query: string): boolean {
  const q = query.trim().toLowerCase();
  return q === '' || name.toLowerCase().includes(q);
}

export function groupFindings(findings: readonly Finding[], filter: FindingFilter): FindingGroup[] {
  const searching = filter.query.trim() !== '';
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    if (!filter.severities.has(f.severity)) continue;
    // Site-wide findings name no cookie, so a search for a cookie hides them.
    if (f.cookie ? !matchesQuery(f.cookie.name, filter.query) : searching) continue;
    const key = f.cookie ? cookieKey(f.cookie) : '';
    const group = groups.get(key);
    if (group) {
      group.findings.push(f);
      if (rank(f.severity) < rank(group.worst)) group.worst = f.severity;
    } else {
      groups.set(key, { key, cookie: f.cookie, worst: f.severity, findings: [f] });
    }
  }
  // Stable sort: within one severity, groups keep the order of their first finding in the audit.
  return [...groups.values()]
    .map((g) => ({ ...g, findings: [...g.findings].sort((a, b) => rank(a.severity) - rank(b.severity)) }))
    .sort((a, b) => rank(a.worst) - rank(b.worst));
}
