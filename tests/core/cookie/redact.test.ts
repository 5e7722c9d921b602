import { describe, expect, it } from 'vitest';
import { redactSetCookie, redactValue } from '../../../src/core/cookie/redact';

describe('redactSetCookie', () => {
  it.each([
    [
      'a Flask session',
      'session=eyJfcGVybWFuZW50Ijp0cnVlfQ.awR_GQ.pSDd28fxcXvMYHRc44OLlVzL2xY; Expires=Thu, 24 Dec 2026 17:59:53 GMT; HttpOnly; Path=/',
      'session=‹redacted 61 bytes›; Expires=Thu, 24 Dec 2026 17:59:53 GMT; HttpOnly; Path=/',
    ],
    ['a value with spaces around it', 'a =  secret ; Secure', 'a =  ‹redacted 6 bytes› ; Secure'],
    ['a value containing "="', 'token=a=b=c', 'token=‹redacted 5 bytes›'],
    ['a nameless cookie', 'justasecret; Path=/', '‹redacted 11 bytes›; Path=/'],
    ['a cookie named only by "="', '=secret', '=‹redacted 6 bytes›'],
    ['a multi-byte value, counted in bytes', 'n=€', 'n=‹redacted 3 bytes›'],
    ['a deletion, which has nothing to hide', 'session=; Max-Age=0; Path=/', 'session=; Max-Age=0; Path=/'],
    ['an "=" that belongs to an attribute', 'secret; Path=/a=b', '‹redacted 6 bytes›; Path=/a=b'],
  ])('keeps the name and attributes of %s', (_label, line, expected) => {
    expect(redactSetCookie(line)).toBe(expected);
  });

  it('never leaves the value in the output', () => {
    const value = 'eyJ1c2VyX2lkIjo0Mn0:1xVYLD:1Qs-cvx1XTBwlkQ2IcOcoeCl2keASlVKZTOvTegmTX0';
    expect(redactSetCookie(`sessionid=${value}; HttpOnly`)).not.toContain(value);
  });
});

describe('redactValue', () => {
  it.each([
    ['', ''],
    ['x', '‹redacted 1 byte›'],
    ['secret', '‹redacted 6 bytes›'],
    ['😀', '‹redacted 4 bytes›'],
  ])('redacts %j as %j', (value, expected) => {
    expect(redactValue(value)).toBe(expected);
  });
});
