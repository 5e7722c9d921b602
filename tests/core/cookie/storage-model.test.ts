import { describe, expect, it } from 'vitest';
import { decideStorage } from '../../../src/core/cookie/storage-model';
import type { DiagnosticCode, StoredCookie } from '../../../src/core/cookie/types';

const NOW = Date.UTC(2026, 10, 23, 18, 0, 0);
const DAY = 24 * 60 * 60 * 1000;

function decide(line: string, url: string, extra: { fromScript?: boolean; existing?: StoredCookie[] } = {}) {
  return decideStorage(line, { url, now: NOW, ...extra });
}

function rejections(line: string, url: string, extra: { fromScript?: boolean; existing?: StoredCookie[] } = {}) {
  return decide(line, url, extra)
    .diagnostics.filter((d) => d.effect === 'rejected')
    .map((d) => d.code);
}

function storedCookie(overrides: Partial<StoredCookie>): StoredCookie {
  return {
    name: 'id',
    value: 'x',
    domain: 'example.com',
    hostOnly: true,
    path: '/',
    secure: false,
    httpOnly: false,
    sameSite: 'unspecified',
    partitioned: false,
    expiresAt: null,
    creationTime: NOW - DAY,
    lastAccessTime: NOW - DAY,
    ...overrides,
  };
}

describe('decideStorage stores', () => {
  it('a Flask session as a host-only cookie of the response host', () => {
    const decision = decide(
      'session=eyJfcGVybWFuZW50Ijp0cnVlfQ.awR_GQ.pSDd28fxcXvMYHRc44OLlVzL2xY; Expires=Thu, 24 Dec 2026 17:59:53 GMT; HttpOnly; Path=/',
      'https://app.example.com/login',
    );
    expect(decision.stored).toEqual({
      name: 'session',
      value: 'eyJfcGVybWFuZW50Ijp0cnVlfQ.awR_GQ.pSDd28fxcXvMYHRc44OLlVzL2xY',
      domain: 'app.example.com',
      hostOnly: true,
      path: '/',
      secure: false,
      httpOnly: true,
      sameSite: 'unspecified',
      partitioned: false,
      expiresAt: Date.UTC(2026, 11, 24, 17, 59, 53),
      creationTime: NOW,
      lastAccessTime: NOW,
    });
    expect(decision.deletion).toBe(false);
    expect(decision.diagnostics).toEqual([]);
  });

  it.each([
    ['a parent domain', 'a=b; Domain=example.com', 'https://www.example.com/', 'example.com', false],
    ['the host itself given as Domain', 'a=b; Domain=WWW.example.com', 'https://www.example.com/', 'www.example.com', false],
    ['an internationalised Domain in punycode', 'a=b; Domain=bücher.de', 'https://www.bücher.de/', 'xn--bcher-kva.de', false],
    ['a Domain equal to an IP host, kept host-only', 'a=b; Domain=127.0.0.1', 'http://127.0.0.1:8000/', '127.0.0.1', true],
    ['a public-suffix Domain that is the host itself, kept host-only', 'a=b; Domain=github.io', 'https://github.io/', 'github.io', true],
  ])('a cookie for %s', (_label, line, url, domain, hostOnly) => {
    expect(decide(line, url).stored).toMatchObject({ domain, hostOnly });
  });

  it.each([
    ['no Path', 'a=b', 'https://example.com/account/login', '/account'],
    ['a Path that does not start with "/"', 'a=b; Path=account', 'https://example.com/account/login', '/account'],
    ['an explicit Path', 'a=b; Path=/api', 'https://example.com/account/login', '/api'],
    ['no Path at the top level', 'a=b', 'https://example.com/login', '/'],
  ])('the default or given path with %s', (_label, line, url, path) => {
    expect(decide(line, url).stored?.path).toBe(path);
  });

  it.each([
    ['https', 'https://example.com/'],
    ['http://localhost', 'http://localhost:5000/'],
    ['http to a .localhost name', 'http://app.localhost/'],
    ['http://127.0.0.1', 'http://127.0.0.1:8000/'],
    ['http://[::1]', 'http://[::1]:8000/'],
  ])('a Secure cookie from %s', (_label, url) => {
    expect(decide('a=b; Secure', url).stored?.secure).toBe(true);
  });

  it('a SameSite=None cookie that is Secure', () => {
    expect(decide('a=b; SameSite=None; Secure', 'https://example.com/').stored?.sameSite).toBe('none');
  });

  it('a valid __Host- cookie', () => {
    expect(decide('__Host-id=1; Secure; Path=/', 'https://example.com/x/y').stored).toMatchObject({
      name: '__Host-id',
      hostOnly: true,
      path: '/',
    });
  });

  it('an unknown SameSite value as unspecified', () => {
    expect(decide('a=b; SameSite=Relaxed', 'https://example.com/').stored?.sameSite).toBe('unspecified');
  });

  it('Max-Age relative to now, capped at 400 days', () => {
    expect(decide('a=b; Max-Age=60', 'https://example.com/').stored?.expiresAt).toBe(NOW + 60_000);
    expect(decide('a=b; Max-Age=999999999', 'https://example.com/').stored?.expiresAt).toBe(NOW + 400 * DAY);
    expect(decide('a=b; Expires=Fri, 01 Jan 2100 00:00:00 GMT', 'https://example.com/').stored?.expiresAt).toBe(
      NOW + 400 * DAY,
    );
  });

  it('an overwrite with the old cookie’s creation time', () => {
    const old = storedCookie({ name: 'a', creationTime: NOW - 5 * DAY });
    expect(decide('a=new', 'https://example.com/', { existing: [old] }).stored?.creationTime).toBe(NOW - 5 * DAY);
  });

  it('a non-Secure cookie over http when the Secure one of the same name has a narrower path', () => {
    const secure = storedCookie({ secure: true, path: '/admin' });
    expect(decide('id=1; Path=/', 'http://example.com/', { existing: [secure] }).stored).not.toBeNull();
  });

  it('a non-Secure cookie over http when the Secure one has expired', () => {
    const secure = storedCookie({ secure: true, expiresAt: NOW - 1 });
    expect(decide('id=1', 'http://example.com/', { existing: [secure] }).stored).not.toBeNull();
  });
});

