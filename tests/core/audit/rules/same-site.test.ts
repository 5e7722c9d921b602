import { describe, expect, it } from 'vitest';
import { auditOf, findingFor, page, rulesFor } from '../helpers';
import { CLOUDFLARE_BM, DJANGO_SESSION, EXPRESS_SESSION, FLASK_RANDOM, STARLETTE_SESSION } from '../lines';

const SITE = 'https://www.example.com/';

describe('samesite-missing', () => {
  it.each([
    ['a Flask session', FLASK_RANDOM, 'session', 'medium', "SESSION_COOKIE_SAMESITE = 'Lax'"],
    ['express-session', EXPRESS_SESSION, 'connect.sid', 'medium', "sameSite: 'lax'"],
    ['an empty SameSite on a session', 'sid=8a7b6c5d; Path=/; Secure; HttpOnly; SameSite=', 'sid', 'medium', 'SameSite=Lax'],
    ['a preference cookie', 'theme=dark; Path=/; Secure', 'theme', 'low', 'SameSite=Lax'],
  ])('flags %s', (_, line, name, severity, fix) => {
    const finding = findingFor(auditOf([page(SITE, [line])]), name, 'samesite-missing');
    expect(finding?.severity).toBe(severity);
    expect(finding?.fix).toContain(fix);
  });

  it.each([
    ['SameSite=Lax (Django)', DJANGO_SESSION, 'sessionid'],
    ['lower-case samesite=lax (Starlette)', STARLETTE_SESSION, 'session'],
    ['SameSite=None; Secure used correctly (Cloudflare)', CLOUDFLARE_BM, '__cf_bm'],
    ['an invalid value, reported as samesite-invalid instead', 'theme=dark; Path=/; Secure; SameSite=Relaxed', 'theme'],
  ])('does not call %s missing', (_, line, name) => {
    expect(rulesFor(auditOf([page(SITE, [line])]), name)).not.toContain('samesite-missing');
  });
});

describe('samesite-invalid', () => {
  it.each([
    ['SameSite=Relaxed', 'theme=dark; Path=/; Secure; SameSite=Relaxed'],
    ['SameSite=true', 'theme=dark; Path=/; Secure; SameSite=true'],
  ])('flags %s at low', (_, line) => {
    expect(findingFor(auditOf([page(SITE, [line])]), 'theme', 'samesite-invalid')?.severity).toBe('low');
  });

  it.each([['Strict'], ['lax'], ['NONE']])('accepts SameSite=%s in any case', (value) => {
    const site = auditOf([page(SITE, [`theme=dark; Path=/; Secure; SameSite=${value}`])]);
    expect(rulesFor(site, 'theme')).not.toContain('samesite-invalid');
  });
});

describe('samesite-none-insecure', () => {
  it('flags SameSite=None without Secure, and does not audit the refused cookie as a live one', () => {
    const site = auditOf([page(SITE, ['widget_session=4f3c2b1a; Path=/; HttpOnly; SameSite=None'])]);
    expect(rulesFor(site, 'widget_session')).toEqual(['samesite-none-insecure']);
    expect(findingFor(site, 'widget_session', 'samesite-none-insecure')?.severity).toBe('high');
  });

  it('accepts SameSite=None with Secure', () => {
    expect(rulesFor(auditOf([page(SITE, [CLOUDFLARE_BM])]), '__cf_bm')).not.toContain('samesite-none-insecure');
  });
});
