/** rejected-by-browser: refusals no more specific rule explains. */
import type { DiagnosticCode } from '../../cookie/types';
import type { PhraseId } from '../../i18n/catalogue';
import { joinPhrases, phrase } from '../../i18n/phrase';
import { cookieLabel, lineEvidence, makeFinding } from '../finding';
import type { Rule } from '../rule-context';
import type { Finding } from '../types';
import { latestRejection } from './diagnostics';

/** Refusals with their own rule: prefix-violation, samesite-none-insecure, domain-public-suffix, secure-cookie-over-http, cookie-oversized, invalid-attribute. */
const COVERED = new Set<DiagnosticCode>([
  'prefix-secure-violation',
  'prefix-host-violation',
  'samesite-none-without-secure',
  'domain-public-suffix',
  'secure-from-insecure-origin',
  'name-value-too-long',
  'partitioned-without-secure',
]);

export const rejectedByBrowser: Rule = (ctx) =>
  ctx.cookies.flatMap((c): Finding[] => {
    const hit = latestRejection(c, (code) => !COVERED.has(code));
    if (!hit) return [];
    return [
      makeFinding(ctx, c, {
        ruleId: 'rejected-by-browser',
        severity: 'high',
        message: phrase('findingRejected', cookieLabel(c), joinPhrases(hit.diagnostics.map((d) => d.text.message), 'listSentences')),
        evidence: lineEvidence(ctx, hit.item.event.line),
        fix: phrase(FIX[hit.diagnostics[0]?.code ?? 'invalid-url'] ?? 'fixRejected'),
      }),
    ];
  });

const FIX: Partial<Record<DiagnosticCode, PhraseId>> = {
  'control-character': 'fixControlCharacter',
  'empty-name-and-value': 'fixEmptyNameAndValue',
  'domain-mismatch': 'fixDomainMismatch',
  'domain-ip-address': 'fixDomainIpAddress',
  'overwrite-secure-from-insecure': 'fixOverwriteSecure',
  'nameless-prefix': 'fixNamelessPrefix',
  'http-only-from-script': 'fixHttpOnlyFromScript',
  'invalid-url': 'fixInvalidUrl',
};
