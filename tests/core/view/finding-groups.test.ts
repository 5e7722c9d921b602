import { describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../../../src/core/audit/types';
import { ALL_SEVERITIES, groupFindings, matchesQuery } from '../../../src/core/view/finding-groups';

function finding(ruleId: string, severity: Severity, cookie: string | null): Finding {
  return {
    ruleId,
    severity,
    cookie: cookie === null ? null : { name: cookie, domain: 'example.com', path: '/' },
    site: 'https://example.com',
    thirdParty: false,
    message: ruleId,
    evidence: '',
    fix: '',
  };
}

/** In the audit's order: worst first. */
const FINDINGS = [
  finding('session-known-secret', 'critical', 'session'),
  finding('cookie-without-httponly', 'high', 'csrf'),
  finding('samesite-missing', 'medium', 'csrf'),
  finding('cookie-header-too-large', 'medium', null),
  finding('constantly-refreshed', 'medium', 'session'),
  finding('expiry-over-400-days', 'info', 'theme'),
];

const summary = (groups: ReturnType<typeof groupFindings>) => groups.map((g) => [g.cookie?.name ?? '(site)', g.worst, g.findings.map((f) => f.ruleId)]);

describe('groupFindings', () => {
  it('groups by cookie, the group with the worst finding first', () => {
    expect(summary(groupFindings(FINDINGS, { severities: ALL_SEVERITIES, query: '' }))).toEqual([
      ['session', 'critical', ['session-known-secret', 'constantly-refreshed']],
      ['csrf', 'high', ['cookie-without-httponly', 'samesite-missing']],
      ['(site)', 'medium', ['cookie-header-too-large']],
      ['theme', 'info', ['expiry-over-400-days']],
    ]);
  });

  it('leaves out the severities switched off, and a group left empty', () => {
    expect(summary(groupFindings(FINDINGS, { severities: new Set<Severity>(['medium']), query: '' }))).toEqual([
      ['csrf', 'medium', ['samesite-missing']],
      ['(site)', 'medium', ['cookie-header-too-large']],
      ['session', 'medium', ['constantly-refreshed']],
    ]);
  });

  it('keeps the cookies whose name contains the query, whatever its case, and no site-wide finding', () => {
    expect(summary(groupFindings(FINDINGS, { severities: ALL_SEVERITIES, query: ' SESS ' }))).toEqual([
      ['session', 'critical', ['session-known-secret', 'constantly-refreshed']],
    ]);
  });
});

describe('matchesQuery', () => {
  it.each([
    ['session', '', true],
    ['session', 'ess', true],
    ['__Host-id', 'host', true],
    ['csrf', 'session', false],
  ])('%s matches %j: %s', (name, query, expected) => {
    expect(matchesQuery(name, query)).toBe(expected);
  });
});
