import { describe, expect, it } from 'vitest';
import { lineFromHarCookie, setCookieLines } from '../../../src/core/har/set-cookie-lines';

describe('setCookieLines', () => {
  it('keeps every Set-Cookie header, in order, whatever the case of its name', () => {
    const headers = [
      { name: 'Set-Cookie', value: 'a=1; Path=/' },
      { name: 'content-type', value: 'text/html' },
      { name: 'set-cookie', value: 'b=2' },
    ];
    expect(setCookieLines({}, headers)).toEqual({ lines: ['a=1; Path=/', 'b=2'], rebuilt: false });
  });

  it('splits a value holding several lines joined by newlines', () => {
    expect(setCookieLines({}, [{ name: 'Set-Cookie', value: 'a=1\r\nb=2\n\n' }]).lines).toEqual(['a=1', 'b=2']);
  });

  it('prefers the headers to response.cookies[]', () => {
    const response = { cookies: [{ name: 'other', value: 'x' }] };
    expect(setCookieLines(response, [{ name: 'Set-Cookie', value: 'a=1' }])).toEqual({ lines: ['a=1'], rebuilt: false });
  });

  it('rebuilds lines from response.cookies[] when there is no Set-Cookie header', () => {
    const response = {
      cookies: [
        { name: 'sid', value: 'abc', path: '/', domain: '.app.example', expires: '2026-12-01T00:00:00.000Z', httpOnly: true, secure: true, sameSite: 'Lax' },
        { name: 'bad' },
        'junk',
      ],
    };
    expect(setCookieLines(response, [])).toEqual({
      lines: ['sid=abc; Path=/; Domain=.app.example; Expires=Tue, 01 Dec 2026 00:00:00 GMT; Secure; HttpOnly; SameSite=Lax'],
      rebuilt: true,
    });
  });

  it('reports no lines and nothing rebuilt when there are no cookies at all', () => {
    expect(setCookieLines({ cookies: [] }, [])).toEqual({ lines: [], rebuilt: false });
  });
});

describe('lineFromHarCookie', () => {
  it.each([
    [{ name: 'a', value: '1', expires: null }, 'a=1'],
    [{ name: 'a', value: '1', expires: '' }, 'a=1'],
    [{ name: 'a', value: '1', expires: 'never' }, 'a=1'],
    [{ name: 'a', value: '1', expires: 1796083200 }, 'a=1; Expires=Tue, 01 Dec 2026 00:00:00 GMT'],
    [{ name: 'a', value: '1', expires: 1796083200000 }, 'a=1; Expires=Tue, 01 Dec 2026 00:00:00 GMT'],
    [{ name: 'a', value: '1', samesite: 'Strict' }, 'a=1; SameSite=Strict'],
    [{ name: 'a', value: '1', secure: 'yes', httpOnly: 1 }, 'a=1'],
    [{ name: 1, value: '1' }, null],
  ])('writes %j as %j', (cookie, line) => {
    expect(lineFromHarCookie(cookie)).toBe(line);
  });
});
