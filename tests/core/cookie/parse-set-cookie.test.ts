import { describe, expect, it } from 'vitest';
import { isDeletion, parseSetCookie } from '../../../src/core/cookie/parse-set-cookie';
import type { DiagnosticCode, ParsedCookie } from '../../../src/core/cookie/types';

const NOW = Date.UTC(2026, 10, 23, 18, 0, 0);
const DAY = 24 * 60 * 60 * 1000;

function parse(line: string): ParsedCookie {
  const { cookie } = parseSetCookie(line, { now: NOW });
  if (cookie === null) throw new Error(`expected a cookie from ${line}`);
  return cookie;
}

function codes(line: string): DiagnosticCode[] {
  return parseSetCookie(line, { now: NOW }).diagnostics.map((d) => d.code);
}

describe('parseSetCookie on real-world lines', () => {
  it.each<[string, string, Partial<ParsedCookie>]>([
    [
      'a permanent Flask session',
      'session=eyJfcGVybWFuZW50Ijp0cnVlLCJ1c2VyIjoiYWxpY2UifQ.awR_GQ.pSDd28fxcXvMYHRc44OLlVzL2xY; Expires=Thu, 24 Dec 2026 17:59:53 GMT; HttpOnly; Path=/',
      {
        name: 'session',
        value: 'eyJfcGVybWFuZW50Ijp0cnVlLCJ1c2VyIjoiYWxpY2UifQ.awR_GQ.pSDd28fxcXvMYHRc44OLlVzL2xY',
        expires: Date.UTC(2026, 11, 24, 17, 59, 53),
        path: '/',
        httpOnly: true,
        secure: false,
      },
    ],
    [
      'a Flask session deletion',
      'session=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; Path=/',
      { name: 'session', value: '', expires: 0, maxAge: 0, path: '/', httpOnly: true },
    ],
    [
      'a Django sessionid',
      'sessionid=eyJ1c2VyX2lkIjo0Mn0:1xVYLD:1Qs-cvx1XTBwlkQ2IcOcoeCl2keASlVKZTOvTegmTX0; expires=Mon, 07 Dec 2026 18:00:35 GMT; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax',
      {
        name: 'sessionid',
        expires: Date.UTC(2026, 11, 7, 18, 0, 35),
        maxAge: 1209600,
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        sameSiteRaw: 'Lax',
      },
    ],
    [
      'a Starlette session written in lower case',
      'session=eyJ1c2VyIjogImFsaWNlIn0=.awR_cQ.EisMA3ZzHyi5vsL2-p1CxYNePLM; path=/; Max-Age=1209600; httponly; samesite=lax',
      { name: 'session', value: 'eyJ1c2VyIjogImFsaWNlIn0=.awR_cQ.EisMA3ZzHyi5vsL2-p1CxYNePLM', maxAge: 1209600, httpOnly: true, sameSite: 'lax' },
    ],
    [
      'an express-session connect.sid',
      'connect.sid=s%3AtDSLMw-GXbmFB1gsLv1hTn2JRfhB06M9.vmROYrhtm98yD9kWmaQQ3FZJKd7PMn7dKlyFh7o3Kc4; Path=/; HttpOnly',
      { name: 'connect.sid', value: 's%3AtDSLMw-GXbmFB1gsLv1hTn2JRfhB06M9.vmROYrhtm98yD9kWmaQQ3FZJKd7PMn7dKlyFh7o3Kc4', path: '/', httpOnly: true },
    ],
    [
      'a Google Analytics _ga cookie for two years on the parent domain, capped at 400 days',
      '_ga=GA1.1.1234567890.1700000000; Path=/; Domain=.example.com; Expires=Thu, 23 Nov 2028 18:00:00 GMT; SameSite=Lax',
      { name: '_ga', value: 'GA1.1.1234567890.1700000000', domain: 'example.com', path: '/', sameSite: 'lax', expires: NOW + 400 * DAY },
    ],
    [
      'a cross-site cookie with the full modern set of attributes',
      '__Host-id=abc; Secure; HttpOnly; Path=/; SameSite=None; Partitioned',
      { name: '__Host-id', secure: true, httpOnly: true, path: '/', sameSite: 'none', partitioned: true },
    ],
    [
      'a PHP session with a quoted-looking value',
      'PHPSESSID="0123456789abcdefghijklmnop"; path=/',
      { name: 'PHPSESSID', value: '"0123456789abcdefghijklmnop"', path: '/' },
    ],
  ])('reads %s', (_label, line, expected) => {
    expect(parse(line)).toMatchObject(expected);
  });

  it('keeps every attribute in order, with names as written and values trimmed', () => {
    expect(parse('a=b; Path = /x ;secure; Priority=High').attributes).toEqual([
      { name: 'Path', value: '/x' },
      { name: 'secure', value: '' },
      { name: 'Priority', value: 'High' },
    ]);
  });

  it('says nothing about a clean line', () => {
    expect(codes('session=abc; Expires=Thu, 24 Dec 2026 17:59:53 GMT; HttpOnly; Path=/')).toEqual([]);
  });
});

