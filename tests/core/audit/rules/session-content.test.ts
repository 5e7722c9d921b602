import { describe, expect, it } from 'vitest';
import { auditOf, findingFor, page, rulesFor } from '../helpers';
import {
  COOKIE_SESSION,
  COOKIE_SESSION_KEY,
  DJANGO_SESSION,
  EXPRESS_SESSION,
  FLASK_DEV_KEY,
  FLASK_DOCS_KEY,
  FLASK_RANDOM,
  FLASK_RANDOM_FLASHES,
  JWT_HS256,
  JWT_NONE,
  PHP_SESSION,
  STARLETTE_SESSION,
} from '../lines';

const SITE = 'https://app.example.com/';
const ATTRS = 'Path=/; Secure; HttpOnly; SameSite=Lax';

describe('client-session-readable', () => {
  it.each([
    ['a Flask session', FLASK_RANDOM, 'session', 'Flask session'],
    ['a compressed Flask session with flashes', FLASK_RANDOM_FLASHES, 'session', '_flashes='],
    ['a Django signed-cookie session', DJANGO_SESSION, 'sessionid', 'Django signed cookie'],
    ['a Starlette session', STARLETTE_SESSION, 'session', 'Starlette session'],
    ['a JWT in a cookie', `token=${JWT_HS256}; ${ATTRS}`, 'token', 'JWT'],
  ])('flags %s at info and lists its keys with redacted values', (_, line, name, shown) => {
    const finding = findingFor(auditOf([page(SITE, [line])]), name, 'client-session-readable');
    expect(finding?.severity).toBe('info');
    expect(finding?.evidence).toContain(shown);
    expect(finding?.evidence).not.toContain('alice');
  });

  it('shows the values when the user asks for them', () => {
    const finding = findingFor(auditOf([page(SITE, [FLASK_RANDOM])], { includeValues: true }), 'session', 'client-session-readable');
    expect(finding?.evidence).toContain('username=alice');
  });

  it('raises to high when the payload holds something that looks secret', () => {
    const payload = btoa(JSON.stringify({ user: 'alice', password: 'hunter2' })).replace(/=+$/, '');
    const site = auditOf([page(SITE, [`session=${payload}.awR_EA.AAAAAAAAAAAAAAAAAAAAAAAAAAA; ${ATTRS}`])]);
    expect(findingFor(site, 'session', 'client-session-readable')?.severity).toBe('high');
  });

  it.each([
    ['express-session, whose data stays on the server', EXPRESS_SESSION, 'connect.sid'],
    ['an opaque PHP session id', PHP_SESSION, 'PHPSESSID'],
  ])('leaves %s alone', (_, line, name) => {
    expect(rulesFor(auditOf([page(SITE, [line])]), name)).not.toContain('client-session-readable');
  });
});

describe('session-sensitive-data', () => {
  it('flags a plain base64 JSON cookie holding a password, naming the key', () => {
    const line = `prefs=${btoa(JSON.stringify({ theme: 'dark', password: 'hunter2' }))}; ${ATTRS}`;
    const finding = findingFor(auditOf([page(SITE, [line])]), 'prefs', 'session-sensitive-data');
    expect(finding?.severity).toBe('high');
    expect(finding?.evidence).toBe('looks secret: password (password)');
    expect(finding?.evidence).not.toContain('hunter2');
  });

  it('leaves a Flask session of user id and name alone', () => {
    expect(rulesFor(auditOf([page(SITE, [FLASK_RANDOM])]), 'session')).not.toContain('session-sensitive-data');
  });
});

describe('session-known-secret', () => {
  it.each([
    ['the Flask docs key', FLASK_DOCS_KEY, 'session', 'Flask documentation'],
    ["the Flask tutorial's 'dev'", FLASK_DEV_KEY, 'session', 'flaskr'],
    ["express-session's README 'keyboard cat'", EXPRESS_SESSION, 'connect.sid', 'express-session README'],
    ["the jwt.io default secret", `token=${JWT_HS256}; ${ATTRS}`, 'token', 'jwt.io'],
  ])('flags a session signed with %s as critical', (_, line, name, source) => {
    const finding = findingFor(auditOf([page(SITE, [line])]), name, 'session-known-secret');
    expect(finding?.severity).toBe('critical');
    expect(finding?.evidence).toContain(source);
  });

  it("names Flask's SECRET_KEY in the fix", () => {
    expect(findingFor(auditOf([page(SITE, [FLASK_DEV_KEY])]), 'session', 'session-known-secret')?.fix).toContain('SECRET_KEY');
  });

  it("verifies cookie-session with the user's key by pairing session and session.sig", () => {
    const site = auditOf([page(SITE, [...COOKIE_SESSION])], { secrets: [COOKIE_SESSION_KEY] });
    const finding = findingFor(site, 'session', 'session-known-secret');
    expect(finding?.message).toContain('a secret from the list you supplied');
    expect(finding?.evidence).not.toContain(COOKIE_SESSION_KEY);
    expect(site.cookies.find((c) => c.name === 'session')?.session?.signature.status).toBe('valid');
  });

  it('leaves a session signed with an unknown random key alone', () => {
    expect(rulesFor(auditOf([page(SITE, [FLASK_RANDOM])]), 'session')).not.toContain('session-known-secret');
  });
});

describe('jwt-alg-none', () => {
  it('flags an unsigned JWT as critical', () => {
    const finding = findingFor(auditOf([page(SITE, [`auth=${JWT_NONE}; ${ATTRS}`])]), 'auth', 'jwt-alg-none');
    expect(finding?.severity).toBe('critical');
    expect(finding?.evidence).toContain('alg "none"');
  });

  it('leaves an HS256 JWT alone', () => {
    expect(rulesFor(auditOf([page(SITE, [`auth=${JWT_HS256}; ${ATTRS}`])]), 'auth')).not.toContain('jwt-alg-none');
  });
});
