import { zlibSync } from 'fflate';
import { hmac } from '@noble/hashes/hmac.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { describe, expect, it } from 'vitest';
import { decodeSession } from '../../../src/core/session';

/** Signs a payload the way Flask does, so the tests can build cookies no library would. */
function flaskCookie(payload: Uint8Array, secret: string, compressed: boolean): string {
  const body = (compressed ? '.' : '') + Buffer.from(compressed ? zlibSync(payload) : payload).toString('base64url');
  const signed = `${body}.${Buffer.from([0x6a, 0xfa, 0x1a, 0x00]).toString('base64url')}`;
  const key = hmac(sha1, new TextEncoder().encode(secret), new TextEncoder().encode('cookie-session'));
  return `${signed}.${Buffer.from(hmac(sha1, key, new TextEncoder().encode(signed))).toString('base64url')}`;
}

describe('decodeSession safety', () => {
  it('refuses a 10 MB zlib bomb in under 200 ms, with a warning', () => {
    const bomb = flaskCookie(new Uint8Array(10 * 1024 * 1024), 'dev', true);
    // Warm the inflater and the hashes first: the limit is about the bomb, not about JIT start-up.
    decodeSession(flaskCookie(new TextEncoder().encode('{"warm":"up up up up up"}'), 'dev', true));
    const started = performance.now();
    const result = decodeSession(bomb, { name: 'session' });
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(200);
    expect(result.format).toBe('flask');
    expect(result.payload).toBeNull();
    expect(result.compressed).toBe(true);
    expect(result.warnings.join(' ')).toMatch(/Decompression refused/);
    expect(result.signature.secret).toBe('dev');
  });

  it('decodes a value larger than 4096 bytes', () => {
    const payload = { items: Array.from({ length: 400 }, (_, i) => `item-${i}-${(i * 7919) % 1000}`) };
    const cookie = flaskCookie(new TextEncoder().encode(JSON.stringify(payload)), 'dev', false);
    expect(cookie.length).toBeGreaterThan(4096);
    const result = decodeSession(cookie);
    expect(result.payload).toEqual(payload);
    expect(result.signature.status).toBe('valid');
  });

  it('decodes a payload nested 10,000 deep', () => {
    const depth = 10_000;
    const json = '{"a":'.repeat(depth) + '{" t":[1]}' + '}'.repeat(depth);
    const result = decodeSession(flaskCookie(new TextEncoder().encode(json), 'dev', true));
    let node = result.payload as Record<string, unknown>;
    for (let i = 0; i < depth; i++) node = node.a as Record<string, unknown>;
    expect(node).toEqual([1]);
  });

  it('flags sensitive keys inside a signed payload', () => {
    const cookie = flaskCookie(new TextEncoder().encode('{"api_key":"sk_live_x","csrf_token":"abc","user":{"password":"hunter2"}}'), 'dev', false);
    expect(decodeSession(cookie).sensitive).toEqual([
      { key: 'api_key', kind: 'api-key' },
      { key: 'user.password', kind: 'password' },
    ]);
  });

  it('says when a compressed payload is not zlib', () => {
    const signedGarbage = `.${Buffer.from('not zlib at all').toString('base64url')}.awR_EA.${'A'.repeat(27)}`;
    const result = decodeSession(signedGarbage);
    expect(result.format).toBe('flask');
    expect(result.payload).toBeNull();
    expect(result.warnings).toContain('The compressed payload is not valid zlib data.');
  });

  it('reports a JWT with alg none as unsigned', () => {
    const token = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"admin":true}').toString('base64url')}.`;
    const result = decodeSession(token);
    expect(result.format).toBe('jwt');
    expect(result.jwtHeader).toEqual({ alg: 'none' });
    expect(result.payload).toEqual({ admin: true });
    expect(result.signature).toEqual({ status: 'unverified' });
    expect(result.warnings.join(' ')).toMatch(/not signed/);
  });

  it('does not try to verify an RS256 JWT', () => {
    const token = `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from('{"a":1}').toString('base64url')}.c2ln`;
    const result = decodeSession(token, { secrets: ['x'] });
    expect(result.signature).toEqual({ status: 'unverified' });
    expect(result.warnings.join(' ')).toMatch(/public key/);
  });
});