describe('parseSetCookie name and value', () => {
  it.each([
    ['trims spaces and tabs around name and value', ' \tfoo \t=\t bar \t', 'foo', 'bar'],
    ['splits at the first "=" only', 'a===b', 'a', '==b'],
    ['keeps a nameless cookie whose value is the whole pair (6265bis)', 'justavalue', '', 'justavalue'],
    ['keeps a cookie with an empty name before "="', '=abc', '', 'abc'],
    ['keeps an empty value', 'x=', 'x', ''],
    ['keeps quotes, commas and spaces inside the value', 'a="b, c d"', 'a', '"b, c d"'],
    ['keeps non-ASCII text', 'ключ=значение', 'ключ', 'значение'],
  ])('%s', (_label, line, name, value) => {
    const cookie = parse(line);
    expect([cookie.name, cookie.value]).toEqual([name, value]);
  });

  it('notes that a line without "=" becomes a nameless cookie', () => {
    expect(codes('justavalue')).toEqual(['no-equals']);
  });

  it.each([
    ['an empty line', ''],
    ['only spaces', '   '],
    ['a lone "="', '='],
    ['attributes with no cookie in front', '; Path=/'],
  ])('rejects %s for having neither name nor value', (_label, line) => {
    const result = parseSetCookie(line);
    expect(result.cookie).toBeNull();
    expect(result.diagnostics.map((d) => [d.code, d.effect])).toContainEqual(['empty-name-and-value', 'rejected']);
  });

  it.each([
    ['a NUL in the value', 'a=b\u0000c'],
    ['a CR in the value', 'a=b\rc'],
    ['a LF in an attribute', 'a=b; Path=/\n'],
    ['a DEL in the name', 'a\u007f=b'],
    ['an escape character in the middle', 'a=b; Secure; x=\u001b[31m'],
  ])('rejects the whole line for %s', (_label, line) => {
    const result = parseSetCookie(line);
    expect(result.cookie).toBeNull();
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: 'control-character', effect: 'rejected' })]);
  });

  it('allows a horizontal tab, which is whitespace', () => {
    expect(parse('a=b\tc; Path=/').value).toBe('b\tc');
  });

  it('accepts name and value of exactly 4096 bytes', () => {
    expect(parseSetCookie(`n=${'v'.repeat(4095)}`).cookie?.value).toHaveLength(4095);
  });

  it('rejects name and value over 4096 bytes but still reports the cookie it would have been', () => {
    const result = parseSetCookie(`n=${'v'.repeat(4096)}; Path=/`);
    expect(result.cookie).toBeNull();
    expect(result.rejectedCookie).toMatchObject({ name: 'n', path: '/' });
    expect(result.diagnostics.map((d) => d.code)).toEqual(['name-value-too-long']);
  });

  it('counts the 4096-byte limit in UTF-8 bytes, not characters', () => {
    // 1366 × 'é' is 2732 bytes; with 'n' and 1366 × '€' (3 bytes each) well over the limit.
    expect(parseSetCookie(`n=${'€'.repeat(1366)}`).cookie).toBeNull();
    expect(parseSetCookie(`n=${'é'.repeat(2047)}`).cookie).not.toBeNull();
    expect(parseSetCookie(`n=${'é'.repeat(2048)}`).cookie).toBeNull();
  });
});

