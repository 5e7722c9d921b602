/** prefix-violation. */
import type { DiagnosticCode } from '../../cookie/types';
import { capitalise, cookieLabel, lineEvidence, makeFinding } from '../finding';
import type { Rule } from '../rule-context';
import type { Finding } from '../types';
import { latestRejection } from './diagnostics';

const PREFIX = new Set<DiagnosticCode>(['prefix-secure-violation', 'prefix-host-violation']);

export const prefixViolation: Rule = (ctx) =>
  ctx.cookies.flatMap((c): Finding[] => {
    const hit = latestRejection(c, PREFIX);
    if (!hit) return [];
    const host = hit.diagnostics.some((d) => d.code === 'prefix-host-violation');
    return [
      makeFinding(ctx, c, {
        ruleId: 'prefix-violation',
        severity: 'high',
        message: `${capitalise(cookieLabel(c))} breaks the rules of its ${host ? '__Host-' : '__Secure-'} prefix, so browsers refuse to store it: ${hit.diagnostics.map((d) => d.message).join(' ')}`,
        evidence: lineEvidence(ctx, hit.item.event.line),
        fix: host
          ? 'A __Host- cookie needs Secure, Path=/ and no Domain attribute: add Secure and Path=/, drop Domain (or rename the cookie).'
          : 'A __Secure- cookie needs Secure, set from an https:// response: add Secure (or rename the cookie).',
      }),
    ];
  });
