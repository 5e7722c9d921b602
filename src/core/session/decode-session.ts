import { english } from '../i18n/english';
import { phrase, type Phrase } from '../i18n/phrase';
import { attributeKeys } from './attribution';
import { capDepth } from './depth-cap';
import { contextFor, detect } from './detect';
import { searchSecrets } from './secret-search';
import { findSensitive, findSensitiveInValue } from './sensitive';
import type { DecodedSession, DecodeOptions } from './types';

/**
 * Recognises and decodes a cookie value: its format, the payload as plain JSON, when it was
 * issued, whether a known or given secret signed it, which library wrote each well-known key and
 * what looks secret. Synchronous, and never throws: unknown values come back as 'opaque'.
 */
export function decodeSession(value: string, options?: DecodeOptions): DecodedSession {
  const text = typeof value === 'string' ? value : '';
  const opts = options ?? {};
  try {
    return decode(text, opts);
  } catch (error) {
    // Every site's cookies reach this function; a decoder bug must cost one cookie's analysis,
    // not the whole audit.
    return { ...emptyResult(), ...warned([phrase('warnNotAnalysed', error instanceof Error ? error.message : String(error))]) };
  }
}

function decode(value: string, options: DecodeOptions): DecodedSession {
  const ctx = contextFor(value, options);
  const draft = detect(ctx);
  const search = searchSecrets(draft.checks, options, value.length);
  if (search.warning !== undefined) draft.warnings.push(search.warning);
  const format = search.format ?? draft.format;
  const payload = capDepth(draft.payload, draft.warnings);
  const jwtHeader = draft.jwtHeader === undefined ? undefined : capDepth(draft.jwtHeader, draft.warnings);
  const result: DecodedSession = {
    format,
    payload,
    compressed: draft.compressed,
    issuedAt: draft.issuedAt,
    signature: search.signature,
    attribution: attributeKeys(payload, format),
    sensitive: format === 'opaque' ? findSensitiveInValue(ctx.value) : findSensitive(payload),
    ...warned(draft.warnings),
  };
  if (draft.entropyBits !== undefined) result.entropyBits = draft.entropyBits;
  if (jwtHeader !== undefined) result.jwtHeader = jwtHeader;
  return result;
}

function emptyResult(): DecodedSession {
  return {
    format: 'opaque',
    payload: null,
    compressed: false,
    issuedAt: null,
    signature: { status: 'unverified' },
    attribution: [],
    sensitive: [],
    ...warned([]),
  };
}

/** The warnings in English, for reports and the CLI, and as phrases, for the extension pages. */
function warned(warnings: Phrase[]): Pick<DecodedSession, 'warnings' | 'text'> {
  return { warnings: warnings.map(english), text: { warnings: [...warnings] } };
}
