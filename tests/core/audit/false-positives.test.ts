/** The false positives other cookie scanners were criticised for, each pinned down. */
import { describe, expect, it } from 'vitest';
import { auditOf, findingFor, page, rulesFor, sub } from './helpers';
import { CLOUDFLARE_BM, FLASK_LIVE, FLASK_LOGOUT, FLASK_RANDOM, GA_COOKIE, YOUTUBE_VISITOR } from './lines';

const SITE = 'https://app.example.com/';

describe('deletion cookies', () => {
  it.each([
    ["Flask's logout line", FLASK_LOGOUT, 'session'],
    ['an Expires in the past without Max-Age (ASP.NET Core)', '.AspNetCore.Cookies=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/; samesite=lax; httponly', '.AspNetCore.Cookies'],
    ['Max-Age=0 with a leftover value', 'remember_token=x; Max-Age=0; Path=/', 'remember_token'],
  ])('are deletions, not live cookies missing attributes: %s', (_, line, name) => {
    const site = auditOf([page(SITE, [line])]);
    expect(rulesFor(site, name)).toEqual([]);
    expect(site.cookies.find((c) => c.name === name)).toMatchObject({ live: false, deletions: 1, setCount: 0, source: 'header' });
  });

  it('end the audit of the cookie they delete', () => {
    const site = auditOf([page(SITE, [FLASK_LIVE[0]]), page(SITE, [FLASK_LOGOUT])]);
    expect(rulesFor(site, 'session')).toEqual([]);
  });
});

describe('nameless cookies', () => {
  it('are audited as the nameless cookie browsers store, not as rejected', () => {
    const site = auditOf([page(SITE, ['a1b2c3d4; Path=/'])]);
    expect(rulesFor(site, '')).toEqual(['cookie-without-httponly', 'cookie-without-secure', 'samesite-missing']);
    expect(findingFor(site, '', 'cookie-without-secure')?.message).toMatch(/^The nameless cookie /);
  });
});

describe('hostile cookie names', () => {
  it.each([['__proto__'], ['constructor'], ['toString']])('audit %s like any other name', (name) => {
    const site = auditOf([page(SITE, [`${name}=1; Path=/; Secure; HttpOnly; SameSite=Lax`])]);
    expect(site.cookies.map((c) => c.name)).toEqual([name]);
    expect(rulesFor(site, name)).toEqual([]);
  });
});

describe('third-party analytics cookies', () => {
  it('are marked thirdParty and do not count against the site', () => {
    const site = auditOf([page('https://shop.example/', [`${FLASK_RANDOM}; Secure; SameSite=Lax`]), sub('https://shop.example/', 'https://www.google-analytics.com/g/collect?v=2', [GA_COOKIE], { type: 'ping' })]);
    const ga = site.findings.filter((f) => f.cookie?.name === '_ga');
    expect(ga.map((f) => f.ruleId)).toEqual(['cookie-without-httponly', 'domain-too-broad']);
    expect(ga[0]?.fix).toBe('Add the HttpOnly attribute unless page scripts really need to read the cookie.');
    expect(ga.every((f) => f.thirdParty)).toBe(true);
    expect(site.findings.filter((f) => f.cookie?.name === 'session').every((f) => !f.thirdParty)).toBe(true);
    expect(site.cookies.find((c) => c.name === '_ga')?.firstParty).toBe(false);
    expect(site.summary).toMatchObject({ score: 100, grade: 'A+' });
  });
});

describe('SameSite=None used correctly', () => {
  it.each([
    ['Cloudflare __cf_bm', CLOUDFLARE_BM, '__cf_bm', SITE],
    ['YouTube VISITOR_INFO1_LIVE', YOUTUBE_VISITOR, 'VISITOR_INFO1_LIVE', 'https://www.youtube.com/'],
  ])('is neither missing nor insecure: %s', (_, line, name, url) => {
    const ids = rulesFor(auditOf([page(url, [line])]), name);
    expect(ids).not.toContain('samesite-missing');
    expect(ids).not.toContain('samesite-none-insecure');
    expect(ids).not.toContain('cookie-without-secure');
  });
});

describe('loopback development servers', () => {
  it('get cookie-over-http at info only', () => {
    const site = auditOf([page('http://127.0.0.1:5000/', [FLASK_RANDOM])]);
    const finding = findingFor(site, 'session', 'cookie-over-http');
    expect(finding?.severity).toBe('info');
    expect(rulesFor(site, 'session')).not.toContain('cookie-without-secure');
  });
});

describe('rejected cookies', () => {
  it('are reported as rejected and not also audited as live ones', () => {
    const site = auditOf([page(SITE, ['sid=1a2b; Domain=other.org; Path=/'])]);
    expect(rulesFor(site, 'sid')).toEqual(['rejected-by-browser']);
    expect(site.cookies.find((c) => c.name === 'sid')).toMatchObject({ live: false, setCount: 0 });
  });
});
