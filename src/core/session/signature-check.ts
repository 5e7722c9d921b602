import { HmacEngine, type HashFunction } from './hmac-engine';
import type { SessionFormat } from './types';

/** Answers whether one candidate secret produced the signature; built once per cookie. */
export type SecretTester = (secret: Uint8Array) => boolean;

export interface SignatureCheck {
  test: SecretTester;
  /** The format a match proves, when the value's shape alone left it open (Flask vs Starlette). */
  format?: SessionFormat;
}

const encoder = new TextEncoder();

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The secret is the HMAC key itself: keygrip (cookie-session), cookie-signature (express-session), JWT HS*. */
export function rawKeyTester(hash: HashFunction, message: Uint8Array, expected: Uint8Array): SecretTester {
  const engine = new HmacEngine(hash);
  const out = new Uint8Array(hash.outputLen);
  return (secret) => {
    engine.setKey(secret);
    engine.mac(message, out);
    return sameBytes(out, expected);
  };
}

/**
 * itsdangerous `key_derivation='hmac'` (Flask): key = HMAC(secret, salt). The secret's keyed
 * state is computed once and reused for every salt.
 */
export function hmacDerivedKeyTester(
  hash: HashFunction,
  salts: Uint8Array[],
  message: Uint8Array,
  expected: Uint8Array,
): SecretTester {
  const derive = new HmacEngine(hash);
  const sign = new HmacEngine(hash);
  const key = new Uint8Array(hash.outputLen);
  const out = new Uint8Array(hash.outputLen);
  return (secret) => {
    derive.setKey(secret);
    for (const salt of salts) {
      derive.mac(salt, key);
      sign.setKey(key);
      sign.mac(message, out);
      if (sameBytes(out, expected)) return true;
    }
    return false;
  };
}

/**
 * Key = HASH(prefix + secret): itsdangerous `django-concat` (Starlette; prefix = salt + "signer")
 * and Django's signer. The hash state after each constant prefix is computed once per cookie.
 */
export function concatKeyTester(
  hash: HashFunction,
  prefixes: Uint8Array[],
  message: Uint8Array,
  expected: Uint8Array,
): SecretTester {
  const prefixed = prefixes.map((prefix) => {
    const state = hash.create();
    state.update(prefix);
    return state;
  });
  const work = hash.create();
  const sign = new HmacEngine(hash);
  const key = new Uint8Array(hash.outputLen);
  const out = new Uint8Array(hash.outputLen);
  return (secret) => {
    for (const state of prefixed) {
      const keyHash = state._cloneInto(work);
      keyHash.update(secret);
      keyHash.digestInto(key);
      sign.setKey(key);
      sign.mac(message, out);
      if (sameBytes(out, expected)) return true;
    }
    return false;
  };
}
