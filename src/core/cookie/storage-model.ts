/**
 * The storage model of RFC 6265bis §5.7: given a Set-Cookie line and the URL of the response that
 * carried it, what the browser would store. Every reason for a refusal is reported, not only the
 * first a browser would hit, so one audit run shows everything to fix.
 */
import { phrase, type Phrase } from '../i18n/phrase';
import { parsedUrl } from '../parsed-url';
import { matches } from './attribute-name';
import { defaultPathOf, domainMatch, isIpAddress, isLoopback, isPublicSuffix, pathMatch } from './domain';
import { MAX_AGE_CAP_SECONDS, isDeletion, parseSetCookie } from './parse-set-cookie';
import * as diag from './storage-diagnostics';
import type { Diagnostic, ParsedCookie, StorageDecision, StoredCookie } from './types';

export interface StorageOptions {
  /** The URL of the response (or, for fromScript, of the document). */
  url: string;
  /** ms since epoch. */
  now: number;
  /** Set through document.cookie or another non-HTTP API. */
  fromScript?: boolean;
  /** The jar's cookies, to apply the overwrite rules; omit to judge the line on its own. */
  existing?: readonly StoredCookie[];
}

interface Scope {
  domain: string;
  hostOnly: boolean;
}

export function decideStorage(line: string, options: StorageOptions): StorageDecision {
  const url = parseRequestUrl(options.url);
  const result = parseSetCookie(line, { now: options.now });
  const parsed = result.cookie ?? result.rejectedCookie ?? null;
  if (url === null) return refusal([diag.invalidUrl(options.url), ...result.diagnostics], parsed);
  const cookie = result.cookie;
  if (cookie === null) return refusal(result.diagnostics, parsed);

  const diagnostics = result.diagnostics;
  const secureOrigin = isSecureOrigin(url);
  const scope = resolveScope(cookie, url.hostname, diagnostics);
  const path = cookie.path ?? defaultPathOf(url.pathname);
  checkFlags(cookie, secureOrigin, options.fromScript === true, diagnostics);
  checkPrefixes(cookie, diagnostics);
  const live = (options.existing ?? []).filter((c) => c.expiresAt === null || c.expiresAt > options.now);
  if (!cookie.secure && !secureOrigin && shadowsSecureCookie(live, cookie.name, scope.domain, path)) {
    diagnostics.push(diag.overwriteSecureFromInsecure(cookie.name));
  }
  const old = live.find(
    (c) => c.name === cookie.name && c.domain === scope.domain && c.hostOnly === scope.hostOnly && c.path === path,
  );
  if (old?.httpOnly && options.fromScript === true) diagnostics.push(diag.overwriteHttpOnlyFromScript(cookie.name));
  if (diagnostics.some((d) => d.effect === 'rejected')) return refusal(diagnostics, cookie);

  if (isDeletion(cookie, options.now)) {
    diagnostics.push(diag.deletion());
    const deletes = { name: cookie.name, domain: scope.domain, hostOnly: scope.hostOnly, path };
    return { stored: null, deletion: true, diagnostics, parsed: cookie, deletes };
  }
  const stored: StoredCookie = {
    name: cookie.name,
    value: cookie.value,
    domain: scope.domain,
    hostOnly: scope.hostOnly,
    path,
    secure: cookie.secure,
    httpOnly: cookie.httpOnly,
    sameSite: cookie.sameSite ?? 'unspecified',
    partitioned: cookie.partitioned,
    expiresAt: expiryOf(cookie, options.now),
    // §5.7: an overwrite keeps the creation time, which decides the order in the Cookie header.
    creationTime: old?.creationTime ?? options.now,
    lastAccessTime: options.now,
  };
  return { stored, deletion: false, diagnostics, parsed: cookie };
}

/**
 * Secure origins: https and wss, and plain http to loopback. Current Chrome and Firefox both treat
 * http://localhost (and 127.0.0.0/8, [::1]) as a secure context for cookies, so developers can test
 * Secure cookies locally; the audit should not call those rejected.
 */
export function isSecureOrigin(url: URL): boolean {
  return url.protocol === 'https:' || url.protocol === 'wss:' || isLoopback(url.hostname);
}

function refusal(diagnostics: Diagnostic[], parsed: ParsedCookie | null): StorageDecision {
  return { stored: null, deletion: false, diagnostics, parsed };
}

function parseRequestUrl(text: string): URL | null {
  const url = parsedUrl(text);
  return url !== null && url.hostname !== '' ? url : null;
}

