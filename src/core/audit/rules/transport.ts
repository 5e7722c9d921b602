/** cookie-without-secure, cookie-over-http, secure-cookie-over-http. */
import { domainMatch, isLoopback } from '../../cookie/domain';
import { fixFor } from '../fixes';
import { phrase } from '../../i18n/phrase';
import { cookieLabelStart, lineEvidence, lowerOneStep, makeFinding } from '../finding';
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
    return [
      makeFinding(ctx, c, {
        ruleId: 'cookie-without-secure',
        severity: covered ? lowerOneStep(base) : base,
        message: covered
          ? phrase('findingWithoutSecureHsts', cookieLabelStart(c), host, String(ctx.hsts?.maxAge ?? 0))
          : phrase('findingWithoutSecure', cookieLabelStart(c), host),
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
    return [
      makeFinding(ctx, c, {
        ruleId: 'cookie-over-http',
        severity,
        message: phrase(loopback ? 'findingOverHttpLoopback' : 'findingOverHttp', cookieLabelStart(c)),
        evidence: lineEvidence(ctx, c.live.line, c.live.fromJar),
        fix: loopback ? phrase('fixServeHttpsDeployed') : phrase('fixServeHttps', fixFor('secure', c.framework)),
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
        message: phrase('findingSecureOverHttp', cookieLabelStart(c)),
        evidence: lineEvidence(ctx, hit.item.event.line),
        fix: phrase('fixSetFromHttps'),
      }),
    ];
  });
