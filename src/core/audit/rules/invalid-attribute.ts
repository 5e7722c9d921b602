/** invalid-attribute: attributes the browser ignores or reinterprets, one finding per problem. */
import type { Diagnostic, DiagnosticCode } from '../../cookie/types';
import type { PhraseId } from '../../i18n/catalogue';
import { phrase } from '../../i18n/phrase';
import { cookieLabelStart, lineEvidence, makeFinding } from '../finding';
import type { Rule } from '../rule-context';
import type { Finding } from '../types';
import { latestRejection, liveDiagnostics } from './diagnostics';

const INVALID = new Set<DiagnosticCode>([
  'invalid-expires',
  'invalid-max-age',
  'unknown-attribute',
  'duplicate-attribute',
  'flag-with-value',
  'empty-domain',
  'invalid-path',
]);
// Chrome refuses the whole line for it, but FINDINGS.md files it here rather than under rejected-by-browser.
const PARTITIONED = new Set<DiagnosticCode>(['partitioned-without-secure']);

export const invalidAttribute: Rule = (ctx) =>
  ctx.cookies.flatMap((c): Finding[] => {
    const found: { d: Diagnostic; line: string; fromJar: boolean }[] = [];
    if (c.live) {
      const { line, fromJar } = c.live;
      for (const d of liveDiagnostics(c, INVALID)) found.push({ d, line, fromJar });
    }
    const partitioned = latestRejection(c, PARTITIONED);
    for (const d of partitioned?.diagnostics ?? []) found.push({ d, line: partitioned?.item.event.line ?? '', fromJar: false });
    return found.map(({ d, line, fromJar }) =>
      makeFinding(ctx, c, {
        ruleId: 'invalid-attribute',
        severity: 'low',
        message: phrase('findingInvalidAttribute', cookieLabelStart(c), d.text.message),
        evidence: lineEvidence(ctx, line, fromJar),
        fix: phrase(FIX[d.code] ?? 'fixInvalidAttribute'),
      }),
    );
  });

const FIX: Partial<Record<DiagnosticCode, PhraseId>> = {
  'invalid-expires': 'fixInvalidExpires',
  'invalid-max-age': 'fixInvalidMaxAge',
  'unknown-attribute': 'fixUnknownAttribute',
  'duplicate-attribute': 'fixDuplicateAttribute',
  'flag-with-value': 'fixFlagWithValue',
  'empty-domain': 'fixEmptyDomain',
  'invalid-path': 'fixInvalidPath',
  'partitioned-without-secure': 'fixPartitionedWithoutSecure',
};
