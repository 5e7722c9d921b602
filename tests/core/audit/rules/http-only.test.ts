import { describe, expect, it } from 'vitest';
import { auditOf, findingFor, page, rulesFor } from '../helpers';
import { DJANGO_CSRF, EXPRESS_SESSION, FLASK_RANDOM, PHP_SESSION } from '../lines';

const SITE = 'https://app.example.com/';

describe('cookie-without-httponly', () => {
  it.each([
    ['PHPSESSID', PHP_SESSION, 'PHPSESSID', 'high', 'session.cookie_httponly = 1'],
    ['a Flask session with HttpOnly turned off', FLASK_RANDOM.replace('; HttpOnly', ''), 'session', 'high', 'SESSION_COOKIE_HTTPONLY = True'],
    ['an auth token set by the app', 'auth_token=9f86d081884c7d65; Path=/; Secure; SameSite=Lax', 'auth_token', 'high', 'Add the HttpOnly attribute'],
    ['a preference cookie', 'theme=dark; Path=/; Secure; SameSite=Lax', 'theme', 'low', 'Add the HttpOnly attribute'],
  ])('flags %s', (_, line, name, severity, fix) => {
    const finding = findingFor(auditOf([page(SITE, [line])]), name, 'cookie-without-httponly');
    expect(finding?.severity).toBe(severity);
    expect(finding?.fix).toContain(fix);
  });

  it.each([
    ['a Flask session with HttpOnly', FLASK_RANDOM, 'session'],
    ['express-session', EXPRESS_SESSION, 'connect.sid'],
    ["Django's CSRF cookie, which scripts must read", DJANGO_CSRF, 'csrftoken'],
    ["Angular's XSRF-TOKEN", 'XSRF-TOKEN=8d9f0a1b2c3d; Path=/; Secure; SameSite=Strict', 'XSRF-TOKEN'],
  ])('leaves %s alone', (_, line, name) => {
    expect(rulesFor(auditOf([page(SITE, [line])]), name)).not.toContain('cookie-without-httponly');
  });

  it("names the framework's set_cookie call for an app cookie on a Flask site", () => {
    const site = auditOf([page(SITE, [FLASK_RANDOM, 'theme=dark; Path=/; Secure; SameSite=Lax'])]);
    expect(findingFor(site, 'theme', 'cookie-without-httponly')?.fix).toBe("Pass httponly=True to response.set_cookie('theme', …).");
  });
});
