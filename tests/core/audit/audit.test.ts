import { describe, expect, it } from 'vitest';
import { audit, gradeFor, RULES, summarise } from '../../../src/core/audit';
import type { AuditOptions, JarCookie } from '../../../src/core/audit/types';
import { flaskCookie } from '../session/flask-cookie';
import { recordScriptChange } from '../../../src/core/ledger';
import { auditOf, findingFor, ledgerOf, NOW, page, rulesFor, sub } from './helpers';
import { DJANGO_SESSION, FLASK_LIVE, FLASK_LOGOUT, FLASK_RANDOM, GA_COOKIE } from './lines';

const SITE = 'https://app.example.com/';
const ORIGIN = 'https://app.example.com';

function jarCookie(fields: Partial<JarCookie> & Pick<JarCookie, 'name' | 'value' | 'domain'>): JarCookie {
  return { hostOnly: false, path: '/', secure: false, httpOnly: false, sameSite: 'unspecified', expiresAt: null, ...fields };
}

describe('audit', () => {
  it('exports the audit, the rule catalogue, summarise and gradeFor', () => {
    expect([typeof audit, Array.isArray(RULES), typeof summarise, typeof gradeFor]).toEqual(['function', true, 'function', 'function']);
  });

  it('audits every site of the ledger, the most recently seen first, stamped with now', () => {
    const ledger = ledgerOf([page('https://old.example.org/', ['a=1; Path=/']), page(SITE, [FLASK_RANDOM])]);
    const result = audit(ledger, { now: NOW });
    expect(result.generatedAt).toBe(NOW);
    expect(result.sites.map((s) => s.site)).toEqual([ORIGIN, 'https://old.example.org']);
  });

  it('audits only the sites asked for', () => {
    const ledger = ledgerOf([page('https://old.example.org/', ['a=1; Path=/']), page(SITE, [FLASK_RANDOM])]);
    expect(audit(ledger, { now: NOW, sites: ['https://old.example.org'] }).sites.map((s) => s.site)).toEqual(['https://old.example.org']);
  });

  it('leaves the ledger as it found it', () => {
    const ledger = ledgerOf([page(SITE, [FLASK_LIVE[0]]), page(SITE, [FLASK_LIVE[1]])]);
    const before = JSON.stringify(ledger);
    audit(ledger, { now: NOW, jar: { [ORIGIN]: [jarCookie({ name: 'x', value: '1', domain: 'app.example.com' })] } });
    expect(JSON.stringify(ledger)).toBe(before);
  });

  it('sorts findings worst first, the site’s own before third-party ones of the same severity', () => {
    const site = auditOf([page(SITE, ['theme=dark; Path=/; Secure; SameSite=Lax', FLASK_LIVE[0]]), sub(SITE, 'https://www.google-analytics.com/g/collect', [GA_COOKIE], { type: 'ping' })]);
    const order = site.findings.map((f) => ['critical', 'high', 'medium', 'low', 'info'].indexOf(f.severity) * 2 + Number(f.thirdParty));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(site.findings[0]?.ruleId).toBe('session-known-secret');
  });

  it('summarises the site with counts per severity, a score and a grade', () => {
    const site = auditOf([page(SITE, [DJANGO_SESSION])]);
    // sessionid without Secure (high, 25) → 75, B; client-session-readable is info.
    expect(site.summary).toEqual({ counts: { critical: 0, high: 1, medium: 0, low: 0, info: 1 }, score: 75, grade: 'B' });
  });
});

describe('cookie summaries', () => {
  it('report the counts, the redacted last line and the redacted decoding of a header cookie', () => {
    const site = auditOf([page(SITE), page(SITE, [FLASK_LIVE[0]]), page(SITE, [FLASK_LIVE[1]]), page(SITE)]);
    const cookie = site.cookies.find((c) => c.name === 'session');
    expect(cookie).toMatchObject({
      domain: 'app.example.com',
      path: '/',
      hostOnly: true,
      setCount: 2,
      valueChanges: 1,
      payloadChanges: 0,
      deletions: 0,
      firstParty: true,
      live: true,
      source: 'header',
      lastLine: 'session=‹redacted 81 bytes›; Expires=Thu, 24 Dec 2026 17:59:54 GMT; HttpOnly; Path=/',
      eligibleResponses: 3,
    });
    expect(cookie?.timeline).toEqual([NOW - 3000, NOW - 2000]);
    expect(cookie?.session?.format).toBe('flask');
    expect(cookie?.session?.payload).toEqual({ _permanent: true, user: '‹redacted 5 bytes›' });
  });

  it('show values and payloads when values are included', () => {
    const site = auditOf([page(SITE, [FLASK_LIVE[0]])], { includeValues: true });
    const cookie = site.cookies.find((c) => c.name === 'session');
    expect(cookie?.lastLine).toBe(FLASK_LIVE[0]);
    expect(cookie?.session?.payload).toEqual({ _permanent: true, user: 'alice' });
  });

  it('report a deleted cookie as not live', () => {
    const site = auditOf([page(SITE, [FLASK_LIVE[0]]), page(SITE, [FLASK_LOGOUT])]);
    expect(site.cookies.find((c) => c.name === 'session')).toMatchObject({ live: false, setCount: 1, deletions: 1, lastLine: FLASK_LOGOUT });
  });
});

