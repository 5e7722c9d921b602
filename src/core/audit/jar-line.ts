import { decideStorage } from '../cookie/storage-model';
import { domainMatch } from '../cookie/domain';
import type { LiveLine } from './rule-context';
import type { JarCookie } from './types';

/** The browser's cookies API writes domain cookies with a leading dot; the ledger stores them without. */
export function normaliseJarCookie(cookie: JarCookie): JarCookie {
  const domain = cookie.domain.toLowerCase().replace(/^\./, '');
  return { ...cookie, domain };
}

/**
 * A Set-Cookie line that would make the browser store exactly this jar cookie, so that cookies known
 * only from the jar go through the same storage model and rules as those seen in responses.
 */
export function jarLine(cookie: JarCookie, siteUrl: URL, time: number): LiveLine | null {
  const parts = [cookie.name === '' ? cookie.value : `${cookie.name}=${cookie.value}`];
  if (!cookie.hostOnly) parts.push(`Domain=${cookie.domain}`);
  parts.push(`Path=${cookie.path}`);
  if (cookie.secure) parts.push('Secure');
  if (cookie.httpOnly) parts.push('HttpOnly');
  if (cookie.sameSite !== 'unspecified') parts.push(`SameSite=${cookie.sameSite[0]?.toUpperCase()}${cookie.sameSite.slice(1)}`);
  if (cookie.expiresAt !== null) parts.push(`Expires=${new Date(cookie.expiresAt).toUTCString()}`);
  const line = parts.join('; ');
  const url = jarCookieUrl(cookie, siteUrl);
  const decision = decideStorage(line, { url, now: time });
  if (!decision.stored) return null;
  return { line, url, time, stored: decision.stored, parsed: decision.parsed, decision, fromJar: true };
}

/** The URL the cookie plausibly came from: the site's own host when the cookie covers it. */
function jarCookieUrl(cookie: JarCookie, siteUrl: URL): string {
  const scheme = cookie.secure ? 'https:' : siteUrl.protocol;
  const host = cookie.hostOnly || !domainMatch(siteUrl.hostname, cookie.domain) ? cookie.domain : siteUrl.hostname;
  return `${scheme}//${host}${cookie.path.startsWith('/') ? cookie.path : '/'}`;
}