/** Domain attribute → (domain, host-only), §5.7 steps on public suffixes and domain-match. */
function resolveScope(cookie: ParsedCookie, host: string, diagnostics: Diagnostic[]): Scope {
  const hostOnly: Scope = { domain: host, hostOnly: true };
  if (cookie.domain === undefined) return hostOnly;
  const domain = canonicalDomainAttribute(cookie.domain);
  if (domain === null) {
    diagnostics.push(diag.domainMismatch(cookie.domain, host));
    return hostOnly;
  }
  if (isIpAddress(host)) {
    // Chrome: an IP host accepts Domain only when it is the address itself, and keeps the cookie host-only.
    if (stripBrackets(domain) !== stripBrackets(host)) diagnostics.push(diag.domainIpAddress(domain, host));
    return hostOnly;
  }
  if (isPublicSuffix(domain)) {
    if (domain === host) {
      diagnostics.push(diag.publicSuffixHostOnly(domain));
    } else {
      diagnostics.push(diag.domainPublicSuffix(domain));
    }
    return hostOnly;
  }
  if (!domainMatch(host, domain)) {
    diagnostics.push(diag.domainMismatch(domain, host));
    return hostOnly;
  }
  return { domain, hostOnly: false };
}

/**
 * Browsers convert an internationalised Domain to punycode before matching. Only letters, digits,
 * '-', '.' and non-ASCII go through the URL parser, so "a@b" cannot smuggle a different host in.
 */
function canonicalDomainAttribute(domain: string): string | null {
  let nonAscii = false;
  let other = false;
  for (let i = 0; i < domain.length; i++) {
    const c = domain.charCodeAt(i);
    if (c >= 0x80) nonAscii = true;
    else if (!isHostNameCharacter(c)) other = true;
  }
  if (!nonAscii) return domain;
  if (other) return null;
  try {
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return null;
  }
}

function checkFlags(cookie: ParsedCookie, secureOrigin: boolean, fromScript: boolean, diagnostics: Diagnostic[]): void {
  if (cookie.secure && !secureOrigin) diagnostics.push(diag.secureFromInsecureOrigin());
  if (cookie.sameSite === 'none' && !cookie.secure) diagnostics.push(diag.sameSiteNoneWithoutSecure());
  if (cookie.partitioned && !cookie.secure) diagnostics.push(diag.partitionedWithoutSecure());
  if (cookie.httpOnly && fromScript) diagnostics.push(diag.httpOnlyFromScript());
}

/** §4.1.3 prefixes, matched case-insensitively as 6265bis now requires. */
function checkPrefixes(cookie: ParsedCookie, diagnostics: Diagnostic[]): void {
  const { name } = cookie;
  if (name === '') {
    if (hasPrefix(cookie.value, '__secure-') || hasPrefix(cookie.value, '__host-')) {
      diagnostics.push(diag.namelessPrefix());
    }
    return;
  }
  if (hasPrefix(name, '__secure-') && !cookie.secure) diagnostics.push(diag.prefixSecure());
  if (hasPrefix(name, '__host-')) {
    const problems: Phrase[] = [];
    if (!cookie.secure) problems.push(phrase('diagPrefixHostNoSecure'));
    if (cookie.domain !== undefined) problems.push(phrase('diagPrefixHostDomain', cookie.domain));
    if (cookie.path === undefined) problems.push(phrase('diagPrefixHostNoPath'));
    else if (cookie.path !== '/') problems.push(phrase('diagPrefixHostPath', cookie.path));
    if (problems.length > 0) diagnostics.push(diag.prefixHost(problems));
  }
}

/** §5.7 step on "Secure" cookies: same name, domains that match either way, and a path within the old one. */
function shadowsSecureCookie(existing: readonly StoredCookie[], name: string, domain: string, path: string): boolean {
  return existing.some(
    (c) =>
      c.secure &&
      c.name === name &&
      (domainMatch(c.domain, domain) || domainMatch(domain, c.domain)) &&
      pathMatch(path, c.path),
  );
}

function expiryOf(cookie: ParsedCookie, now: number): number | null {
  if (cookie.maxAge !== undefined) return now + Math.min(cookie.maxAge, MAX_AGE_CAP_SECONDS) * 1000;
  return cookie.expires ?? null;
}

function hasPrefix(text: string, lowerPrefix: string): boolean {
  return text.length >= lowerPrefix.length && matches(text, 0, lowerPrefix);
}

function isHostNameCharacter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;
}

function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}