describe('parseSetCookie expiry', () => {
  it('caps Expires at 400 days from now and says so', () => {
    const result = parseSetCookie('a=b; Expires=Fri, 01 Jan 2100 00:00:00 GMT', { now: NOW });
    expect(result.cookie?.expires).toBe(NOW + 400 * DAY);
    expect(result.diagnostics.map((d) => [d.code, d.attribute])).toEqual([['expiry-capped', 'expires']]);
  });

  it('keeps Expires as written when no clock is given', () => {
    expect(parseSetCookie('a=b; Expires=Fri, 01 Jan 2100 00:00:00 GMT').cookie?.expires).toBe(Date.UTC(2100, 0, 1));
  });

  it('records Max-Age as written and notes a Max-Age over 400 days', () => {
    const result = parseSetCookie('a=b; Max-Age=63072000', { now: NOW });
    expect(result.cookie?.maxAge).toBe(63072000);
    expect(result.diagnostics.map((d) => [d.code, d.attribute])).toEqual([['expiry-capped', 'max-age']]);
  });

  it('does not note a capped Expires that Max-Age overrides', () => {
    expect(codes('a=b; Expires=Fri, 01 Jan 2100 00:00:00 GMT; Max-Age=60')).toEqual([]);
  });

  it.each(['12a', '+5', '1.5', '-', '', '0x10', ' 5 5'])('ignores Max-Age=%j', (value) => {
    const result = parseSetCookie(`a=b; Max-Age=${value}`);
    expect(result.cookie?.maxAge).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.code, d.effect])).toEqual([['invalid-max-age', 'ignored']]);
  });

  it.each([
    ['-1', -1],
    ['0', 0],
    ['007', 7],
    ['-0', 0],
  ])('reads Max-Age=%s as %d', (value, seconds) => {
    expect(parse(`a=b; Max-Age=${value}`).maxAge).toBe(seconds);
  });

  it('keeps an absurdly long Max-Age finite', () => {
    expect(parse(`a=b; Max-Age=${'9'.repeat(400)}`).maxAge).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('ignores an unreadable Expires and keeps an earlier valid one', () => {
    const result = parseSetCookie('a=b; Expires=Thu, 24 Dec 2026 17:59:53 GMT; Expires=tomorrow', { now: NOW });
    expect(result.cookie?.expires).toBe(Date.UTC(2026, 11, 24, 17, 59, 53));
    expect(result.diagnostics.map((d) => d.code)).toEqual(['duplicate-attribute', 'invalid-expires']);
  });
});

describe('isDeletion', () => {
  it.each([
    ['Max-Age=0', 'a=; Max-Age=0', true],
    ['a negative Max-Age', 'a=; Max-Age=-1', true],
    ['an Expires in the past', 'a=; Expires=Thu, 01 Jan 1970 00:00:00 GMT', true],
    ['Max-Age that outranks a past Expires', 'a=b; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=60', false],
    ['Max-Age=0 that outranks a future Expires', 'a=b; Expires=Thu, 24 Dec 2026 17:59:53 GMT; Max-Age=0', true],
    ['a session cookie', 'a=b', false],
    ['a future Expires', 'a=b; Expires=Thu, 24 Dec 2026 17:59:53 GMT', false],
  ])('%s → %s', (_label, line, expected) => {
    expect(isDeletion(parse(line), NOW)).toBe(expected);
  });
});

