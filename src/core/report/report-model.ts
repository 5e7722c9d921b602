/** AuditResult → the public report (report-types.ts), applying the value-redaction setting once. */
import {
  SEVERITIES,
  type AuditResult,
  type CookieSummary,
  type Finding,
  type Severity,
  type SiteAudit,
} from '../audit/types';
import type { DecodedSession } from '../session/types';
import { isoTime, isoTimeOr } from './iso-time';
import { payloadKeys, toJsonValue } from './json-value';
import type { AuditReport, ReportCookie, ReportFinding, ReportMeta, ReportSession, ReportSite } from './report-types';
import { bySeverity } from './severity-rank';

export const REDACTED = '‹redacted›';

export function buildReport(result: AuditResult, meta: ReportMeta): AuditReport {
  const generatedAt = isoTimeOr(result.generatedAt, 0);
  return {
    schemaVersion: 1,
    tool: { name: meta.toolName, version: meta.toolVersion },
    generatedAt,
    includeValues: meta.includeValues,
    sites: result.sites.map((site) => reportSite(site, meta.includeValues, result.generatedAt)),
  };
}

function reportSite(site: SiteAudit, includeValues: boolean, generatedAt: number): ReportSite {
  return {
    site: site.site,
    responses: count(site.responses),
    firstSeen: isoTimeOr(site.firstSeen, generatedAt),
    lastSeen: isoTimeOr(site.lastSeen, generatedAt),
    summary: {
      grade: site.summary.grade,
      score: Number.isFinite(site.summary.score) ? site.summary.score : 0,
      counts: severityCounts(site.summary.counts),
    },
    cookies: site.cookies.map((cookie) => reportCookie(cookie, includeValues)),
    findings: bySeverity(site.findings).map(reportFinding),
  };
}

function severityCounts(counts: Partial<Record<Severity, number>>): Record<Severity, number> {
  const entries = SEVERITIES.map((severity): [Severity, number] => [severity, count(counts[severity] ?? 0)]);
  return Object.fromEntries(entries) as Record<Severity, number>;
}

function reportCookie(cookie: CookieSummary, includeValues: boolean): ReportCookie {
  return {
    name: cookie.name,
    domain: cookie.domain,
    path: cookie.path,
    hostOnly: cookie.hostOnly,
    setCount: count(cookie.setCount),
    valueChanges: count(cookie.valueChanges),
    payloadChanges: count(cookie.payloadChanges),
    deletions: count(cookie.deletions),
    eligibleResponses: count(cookie.eligibleResponses),
    firstParty: cookie.firstParty,
    live: cookie.live,
    source: cookie.source,
    lastLine: cookie.lastLine,
    session: cookie.session === null ? null : reportSession(cookie.session, includeValues),
    timeline: cookie.timeline.flatMap((ms) => isoTime(ms) ?? []),
  };
}

function reportSession(session: DecodedSession, includeValues: boolean): ReportSession {
  const report: ReportSession = {
    format: session.format,
    compressed: session.compressed,
    issuedAt: session.issuedAt,
    signature: reportSignature(session.signature, includeValues),
    keys: payloadKeys(session.payload),
    attribution: session.attribution.map(({ key, library, meaning }) => ({ key, library, meaning })),
    sensitive: session.sensitive.map(({ key, kind }) => ({ key, kind })),
    warnings: [...session.warnings],
  };
  if (session.entropyBits !== undefined && Number.isFinite(session.entropyBits)) {
    report.entropyBits = session.entropyBits;
  }
  if (includeValues) report.payload = toJsonValue(session.payload);
  return report;
}

/**
 * A secret from the built-in list (marked by `knownSecret`) is published in docs and tutorials, so
 * printing it reveals nothing; a secret found through the user's own wordlist or --secret is theirs.
 */
function reportSignature(signature: DecodedSession['signature'], includeValues: boolean): ReportSession['signature'] {
  if (signature.secret === undefined) return { status: signature.status };
  const printable = includeValues || signature.knownSecret !== undefined;
  return { status: signature.status, secret: printable ? signature.secret : REDACTED };
}

function reportFinding(finding: Finding): ReportFinding {
  const { cookie } = finding;
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    cookie: cookie === null ? null : { name: cookie.name, domain: cookie.domain, path: cookie.path },
    thirdParty: finding.thirdParty,
    message: finding.message,
    evidence: finding.evidence,
    fix: finding.fix,
  };
}

/** Counts go into a schema that demands non-negative integers; anything else from upstream becomes 0. */
function count(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}
