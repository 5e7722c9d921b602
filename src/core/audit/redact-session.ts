/**
 * Decoded payloads hold the same secrets as the cookie value: unless values are included, every
 * string and number in them is replaced by its size, keeping the keys (which is what an audit is
 * about). Booleans and null say nothing about the user and stay readable (`_permanent: true`).
 */
import { redactValue } from '../cookie/redact';
import type { DecodedSession } from '../session/types';
import { valueText } from '../session/value-text';

const MAX_DEPTH = 32;
/** How much of each value a one-line preview shows. */
const PREVIEW_CHARS = 80;

export function redactSession(session: DecodedSession, includeValues: boolean): DecodedSession {
  if (includeValues) return session;
  const signature = { ...session.signature };
  // A secret from the built-in list is published anyway; one from the user's wordlist is theirs.
  if (signature.secret !== undefined && signature.knownSecret === undefined) signature.secret = redactValue(signature.secret);
  return { ...session, payload: redactPayload(session.payload, 0), signature };
}

export function redactPayload(value: unknown, depth: number): unknown {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'string') return redactValue(value);
  if (typeof value === 'number' || typeof value === 'bigint') return redactValue(String(value));
  if (typeof value !== 'object' || depth >= MAX_DEPTH) return null;
  if (Array.isArray(value)) return value.map((item: unknown) => redactPayload(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]: [string, unknown]) => [k, redactPayload(v, depth + 1)]));
}

/** "_permanent=true, user_id=‹redacted 2 bytes›": the top-level keys with short values. */
export function payloadPreview(payload: unknown, includeValues: boolean): string {
  const shown = includeValues ? payload : redactPayload(payload, 0);
  if (shown === null || typeof shown !== 'object' || Array.isArray(shown)) return valueText(shown, PREVIEW_CHARS);
  return Object.entries(shown).map(([k, v]: [string, unknown]) => `${k}=${valueText(v, PREVIEW_CHARS)}`).join(', ');
}
