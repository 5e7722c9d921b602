import { describe, expect, it } from 'vitest';
import { auditOf, findingFor, page, rulesFor } from '../helpers';
import { DJANGO_CSRF, DJANGO_SESSION, FLASK_RANDOM, GOOD_HOST_COOKIE, JAVA_SESSION, PHP_SESSION, STARLETTE_SESSION } from '../lines';

const SITE = 'https://app.example.com/';
const SIX_MONTHS = 15_768_000;

describe('cookie-without-secure', () => {
  it.each([
    ['a Flask session', FLASK_RANDOM, 'session', 'high', 'SESSION_COOKIE_SECURE = True'],
    ['a Django session', DJANGO_SESSION, 'sessionid', 'high', 'SESSION_COOKIE_SECURE = True'],
    ['a Starlette session', STARLETTE_SESSION, 'session', 'high', 'https_only=True'],
    ["Django's CSRF cookie", DJANGO_CSRF, 'csrftoken', 'medium', 'CSRF_COOKIE_SECURE = True'],
    ['a preference cookie', 'theme=dark; Path=/; SameSite=Lax', 'theme', 'medium', 'Add the Secure attribute'],
  ])('flags %s set over HTTPS without Secure', (_, line, name, severity, fix) => {
    const finding = findingFor(auditOf([page(SITE, [line])]), name, 'cookie-without-secure');
    expect(finding?.severity).toBe(severity);
    expect(finding?.fix).toContain(fix);
    expect(finding?.evidence).not.toContain(line.slice(name.length + 1, name.length + 12));
  });

  it.each([
    ['a __Host- session', GOOD_HOST_COOKIE, '__Host-sid'],
    ['a Secure JSESSIONID', JAVA_SESSION, 'JSESSIONID'],
  ])('leaves %s alone', (_, line, name) => {
    expect(rulesFor(auditOf([page(SITE, [line])]), name)).not.toContain('cookie-without-secure');
  });

  it('lowers the severity one step when the site sends HSTS for six months or more', () => {
    const site = auditOf([page(SITE, [FLASK_RANDOM], { hsts: `max-age=${SIX_MONTHS}; includeSubDomains` })]);
    const finding = findingFor(site, 'session', 'cookie-without-secure');
    expect(finding?.severity).toBe('medium');
    expect(finding?.message).toContain('HSTS');
  });

  it('keeps the severity when HSTS is shorter than six months', () => {
    const site = auditOf([page(SITE, [FLASK_RANDOM], { hsts: 'max-age=86400' })]);
    expect(findingFor(site, 'session', 'cookie-without-secure')?.severity).toBe('high');
  });

  it('keeps the severity of a parent-domain cookie when HSTS does not cover the siblings', () => {
    const line = 'sid=a1b2c3d4e5f6; Domain=example.com; Path=/; HttpOnly; SameSite=Lax';
    const site = auditOf([page(SITE, [line], { hsts: `max-age=${SIX_MONTHS}; includeSubDomains` })]);
    expect(findingFor(site, 'sid', 'cookie-without-secure')?.severity).toBe('high');
  });
});

describe('cookie-over-http', () => {
  it.each([
    ['PHPSESSID on a plain-HTTP shop', 'http://shop.example.org/', PHP_SESSION, 'PHPSESSID', 'high'],
    ['a language cookie on a plain-HTTP site', 'http://shop.example.org/', 'lang=en; Path=/; SameSite=Lax', 'lang', 'low'],
    ['a Flask session on the development server', 'http://127.0.0.1:5000/', FLASK_RANDOM, 'session', 'info'],
    ['a Django session on localhost', 'http://localhost:8000/', DJANGO_SESSION, 'sessionid', 'info'],
  ])('flags %s', (_, url, line, name, severity) => {
    const site = auditOf([page(url, [line])]);
    expect(findingFor(site, name, 'cookie-over-http')?.severity).toBe(severity);
    expect(rulesFor(site, name)).not.toContain('cookie-without-secure');
  });

  it('leaves cookies set over HTTPS alone', () => {
    expect(rulesFor(auditOf([page(SITE, [PHP_SESSION])]), 'PHPSESSID')).not.toContain('cookie-over-http');
  });
});

describe('secure-cookie-over-http', () => {
  it('flags a Secure cookie from a plain-HTTP response, and audits it as nothing else', () => {
    const site = auditOf([page('http://shop.example.org/', ['cart=3f2a; Path=/; Secure'])]);
    expect(rulesFor(site, 'cart')).toEqual(['secure-cookie-over-http']);
    expect(findingFor(site, 'cart', 'secure-cookie-over-http')?.severity).toBe('medium');
  });

  it('accepts a Secure cookie from http://localhost, which browsers treat as a secure origin', () => {
    const site = auditOf([page('http://localhost:3000/', ['cart=3f2a; Path=/; Secure; HttpOnly; SameSite=Lax'])]);
    expect(rulesFor(site, 'cart')).toEqual([]);
  });
});
