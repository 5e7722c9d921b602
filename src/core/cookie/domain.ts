/**
 * Hosts, domains and paths as the cookie jar sees them (RFC 6265bis §5.1.2–§5.1.4), plus the
 * registrable domain ("site") from the Public Suffix List, ICANN and private sections both, as
 * Chrome and Firefox use it.
 */
import { getDomain, getPublicSuffix } from 'tldts';

const PSL_OPTIONS = { allowPrivateDomains: true } as const;

/** The URL's host, lower-case and punycoded as WHATWG URL gives it; null when there is none. */
export function canonicalHost(url: string | URL): string | null {
  const parsed = toUrl(url);
  return parsed === null || parsed.hostname === '' ? null : parsed.hostname;
}

/** §5.1.3: identical, or a suffix on a label boundary of a host name (never of an IP address). */
export function domainMatch(host: string, domain: string): boolean {
  if (host === domain) return true;
  return (
    host.length > domain.length &&
    host.endsWith(domain) &&
    host.charCodeAt(host.length - domain.length - 1) === 0x2e &&
    !isIpAddress(host)
  );
}

/** §5.1.4: identical, or a prefix that ends at a '/' of the request path. */
export function pathMatch(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath.charCodeAt(cookiePath.length) === 0x2f;
}

/** §5.1.4 default-path: the request path up to, not including, its last '/'; "/" at the top. */
export function defaultPath(url: string | URL): string {
  const parsed = toUrl(url);
  return parsed === null ? '/' : defaultPathOf(parsed.pathname);
}

export function defaultPathOf(pathname: string): string {
  if (pathname.charCodeAt(0) !== 0x2f) return '/';
  const lastSlash = pathname.lastIndexOf('/');
  return lastSlash === 0 ? '/' : pathname.slice(0, lastSlash);
}

/** A canonical IPv4 dotted quad, or an IPv6 address with or without brackets. */
export function isIpAddress(host: string): boolean {
  if (host.includes(':')) return true;
  const parts = host.split('.');
  return parts.length === 4 && parts.every(isOctet);
}

/** True when the whole domain is a public suffix (com, co.uk, github.io, and unknown TLDs). */
export function isPublicSuffix(domain: string): boolean {
  if (domain === '' || isIpAddress(domain)) return false;
  const bare = domain.endsWith('.') ? domain.slice(0, -1) : domain;
  return getPublicSuffix(bare, PSL_OPTIONS) === bare;
}

/** eTLD+1. An IP address, localhost or a host that is itself a public suffix is its own site. */
export function registrableDomain(host: string): string {
  const lower = host.toLowerCase();
  if (isIpAddress(lower) || isLoopback(lower)) return lower;
  return getDomain(lower, PSL_OPTIONS) ?? lower;
}

/**
 * 127.0.0.0/8, ::1 and localhost. Names under .localhost count too: browsers resolve them to
 * loopback and treat them as potentially trustworthy.
 */
export function isLoopback(host: string): boolean {
  const lower = host.toLowerCase();
  if (lower === 'localhost' || lower.endsWith('.localhost')) return true;
  if (lower === '[::1]' || lower === '::1') return true;
  return lower.startsWith('127.') && isIpAddress(lower);
}

/**
 * Same registrable domain. Scheme is left out on purpose: the audit asks whether a response comes
 * from the same site as the page ("schemeless same-site", as SameSite=Lax originally defined it).
 */
export function sameSite(urlA: string | URL, urlB: string | URL): boolean {
  const a = canonicalHost(urlA);
  const b = canonicalHost(urlB);
  return a !== null && b !== null && registrableDomain(a) === registrableDomain(b);
}

function isOctet(part: string): boolean {
  if (part.length === 0 || part.length > 3) return false;
  for (let i = 0; i < part.length; i++) {
    const c = part.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return Number(part) <= 255;
}

function toUrl(url: string | URL): URL | null {
  if (typeof url !== 'string') return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
