/**
 * Properties over random input (fast-check, seeded) and linear-time checks: the parser and the
 * storage model see hostile text from every site a user visits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCookieDate } from '../../../src/core/cookie/cookie-date';
import { createJar, jarCookieHeader, jarSetCookie } from '../../../src/core/cookie/jar';
import { parseSetCookie } from '../../../src/core/cookie/parse-set-cookie';
import { redactSetCookie } from '../../../src/core/cookie/redact';
import { decideStorage } from '../../../src/core/cookie/storage-model';
import type { ParsedCookie } from '../../../src/core/cookie/types';

const NOW = Date.UTC(2026, 10, 23, 18, 0, 0);
const PROPERTY = { seed: 6265, numRuns: 1000 };

const piece = fc.constantFrom(
  '=', ';', ' ', '\t', ',', '"', '.', '/', '-', 'a', 'Z', '0', '9', 'é', '€', '😀', '\u0000', '\r', '\u007f',
  'Expires', 'Max-Age', 'Domain', 'Path', 'Secure', 'HttpOnly', 'SameSite', 'Partitioned', 'Lax', 'None',
  '__Host-', '__Secure-', 'example.com', 'Thu, 24 Dec 2026 17:59:53 GMT', '-1', '400', '99999999999999999999',
);
const nearValid = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
const anyText = fc.string({ unit: 'binary', maxLength: 200 });
const input = fc.oneof(nearValid, anyText);
const url = fc.oneof(
  fc.constantFrom('https://www.example.com/a/b', 'http://localhost/', 'http://[::1]:80/x', 'https://github.io/', ''),
  fc.webUrl(),
  fc.string({ maxLength: 30 }),
);

/** A canonical line for a parsed cookie: what the parse says, written the plain way. */
function serialise(c: ParsedCookie): string {
  const parts = [c.name === '' ? `=${c.value}` : `${c.name}=${c.value}`];
  if (c.expires !== undefined) parts.push(`Expires=${new Date(c.expires).toUTCString()}`);
  if (c.maxAge !== undefined) parts.push(`Max-Age=${c.maxAge}`);
  // One dot is always removed, so writing one keeps a domain that itself starts with a dot.
  if (c.domain !== undefined) parts.push(`Domain=.${c.domain}`);
  if (c.path !== undefined) parts.push(`Path=${c.path}`);
  if (c.secure) parts.push('Secure');
  if (c.httpOnly) parts.push('HttpOnly');
  if (c.sameSiteRaw !== undefined) parts.push(`SameSite=${c.sameSiteRaw}`);
  if (c.partitioned) parts.push('Partitioned');
  return parts.join('; ');
}

/** CTL characters other than HTAB, the ones that make 6265bis reject a line. */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09) || c === 0x7f) return true;
  }
  return false;
}

function semantics(c: ParsedCookie) {
  const { attributes: _ignored, ...rest } = c;
  return rest;
}

describe('parseSetCookie on random input', () => {
  it('never throws, and a cookie it returns has trimmed parts and no control characters', () => {
    fc.assert(
      fc.property(input, (line) => {
        const { cookie, diagnostics } = parseSetCookie(line, { now: NOW });
        expect(Array.isArray(diagnostics)).toBe(true);
        if (cookie === null) {
          expect(diagnostics.some((d) => d.effect === 'rejected')).toBe(true);
          return;
        }
        expect(hasControlCharacter(line)).toBe(false);
        expect(cookie.name).not.toMatch(/^[ \t]|[ \t]$|[=;]/);
        expect(cookie.value).not.toMatch(/^[ \t]|[ \t]$|;/);
        expect(cookie.name + cookie.value).not.toBe('');
      }),
      PROPERTY,
    );
  });

  it('reads its own canonical re-serialisation back to the same cookie', () => {
    fc.assert(
      fc.property(input, (line) => {
        const first = parseSetCookie(line).cookie;
        if (first === null) return;
        const again = parseSetCookie(serialise(first)).cookie;
        expect(again && semantics(again)).toEqual(semantics(first));
      }),
      PROPERTY,
    );
  });

  it('never throws in the storage model or the jar, whatever the URL', () => {
    fc.assert(
      fc.property(fc.array(input, { maxLength: 5 }), url, (lines, from) => {
        const jar = createJar();
        for (const line of lines) {
          const decision = decideStorage(line, { url: from, now: NOW });
          expect(decision.stored === null || decision.deletion === false).toBe(true);
          jarSetCookie(jar, line, { url: from, now: NOW });
        }
        expect(typeof jarCookieHeader(jar, from, { now: NOW })).toBe('string');
      }),
      PROPERTY,
    );
  });

  it('never throws in the date parser and returns either null or a whole second', () => {
    fc.assert(
      fc.property(input, (text) => {
        const time = parseCookieDate(text);
        expect(time === null || (Number.isInteger(time) && time % 1000 === 0)).toBe(true);
      }),
      PROPERTY,
    );
  });

  it('redacts without throwing and never echoes a value longer than a few characters', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9]{12,40}$/), nearValid, (secret, rest) => {
        expect(redactSetCookie(`id=${secret};${rest}`)).not.toContain(secret);
      }),
      PROPERTY,
    );
  });
});

describe('linear time on huge lines', () => {
  const MB = 1024 * 1024;

  function elapsed(run: () => void): number {
    const start = performance.now();
    run();
    return performance.now() - start;
  }

  /** Each line with what the parse must still get right: the cookie's name, or the first diagnostic. */
  it.each([
    ['a 1 MB value', `big=${'x'.repeat(MB)}; Path=/`, 'name-value-too-long'],
    ['100,000 semicolons', `a=b${';'.repeat(100_000)}`, 'cookie a'],
    ['100,000 repeated flags', `a=b${'; Secure'.repeat(100_000)}`, 'duplicate-attribute'],
    ['a 1 MB attribute value', `a=b; Path=/${'p'.repeat(MB)}`, 'attribute-too-long'],
    ['a 1 MB Expires of digits and colons', `a=b; Expires=${'1:'.repeat(MB / 2)}`, 'attribute-too-long'],
    ['an Expires of 255 month names', `a=b; Expires=${'Dec '.repeat(255)}`, 'invalid-expires'],
    ['a 1 MB run of "="', `a${'='.repeat(MB)}`, 'name-value-too-long'],
    ['a 1 MB line without "="', 'x'.repeat(MB), 'no-equals'],
  ])('parses %s in well under half a second', (_label, line, expected) => {
    let result: ReturnType<typeof parseSetCookie> | undefined;
    expect(elapsed(() => (result = parseSetCookie(line, { now: NOW })))).toBeLessThan(500);
    const outcome = expected.startsWith('cookie ') ? `cookie ${result?.cookie?.name}` : result?.diagnostics[0]?.code;
    expect(outcome).toBe(expected);
  });

  it('reads a 1 MB date-like text in well under half a second', () => {
    let time: number | null = 0;
    expect(elapsed(() => (time = parseCookieDate(`1 Jan 2030 ${'123:'.repeat(MB / 4)}`)))).toBeLessThan(500);
    expect(time).toBeNull();
  });

  it('stores, redacts and matches a 1 MB line quickly too', () => {
    const line = `a=b; Domain=${'a.'.repeat(MB / 2)}example.com; Path=/${'p/'.repeat(MB / 2)}`;
    expect(elapsed(() => decideStorage(line, { url: 'https://www.example.com/', now: NOW }))).toBeLessThan(500);
    expect(elapsed(() => redactSetCookie(`${'v'.repeat(MB)}; Secure`))).toBeLessThan(500);
  });
});
