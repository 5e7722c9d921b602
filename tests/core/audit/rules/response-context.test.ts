import { describe, expect, it } from 'vitest';
import { auditOf, findingFor, page, rulesFor, sub } from '../helpers';
import { FLASK_LIVE, FLASK_LOGOUT, FLASK_RANDOM } from '../lines';

const SITE = 'https://app.example.com/';
const SECURE_SESSION = `${FLASK_RANDOM}; Secure; SameSite=Lax`;

describe('set-cookie-on-cacheable-response', () => {
  it.each([
    ['public, max-age=600'],
    ['max-age=3600'],
    ['s-maxage=300'],
    ['public'],
    ['Public, Max-Age=60'],
  ])('flags Set-Cookie on a response with Cache-Control: %s', (cacheControl) => {
    const site = auditOf([page(SITE, [SECURE_SESSION], { cacheControl })]);
    const finding = findingFor(site, 'session', 'set-cookie-on-cacheable-response');
    expect(finding?.severity).toBe('high');
    expect(finding?.evidence).toContain(`Cache-Control: ${cacheControl}`);
  });

  it.each([
    ['private, max-age=600'],
    ['no-store'],
    ['public, no-store'],
    ['max-age=0'],
    ['no-cache'],
  ])('leaves Cache-Control: %s alone', (cacheControl) => {
    expect(rulesFor(auditOf([page(SITE, [SECURE_SESSION], { cacheControl })]), 'session')).not.toContain('set-cookie-on-cacheable-response');
  });

  it('leaves a cacheable response that only deletes the cookie alone', () => {
    const site = auditOf([page(SITE, [SECURE_SESSION]), page(SITE, [FLASK_LOGOUT], { cacheControl: 'public, max-age=600' })]);
    expect(site.findings.map((f) => f.ruleId)).not.toContain('set-cookie-on-cacheable-response');
  });

  it('keeps the query string out of the evidence unless values are included', () => {
    const url = 'https://app.example.com/reset?token=abc123';
    const obs = [page(url, [SECURE_SESSION], { cacheControl: 'public, max-age=60' })];
    expect(findingFor(auditOf(obs), 'session', 'set-cookie-on-cacheable-response')?.evidence).not.toContain('abc123');
    expect(findingFor(auditOf(obs, { includeValues: true }), 'session', 'set-cookie-on-cacheable-response')?.evidence).toContain('abc123');
  });
});

describe('set-cookie-on-static-asset', () => {
  it("flags Flask's permanent session refreshed on images, stylesheets and the favicon 404", () => {
    const site = auditOf([
      page(SITE, [FLASK_LIVE[0]]),
      sub(SITE, 'https://app.example.com/static/app.css', [FLASK_LIVE[1]], { type: 'stylesheet' }),
      sub(SITE, 'https://app.example.com/static/logo.png', [FLASK_LIVE[2]], { type: 'image' }),
      sub(SITE, 'https://app.example.com/favicon.ico', [FLASK_LIVE[3]], { type: 'image', status: 404 }),
    ]);
    const finding = findingFor(site, 'session', 'set-cookie-on-static-asset');
    expect(finding?.severity).toBe('low');
    expect(finding?.evidence).toBe('1 stylesheet, 1 image, 1 favicon 404; latest https://app.example.com/favicon.ico (404)');
    expect(finding?.fix).toContain('SESSION_REFRESH_EACH_REQUEST = False');
  });

  it('recognises assets by content type when the resource type is unknown (HAR files)', () => {
    const site = auditOf([
      page(SITE),
      sub(SITE, 'https://app.example.com/fonts/inter.woff2', [SECURE_SESSION], { contentType: 'font/woff2' }),
      sub(SITE, 'https://app.example.com/main.js', [SECURE_SESSION], { contentType: 'application/javascript; charset=utf-8' }),
    ]);
    expect(findingFor(site, 'session', 'set-cookie-on-static-asset')?.evidence).toMatch(/^1 font, 1 script;/);
  });

  it("leaves a third party's tracking pixel alone: it sets cookies by design", () => {
    const site = auditOf([page(SITE), sub(SITE, 'https://pixel.adnet.example/p.gif', ['uid=8c7b; Path=/; Secure; SameSite=None'], { type: 'image' })]);
    expect(rulesFor(site, 'uid')).not.toContain('set-cookie-on-static-asset');
  });

  it('leaves cookies set on documents and API calls alone', () => {
    const site = auditOf([
      page(SITE, [SECURE_SESSION]),
      sub(SITE, 'https://app.example.com/api/me', [SECURE_SESSION], { type: 'fetch', contentType: 'application/json' }),
    ]);
    expect(rulesFor(site, 'session')).not.toContain('set-cookie-on-static-asset');
  });
});

describe('set-cookie-on-api-response', () => {
  it('flags a JSON API handing out a Flask-Login session and names the library behind each key', () => {
    // {"_fresh":true,"_id":"…","_user_id":"1","csrf_token":"…"} as Flask-Login and Flask-WTF write it.
    const payload = btoa(JSON.stringify({ _fresh: true, _id: 'f3a9', _user_id: '1', csrf_token: '9c1e' })).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
    const line = `session=${payload}.awR_EA.AAAAAAAAAAAAAAAAAAAAAAAAAAA; HttpOnly; Path=/; Secure; SameSite=Lax`;
    const site = auditOf([page(SITE), sub(SITE, 'https://app.example.com/api/login', [line], { type: 'xmlhttprequest', contentType: 'application/json' })]);
    const finding = findingFor(site, 'session', 'set-cookie-on-api-response');
    expect(finding?.severity).toBe('info');
    expect(finding?.evidence).toContain('_user_id (Flask-Login)');
    expect(finding?.evidence).toContain('csrf_token (Flask-WTF)');
  });

  it.each([
    ['a JSON response to a page load', { type: 'main_frame' as const, contentType: 'application/json' }],
    ['an HTML response to fetch', { type: 'fetch' as const, contentType: 'text/html; charset=utf-8' }],
  ])('leaves %s alone', (_, extra) => {
    const site = auditOf([page(SITE), sub(SITE, 'https://app.example.com/x', [SECURE_SESSION], extra)]);
    expect(rulesFor(site, 'session')).not.toContain('set-cookie-on-api-response');
  });
});
