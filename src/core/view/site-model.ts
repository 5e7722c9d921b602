/**
 * What the popup and the report page show for one site: the audit's cookies joined with the
 * ledger's records (raw Set-Cookie history) and the browser's jar (current values), worst first.
 */
import { SEVERITIES, type CookieSummary, type Finding, type JarCookie, type Severity, type SiteAudit } from '../audit/types';
import type { CookieRecord, SiteRecord } from '../ledger/types';
import { cookieKey } from './cookie-key';

export interface CookieModel {
  key: string;
  summary: CookieSummary;
  record: CookieRecord | null;
  jar: JarCookie | null;
  /** The cookie's current value, for the reveal buttons: the last one set, else the jar's. */
  value: string | null;
  /** The worst severity among its findings, or null without findings. */
  worst: Severity | null;
}

export interface SiteModel {
  site: string;
  audit: SiteAudit;
  cookies: CookieModel[];
}

export function siteModel(audit: SiteAudit, record: SiteRecord | null, jar: readonly JarCookie[]): SiteModel {
  const records = new Map(Object.values(record?.cookies ?? {}).map((r) => [cookieKey(r), r]));
  const jarByKey = new Map(jar.map((j) => [cookieKey(j), j]));
  const worst = worstByCookie(audit.findings);
  const cookies = audit.cookies.map((summary): CookieModel => {
    const key = cookieKey(summary);
    const r = records.get(key) ?? null;
    const j = jarByKey.get(key) ?? null;
    const value = r && r.live && r.setCount > 0 ? r.lastValue : j?.value ?? null;
    return { key, summary, record: r, jar: j, value, worst: worst.get(key) ?? null };
  });
  return { site: audit.site, audit, cookies: cookies.sort(compareCookies) };
}

function worstByCookie(findings: readonly Finding[]): Map<string, Severity> {
  const worst = new Map<string, Severity>();
  for (const f of findings) {
    if (!f.cookie) continue;
    const key = cookieKey(f.cookie);
    const seen = worst.get(key);
    if (seen === undefined || rank(f.severity) < rank(seen)) worst.set(key, f.severity);
  }
  return worst;
}

export function rank(severity: Severity | null): number {
  return severity === null ? SEVERITIES.length : SEVERITIES.indexOf(severity);
}

/** Cookies with the worst findings first, then the most often set, then by name. */
function compareCookies(a: CookieModel, b: CookieModel): number {
  return (
    rank(a.worst) - rank(b.worst) ||
    b.summary.setCount - a.summary.setCount ||
    (a.summary.name < b.summary.name ? -1 : a.summary.name > b.summary.name ? 1 : 0) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}