describe('the browser jar snapshot', () => {
  it('adds cookies only the jar knows, audited and summarised with source jar', () => {
    const ledger = ledgerOf([page(SITE, [`${FLASK_RANDOM}; Secure; SameSite=Lax`])]);
    const jar = { [ORIGIN]: [jarCookie({ name: '_ga', value: 'GA1.1.42.1795456800', domain: '.example.com', sameSite: 'lax', secure: true })] };
    const site = audit(ledger, { now: NOW, jar }).sites[0];
    expect(site?.cookies.find((c) => c.name === '_ga')).toMatchObject({ source: 'jar', domain: 'example.com', hostOnly: false, live: true, firstParty: true, setCount: 0, lastLine: '' });
    const finding = site && findingFor(site, '_ga', 'cookie-without-httponly');
    expect(finding?.evidence).toMatch(/^browser jar: _ga=‹redacted 19 bytes›; Domain=example\.com; Path=\/; Secure; SameSite=Lax$/);
  });

  it('counts jar cookies in the Cookie header the browser would send', () => {
    const ledger = ledgerOf([page(SITE, [`big=${'v'.repeat(4090)}; Path=/; Secure; HttpOnly; SameSite=Lax`])]);
    const jar = { [ORIGIN]: [jarCookie({ name: 'prefs', value: 'p'.repeat(4090), domain: 'app.example.com', hostOnly: true, secure: true, httpOnly: true, sameSite: 'lax' })] };
    expect(audit(ledger, { now: NOW }).sites[0]?.findings.map((f) => f.ruleId)).not.toContain('cookie-header-too-large');
    expect(audit(ledger, { now: NOW, jar }).sites[0]?.findings.map((f) => f.ruleId)).toContain('cookie-header-too-large');
  });

  it('does not list a header cookie twice when the jar holds it too', () => {
    const ledger = ledgerOf([page(SITE, [FLASK_RANDOM])]);
    const jar = { [ORIGIN]: [jarCookie({ name: 'session', value: 'x', domain: 'app.example.com', hostOnly: true, httpOnly: true })] };
    expect(audit(ledger, { now: NOW, jar }).sites[0]?.cookies.filter((c) => c.name === 'session')).toHaveLength(1);
  });

  it('supplies the attributes of a cookie only page scripts changed', () => {
    const ledger = ledgerOf([page(SITE)]);
    recordScriptChange(ledger, { site: ORIGIN, name: 'cart_id', value: 'c-19', domain: 'app.example.com', hostOnly: true, path: '/', secure: false, time: NOW - 500 });
    const jar = { [ORIGIN]: [jarCookie({ name: 'cart_id', value: 'c-19', domain: 'app.example.com', hostOnly: true })] };
    const withJar = audit(ledger, { now: NOW, jar }).sites[0];
    expect(withJar?.cookies.find((c) => c.name === 'cart_id')?.source).toBe('script');
    expect(withJar && rulesFor(withJar, 'cart_id')).toEqual(['cookie-without-httponly', 'cookie-without-secure', 'samesite-missing']);
    const withoutJar = audit(ledger, { now: NOW }).sites[0];
    expect(withoutJar && rulesFor(withoutJar, 'cart_id')).toEqual([]);
  });
});

describe("the user's wordlist", () => {
  const secret = 'only-in-my-wordlist-8d1f';
  const session = (bytes: number) => `session=${flaskCookie(JSON.stringify({ pad: 'x'.repeat(bytes) }), secret, false)}; Path=/; Secure; HttpOnly`;
  const known = (line: string, options: Partial<AuditOptions>) => findingFor(auditOf([page(SITE, [line])], options), 'session', 'session-known-secret');

  it('finds a session signed with a secret of the wordlist', () => {
    expect(known(session(100), { wordlist: ['nope', secret] })?.severity).toBe('critical');
    expect(known(session(100), {})).toBeUndefined();
  });
});
