/** cookie-header-too-large, too-many-cookies: what the simulated jar would hold and send. */
import { registrableDomain } from '../../cookie/domain';
import { formatCount, makeFinding, urlEvidence } from '../finding';
import type { Rule } from '../rule-context';

// Apache's LimitRequestFieldSize default; nginx's 8k header buffer is 8192 bytes for the whole line.
const HEADER_LIMIT = 8190;
// Firefox starts evicting past 150 cookies per site; Chrome past 180.
const COOKIES_PER_DOMAIN = 150;

export const cookieHeaderTooLarge: Rule = (ctx) => {
  const largest = ctx.jar.largestHeader;
  if (!largest || largest.bytes <= HEADER_LIMIT) return [];
  return [
    makeFinding(ctx, null, {
      ruleId: 'cookie-header-too-large',
      severity: 'medium',
      message: `The browser would send ${formatCount(largest.bytes)} bytes of cookies to ${urlEvidence(ctx, largest.url)}, more than common servers accept in one header (Apache 8190, nginx 8 KB), so such requests fail with 400 or 431.`,
      evidence: `Cookie header of ${formatCount(largest.bytes)} bytes from ${largest.cookies} cookies for ${urlEvidence(ctx, largest.url)} (limit ${formatCount(HEADER_LIMIT)})`,
      fix: 'Remove cookies the server does not need and keep large data server-side; scope cookies with Path or a separate host so that fewer travel with each request.',
    }),
  ];
};

export const tooManyCookies: Rule = (ctx) =>
  ctx.jar.perDomain
    .filter((d) => d.cookies > COOKIES_PER_DOMAIN)
    .map((d) =>
      makeFinding(ctx, null, {
        ruleId: 'too-many-cookies',
        severity: 'medium',
        message: `The browser would hold ${d.cookies} live cookies for ${d.domain}, past Firefox's quota of 150 (Chrome's is 180), so it starts evicting them, possibly the session.`,
        evidence: `${d.cookies} live cookies for ${d.domain} (Firefox evicts past 150, Chrome past 180)`,
        fix: 'Consolidate cookies (one cookie with several values, or server-side state) and delete the ones no longer used.',
        thirdParty: d.domain !== registrableDomain(ctx.siteHost),
      }),
    );