describe('decideStorage rejects', () => {
  it.each<[string, string, string, DiagnosticCode[]]>([
    ['a Domain that is not a parent of the host', 'a=b; Domain=other.com', 'https://www.example.com/', ['domain-mismatch']],
    ['a Domain that is a subdomain of the host', 'a=b; Domain=api.example.com', 'https://example.com/', ['domain-mismatch']],
    ['a public-suffix Domain', 'a=b; Domain=com', 'https://www.example.com/', ['domain-public-suffix']],
    ['a private public-suffix Domain', 'a=b; Domain=github.io', 'https://alice.github.io/', ['domain-public-suffix']],
    ['a Domain on an IP host other than the address', 'a=b; Domain=0.0.1', 'http://127.0.0.1/', ['domain-ip-address']],
    ['a host name as Domain on an IP host', 'a=b; Domain=example.com', 'http://192.0.2.1/', ['domain-ip-address']],
    ['a Domain with a user-info trick', 'a=b; Domain=é@example.com', 'https://example.com/', ['domain-mismatch']],
    ['a Secure cookie from plain http', 'a=b; Secure', 'http://example.com/', ['secure-from-insecure-origin']],
    ['SameSite=None without Secure', 'a=b; SameSite=None', 'https://example.com/', ['samesite-none-without-secure']],
    ['Partitioned without Secure', 'a=b; Partitioned', 'https://example.com/', ['partitioned-without-secure']],
    ['__Secure- without Secure', '__Secure-id=1', 'https://example.com/', ['prefix-secure-violation']],
    ['a lower-case __secure- prefix without Secure', '__secure-id=1', 'https://example.com/', ['prefix-secure-violation']],
    ['__Host- with a Domain', '__Host-id=1; Secure; Path=/; Domain=example.com', 'https://example.com/', ['prefix-host-violation']],
    ['__Host- with another Path', '__Host-id=1; Secure; Path=/app', 'https://example.com/', ['prefix-host-violation']],
    ['__Host- without a Path', '__Host-id=1; Secure', 'https://example.com/', ['prefix-host-violation']],
    ['__HOST- without Secure', '__HOST-id=1; Path=/', 'https://example.com/', ['prefix-host-violation']],
    ['a nameless cookie that looks like __Host-', '__Host-id', 'https://example.com/', ['nameless-prefix']],
    ['a nameless cookie that looks like __Secure-', '=__SECURE-id=1; Secure', 'https://example.com/', ['nameless-prefix']],
    [
      'every violation at once',
      '__Secure-id=1; SameSite=None; Domain=evil.com',
      'http://example.com/',
      ['domain-mismatch', 'samesite-none-without-secure', 'prefix-secure-violation'],
    ],
  ])('%s', (_label, line, url, expected) => {
    const decision = decide(line, url);
    expect(decision.stored).toBeNull();
    expect(decision.deletion).toBe(false);
    expect(decision.parsed).not.toBeNull();
    expect(rejections(line, url)).toEqual(expected);
  });

  it('an HttpOnly cookie set from script', () => {
    expect(rejections('a=b; HttpOnly', 'https://example.com/', { fromScript: true })).toEqual(['http-only-from-script']);
  });

  it('a script overwriting an HttpOnly cookie', () => {
    const old = storedCookie({ name: 'a', httpOnly: true });
    expect(rejections('a=b', 'https://example.com/', { fromScript: true, existing: [old] })).toEqual([
      'http-only-from-script',
    ]);
  });

  it.each([
    ['the same path', 'id=evil'],
    ['a deeper path that would shadow it', 'id=evil; Path=/account'],
    ['a parent domain', 'id=evil; Domain=example.com'],
  ])('a non-Secure cookie from http overwriting a Secure one at %s', (_label, line) => {
    const secure = storedCookie({ secure: true });
    expect(rejections(line, 'http://example.com/', { existing: [secure] })).toEqual(['overwrite-secure-from-insecure']);
  });

  it('nothing when the overwrite of a Secure cookie comes over https', () => {
    const secure = storedCookie({ secure: true });
    expect(rejections('id=new', 'https://example.com/', { existing: [secure] })).toEqual([]);
  });

  it.each(['not a url', '', 'file:///tmp/x'])('a line from the URL %j', (url) => {
    const decision = decide('a=b', url);
    expect(decision.stored).toBeNull();
    expect(decision.parsed?.name).toBe('a');
    expect(decision.diagnostics.map((d) => d.code)).toEqual(['invalid-url']);
  });

  it('an oversized cookie, still naming it', () => {
    const decision = decide(`big=${'x'.repeat(5000)}`, 'https://example.com/');
    expect(decision.stored).toBeNull();
    expect(decision.parsed?.name).toBe('big');
    expect(rejections(`big=${'x'.repeat(5000)}`, 'https://example.com/')).toEqual(['name-value-too-long']);
  });

  it('a line with control characters, with no parse to show', () => {
    const decision = decide('a=b\r\nSet-Cookie: c=d', 'https://example.com/');
    expect(decision.parsed).toBeNull();
    expect(rejections('a=b\r\nSet-Cookie: c=d', 'https://example.com/')).toEqual(['control-character']);
  });
});

describe('decideStorage deletions', () => {
  it.each([
    ['Flask', 'session=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; Path=/'],
    ['a negative Max-Age', 'session=x; Max-Age=-1; Path=/'],
    ['an Expires in the past', 'session=; Expires=Mon, 01 Jan 2001 00:00:00 GMT; Path=/'],
  ])('recognise a %s deletion and say which cookie it removes', (_label, line) => {
    const decision = decide(line, 'https://app.example.com/logout');
    expect(decision.stored).toBeNull();
    expect(decision.deletion).toBe(true);
    expect(decision.deletes).toEqual({ name: 'session', domain: 'app.example.com', hostOnly: true, path: '/' });
    expect(decision.diagnostics.map((d) => [d.code, d.effect])).toContainEqual(['deletion', 'note']);
  });

  it('refuse a deletion that the browser would reject anyway', () => {
    const decision = decide('id=; Max-Age=0; Secure', 'http://example.com/');
    expect(decision.deletion).toBe(false);
    expect(decision.diagnostics.map((d) => d.code)).toEqual(['secure-from-insecure-origin']);
  });
});
