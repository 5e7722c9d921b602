/** samesite-missing, samesite-invalid, samesite-none-insecure. */
import { fixFor } from '../fixes';
import { capitalise, cookieLabel, lineEvidence, makeFinding } from '../finding';
import type { Rule } from '../rule-context';
import type { Finding } from '../types';
import { latestRejection } from './diagnostics';

export const sameSiteMissing: Rule = (ctx) =>
  ctx.cookies.flatMap((c): Finding[] => {
    const raw = c.live?.parsed?.sameSiteRaw;
    if (!c.live || (raw !== undefined && raw.trim() !== '')) return [];
    const how = raw === undefined ? 'has no SameSite attribute' : 'has an empty SameSite attribute';
    return [
      makeFinding(ctx, c, {
        ruleId: 'samesite-missing',
        severity: c.sessionLike ? 'medium' : 'low',
        message: `${capitalise(cookieLabel(c))} ${how}, and browsers differ in the default they apply (Chrome Lax, Firefox and Safari None).`,
        evidence: lineEvidence(ctx, c.live.line, c.live.fromJar),
        fix: fixFor('samesite', c.framework),
      }),
    ];
  });

export const sameSiteInvalid: Rule = (ctx) =>
  ctx.cookies.flatMap((c): Finding[] => {
    const raw = c.live?.parsed?.sameSiteRaw;
    if (!c.live || raw === undefined || raw.trim() === '' || c.live.parsed?.sameSite !== undefined) return [];
    const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
    return [
      makeFinding(ctx, c, {
        ruleId: 'samesite-invalid',
        severity: 'low',
        message: `${capitalise(cookieLabel(c))} has SameSite=${shown}, which is not Strict, Lax or None, so browsers treat it as if SameSite were not set.`,
        evidence: lineEvidence(ctx, c.live.line, c.live.fromJar),
        fix: fixFor('samesite', c.framework),
      }),
    ];
  });

const NONE_WITHOUT_SECURE = new Set(['samesite-none-without-secure'] as const);

export const sameSiteNoneInsecure: Rule = (ctx) =>
  ctx.cookies.flatMap((c): Finding[] => {
    const hit = latestRejection(c, NONE_WITHOUT_SECURE);
    if (!hit) return [];
    return [
      makeFinding(ctx, c, {
        ruleId: 'samesite-none-insecure',
        severity: 'high',
        message: `${capitalise(cookieLabel(c))} has SameSite=None without Secure, so browsers refuse to store it.`,
        evidence: lineEvidence(ctx, hit.item.event.line),
        fix: `Add Secure to the SameSite=None cookie, or use SameSite=Lax if it need not travel cross-site. ${fixFor('secure', c.framework)}`,
      }),
    ];
  });
