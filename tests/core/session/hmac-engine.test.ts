import { hmac } from '@noble/hashes/hmac.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import fc from 'fast-check';
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { HmacEngine, hashForDigestLength } from '../../../src/core/session/hmac-engine';

const HASHES = [
  ['sha1', sha1],
  ['sha256', sha256],
  ['sha384', sha384],
  ['sha512', sha512],
] as const;

describe('HmacEngine', () => {
  it.each(HASHES)('matches node:crypto HMAC-%s for the RFC 4231 test case 2', (name, hash) => {
    const engine = new HmacEngine(hash);
    const out = new Uint8Array(hash.outputLen);
    engine.setKey(new TextEncoder().encode('Jefe'));
    engine.mac(new TextEncoder().encode('what do ya want for nothing?'), out);
    expect(Buffer.from(out).toString('hex')).toBe(createHmac(name, 'Jefe').update('what do ya want for nothing?').digest('hex'));
  });

  it.each(HASHES)('agrees with noble hmac-%s for any key and messages, reusing one key for several messages', (_name, hash) => {
    const engine = new HmacEngine(hash);
    const out = new Uint8Array(hash.outputLen);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.array(fc.uint8Array({ maxLength: 300 }), { minLength: 1, maxLength: 3 }), (key, messages) => {
        engine.setKey(key);
        for (const message of messages) {
          engine.mac(message, out);
          expect(out).toEqual(hmac(hash, key, message));
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('hashForDigestLength', () => {
  it.each([
    [20, sha1],
    [32, sha256],
    [48, sha384],
    [64, sha512],
    [16, null],
  ])('maps a %i-byte signature to its hash', (length, hash) => {
    expect(hashForDigestLength(length)).toBe(hash);
  });
});
