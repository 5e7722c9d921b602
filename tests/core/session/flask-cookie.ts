import { hmac } from '@noble/hashes/hmac.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { zlibSync } from 'fflate';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Signs a payload the way Flask does, so tests can build cookies no library would (huge, deep, bombs). */
export function flaskCookie(payload: Uint8Array | string, secret: string, compressed: boolean): string {
  const bytes = typeof payload === 'string' ? utf8(payload) : payload;
  const body = (compressed ? '.' : '') + Buffer.from(compressed ? zlibSync(bytes) : bytes).toString('base64url');
  const signed = `${body}.${Buffer.from([0x6a, 0xfa, 0x1a, 0x00]).toString('base64url')}`;
  const key = hmac(sha1, utf8(secret), utf8('cookie-session'));
  return `${signed}.${Buffer.from(hmac(sha1, key, utf8(signed))).toString('base64url')}`;
}
