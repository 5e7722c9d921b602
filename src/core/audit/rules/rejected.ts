/** rejected-by-browser: refusals no more specific rule explains. */
import type { DiagnosticCode } from '../../cookie/types';
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
        message: `The browser would not store ${cookieLabel(c)}: ${hit.diagnostics.map((d) => d.message).join(' ')}`,
        evidence: lineEvidence(ctx, hit.item.event.line),
        fix: FIX[hit.diagnostics[0]?.code ?? 'invalid-url'] ?? 'Correct the Set-Cookie line so that the browser can store it.',
      }),
    ];
  });

const FIX: Partial<Record<DiagnosticCode, string>> = {
  'control-character': 'Remove control characters from the Set-Cookie line (encode the value, e.g. base64url).',
  'empty-name-and-value': 'Give the cookie a name and a value, or stop sending the empty Set-Cookie line.',
  'domain-mismatch': 'Set Domain to the responding host or one of its parent domains, or omit it.',
  'domain-ip-address': 'Omit Domain when the site is reached by IP address.',
  'overwrite-secure-from-insecure': 'Set the cookie from https:// only; a plain-HTTP page cannot replace a Secure cookie.',
  'nameless-prefix': 'Give the cookie a name; a nameless value may not start with __Secure- or __Host-.',
  'http-only-from-script': 'Set HttpOnly cookies from the server, not from page scripts.',
  'invalid-url': 'Only http(s) responses can set cookies.',
};
