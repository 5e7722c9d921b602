/** Result types of the RFC 6265bis Set-Cookie parser and storage model. */
import type { Phrase } from '../i18n/phrase';

export type SameSite = 'strict' | 'lax' | 'none';

/** Everything a browser silently ignores, caps or rejects, with a stable code. */
export interface Diagnostic {
  code: DiagnosticCode;
  /** Plain-language explanation, including what the browser does instead. */
  message: string;
  /** `message` as a catalogue phrase, for the extension pages to show in the user's language. */
  text: { message: Phrase };
  /** The attribute concerned (lower-case name), when there is one. */
  attribute?: string;
  /** 'rejected': the browser drops the whole line; 'ignored': only the attribute is ignored; 'note': stored, but worth saying. */
  effect: 'rejected' | 'ignored' | 'note';
}

export type DiagnosticCode =
  | 'control-character'
  | 'no-equals'
  | 'empty-name-and-value'
  | 'name-value-too-long'
  | 'attribute-too-long'
  | 'invalid-expires'
  | 'invalid-max-age'
  | 'expiry-capped'
  | 'unknown-attribute'
  | 'duplicate-attribute'
  | 'flag-with-value'
  | 'invalid-samesite'
  | 'empty-domain'
  | 'leading-dot-domain'
  | 'invalid-path'
  | 'partitioned-without-secure'
  | 'domain-mismatch'
  | 'domain-public-suffix'
  | 'domain-ip-address'
  | 'secure-from-insecure-origin'
  | 'overwrite-secure-from-insecure'
  | 'prefix-secure-violation'
  | 'prefix-host-violation'
  | 'samesite-none-without-secure'
  | 'nameless-prefix'
  | 'http-only-from-script'
  | 'deletion'
  | 'invalid-url';

export interface ParsedCookie {
  name: string;
  value: string;
  /** Absolute expiry in ms since epoch from Expires (already capped at 400 days), if present and valid. */
  expires?: number;
  /** Max-Age in seconds as written (before the 400-day cap), if present and valid. */
  maxAge?: number;
  /** Domain attribute after the leading dot is removed, lower-cased; undefined when absent or empty. */
  domain?: string;
  /** Path attribute when present and starting with '/'. */
  path?: string;
  secure: boolean;
  httpOnly: boolean;
  /** SameSite when it is one of the three valid values. */
  sameSite?: SameSite;
  /** The raw SameSite value as written, when the attribute is present (even empty or invalid). */
  sameSiteRaw?: string;
  partitioned: boolean;
  /** All attributes in order, as written (name as written, value trimmed). */
  attributes: { name: string; value: string }[];
}

export interface ParseResult {
  /** null when the browser ignores the line entirely at parse time. */
  cookie: ParsedCookie | null;
  diagnostics: Diagnostic[];
  /**
   * The cookie as parsed when the browser drops it only for its size ('name-value-too-long'), so a
   * report can still name it; absent otherwise.
   */
  rejectedCookie?: ParsedCookie;
}

/** A cookie as the browser's jar would hold it (RFC 6265bis §5.7). */
export interface StoredCookie {
  name: string;
  value: string;
  /** Domain without leading dot, lower-case. */
  domain: string;
  hostOnly: boolean;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSite | 'unspecified';
  partitioned: boolean;
  /** ms since epoch; null for a session cookie (no Expires / Max-Age). */
  expiresAt: number | null;
  creationTime: number;
  lastAccessTime: number;
}

export interface StorageDecision {
  /** The cookie the browser would store, or null when it rejects the line or the line is a deletion. */
  stored: StoredCookie | null;
  /** True when the line deletes (expires) any existing cookie with the same name/domain/path. */
  deletion: boolean;
  /** Why it was rejected (codes with effect 'rejected'), plus every parse diagnostic. */
  diagnostics: Diagnostic[];
  /** The parse (name, value, attributes) even when rejected; null when unparsable. */
  parsed: ParsedCookie | null;
  /** When `deletion` is true: the name, domain, host-only flag and path of the cookie the line removes. */
  deletes?: CookieIdentity;
}

/** What makes two stored cookies the same cookie: a new one with this identity replaces the old (§5.7). */
export interface CookieIdentity {
  name: string;
  domain: string;
  hostOnly: boolean;
  path: string;
}
