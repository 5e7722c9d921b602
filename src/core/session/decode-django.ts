import { phrase, type Phrase } from '../i18n/phrase';
import { decodeBase64 } from './base64';
import { isoFromSeconds, newDraft, type DecodeContext, type Draft } from './draft';
import { hashForDigestLength } from './hmac-engine';
import { isJsonContainer, parseJsonBytes } from './json-text';
import { concatKeyTester, utf8, type SignatureCheck } from './signature-check';
import { readPayloadSegment } from './signed-payload';

const TIMESTAMP = /^[0-9A-Za-z]{1,10}$/;
const SIGNATURE = /^[A-Za-z0-9_-]{16,}$/;
const SIGNED_JSON = /^\.?[A-Za-z0-9_-]+$/;

/** Every pickle since protocol 2 starts with the PROTO opcode. */
const PICKLE_PROTOCOL = 0x80;

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Salts Django signs with by default: the signed_cookies session backend and signing.dumps. */
const DUMPS_SALTS = ['django.contrib.sessions.backends.signed_cookies', 'django.core.signing'];
/** TimestampSigner's own default salt (its module and class name). */
const SIGNER_SALT = 'django.core.signing.TimestampSigner';
/** HttpResponse.set_signed_cookie prefixes SECRET_KEY with this and salts with the cookie name. */
const COOKIE_KEY_PREFIX = 'django.http.cookies';

/**
 * Django `signing` values, `payload:timestamp:signature` (split from the right like Django does,
 * since a set_signed_cookie payload may itself hold ':'). Signed with HMAC-SHA256 (SHA1 before
 * Django 3.1) keyed by HASH(salt + "signer" + secret).
 */
export function decodeDjango(ctx: DecodeContext): Draft | null {
  const value = ctx.raw;
  const signatureAt = value.lastIndexOf(':');
  const timestampAt = signatureAt > 0 ? value.lastIndexOf(':', signatureAt - 1) : -1;
  if (timestampAt < 0) return null;
  const payloadText = value.slice(0, timestampAt);
  const timestampText = value.slice(timestampAt + 1, signatureAt);
  const signatureText = value.slice(signatureAt + 1);
  if (!TIMESTAMP.test(timestampText) || !SIGNATURE.test(signatureText)) return null;
  const signature = decodeBase64(signatureText);
  const hash = signature === null ? null : hashForDigestLength(signature.length);
  if (signature === null || hash === null) return null;

  const warnings: Phrase[] = [];
  const dumped = readDumped(payloadText, warnings);
  const message = utf8(value.slice(0, signatureAt));
  const salts = dumped.isDumps ? [...DUMPS_SALTS, ...ctx.salts].map((salt) => `${salt}signer`) : cookieSalts(ctx);
  const prefixes = salts.map(utf8);
  const check: SignatureCheck = { test: concatKeyTester(hash, prefixes, message, signature) };
  return newDraft('django-signed', {
    payload: dumped.isDumps ? dumped.payload : payloadText,
    compressed: dumped.compressed,
    issuedAt: isoFromSeconds(base62(timestampText)),
    warnings,
    checks: [check],
  });
}

interface Dumped {
  /** Written by signing.dumps (base64 JSON), as opposed to a plain signed string. */
  isDumps: boolean;
  payload: unknown;
  compressed: boolean;
}

function readDumped(payloadText: string, warnings: Phrase[]): Dumped {
  const plain: Dumped = { isDumps: false, payload: null, compressed: false };
  if (!SIGNED_JSON.test(payloadText)) return plain;
  const compressed = payloadText.startsWith('.');
  const problems: Phrase[] = [];
  const bytes = readPayloadSegment(compressed ? payloadText.slice(1) : payloadText, compressed, problems);
  if (bytes !== null) {
    const parsed = parseJsonBytes(bytes);
    if (parsed.ok && isJsonContainer(parsed.value)) return { isDumps: true, payload: parsed.value, compressed };
    if (bytes[0] === PICKLE_PROTOCOL) {
      warnings.push(phrase('warnDjangoPickle'));
      return { isDumps: true, payload: null, compressed };
    }
  }
  // Only dumps(compress=True) writes a leading '.'; anything else is a plainly signed string ('dark').
  if (!compressed) return plain;
  warnings.push(...problems);
  if (bytes !== null) warnings.push(phrase('warnNotJson'));
  return { isDumps: true, payload: null, compressed };
}

/** Key prefixes for a set_signed_cookie value (salt = cookie name + the caller's salt) or a bare TimestampSigner. */
function cookieSalts(ctx: DecodeContext): string[] {
  const saltSuffixes = ['', ...ctx.salts];
  const fromCookie = saltSuffixes.map((salt) => `${ctx.name}${salt}signer${COOKIE_KEY_PREFIX}`);
  const fromSigner = [SIGNER_SALT, ...ctx.salts].map((salt) => `${salt}signer`);
  return [...fromCookie, ...fromSigner];
}

function base62(text: string): number {
  let value = 0;
  for (const char of text) value = value * 62 + BASE62.indexOf(char);
  return value;
}
