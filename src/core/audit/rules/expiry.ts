/** expiry-over-400-days, long-lived-session. */
import type { DiagnosticCode } from '../../cookie/types';
import { fixFor } from '../fixes';
import { phrase } from '../../i18n/phrase';
import { cookieLabelStart, lineEvidence, makeFinding } from '../finding';
import type { Rule } from '../rule-context';
import type { Finding } from '../types';
import { liveDiagnostics } from './diagnostics';

const DAY = 24 * 60 * 60 * 1000;
const LONG_SESSION_DAYS = 30;
const CAPPED = new Set<DiagnosticCode>(['expiry-capped']);

export const expiryOver400Days: Rule = (ctx) =>
  ctx.cookies.flatMap((c): Finding[] => {
    if (!c.live || liveDiagnostics(c, CAPPED).length === 0) return [];
    return [
      makeFinding(ctx, c, {
        ruleId: 'expiry-over-400-days',
        severity: 'info',
        message: phrase('findingExpiryOver400Days', cookieLabelStart(c)),
        evidence: lineEvidence(ctx, c.live.line, c.live.fromJar),
        fix: phrase('fixExpiry400Days', fixFor('lifetime', c.framework)),
      }),
    ];
  });

export const longLivedSession: Rule = (ctx) =>
  ctx.cookies.flatMap((c): Finding[] => {
    const expiresAt = c.live?.stored.expiresAt ?? null;
    if (!c.live || !c.sessionLike || expiresAt === null) return [];
    const days = (expiresAt - c.live.time) / DAY;
    if (days <= LONG_SESSION_DAYS) return [];
    return [
      makeFinding(ctx, c, {
        ruleId: 'long-lived-session',
        severity: 'medium',
        message: phrase('findingLongLivedSession', cookieLabelStart(c), String(Math.round(days))),
        evidence: `expires ${Math.round(days)} days after it was set (limit ${LONG_SESSION_DAYS}): ${lineEvidence(ctx, c.live.line, c.live.fromJar)}`,
        fix: fixFor('lifetime', c.framework),
      }),
    ];
  });
