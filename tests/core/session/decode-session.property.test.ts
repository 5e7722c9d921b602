import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSession, payloadIdentity, type DecodedSession } from '../../../src/core/session';
import { readFixture, type FlaskFixture } from './fixtures';

const FORMATS = new Set([
  'flask', 'flask-legacy', 'starlette', 'django-signed', 'cookie-session', 'express-session', 'jwt',
  'rails-encrypted', 'rails-signed', 'aspnet-data-protection', 'opaque-id', 'base64-json', 'json', 'opaque',
]);

const realCookies = [
  ...readFixture<FlaskFixture>('flask-cookies.json').samples.map((s) => s.cookie),
  ...readFixture<{ samples: { cookie: string }[] }>('other-session-cookies.json').samples.map((s) => s.cookie),
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJhbGljZSIsImFkbWluIjpmYWxzZSwiaWF0IjoxNzAwMDAwMDAwfQ.GkkqfAwgOINviLV10JW4Gx1v4KvE0A-Ayp25GlvnVcU',
  's%3AtDSLMw-GXbmFB1gsLv1hTn2JRfhB06M9.vmROYrhtm98yD9kWmaQQ3FZJKd7PMn7dKlyFh7o3Kc4',
];

/** A real cookie with a few characters replaced, inserted or deleted: the shapes decoders must survive. */
const nearValidCookie = fc
  .tuple(
    fc.constantFrom(...realCookies),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('replace', 'insert', 'delete'), fc.constantFrom('.', ':', '-', '_', '=', '%', 'e', 'J', '{', '"', '\\', ' ', '\0', 'é')), { maxLength: 4 }),
  )
  .map(([cookie, edits]) =>
    edits.reduce((value, [at, kind, char]) => {
      const i = value.length === 0 ? 0 : at % value.length;
      if (kind === 'delete') return value.slice(0, i) + value.slice(i + 1);
      return value.slice(0, i) + char + value.slice(kind === 'replace' ? i + 1 : i);
    }, cookie),
  );

const randomBytesAsText = fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes).toString('latin1'));

function expectWellFormed(result: DecodedSession): void {
  expect(FORMATS.has(result.format)).toBe(true);
  expect(['valid', 'invalid', 'unverified']).toContain(result.signature.status);
  expect(Array.isArray(result.warnings) && Array.isArray(result.sensitive) && Array.isArray(result.attribution)).toBe(true);
  expect(result.issuedAt === null || !Number.isNaN(Date.parse(result.issuedAt))).toBe(true);
}

describe('decodeSession never throws', () => {
  it('on arbitrary strings, names and secrets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 20 }), fc.array(fc.string(), { maxLength: 3 }), (value, name, secrets) => {
        expectWellFormed(decodeSession(value, { name, secrets, signatureCookie: value.slice(0, 27) }));
      }),
      { numRuns: 500 },
    );
  });

  it('on random bytes', () => {
    fc.assert(fc.property(randomBytesAsText, (value) => expectWellFormed(decodeSession(value))), { numRuns: 500 });
  });

  it('on near-valid cookies', () => {
    fc.assert(
      fc.property(nearValidCookie, fc.constantFrom('session', 'sessionid', 'connect.sid', 'theme', ''), (value, name) => {
        expectWellFormed(decodeSession(value, { name, secrets: ['dev'] }));
        expect(typeof payloadIdentity(value)).toBe('string');
      }),
      { numRuns: 1000 },
    );
  });

  it('on base64 of random JSON in itsdangerous and Django shapes', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), (json, django) => {
        const body = Buffer.from(JSON.stringify(json)).toString('base64url');
        const value = django ? `${body}:1xVYLD:${'A'.repeat(43)}` : `${body}.awR_EA.${'A'.repeat(27)}`;
        const result = decodeSession(value, { tryKnownSecrets: false, secrets: ['x'] });
        expectWellFormed(result);
        expect(result.signature.status).toBe('invalid');
      }),
      { numRuns: 300 },
    );
  });

  it.each([undefined, null, 42, {}, []])('on a value of %j instead of a string', (value) => {
    expectWellFormed(decodeSession(value as unknown as string, 42 as never));
  });

  it('on options of the wrong types', () => {
    const options = { name: 7, secrets: [null, 3, 'x'], salts: 'x', signatureCookie: 5, tryKnownSecrets: 'no' } as never;
    expectWellFormed(decodeSession('eyJhIjoxfQ.awR_EA.' + 'A'.repeat(27), options));
  });
});
