import { phrase, type Phrase } from '../i18n/phrase';

/**
 * An upper bound on the entropy of a session id, from its length and the smallest alphabet that
 * covers its characters (hex, PHP's 5-bit `[0-9a-v]`, base64, ...). It cannot see a weak
 * generator, only an id too short to be safe; OWASP asks for at least 64 bits.
 */
export function estimateEntropyBits(id: string): number {
  const core = id.replace(/=+$/, '');
  if (core.length === 0) return 0;
  return Math.floor(core.length * Math.log2(alphabetSize(core)));
}

function alphabetSize(id: string): number {
  if (/^[0-9]+$/.test(id)) return 10;
  if (/^[0-9a-f]+$/.test(id) || /^[0-9A-F]+$/.test(id)) return 16;
  if (/^[0-9a-v]+$/.test(id) || /^[0-9A-V]+$/.test(id)) return 32;
  if (/^[0-9a-z]+$/.test(id) || /^[0-9A-Z]+$/.test(id)) return 36;
  if (/^[0-9A-Za-z]+$/.test(id)) return 62;
  if (/^[0-9A-Za-z_-]+$/.test(id) || /^[0-9A-Za-z+/]+$/.test(id)) return 64;
  return 95;
}

/** FORMATS.md: at least 64 bits are recommended for a session id. */
export const MIN_SESSION_ID_BITS = 64;

/** The warning for an id whose estimate is under the recommended minimum, or null. */
export function entropyWarning(bits: number): Phrase | null {
  if (bits >= MIN_SESSION_ID_BITS) return null;
  return phrase('warnLowEntropy', String(bits), String(MIN_SESSION_ID_BITS));
}
