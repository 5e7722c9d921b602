import { describe, expect, it } from 'vitest';
import type { JarCookie } from '../../src/core/audit/types';
import { auditTabView } from '../../src/ui/audit-sites';
import { siteModel } from '../../src/ui/site-model';
import { flaskSteps, ledgerOf, NOW, SITE, tabView } from './support/fixtures';

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
  const view = tabView(ledgerOf(flaskSteps()), { jar });
  const audit = auditTabView(view, { now: NOW, secrets: [], includeValues: false });
  if (!audit) throw new Error('no audit');
  return siteModel(audit, view.record, jar);
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

describe('auditTabView', () => {
  it('has nothing to audit for a tab without a site, or a site without records or cookies', () => {
    const input = { now: NOW, secrets: [], includeValues: false };
    expect(auditTabView(tabView(ledgerOf([]), { site: null }), input)).toBeNull();
    expect(auditTabView(tabView(ledgerOf([])), input)).toBeNull();
  });

  it('audits a site only the jar knows', () => {
    const audit = auditTabView(tabView(ledgerOf([]), { jar: [jarCookie('sid', 'abc')] }), { now: NOW, secrets: [], includeValues: false });
    expect(audit?.site).toBe(SITE);
    expect(audit?.cookies.map((c) => c.name)).toEqual(['sid']);
  });
});
