import { describe, expect, it } from 'vitest';
import { auditOf, findingFor, page, rulesFor } from '../helpers';
import { DJANGO_CSRF, DJANGO_SESSION, FLASK_LIVE, STARLETTE_SESSION } from '../lines';

const SITE = 'https://app.example.com/';

describe('expiry-over-400-days', () => {
  it.each([
    ['Max-Age of ten years', 'consent=yes; Max-Age=315360000; Path=/; Secure; SameSite=Lax'],
    ['Expires in 2036', 'consent=yes; Expires=Sun, 23 Nov 2036 18:00:00 GMT; Path=/; Secure; SameSite=Lax'],
  ])('flags %s at info', (_, line) => {
    expect(findingFor(auditOf([page(SITE, [line])]), 'consent', 'expiry-over-400-days')?.severity).toBe('info');
  });

  it("leaves Django's one-year CSRF cookie alone", () => {
    expect(rulesFor(auditOf([page(SITE, [DJANGO_CSRF])]), 'csrftoken')).not.toContain('expiry-over-400-days');
  });
});

describe('long-lived-session', () => {
  it("flags Flask's permanent session (31 days by default) and names PERMANENT_SESSION_LIFETIME", () => {
    const finding = findingFor(auditOf([page(SITE, [FLASK_LIVE[0]])]), 'session', 'long-lived-session');
    expect(finding?.severity).toBe('medium');
    expect(finding?.message).toContain('31 days');
    expect(finding?.fix).toContain('PERMANENT_SESSION_LIFETIME');
  });

  it('flags a Rails-style remember cookie of a year', () => {
    const line = 'remember_user_token=W1sxXSwiJDJhJDEyJHh5eiJd--1234abcd; Max-Age=31536000; Path=/; Secure; HttpOnly; SameSite=Lax';
    expect(findingFor(auditOf([page(SITE, [line])]), 'remember_user_token', 'long-lived-session')?.message).toContain('365 days');
  });

  it.each([
    ['a two-week Django session', DJANGO_SESSION, 'sessionid'],
    ['a two-week Starlette session', STARLETTE_SESSION, 'session'],
    ['a browser-session cookie', 'sid=8a7b6c5d; Path=/; Secure; HttpOnly; SameSite=Lax', 'sid'],
    ['a long-lived cookie that is not a session', 'consent=yes; Max-Age=31536000; Path=/; Secure; SameSite=Lax', 'consent'],
  ])('leaves %s alone', (_, line, name) => {
    expect(rulesFor(auditOf([page(SITE, [line])]), name)).not.toContain('long-lived-session');
  });
});
