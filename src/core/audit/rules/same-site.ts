/** samesite-missing, samesite-invalid, samesite-none-insecure. */
import { fixFor } from '../fixes';
import { phrase } from '../../i18n/phrase';
import { cookieLabelStart, lineEvidence, makeFinding } from '../finding';
import type { Rule } from '../rule-context';
import type { Finding } from '../types';
import { latestRejection } from './diagnostics';

export const sameSiteMissing: Rule = (ctx) =>
  ctx.cookies.flatMap((c): Finding[] => {
    const raw = c.live?.parsed?.sameSiteRaw;
    if (!c.live || (raw !== undefined && raw.trim() !== '')) return [];
    return [
      makeFinding(ctx, c, {
        ruleId: 'samesite-missing',
        severity: c.sessionLike ? 'medium' : 'low',
        message: phrase(raw === undefined ? 'findingSameSiteMissing' : 'findingSameSiteEmpty', cookieLabelStart(c)),
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
        message: phrase('findingSameSiteInvalid', cookieLabelStart(c), shown),
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
        message: phrase('findingSameSiteNoneInsecure', cookieLabelStart(c)),
        evidence: lineEvidence(ctx, hit.item.event.line),
        fix: phrase('fixSameSiteNoneSecure', fixFor('secure', c.framework)),
      }),
    ];
  });
