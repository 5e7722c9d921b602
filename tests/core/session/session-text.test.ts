/**
 * Session warnings and attribution carry catalogue phrases, and the English in `warnings` and
 * `meaning` is exactly what the catalogue renders from them: over the real session cookies of the
 * conformance fixtures and values built to raise each kind of warning.
 */
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../src/core/i18n/catalogue';
import { english } from '../../../src/core/i18n/english';
import { decodeSession } from '../../../src/core/session';
import type { DecodedSession, DecodeOptions } from '../../../src/core/session/types';
import { readFixture, type FlaskFixture } from './fixtures';
import { flaskCookie } from './flask-cookie';

const b64 = (text: string, alphabet: 'base64' | 'base64url' = 'base64url') => Buffer.from(text).toString(alphabet);
const JWT_HEADER = (header: object) => b64(JSON.stringify(header));

const flask = readFixture<FlaskFixture>('flask-cookies.json');
const others = readFixture<{ samples: { id: string; cookie: string; cookie_name?: string }[] }>('other-session-cookies.json').samples;

const VALUES: [string, string, DecodeOptions][] = [
  ...flask.samples.map((s): [string, string, DecodeOptions] => [`Flask ${s.id}`, s.cookie, { name: 'session' }]),
  ...flask.synthetic_samples.map((s): [string, string, DecodeOptions] => [`Flask ${s.id}`, s.cookie, { name: 'session' }]),
  ...others.map((s): [string, string, DecodeOptions] => [s.id, s.cookie, { name: s.cookie_name ?? 'session' }]),
  ['a Flask session with Flask-Login keys', flaskCookie('{"_user_id":"1","_fresh":true,"_id":"x","csrf_token":"t","_permanent":true}', 'dev', false), {}],
  ['a Flask value that is not JSON', flaskCookie('not json', 'dev', false), {}],
  ['a compressed Flask value that is not zlib', `.${b64('nope')}.ah0aAA.${'A'.repeat(27)}`, { name: 'session' }],
  ['a Flask value nested too deep', flaskCookie('['.repeat(80) + ']'.repeat(80), 'dev', false), {}],
  ['an encrypted JWT', `${JWT_HEADER({ alg: 'RSA-OAEP', enc: 'A256GCM' })}.a.b.c.d`, { name: 'token' }],
  ['an RS256 JWT', `${JWT_HEADER({ alg: 'RS256' })}.${b64('{"sub":"a","exp":1}')}.c2ln`, { name: 'token' }],
  ['an unsigned JWT', `${JWT_HEADER({ alg: 'none' })}.${b64('{"sub":"a"}')}.`, { name: 'token' }],
  ['a short express-session id', `s:abc.${Buffer.alloc(32, 7).toString('base64').replace(/=+$/, '')}`, { name: 'connect.sid' }],
  ['a short PHP session id', 'abc123', { name: 'PHPSESSID' }],
  ['cookie-session without its signature cookie', b64('{"user":"alice"}', 'base64'), { name: 'session' }],
  ["cookie-session's signature cookie", 'QeAC__G2lyS_mfFfCQQ51YM_9kY', { name: 'session.sig' }],
  ['a Rails 5.2 encrypted cookie', `${b64('ciphertext', 'base64')}--${Buffer.alloc(12, 1).toString('base64')}--${Buffer.alloc(16, 2).toString('base64')}`, { name: '_app_session' }],
  ['an ASP.NET Core cookie', `CfDJ8${'A'.repeat(40)}`, { name: '.AspNetCore.Session' }],
  ['a Django value of 20,000 characters', `${b64(JSON.stringify({ a: 'x'.repeat(15000) }))}:1xVYLD:${'A'.repeat(43)}`, { name: 'sessionid' }],
  ['the same value, tried with a wordlist only', `${b64(JSON.stringify({ a: 'x'.repeat(15000) }))}:1xVYLD:${'A'.repeat(43)}`, { name: 'sessionid', tryKnownSecrets: false, wordlist: ['x'] }],
];

const DECODED = VALUES.map(([what, value, options]): [string, DecodedSession] => [what, decodeSession(value, options)]);

describe('the text of decoded sessions', () => {
  it('is exercised on warnings and attribution alike', () => {
    const warned = new Set(DECODED.flatMap(([, d]) => d.text?.warnings.map((w) => w.id) ?? []));
    expect(warned.size).toBeGreaterThanOrEqual(15);
    expect(DECODED.some(([, d]) => d.attribution.length > 0)).toBe(true);
  });

  it.each(DECODED)('%s: every warning renders from the catalogue to exactly its English', (_, d) => {
    expect(d.text?.warnings.map((w) => w.id).filter((id) => !Object.hasOwn(CATALOGUE, id))).toEqual([]);
    expect(d.text?.warnings.map(english)).toEqual(d.warnings);
  });

  it.each(DECODED)('%s: every attributed meaning renders from the catalogue to exactly its English', (_, d) => {
    for (const a of d.attribution) expect(a.text && english(a.text.meaning)).toBe(a.meaning);
  });
});
