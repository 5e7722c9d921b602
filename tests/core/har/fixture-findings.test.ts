/** What the audit finds in each real-shaped HAR, per cookie: the end-to-end contract of the HAR path. */
import { describe, expect, it } from 'vitest';
import { audit } from '../../../src/core/audit/audit';
import type { Finding } from '../../../src/core/audit/types';
import { readHar } from '../../../src/core/har/read-har';
import { harText, type FIXTURES } from './fixtures';

const NOW = Date.UTC(2026, 10, 23, 20, 0, 0);

function findingsOf(name: keyof typeof FIXTURES): Finding[] {
  const read = readHar(harText(name));
  if (!read.ok) throw new Error(read.problem.message);
  return audit(read.ledger, { now: NOW }).sites.flatMap((s) => s.findings);
}

function byCookie(findings: readonly Finding[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const f of findings) (out[f.cookie?.name ?? '(site)'] ??= []).push(`${f.ruleId}:${f.severity}`);
  for (const list of Object.values(out)) list.sort();
  return out;
}

describe('the audit of each HAR fixture', () => {
  it('finds the Flask permanent session refreshed on every response of the Playwright recording', () => {
    expect(byCookie(findingsOf('playwright'))).toEqual({
      session: [
        'client-session-readable:info',
        'constantly-refreshed:medium',
        'cookie-over-http:info',
        'long-lived-session:medium',
        'set-cookie-on-api-response:info',
        'set-cookie-on-static-asset:low',
      ],
    });
  });

  it('finds a forgeable session and a readable remember-me cookie in the Firefox HAR', () => {
    expect(byCookie(findingsOf('firefox'))).toEqual({
      session: [
        'client-session-readable:info',
        'constantly-refreshed:medium',
        'cookie-over-http:high',
        'long-lived-session:medium',
        'samesite-missing:medium',
        'session-known-secret:critical',
        'set-cookie-on-api-response:info',
        'set-cookie-on-static-asset:low',
      ],
      remember_token: ['cookie-over-http:high', 'cookie-without-httponly:high', 'long-lived-session:medium', 'samesite-missing:medium'],
    });
  });

  it('keeps the iframe\'s and the CDN\'s cookies under the shop, as third parties', () => {
    const findings = findingsOf('chrome');
    expect(new Set(findings.map((f) => f.site))).toEqual(new Set(['https://shop.example']));
    expect(byCookie(findings)).toEqual({
      '__Host-sid': ['set-cookie-on-api-response:info', 'set-cookie-on-cacheable-response:high'],
      theme: ['cookie-without-httponly:low', 'cookie-without-secure:low', 'samesite-missing:low'],
      wid: ['cookie-without-httponly:low'],
      __cf_bm: ['domain-too-broad:low'],
    });
    expect(findings.filter((f) => f.thirdParty).map((f) => f.cookie?.name).sort()).toEqual(['__cf_bm', 'wid']);
  });

  it('finds nothing in a sanitized HAR, which is why the CLI warns about it', () => {
    expect(findingsOf('sanitized')).toEqual([]);
  });

  it('audits cookies rebuilt from response.cookies[] like any other', () => {
    expect(byCookie(findingsOf('cookiesOnly'))).toEqual({ sid: ['set-cookie-on-api-response:info'] });
  });
});
