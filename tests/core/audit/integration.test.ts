/** Whole browsing sessions, one per framework family, through the real ledger and every rule. */
import { describe, expect, it } from 'vitest';
import { auditOf, page, repeat, rulesFor, sub } from './helpers';
import { CLOUDFLARE_BM, DJANGO_CSRF, DJANGO_SESSION, EXPRESS_SESSION, FLASK_LIVE, GOOD_HOST_COOKIE, YOUTUBE_VISITOR } from './lines';

describe('a Flask app with a permanent session signed with the docs key', () => {
  const SITE = 'https://flask.example.com/';
  const at = (i: number) => FLASK_LIVE[i % FLASK_LIVE.length] ?? '';
  const visits = repeat(5, (i) => [
    page(`${SITE}view/${i}`, [at(i)], { topUrl: `${SITE}view/${i}`, vary: 'Cookie' }),
    sub(SITE, `${SITE}static/style.css`, [at(i + 1)], { type: 'stylesheet' }),
    sub(SITE, `${SITE}favicon.ico`, [at(i + 2)], { type: 'image', status: 404 }),
    sub(SITE, `${SITE}api/cart`, [at(i + 3)], { type: 'fetch', contentType: 'application/json' }),
  ]).flat();
  const site = auditOf(visits);

  it('finds everything wrong with the session cookie', () => {
    expect(rulesFor(site, 'session')).toEqual([
      'client-session-readable',
      'constantly-refreshed',
      'cookie-without-secure',
      'long-lived-session',
      'samesite-missing',
      'session-known-secret',
      'set-cookie-on-api-response',
      'set-cookie-on-static-asset',
    ]);
  });

  it('gives Flask fixes', () => {
    const fixes = Object.fromEntries(site.findings.map((f) => [f.ruleId, f.fix]));
    expect(fixes['cookie-without-secure']).toBe('In Flask set SESSION_COOKIE_SECURE = True.');
    expect(fixes['samesite-missing']).toBe("In Flask set SESSION_COOKIE_SAMESITE = 'Lax'.");
    expect(fixes['constantly-refreshed']).toContain('SESSION_REFRESH_EACH_REQUEST = False');
    expect(fixes['long-lived-session']).toContain('PERMANENT_SESSION_LIFETIME');
    expect(fixes['session-known-secret']).toContain('SECRET_KEY');
  });

  it('reports the refresh figures over all 20 responses', () => {
    const refresh = site.findings.find((f) => f.ruleId === 'constantly-refreshed');
    expect(refresh?.evidence).toMatch(/^set on 20 of 20 responses \(100 %\), value changed 19 times, payload changed 0 times, [\d,]+ bytes of Set-Cookie$/);
  });

  it('grades the site F', () => {
    expect(site.summary.grade).toBe('F');
    expect(site.summary.counts.critical).toBe(1);
  });
});

describe('a Django app configured for production', () => {
  const SITE = 'https://django.example.com/';
  const site = auditOf([
    page(SITE, [`${DJANGO_SESSION}; Secure`, `${DJANGO_CSRF}; Secure`], { hsts: 'max-age=31536000; includeSubDomains' }),
    page(`${SITE}account/`, [], { topUrl: `${SITE}account/` }),
  ]);

  it('only notes that the signed-cookie session is readable', () => {
    expect(rulesFor(site, 'sessionid')).toEqual(['client-session-readable']);
    expect(rulesFor(site, 'csrftoken')).toEqual([]);
  });

  it('earns A+', () => {
    expect(site.summary).toMatchObject({ score: 100, grade: 'A+' });
  });
});

describe('an Express app on plain HTTP with the README secret', () => {
  const site = auditOf([page('http://express.example.test/', [EXPRESS_SESSION])]);

  it('finds the plain-HTTP session, the forgeable signature and the missing SameSite', () => {
    expect(rulesFor(site, 'connect.sid')).toEqual(['cookie-over-http', 'samesite-missing', 'session-known-secret']);
    expect(site.findings.find((f) => f.ruleId === 'cookie-over-http')?.severity).toBe('high');
    expect(site.findings.find((f) => f.ruleId === 'session-known-secret')?.fix).toContain('session({ secret })');
  });
});

describe('a news page with third-party embeds', () => {
  const SITE = 'https://news.example.com/';
  const site = auditOf([
    page(SITE, [GOOD_HOST_COOKIE, CLOUDFLARE_BM.replace('.example.com', '.news.example.com')]),
    sub(SITE, 'https://www.youtube.com/embed/abc', [YOUTUBE_VISITOR], { type: 'sub_frame' }),
    sub(SITE, 'http://pixel.adnet.example/p.gif', ['uid=8c7b6a5d4e3f; Path=/; Max-Age=31536000'], { type: 'image' }),
  ]);

  it('holds the first-party cookies to no account when they are right', () => {
    expect(rulesFor(site, '__Host-sid')).toEqual([]);
    expect(rulesFor(site, '__cf_bm')).toEqual([]);
  });

  it("reports YouTube's cookie only for its Domain, as third-party", () => {
    const visitor = site.findings.filter((f) => f.cookie?.name === 'VISITOR_INFO1_LIVE');
    expect(visitor.map((f) => [f.ruleId, f.thirdParty])).toEqual([['domain-too-broad', true]]);
  });

  it("marks the ad network's plain-HTTP tracking cookie as third-party", () => {
    const uid = site.findings.filter((f) => f.cookie?.name === 'uid');
    expect(uid.map((f) => f.ruleId).sort()).toEqual(['cookie-over-http', 'cookie-without-httponly', 'samesite-missing']);
    expect(uid.every((f) => f.thirdParty)).toBe(true);
    expect(site.summary).toMatchObject({ score: 100, grade: 'A+' });
  });
});
