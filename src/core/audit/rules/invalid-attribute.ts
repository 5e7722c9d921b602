/** invalid-attribute: attributes the browser ignores or reinterprets, one finding per problem. */
import type { Diagnostic, DiagnosticCode } from '../../cookie/types';
import { capitalise, cookieLabel, lineEvidence, makeFinding } from '../finding';
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
        message: `${capitalise(cookieLabel(c))}: ${d.message}`,
        evidence: lineEvidence(ctx, line, fromJar),
        fix: FIX[d.code] ?? 'Remove or correct the attribute.',
      }),
    );
  });

const FIX: Partial<Record<DiagnosticCode, string>> = {
  'invalid-expires': 'Write Expires as an HTTP date (Wed, 21 Oct 2026 07:28:00 GMT), or use Max-Age in seconds.',
  'invalid-max-age': 'Write Max-Age as a whole number of seconds.',
  'unknown-attribute': 'Remove the attribute: browsers do not know it.',
  'duplicate-attribute': 'Give each attribute once.',
  'flag-with-value': 'Write Secure and HttpOnly as bare flags, without "=".',
  'empty-domain': 'Remove the empty Domain attribute.',
  'invalid-path': 'Start Path with "/" (Path=/ for the whole site).',
  'partitioned-without-secure': 'Add Secure to a Partitioned cookie.',
};
