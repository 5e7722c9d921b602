import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { payloadIdentity } from '../../../src/core/session';
import { readFixture, type FlaskFixture } from './fixtures';

const liveCurl = readFileSync(path.resolve(__dirname, '../../fixtures/sessions/flask-live-curl.txt'), 'utf8');
const permanentRun = liveCurl.split('#####')[1] ?? '';
const refreshedValues = [...permanentRun.matchAll(/Set-Cookie: session=([^;]+);/g)].map((m) => m[1]!);

describe('payloadIdentity', () => {
  it('gives one identity to the refreshes of a permanent Flask session (only the timestamp moved)', () => {
    expect(refreshedValues).toHaveLength(4);
    expect(new Set(refreshedValues).size).toBe(4);
    expect(new Set(refreshedValues.map(payloadIdentity))).toEqual(new Set(['eyJfcGVybWFuZW50Ijp0cnVlLCJ1c2VyIjoiYWxpY2UifQ']));
  });

  it('keeps the leading dot of a compressed Flask payload', () => {
    const compressed = readFixture<FlaskFixture>('flask-cookies.json').samples.find((s) => s.compressed)!;
    expect(payloadIdentity(compressed.cookie)).toBe(compressed.cookie.split('.').slice(0, 2).join('.'));
    expect(payloadIdentity(compressed.cookie).startsWith('.eJ')).toBe(true);
  });

  it.each([
    ['a Flask value', 'eyJ1c2VyX2lkIjo0Mn0.HeYQkA.EVzxN0Dwj-glzrbB9QnQ24YN1h0', 'eyJ1c2VyX2lkIjo0Mn0'],
    ['a Starlette value', 'eyJ1c2VyIjogImFsaWNlIiwgIm4iOiBbMSwgMiwgM119.awR_cQ.EisMA3ZzHyi5vsL2-p1CxYNePLM', 'eyJ1c2VyIjogImFsaWNlIiwgIm4iOiBbMSwgMiwgM119'],
    ['a Django value', 'eyJ1c2VyX2lkIjo0Mn0:1xVYLD:1Qs-cvx1XTBwlkQ2IcOcoeCl2keASlVKZTOvTegmTX0', 'eyJ1c2VyX2lkIjo0Mn0'],
    ['a Django set_signed_cookie value with ":" inside', 'a:b:1xVYLD:VcK60jF10agFbA2MfTqjU9JmzzAc1n0-r1R-ePQ4Akc', 'a:b'],
    ['a JWT', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhIn0.sig', 'eyJzdWIiOiJhIn0'],
    ['a JWT with an empty payload and no signature', 'eyJhbGciOiJub25lIn0.e30.', 'e30'],
    ['a plain value', 'GA1.2.1234567890.1700000000', 'GA1.2.1234567890.1700000000'],
    ['an express-session id', 's%3AtDSLMw-GXbmFB1gsLv1hTn2JRfhB06M9.vmROYrhtm98yD9kWmaQQ3FZJKd7PMn7dKlyFh7o3Kc4', 's%3AtDSLMw-GXbmFB1gsLv1hTn2JRfhB06M9.vmROYrhtm98yD9kWmaQQ3FZJKd7PMn7dKlyFh7o3Kc4'],
    ['a value with a short tail', 'a.b.c', 'a.b.c'],
    ['an empty value', '', ''],
  ])('takes the payload of %s', (_name, value, expected) => {
    expect(payloadIdentity(value)).toBe(expected);
  });

  it('changes when the Flask payload changes', () => {
    const nonPermanent = liveCurl.split('#####')[2] ?? '';
    const other = /Set-Cookie: session=([^;]+);/.exec(nonPermanent)![1]!;
    expect(payloadIdentity(other)).not.toBe(payloadIdentity(refreshedValues[0]!));
  });
});
