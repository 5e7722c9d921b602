/** prefix-violation. */
import type { DiagnosticCode } from '../../cookie/types';
import { joinPhrases, phrase } from '../../i18n/phrase';
import { cookieLabelStart, lineEvidence, makeFinding } from '../finding';
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
        message: phrase(
          'findingPrefixViolation',
          cookieLabelStart(c),
          host ? '__Host-' : '__Secure-',
          joinPhrases(hit.diagnostics.map((d) => d.text.message), 'listSentences'),
        ),
        evidence: lineEvidence(ctx, hit.item.event.line),
        fix: phrase(host ? 'fixHostPrefix' : 'fixSecurePrefix'),
      }),
    ];
  });
