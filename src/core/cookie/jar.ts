/**
 * A cookie jar as plain data, to replay what a browser would hold after a series of responses:
 * §5.7 storage (overwrite keeps the creation time, deletions remove), expiry on access, the
 * per-site limit, and §5.8.3 retrieval order for the Cookie header.
 */
import { domainMatch, pathMatch, registrableDomain } from './domain';
import { decideStorage, isSecureOrigin } from './storage-model';
import type { CookieIdentity, StorageDecision, StoredCookie } from './types';

export interface Jar {
  cookies: StoredCookie[];
}

export interface JarSetOptions {
  url: string;
  now: number;
  fromScript?: boolean;
}

export interface JarGetOptions {
  now: number;
  /** false for the document.cookie view; true (the default) for an HTTP request. */
  includeHttpOnly?: boolean;
}

/**
 * Chrome keeps at most 180 cookies per registrable domain and then purges down to 150, oldest
 * access first; 200 cookies set on one host leave 169 in both Chrome and Firefox (FORMATS.md).
 */
export const MAX_COOKIES_PER_SITE = 180;
export const PURGE_TO = 150;

export function createJar(): Jar {
  return { cookies: [] };
}

/** Applies one Set-Cookie line to the jar, in place, and returns the browser's decision. */
export function jarSetCookie(jar: Jar, line: string, options: JarSetOptions): StorageDecision {
  evictExpired(jar, options.now);
  const decision = decideStorage(line, { ...options, existing: jar.cookies });
  if (decision.deletes !== undefined) {
    const index = indexOf(jar, decision.deletes);
    if (index >= 0) jar.cookies.splice(index, 1);
  } else if (decision.stored !== null) {
    const index = indexOf(jar, decision.stored);
    // Replacing in place keeps insertion order, the tie-breaker among equal creation times.
    if (index >= 0) jar.cookies[index] = decision.stored;
    else jar.cookies.push(decision.stored);
    enforceSiteLimit(jar, decision.stored.domain);
  }
  return decision;
}

/** The cookies a request to `url` carries, longest path first, then oldest; marks them accessed. */
export function jarCookiesFor(jar: Jar, url: string, options: JarGetOptions): StoredCookie[] {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return [];
  }
  evictExpired(jar, options.now);
  const host = target.hostname;
  const secure = isSecureOrigin(target);
  const includeHttpOnly = options.includeHttpOnly !== false;
  const sent = jar.cookies.filter(
    (c) =>
      (c.hostOnly ? host === c.domain : domainMatch(host, c.domain)) &&
      pathMatch(target.pathname, c.path) &&
      (secure || !c.secure) &&
      (includeHttpOnly || !c.httpOnly),
  );
  // Array.prototype.sort is stable, so equal keys keep the jar's insertion order.
  sent.sort((a, b) => b.path.length - a.path.length || a.creationTime - b.creationTime);
  for (const cookie of sent) cookie.lastAccessTime = options.now;
  return sent;
}

/** The Cookie header value for `url`: "a=b; c=d", a nameless cookie as its bare value. */
export function jarCookieHeader(jar: Jar, url: string, options: { now: number }): string {
  return jarCookiesFor(jar, url, options)
    .map((c) => (c.name === '' ? c.value : `${c.name}=${c.value}`))
    .join('; ');
}

function indexOf(jar: Jar, id: CookieIdentity): number {
  return jar.cookies.findIndex(
    (c) => c.name === id.name && c.domain === id.domain && c.hostOnly === id.hostOnly && c.path === id.path,
  );
}

function evictExpired(jar: Jar, now: number): void {
  let kept = 0;
  for (const cookie of jar.cookies) {
    if (cookie.expiresAt === null || cookie.expiresAt > now) jar.cookies[kept++] = cookie;
  }
  jar.cookies.length = kept;
}

function enforceSiteLimit(jar: Jar, domain: string): void {
  if (jar.cookies.length <= MAX_COOKIES_PER_SITE) return;
  const site = registrableDomain(domain);
  const sameSite = jar.cookies.filter((c) => registrableDomain(c.domain) === site);
  if (sameSite.length <= MAX_COOKIES_PER_SITE) return;
  const byAccess = [...sameSite].sort(
    (a, b) => a.lastAccessTime - b.lastAccessTime || a.creationTime - b.creationTime,
  );
  const evicted = new Set(byAccess.slice(0, sameSite.length - PURGE_TO));
  let kept = 0;
  for (const cookie of jar.cookies) {
    if (!evicted.has(cookie)) jar.cookies[kept++] = cookie;
  }
  jar.cookies.length = kept;
}
