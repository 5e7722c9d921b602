/** domain-too-broad, domain-public-suffix. */
import { domainMatch } from '../../cookie/domain';
import type { DiagnosticCode } from '../../cookie/types';
import { fixFor } from '../fixes';
import { phrase } from '../../i18n/phrase';
import { cookieLabelStart, lineEvidence, makeFinding } from '../finding';
import type { Rule } from '../rule-context';
import type { Finding } from '../types';
import { latestRejection } from './diagnostics';

export const domainTooBroad: Rule = (ctx) =>
  ctx.cookies.flatMap((c): Finding[] => {
    if (!c.live || c.live.stored.hostOnly) return [];
    const host = hostOf(c.live.url);
    const domain = c.live.stored.domain;
    if (host === null || host === domain || !domainMatch(host, domain)) return [];
    return [
      makeFinding(ctx, c, {
        ruleId: 'domain-too-broad',
        severity: 'low',
        message: phrase('findingDomainTooBroad', cookieLabelStart(c), host, domain),
        evidence: lineEvidence(ctx, c.live.line, c.live.fromJar),
        fix: fixFor('domain', c.framework),
      }),
    ];
  });

const PUBLIC_SUFFIX = new Set<DiagnosticCode>(['domain-public-suffix']);

export const domainPublicSuffix: Rule = (ctx) =>
  ctx.cookies.flatMap((c): Finding[] => {
    const hit = latestRejection(c, PUBLIC_SUFFIX);
    if (!hit) return [];
    const domain = hit.item.decision.parsed?.domain ?? '';
    return [
      makeFinding(ctx, c, {
        ruleId: 'domain-public-suffix',
        severity: 'high',
        message: phrase('findingDomainPublicSuffix', cookieLabelStart(c), domain),
        evidence: lineEvidence(ctx, hit.item.event.line),
        fix: phrase('fixPublicSuffix'),
      }),
    ];
  });

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}
