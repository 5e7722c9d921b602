/** set-cookie-on-cacheable-response, set-cookie-on-static-asset, set-cookie-on-api-response: from the history. */
import type { SetEvent } from '../../ledger/types';
import { sharedCacheMayStore } from '../cache-control';
import { fixFor } from '../fixes';
import type { PhraseId } from '../../i18n/catalogue';
import { phrase, type Phrase } from '../../i18n/phrase';
import { cookieLabelStart, makeFinding, urlEvidence } from '../finding';
import type { AuditedCookie, Rule, RuleContext } from '../rule-context';
import type { Finding } from '../types';
import { sessionKeys } from './session-keys';

/** Responses whose line the browser stored: deletions and refused lines hand out nothing. */
function storedEvents(c: AuditedCookie): SetEvent[] {
  return c.events.filter((e) => e.decision.stored !== null).map((e) => e.event);
}

/** chrome.i18n has no plural rules: one response and several are two sentences (and two ids). */
function counted(c: AuditedCookie, count: number, one: PhraseId, many: PhraseId): Phrase {
  return count === 1 ? phrase(one, cookieLabelStart(c)) : phrase(many, cookieLabelStart(c), String(count));
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
        message: counted(c, hits.length, 'findingCacheableOne', 'findingCacheableMany'),
        evidence: `${responsesText(hits.length)} with a shared-cacheable Cache-Control; latest ${urlEvidence(ctx, last.url)} (${last.status}, Cache-Control: ${last.cacheControl ?? ''})`,
        fix: phrase('fixCacheable'),
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
        message: counted(c, hits.length, 'findingStaticAssetOne', 'findingStaticAssetMany'),
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

function staticFix(c: AuditedCookie): Phrase {
  const flaskSession = c.framework.framework === 'flask' && c.framework.role === 'session';
  return flaskSession ? phrase('fixStaticAssetRefresh', fixFor('refresh', c.framework)) : phrase('fixStaticAsset');
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
        message: keys ? counted(c, hits.length, 'findingApiOneKeys', 'findingApiManyKeys') : counted(c, hits.length, 'findingApiOne', 'findingApiMany'),
        evidence: apiEvidence(ctx, hits.length, last, keys),
        fix: phrase('fixApiResponse'),
      }),
    ];
  });

function apiEvidence(ctx: RuleContext, count: number, last: SetEvent, keys: string | null): string {
  const where = `${responsesText(count)}; latest ${urlEvidence(ctx, last.url)} (${last.status}, ${last.contentType ?? ''})`;
  return keys ? `${where}; session keys: ${keys}` : where;
}
