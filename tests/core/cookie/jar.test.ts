import { describe, expect, it } from 'vitest';
import {
  MAX_COOKIES_PER_SITE,
  createJar,
  jarCookieHeader,
  jarCookiesFor,
  jarSetCookie,
} from '../../../src/core/cookie/jar';

const NOW = Date.UTC(2026, 10, 23, 18, 0, 0);
const SITE = 'https://www.example.com/';

function jarWith(lines: readonly string[], url = SITE, now = NOW) {
  const jar = createJar();
  lines.forEach((line, i) => jarSetCookie(jar, line, { url, now: now + i }));
  return jar;
}

describe('jarSetCookie', () => {
  it('overwrites a cookie with the same name, domain and path, keeping its creation time and place', () => {
    const jar = jarWith(['a=1', 'b=2', 'a=3']);
    expect(jar.cookies.map((c) => [c.name, c.value, c.creationTime])).toEqual([
      ['a', '3', NOW],
      ['b', '2', NOW + 1],
    ]);
  });

  it('keeps cookies of the same name apart when their paths differ', () => {
    expect(jarWith(['a=1; Path=/', 'a=2; Path=/x']).cookies).toHaveLength(2);
  });

  it('keeps a host-only and a domain cookie of the same name apart', () => {
    expect(jarWith(['a=1', 'a=2; Domain=www.example.com']).cookies.map((c) => c.hostOnly)).toEqual([true, false]);
  });

  it('removes a cookie on a deletion line (Flask logout)', () => {
    const jar = jarWith([
      'session=abc; HttpOnly; Path=/',
      'theme=dark; Path=/',
      'session=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; Path=/',
    ]);
    expect(jar.cookies.map((c) => c.name)).toEqual(['theme']);
  });

  it('leaves the jar alone for a rejected line and returns why', () => {
    const jar = jarWith(['a=1']);
    const decision = jarSetCookie(jar, 'a=2; Domain=other.org', { url: SITE, now: NOW });
    expect(decision.diagnostics.map((d) => d.code)).toEqual(['domain-mismatch']);
    expect(jar.cookies.map((c) => c.value)).toEqual(['1']);
  });

  it('evicts expired cookies when the jar is next used', () => {
    const jar = jarWith(['short=1; Max-Age=60', 'long=1; Max-Age=3600']);
    jarSetCookie(jar, 'other=1', { url: SITE, now: NOW + 61_000 });
    expect(jar.cookies.map((c) => c.name)).toEqual(['long', 'other']);
  });

  it(`purges a site down to 150 cookies past ${MAX_COOKIES_PER_SITE}, as measured in Chrome and Firefox`, () => {
    const jar = createJar();
    jarSetCookie(jar, 'elsewhere=1', { url: 'https://other.org/', now: NOW });
    for (let i = 0; i < 200; i++) jarSetCookie(jar, `c${i}=v`, { url: SITE, now: NOW + i });
    const mine = jar.cookies.filter((c) => c.domain === 'www.example.com');
    expect(mine).toHaveLength(169);
    expect(mine[0]?.name).toBe('c31');
    expect(jar.cookies.some((c) => c.name === 'elsewhere')).toBe(true);
  });

  it('counts the limit per registrable domain, across subdomains', () => {
    const jar = createJar();
    for (let i = 0; i < 181; i++) {
      jarSetCookie(jar, `c${i}=v`, { url: `https://s${i % 3}.example.com/`, now: NOW + i });
    }
    expect(jar.cookies).toHaveLength(150);
  });

  it('purges the least recently accessed cookies first', () => {
    const jar = createJar();
    for (let i = 0; i < 180; i++) jarSetCookie(jar, `c${i}=v; Path=/p${i}`, { url: SITE, now: NOW + i });
    jarCookiesFor(jar, 'https://www.example.com/p0', { now: NOW + 500 });
    jarSetCookie(jar, 'last=v', { url: SITE, now: NOW + 600 });
    const names = jar.cookies.map((c) => c.name);
    expect(names).toHaveLength(150);
    expect(names).toContain('c0');
    expect(names).toContain('last');
    expect(names).not.toContain('c1');
  });
});

describe('jarCookiesFor', () => {
  it('puts longer paths first, then earlier creation (§5.8.3)', () => {
    const jar = jarWith(['a=1; Path=/', 'b=2; Path=/docs', 'c=3; Path=/docs/api', 'd=4; Path=/']);
    expect(jarCookieHeader(jar, 'https://www.example.com/docs/api/x', { now: NOW + 10 })).toBe('c=3; b=2; a=1; d=4');
  });

  it('sends a host-only cookie to its host only, a domain cookie to subdomains too', () => {
    const jar = jarWith(['host=1', 'dom=2; Domain=example.com']);
    expect(jarCookieHeader(jar, 'https://api.www.example.com/', { now: NOW + 10 })).toBe('dom=2');
    expect(jarCookieHeader(jar, 'https://www.example.com/', { now: NOW + 10 })).toBe('host=1; dom=2');
  });

  it('keeps Secure cookies off plain http', () => {
    const jar = jarWith(['s=1; Secure', 'p=2']);
    expect(jarCookieHeader(jar, 'http://www.example.com/', { now: NOW + 10 })).toBe('p=2');
  });

  it('hides HttpOnly cookies from the script view', () => {
    const jar = jarWith(['session=1; HttpOnly', 'theme=dark']);
    const names = jarCookiesFor(jar, SITE, { now: NOW + 10, includeHttpOnly: false }).map((c) => c.name);
    expect(names).toEqual(['theme']);
  });

  it('marks the cookies it returns as accessed', () => {
    const jar = jarWith(['a=1']);
    jarCookiesFor(jar, SITE, { now: NOW + 99 });
    expect(jar.cookies[0]?.lastAccessTime).toBe(NOW + 99);
  });

  it('returns nothing for an unparsable URL', () => {
    expect(jarCookiesFor(jarWith(['a=1']), 'nope', { now: NOW })).toEqual([]);
  });
});

describe('jarCookieHeader', () => {
  it('writes a nameless cookie as its bare value and an empty value after "="', () => {
    const jar = jarWith(['a=b', 'justvalue', 'x=']);
    expect(jarCookieHeader(jar, SITE, { now: NOW + 10 })).toBe('a=b; justvalue; x=');
  });

  it('is empty when nothing matches', () => {
    expect(jarCookieHeader(createJar(), SITE, { now: NOW })).toBe('');
  });
});
