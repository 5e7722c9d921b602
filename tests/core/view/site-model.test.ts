import { describe, expect, it } from 'vitest';
import type { JarCookie } from '../../../src/core/audit/types';
import { auditSiteWithJar } from '../../../src/core/view';
import { flaskSteps, ledgerOf, modelOf, NOW, SITE } from '../../ui/support/fixtures';

const jarCookie = (name: string, value: string): JarCookie => ({
  name,
  value,
  domain: '127.0.0.1',
  hostOnly: true,
  path: '/',
  secure: false,
  httpOnly: false,
  sameSite: 'lax',
  expiresAt: null,
});

function model(jar: JarCookie[] = []) {
  const m = modelOf(ledgerOf(flaskSteps()), SITE, jar);
  if (!m) throw new Error('no audit');
  return m;
}

describe('siteModel', () => {
  it('puts the cookies with the worst findings first, then the most often set', () => {
    expect(model().cookies.map((c) => [c.summary.name, c.worst])).toEqual([
      ['session', 'critical'],
      ['leaky', 'critical'],
      ['tracker', 'high'],
    ]);
  });

  it('pairs each cookie with its ledger record and its last value', () => {
    const session = model().cookies.find((c) => c.summary.name === 'session');
    expect(session?.record?.setCount).toBe(5);
    expect(session?.value).toMatch(/^eyJfcGVybWFuZW50/);
  });

  it('adds the cookies only the jar holds, with the jar value', () => {
    const theme = model([jarCookie('theme', 'dark')]).cookies.find((c) => c.summary.name === 'theme');
    expect(theme).toMatchObject({ record: null, value: 'dark', summary: { source: 'jar' } });
    expect(theme?.jar?.value).toBe('dark');
  });
});

describe('auditSiteWithJar', () => {
  const input = { now: NOW, wordlist: [], includeValues: false };

  it('has nothing to audit for a site without records or cookies', () => {
    expect(auditSiteWithJar(SITE, null, [], input)).toBeNull();
  });

  it('audits a site only the jar knows', () => {
    const audit = auditSiteWithJar(SITE, null, [jarCookie('sid', 'abc')], input);
    expect(audit?.site).toBe(SITE);
    expect(audit?.cookies.map((c) => c.name)).toEqual(['sid']);
  });
});
