/** cookie-without-secure, cookie-over-http, secure-cookie-over-http. */
import { domainMatch, isLoopback } from '../../cookie/domain';
import { fixFor } from '../fixes';
import { capitalise, cookieLabel, lineEvidence, lowerOneStep, makeFinding } from '../finding';
import type { AuditedCookie, Rule, RuleContext } from '../rule-context';
import type { Finding } from '../types';
import { latestRejection } from './diagnostics';

// Six months, the HSTS max-age FINDINGS.md asks for before it lowers the severity.
const HSTS_MIN_AGE = 182 * 24 * 60 * 60;

export const cookieWithoutSecure: Rule = (ctx) =>
  ctx.cookies.flatMap((c): Finding[] => {
    if (!c.live || !c.live.url.startsWith('https:') || c.live.stored.secure) return [];
    const covered = hstsCovers(ctx, c);
    const base = c.sessionLike ? 'high' : 'medium';
    const host = c.live.stored.domain;
    const hsts = covered ? ` The site's HSTS (max-age ${ctx.hsts?.maxAge ?? 0} s) keeps browsers that have seen it on HTTPS, which lowers the risk.` : '';
    return [
      makeFinding(ctx, c, {
        ruleId: 'cookie-without-secure',
        severity: covered ? lowerOneStep(base) : base,
        message: `${capitalise(cookieLabel(c))} is set over HTTPS without Secure, so the browser also sends it in clear with any plain-HTTP request to ${host}.${hsts}`,
        evidence: lineEvidence(ctx, c.live.line, c.live.fromJar),
        fix: fixFor('secure', c.framework),
      }),
    ];
  });

/**
 * HSTS protects only the hosts it was sent for: a host-only cookie on the site's host, or a domain
 * cookie for the site's host when HSTS includes subdomains. A cookie for a parent domain also goes
 * to siblings HSTS says nothing about.
 */
function hstsCovers(ctx: RuleContext, c: AuditedCookie): boolean {
  const hsts = ctx.hsts;
  if (!hsts || hsts.maxAge < HSTS_MIN_AGE || !c.live) return false;
  const { domain, hostOnly } = c.live.stored;
  if (hostOnly) return domain === ctx.siteHost || (hsts.includeSubDomains && domainMatch(domain, ctx.siteHost));
  return hsts.includeSubDomains && domainMatch(domain, ctx.siteHost);
}

export const cookieOverHttp: Rule = (ctx) =>
  ctx.cookies.flatMap((c): Finding[] => {
    // Only loopback stores a Secure cookie from http:// (a secure context), and then nothing is wrong.
    if (!c.live || !c.live.url.startsWith('http:') || c.live.stored.secure) return [];
    const loopback = isLoopback(c.live.stored.domain);
    const severity = loopback ? 'info' : c.sessionLike ? 'high' : 'low';
    const why = loopback
      ? 'a loopback address never leaves the machine, so this only matters once the site is deployed'
      : 'anyone on the network path can read and replay it';
    return [
      makeFinding(ctx, c, {
        ruleId: 'cookie-over-http',
        severity,
        message: `${capitalise(cookieLabel(c))} is set by a plain http:// response: ${why}.`,
        evidence: lineEvidence(ctx, c.live.line, c.live.fromJar),
        fix: loopback ? 'Serve the deployed site over HTTPS only, and mark the cookie Secure there.' : `Serve the site over HTTPS only (redirect http:// and send HSTS). ${fixFor('secure', c.framework)}`,
      }),
    ];
  });

const SECURE_FROM_HTTP = new Set(['secure-from-insecure-origin'] as const);

export const secureCookieOverHttp: Rule = (ctx) =>
  ctx.cookies.flatMap((c): Finding[] => {
    const hit = latestRejection(c, SECURE_FROM_HTTP);
    if (!hit) return [];
    return [
      makeFinding(ctx, c, {
        ruleId: 'secure-cookie-over-http',
        severity: 'medium',
        message: `${capitalise(cookieLabel(c))} is marked Secure but set by a plain http:// response, so the browser refuses to store it.`,
        evidence: lineEvidence(ctx, hit.item.event.line),
        fix: 'Set the cookie from an https:// response (redirect http:// to https:// before setting cookies).',
      }),
    ];
  });
