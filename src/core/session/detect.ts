import { decodeCookieSession, decodeExpressSession } from './decode-express';
import { decodeDjango } from './decode-django';
import { decodeItsdangerous } from './decode-itsdangerous';
import { decodeJwt } from './decode-jwt';
import { decodeBase64Json, decodeOpaqueId, decodePlainJson } from './decode-plain';
import { decodeAspNetDataProtection, decodeRails } from './decode-recognised';
import { newDraft, type DecodeContext, type Draft } from './draft';
import type { DecodeOptions } from './types';

/**
 * Format decoders, most specific shape first: each recognises its format from the name and value
 * and returns null otherwise. JWT precedes itsdangerous because both have three dot-separated
 * parts starting `eyJ`; the plain JSON/base64 readers and the opaque-id guess come last.
 */
const DECODERS: ((ctx: DecodeContext) => Draft | null)[] = [
  decodeAspNetDataProtection,
  decodeExpressSession,
  decodeJwt,
  decodeItsdangerous,
  decodeDjango,
  decodeRails,
  decodeCookieSession,
  decodePlainJson,
  decodeBase64Json,
  decodeOpaqueId,
];

/** Recognises the value's format and decodes what the value alone reveals; unknown values are 'opaque'. */
export function detect(ctx: DecodeContext): Draft {
  for (const decode of DECODERS) {
    const draft = decode(ctx);
    if (draft !== null) return draft;
  }
  return newDraft('opaque');
}

export function contextFor(value: string, options: DecodeOptions): DecodeContext {
  const salts = Array.isArray(options.salts) ? options.salts.filter((salt): salt is string => typeof salt === 'string') : [];
  return {
    name: typeof options.name === 'string' ? options.name : '',
    raw: value,
    value: unwrap(value),
    signatureCookie: typeof options.signatureCookie === 'string' ? options.signatureCookie : null,
    salts,
  };
}

/** Undoes the two wrappings servers put around values: DQUOTEs (RFC 6265 allows them) and %-encoding. */
function unwrap(value: string): string {
  const unquoted = value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
  if (!/%[0-9A-Fa-f]{2}/.test(unquoted)) return unquoted;
  try {
    return decodeURIComponent(unquoted);
  } catch {
    return unquoted;
  }
}
