/**
 * The part of a signed value that carries the payload, ignoring the timestamp and signature, so
 * that Flask's refresh (same payload, new timestamp) is told apart from a real change. Runs on
 * every Set-Cookie line: no decoding, only index scans and at most one substring.
 *
 * - JWT: `header.payload.signature` → the payload segment (it carries `iat`, so a re-issued token
 *   counts as a change — which it is). Told apart from itsdangerous, whose payload also starts
 *   with `eyJ`, by its middle segment: JSON (`eyJ…`, or `e30` for `{}`) instead of a short timestamp.
 * - itsdangerous (Flask, Starlette): `[.]payload.timestamp.signature` → `[.]payload`.
 * - Django signing: `payload:timestamp:signature` → `payload`.
 * - Anything else: the value itself.
 */
export function payloadIdentity(value: string): string {
  const last = value.lastIndexOf('.');
  const prev = last > 0 ? value.lastIndexOf('.', last - 1) : -1;
  if (prev > 0) {
    if (isJwtShape(value, prev, last)) return value.slice(prev + 1, last);
    if (isSignedTail(value, prev, last, MAX_ITSDANGEROUS_TIMESTAMP, isBase64UrlChar)) return value.slice(0, prev);
  }
  const lastColon = value.lastIndexOf(':');
  const prevColon = lastColon > 0 ? value.lastIndexOf(':', lastColon - 1) : -1;
  if (prevColon > 0 && isSignedTail(value, prevColon, lastColon, MAX_DJANGO_TIMESTAMP, isAlphanumeric)) {
    return value.slice(0, prevColon);
  }
  return value;
}

/** Base64 of a 64-bit timestamp is at most 11 characters; base62 of one today is 6. */
const MAX_ITSDANGEROUS_TIMESTAMP = 12;
const MAX_DJANGO_TIMESTAMP = 10;
/** The shortest signature either format produces (HMAC-SHA1 in base64: 27 characters). */
const MIN_SIGNATURE = 16;

function isJwtShape(value: string, prev: number, last: number): boolean {
  return (
    value.startsWith('eyJ') &&
    value.indexOf('.') === prev &&
    (value.startsWith('eyJ', prev + 1) || (value.startsWith('e30', prev + 1) && last - prev === 4))
  );
}

/** `<sep>timestamp<sep>signature` from `timestampSep` to the end. */
function isSignedTail(
  value: string,
  timestampSep: number,
  signatureSep: number,
  maxTimestamp: number,
  isTimestampChar: (code: number) => boolean,
): boolean {
  const timestampLength = signatureSep - timestampSep - 1;
  if (timestampLength < 1 || timestampLength > maxTimestamp) return false;
  if (value.length - signatureSep - 1 < MIN_SIGNATURE) return false;
  for (let i = timestampSep + 1; i < signatureSep; i++) if (!isTimestampChar(value.charCodeAt(i))) return false;
  for (let i = signatureSep + 1; i < value.length; i++) if (!isBase64UrlChar(value.charCodeAt(i))) return false;
  return true;
}

function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isBase64UrlChar(code: number): boolean {
  return isAlphanumeric(code) || code === 45 || code === 95;
}
