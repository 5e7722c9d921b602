import { describe, expect, it } from 'vitest';
import { decodeSession } from '../../../src/core/session';
import { MAX_PAYLOAD_DEPTH } from '../../../src/core/session/depth-cap';
import { flaskCookie } from './flask-cookie';

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

  it('cuts a payload nested 100,000 deep at 64 levels, with a warning, in well under a second', () => {
    const depth = 100_000;
    const json = '{"a":'.repeat(depth) + '{" t":[1]}' + '}'.repeat(depth);
    const cookie = flaskCookie(new TextEncoder().encode(json), 'dev', true);
    decodeSession(flaskCookie(new TextEncoder().encode('{"a":{"a":1}}'), 'dev', true));
    const started = performance.now();
    const result = decodeSession(cookie);
    // Generous on a shared machine: before the cap this took ~310 ms; the point is "not linear in the depth again".
    expect(performance.now() - started).toBeLessThan(250);
    let node = result.payload as Record<string, unknown>;
    for (let level = 1; level < MAX_PAYLOAD_DEPTH; level++) node = node.a as Record<string, unknown>;
    expect(node).toEqual({ a: null });
    expect(result.warnings).toContain('The payload nests deeper than 64 levels; what lies deeper is shown as null.');
    expect(result.signature.secret).toBe('dev');
    expect(() => structuredClone(result)).not.toThrow();
    expect(() => JSON.stringify(result)).not.toThrow();
  });

  it('keeps a payload exactly 64 levels deep whole, without a warning', () => {
    const json = '['.repeat(MAX_PAYLOAD_DEPTH) + ']'.repeat(MAX_PAYLOAD_DEPTH);
    const result = decodeSession(flaskCookie(new TextEncoder().encode(json), 'dev', false));
    expect(JSON.stringify(result.payload)).toBe(json);
    expect(result.warnings).toEqual([]);
  });

  it('cuts deep nesting in formats without TaggedJSON too, the JWT header included', () => {
    const deep = '['.repeat(50_000) + ']'.repeat(50_000);
    const plain = decodeSession(Buffer.from(deep).toString('base64'), { name: 'cart' });
    expect(plain.format).toBe('base64-json');
    expect(JSON.stringify(plain.payload)).toBe('['.repeat(MAX_PAYLOAD_DEPTH) + 'null' + ']'.repeat(MAX_PAYLOAD_DEPTH));
    const header = Buffer.from(`{"alg":"none","x":${deep}}`).toString('base64url');
    const jwt = decodeSession(`${header}.${Buffer.from('{"a":1}').toString('base64url')}.`);
    expect(jwt.format).toBe('jwt');
    expect(() => structuredClone(jwt)).not.toThrow();
    expect(jwt.warnings).toContain('The payload nests deeper than 64 levels; what lies deeper is shown as null.');
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

describe('decodeSession on values far over the browser limit', () => {
  const withBlob = (length: number) => flaskCookie(new TextEncoder().encode(JSON.stringify({ blob: 'x'.repeat(length) })), 'dev', false);
  const oneMegabyte = withBlob(750_000);

  it('decodes a 1 MB value in well under a second without trying the built-in secrets, and says so', () => {
    expect(oneMegabyte.length).toBeGreaterThan(1_000_000);
    decodeSession(withBlob(20_000));
    const started = performance.now();
    const result = decodeSession(oneMegabyte, { name: 'session' });
    // Generous on a shared machine: trying the ~50 built-in secrets over 1 MB took over a second.
    expect(performance.now() - started).toBeLessThan(250);
    expect(result.format).toBe('flask');
    expect((result.payload as { blob: string }).blob).toHaveLength(750_000);
    expect(result.signature).toEqual({ status: 'unverified' });
    expect(result.warnings.join(' ')).toMatch(/over the 16 KiB up to which the \d+ publicly known secrets and the wordlist are tried/);
  });

  it('still tries a secret given explicitly', () => {
    expect(decodeSession(oneMegabyte, { secrets: ['dev'] }).signature).toMatchObject({ status: 'valid', secret: 'dev', tried: 1 });
    expect(decodeSession(oneMegabyte, { secrets: ['nope'] }).signature).toEqual({ status: 'invalid', tried: 1 });
  });

  it('does not try the wordlist on it', () => {
    const result = decodeSession(oneMegabyte, { wordlist: ['nope', 'dev'], tryKnownSecrets: false });
    expect(result.signature).toEqual({ status: 'unverified' });
    expect(result.warnings.join(' ')).toMatch(/up to which the wordlist is tried/);
  });

  it('tries the built-in secrets and the wordlist on a value of up to 16 KiB', () => {
    const cookie = withBlob(11_000);
    expect(cookie.length).toBeGreaterThan(4096);
    expect(cookie.length).toBeLessThanOrEqual(16 * 1024);
    expect(decodeSession(cookie).signature).toMatchObject({ status: 'valid', secret: 'dev' });
    expect(decodeSession(cookie, { wordlist: ['nope', 'dev'], tryKnownSecrets: false }).signature).toMatchObject({ status: 'valid', tried: 2 });
  });
});
