/** set-cookie-on-cacheable-response, set-cookie-on-static-asset, set-cookie-on-api-response: from the history. */
import type { SetEvent } from '../../ledger/types';
import { sharedCacheMayStore } from '../cache-control';
import { fixFor } from '../fixes';
import { capitalise, cookieLabel, makeFinding, urlEvidence } from '../finding';
import type { AuditedCookie, Rule, RuleContext } from '../rule-context';
import type { Finding } from '../types';
import { sessionKeys } from './session-keys';

/** Responses whose line the browser stored: deletions and refused lines hand out nothing. */
function storedEvents(c: AuditedCookie): SetEvent[] {
  return c.events.filter((e) => e.decision.stored !== null).map((e) => e.event);
}

function responsesText(n: number): string {
  return n === 1 ? '1 response' : `${n} responses`;
}

export const setCookieOnCacheableResponse: Rule = (ctx) =>
  ctx.cookies.flatMap((c): Finding[] => {
    const hits = storedEvents(c).filter((e) => sharedCacheMayStore(e.cacheControl));
    const last = hits[hits.length - 1];
    if (!last) return [];
    return [
      makeFinding(ctx, c, {
        ruleId: 'set-cookie-on-cacheable-response',
        severity: 'high',
        message: `${capitalise(cookieLabel(c))} is set on ${responsesText(hits.length)} that a shared cache may store, so a CDN or proxy can hand one user's cookie to another.`,
        evidence: `${responsesText(hits.length)} with a shared-cacheable Cache-Control; latest ${urlEvidence(ctx, last.url)} (${last.status}, Cache-Control: ${last.cacheControl ?? ''})`,
        fix: 'Send Cache-Control: private (or no-store) on every response that sets a cookie, or set cookies only on responses that are never cached.',
      }),
    ];
  });

type AssetKind = 'image' | 'font' | 'stylesheet' | 'script' | 'favicon 404';

function assetKind(e: SetEvent): AssetKind | null {
  if (e.status === 404 && /\/favicon\.ico$/i.test(e.url.replace(/[?#].*$/, ''))) return 'favicon 404';
  if (e.type === 'image' || e.type === 'font' || e.type === 'stylesheet' || e.type === 'script') return e.type;
  const type = (e.contentType ?? '').toLowerCase();
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('font/') || type.includes('font-woff')) return 'font';
  if (type.startsWith('text/css')) return 'stylesheet';
  if (type.includes('javascript') || type.includes('ecmascript')) return 'script';
  return null;
}

export const setCookieOnStaticAsset: Rule = (ctx) =>
  ctx.cookies.flatMap((c): Finding[] => {
    // A third party's tracking pixel sets cookies by design; the rule is about the site's own framework.
    if (!c.firstParty) return [];
    const hits = storedEvents(c).flatMap((e) => {
      const kind = assetKind(e);
      return kind ? [{ e, kind }] : [];
    });
    const last = hits[hits.length - 1];
    if (!last) return [];
    return [
      makeFinding(ctx, c, {
        ruleId: 'set-cookie-on-static-asset',
        severity: 'low',
        message: `${capitalise(cookieLabel(c))} is set on ${hits.length === 1 ? 'a static-asset response' : `${hits.length} static-asset responses`}, usually a framework refreshing the session on every request.`,
        evidence: `${tally(hits.map((h) => h.kind))}; latest ${urlEvidence(ctx, last.e.url)} (${last.e.status})`,
        fix: staticFix(c),
      }),
    ];
  });

function tally(kinds: readonly AssetKind[]): string {
  const counts = new Map<AssetKind, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${n} ${kind}`).join(', ');
}

function staticFix(c: AuditedCookie): string {
  const serve = 'Serve static files without the session middleware (from the web server or a CDN), and give /favicon.ico a real file.';
  return c.framework.framework === 'flask' && c.framework.role === 'session' ? `${serve} ${fixFor('refresh', c.framework)}` : serve;
}

function isJsonApi(e: SetEvent): boolean {
  const type = (e.contentType ?? '').toLowerCase();
  return (e.type === 'xmlhttprequest' || e.type === 'fetch') && (type.includes('/json') || type.includes('+json'));
}

export const setCookieOnApiResponse: Rule = (ctx) =>
  ctx.cookies.flatMap((c): Finding[] => {
    const hits = storedEvents(c).filter(isJsonApi);
    const last = hits[hits.length - 1];
    if (!last) return [];
    const keys = sessionKeys(c);
    return [
      makeFinding(ctx, c, {
        ruleId: 'set-cookie-on-api-response',
        severity: 'info',
        message: `${capitalise(cookieLabel(c))} is set on ${responsesText(hits.length)} of a JSON API to fetch or XMLHttpRequest${keys ? ', carrying the session keys listed in the evidence' : ''}.`,
        evidence: apiEvidence(ctx, hits.length, last, keys),
        fix: 'Check that the API needs to hand out or refresh this cookie; token-based APIs usually should not set a browser session.',
      }),
    ];
  });

function apiEvidence(ctx: RuleContext, count: number, last: SetEvent, keys: string | null): string {
  const where = `${responsesText(count)}; latest ${urlEvidence(ctx, last.url)} (${last.status}, ${last.contentType ?? ''})`;
  return keys ? `${where}; session keys: ${keys}` : where;
}
