import type { Phrase } from '../i18n/phrase';
import type { SignatureCheck } from './signature-check';
import type { SessionFormat } from './types';

/** What a format decoder learns from the value alone, before secrets, attribution and sensitivity. */
export interface Draft {
  format: SessionFormat;
  payload: unknown;
  compressed: boolean;
  issuedAt: string | null;
  /** Rendered to English, and kept as phrases, once the decode is complete. */
  warnings: Phrase[];
  /** Ways the signature could have been made; empty when there is nothing to verify. */
  checks: SignatureCheck[];
  entropyBits?: number;
  jwtHeader?: { [key: string]: unknown };
}

export interface DecodeContext {
  /** Cookie name as given ('' when unknown). */
  name: string;
  /** The value exactly as given: signatures cover these bytes. */
  raw: string;
  /** The value with surrounding quotes removed and percent-encoding undone, when present. */
  value: string;
  signatureCookie: string | null;
  salts: string[];
}

export function newDraft(format: SessionFormat, fields: Partial<Draft> = {}): Draft {
  return { format, payload: null, compressed: false, issuedAt: null, warnings: [], checks: [], ...fields };
}

/** Seconds since the Unix epoch → ISO 8601 UTC, or null outside what a Date can hold. */
export function isoFromSeconds(seconds: number): string | null {
  const ms = seconds * 1000;
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return null;
  return new Date(ms).toISOString();
}
