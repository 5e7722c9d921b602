/** cookie-header-too-large, too-many-cookies: what the simulated jar would hold and send. */
import { registrableDomain } from '../../cookie/domain';
import { phrase } from '../../i18n/phrase';
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
      message: phrase('findingHeaderTooLarge', formatCount(largest.bytes), urlEvidence(ctx, largest.url)),
      evidence: `Cookie header of ${formatCount(largest.bytes)} bytes from ${largest.cookies} cookies for ${urlEvidence(ctx, largest.url)} (limit ${formatCount(HEADER_LIMIT)})`,
      fix: phrase('fixHeaderTooLarge'),
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
        message: phrase('findingTooManyCookies', String(d.cookies), d.domain),
        evidence: `${d.cookies} live cookies for ${d.domain} (Firefox evicts past 150, Chrome past 180)`,
        fix: phrase('fixTooManyCookies'),
        thirdParty: d.domain !== registrableDomain(ctx.siteHost),
      }),
    );