describe('parseSetCookie attributes', () => {
  it.each<[string, string, Partial<ParsedCookie>, DiagnosticCode[]]>([
    ['removes one leading dot from Domain and lower-cases it', 'a=b; Domain=.Example.COM', { domain: 'example.com' }, ['leading-dot-domain']],
    ['ignores an empty Domain', 'a=b; Domain=', { domain: undefined }, ['empty-domain']],
    ['ignores a Domain that is only a dot', 'a=b; Domain=.', { domain: undefined }, ['empty-domain']],
    ['keeps an earlier Domain when a later one is empty', 'a=b; Domain=example.org; Domain=', { domain: 'example.org' }, ['duplicate-attribute', 'empty-domain']],
    ['resets Path to the default when it does not start with "/"', 'a=b; Path=/x; Path=x', { path: undefined }, ['duplicate-attribute', 'invalid-path']],
    ['takes the last valid Path', 'a=b; Path=/x; Path=/y', { path: '/y' }, ['duplicate-attribute']],
    ['sets Secure even with a value', 'a=b; Secure=false', { secure: true }, ['flag-with-value']],
    ['sets HttpOnly even with a value', 'a=b; HttpOnly=no', { httpOnly: true }, ['flag-with-value']],
    ['accepts "Secure=" with an empty value silently', 'a=b; Secure=', { secure: true }, []],
    ['reads SameSite case-insensitively', 'a=b; SameSite=STRICT', { sameSite: 'strict', sameSiteRaw: 'STRICT' }, []],
    ['treats an unknown SameSite value as unspecified', 'a=b; SameSite=Lax; SameSite=Lox', { sameSite: undefined, sameSiteRaw: 'Lox' }, ['duplicate-attribute', 'invalid-samesite']],
    ['keeps an empty SameSite as raw text without calling it invalid', 'a=b; SameSite=', { sameSite: undefined, sameSiteRaw: '' }, []],
    ['does not fold a non-ASCII letter into a SameSite value', 'a=b; SameSite=\u016eone', { sameSite: undefined, sameSiteRaw: '\u016eone' }, ['invalid-samesite']],
    ['does not take "strack" for Strict', 'a=b; SameSite=Strack', { sameSite: undefined, sameSiteRaw: 'Strack' }, ['invalid-samesite']],
    ['reads Partitioned', 'a=b; Secure; Partitioned', { partitioned: true }, []],
    ['accepts Chrome\'s Priority and SameParty without complaint', 'a=b; Priority=High; SameParty', {}, []],
    ['calls a made-up attribute unknown', 'a=b; Sticky=yes', {}, ['unknown-attribute']],
    ['calls RFC 2965 Version unknown to browsers', 'a=b; Version=1', {}, ['unknown-attribute']],
    ['notes a repeated attribute once', 'a=b; Secure; secure; SECURE', { secure: true }, ['duplicate-attribute']],
    ['skips empty segments', 'a=b;;; ;Path=/;', { path: '/' }, []],
  ])('%s', (_label, line, expected, expectedCodes) => {
    const cookie = parse(line);
    for (const [key, value] of Object.entries(expected)) {
      if (value === undefined) expect(cookie).not.toHaveProperty(key);
      else expect(cookie).toHaveProperty(key, value);
    }
    expect(codes(line)).toEqual(expectedCodes);
  });

  it('ignores an attribute value over 1024 bytes and keeps the earlier one', () => {
    const result = parseSetCookie(`a=b; Path=/ok; Path=/${'x'.repeat(1024)}`);
    expect(result.cookie?.path).toBe('/ok');
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'attribute-too-long', effect: 'ignored', attribute: 'Path' }),
    ]);
  });

  it('accepts an attribute value of exactly 1024 bytes', () => {
    expect(parse(`a=b; Path=/${'x'.repeat(1023)}`).path).toHaveLength(1024);
  });

  it('never quotes the cookie value in a diagnostic', () => {
    const secret = 'hunter2-secret-token';
    const result = parseSetCookie(`${secret}; Secure=1; Max-Age=x; SameSite=q; Foo; Domain=; Path=z`);
    expect(result.diagnostics.length).toBeGreaterThan(4);
    for (const d of result.diagnostics) expect(d.message).not.toContain(secret);
  });
});
