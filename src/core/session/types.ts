/** Result of decoding a (possibly signed) session cookie value. */
import type { Phrase } from '../i18n/phrase';

export type SessionFormat =
  | 'flask'
  | 'flask-legacy'
  | 'starlette'
  | 'django-signed'
  | 'cookie-session'
  | 'express-session'
  | 'jwt'
  | 'rails-encrypted'
  | 'rails-signed'
  | 'aspnet-data-protection'
  | 'opaque-id'
  | 'base64-json'
  | 'json'
  | 'opaque';

export type SignatureStatus = 'valid' | 'invalid' | 'unverified';

export interface Attribution {
  /** The payload key (dotted path for nested keys). */
  key: string;
  /** The library that writes this key, e.g. 'Flask-Login'. */
  library: string;
  /** What the key means, in plain words. */
  meaning: string;
  /** `meaning` as a catalogue phrase, for the extension pages (library names are not translated). */
  text?: { meaning: Phrase };
}

export interface SensitiveItem {
  /** The payload key path, or '' for the value as a whole. */
  key: string;
  /** Why it looks secret: 'password', 'token', 'api-key', 'card-number', 'private-key', 'secret'. */
  kind: string;
}

export interface DecodedSession {
  format: SessionFormat;
  /** Decoded payload as plain JSON (Flask TaggedJSON resolved), or null when not readable. */
  payload: unknown;
  compressed: boolean;
  /** ISO 8601 UTC issue time, when the format carries one. */
  issuedAt: string | null;
  signature: {
    status: SignatureStatus;
    /** The secret that verified: a string as given, a bytes secret as a Python literal (b'...'). */
    secret?: string;
    knownSecret?: { source: string };
    /** How many candidate secrets were tried (known list and the user's). */
    tried?: number;
  };
  attribution: Attribution[];
  sensitive: SensitiveItem[];
  /** Plain-language remarks: legacy epoch, truncated, decompression refused, entropy estimate, ... */
  warnings: string[];
  /** `warnings` as catalogue phrases, for the extension pages. Not part of the report or the CLI's JSON. */
  text?: { warnings: Phrase[] };
  /** For opaque ids: estimated entropy in bits. */
  entropyBits?: number;
  /** For JWT: the decoded header (alg, typ, kid, ...), so rules can see `alg: none`. */
  jwtHeader?: { [key: string]: unknown };
}

export interface DecodeOptions {
  /** Cookie name, when known; helps detection (e.g. 'session', 'connect.sid'). */
  name?: string;
  /** Secrets to try, in addition to the built-in known list. Strings or raw bytes. Always tried. */
  secrets?: (string | Uint8Array)[];
  /**
   * Many candidates to try after `secrets` (a wordlist). Like the built-in list, skipped on values
   * over 16 KiB, where each candidate would cost an HMAC over the whole value.
   */
  wordlist?: (string | Uint8Array)[];
  /** Try the built-in list of publicly known secrets (default true). */
  tryKnownSecrets?: boolean;
  /** For cookie-session: the value of `<name>.sig`, when seen. */
  signatureCookie?: string;
  /** Extra signer salts to try besides the framework defaults (itsdangerous `salt=`, Django `salt=`). */
  salts?: string[];
}
