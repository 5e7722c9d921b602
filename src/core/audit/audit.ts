/** Runs every rule over every site of the ledger. Pure: the ledger is read, never changed. */
import type { Ledger, SiteRecord } from '../ledger/types';
import { buildContext } from './build-context';
import { cookieSummary } from './cookie-summary';
import { RULE_CHECKS } from './rule-registry';
import { sortFindings } from './sort-findings';
import { summarise } from './summarise';
import type { AuditOptions, AuditResult, SiteAudit } from './types';

export function audit(ledger: Ledger, options: AuditOptions): AuditResult {
  const wanted = options.sites ? new Set(options.sites) : null;
  const sites = Object.values(ledger.sites)
    .filter((site) => wanted === null || wanted.has(site.site))
    .sort((a, b) => b.lastSeen - a.lastSeen || (a.site < b.site ? -1 : a.site > b.site ? 1 : 0));
  return { generatedAt: options.now, sites: sites.map((site) => auditSite(site, options)) };
}

export function auditSite(site: SiteRecord, options: AuditOptions): SiteAudit {
  const ctx = buildContext(site, options);
  const findings = sortFindings(Object.values(RULE_CHECKS).flatMap((rule) => rule(ctx)));
  const cookies = ctx.cookies.map((c) => cookieSummary(ctx, c));
  return {
    site: site.site,
    responses: site.responses,
    firstSeen: site.firstSeen,
    lastSeen: site.lastSeen,
    cookies,
    findings,
    summary: summarise(findings, cookies),
  };
}
