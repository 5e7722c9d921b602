import { phrase, type Phrase } from '../i18n/phrase';
import { decodeBase64 } from './base64';
import { capDepth } from './depth-cap';
import { isoFromSeconds, newDraft, type DecodeContext, type Draft } from './draft';
import { hashForDigestLength, type HashFunction } from './hmac-engine';
import { decodeUtf8, parseJson, usesSpacedSeparators } from './json-text';
import { concatKeyTester, hmacDerivedKeyTester, utf8, type SignatureCheck } from './signature-check';
import { readBigEndian, readPayloadSegment } from './signed-payload';
import { resolveTaggedJson } from './tagged-json';
import type { SessionFormat } from './types';

/** `[.]payload.timestamp.signature`; Starlette's payload is standard base64, Flask's url-safe. */
const SHAPE = /^(\.?)([A-Za-z0-9_\-+/=]+)\.([A-Za-z0-9_-]{1,12})\.([A-Za-z0-9_-]{16,})$/;

/** itsdangerous 0.24 and older counted timestamps from 2011-01-01, not from 1970. */
const LEGACY_EPOCH = 1_293_840_000;

/** Flask: SecureCookieSessionInterface salt, key derivation 'hmac'. */
const FLASK_SALT = 'cookie-session';
/** Starlette: TimestampSigner defaults, key derivation 'django-concat'. */
const SIGNER_SALT = 'itsdangerous.Signer';

type Flavour = 'flask' | 'starlette';

/** Flask (`session`, TaggedJSON, maybe compressed) and Starlette/FastAPI SessionMiddleware values. */
export function decodeItsdangerous(ctx: DecodeContext): Draft | null {
  const match = SHAPE.exec(ctx.raw);
  if (!match) return null;
  const [, dot, body = '', timestampText = '', signatureText = ''] = match;
  const signature = decodeBase64(signatureText);
  const timestampBytes = decodeBase64(timestampText);
  if (signature === null || timestampBytes === null || timestampBytes.length === 0) return null;
  // Only HMAC digest lengths: keeps dotted values like analytics ids from passing for Flask.
  const hash = hashForDigestLength(signature.length);
  if (hash === null) return null;

  const compressed = dot === '.';
  const warnings: Phrase[] = [];
  const bytes = readPayloadSegment(body, compressed, warnings);
  const text = bytes === null ? null : decodeUtf8(bytes);
  const parsed = text === null ? { ok: false as const } : parseJson(text);
  if (bytes !== null && !parsed.ok) warnings.push(phrase('warnNotJson'));
  const flavour = flavourOf(body, compressed, parsed.ok ? text : null);

  const timestamp = readBigEndian(timestampBytes);
  const legacy = flavour !== 'starlette' && timestamp < LEGACY_EPOCH;
  if (legacy) {
    warnings.push(phrase('warnLegacyEpoch'));
  }
  const flaskFormat: SessionFormat = legacy ? 'flask-legacy' : 'flask';
  const checks = signatureChecks(ctx, flavour, flaskFormat, hash, signature);
  // Capped before TaggedJSON is resolved, so the resolution never walks a hostile depth.
  const payload = !parsed.ok ? null : flavour === 'flask' ? resolveTaggedJson(capDepth(parsed.value, warnings), warnings) : parsed.value;
  return newDraft(flavour === 'starlette' ? 'starlette' : flaskFormat, {
    payload,
    compressed,
    issuedAt: isoFromSeconds(legacy ? timestamp + LEGACY_EPOCH : timestamp),
    warnings,
    checks,
  });
}

/** Which library wrote it, from the alphabet and the JSON separators; null when the payload says nothing. */
function flavourOf(body: string, compressed: boolean, json: string | null): Flavour | null {
  if (compressed) return 'flask';
  if (/[+/=]/.test(body)) return 'starlette';
  if (/[-_]/.test(body)) return 'flask';
  if (json === null) return null;
  return usesSpacedSeparators(json) ? 'starlette' : 'flask';
}

function signatureChecks(
  ctx: DecodeContext,
  flavour: Flavour | null,
  flaskFormat: SessionFormat,
  hash: HashFunction,
  signature: Uint8Array,
): SignatureCheck[] {
  const message = utf8(ctx.raw.slice(0, ctx.raw.lastIndexOf('.')));
  const checks: SignatureCheck[] = [];
  if (flavour !== 'starlette') {
    const salts = [FLASK_SALT, ...ctx.salts].map(utf8);
    checks.push({ test: hmacDerivedKeyTester(hash, salts, message, signature), format: flaskFormat });
  }
  if (flavour !== 'flask') {
    const prefixes = [SIGNER_SALT, ...ctx.salts].map((salt) => utf8(salt + 'signer'));
    checks.push({ test: concatKeyTester(hash, prefixes, message, signature), format: 'starlette' });
  }
  return checks;
}
