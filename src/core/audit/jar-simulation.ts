/**
 * What the browser would hold after the site's responses: every live cookie's last Set-Cookie line
 * (and the jar snapshot's cookies) replayed into a simulated jar, which applies overwrites, expiry
 * and the per-site eviction. The jar is read at the time of the site's last response, so that an
 * old HAR file audited today is judged as the browser saw it then.
 */
import { createJar, jarCookiesFor, jarSetCookie, type Jar } from '../cookie/jar';
import { domainMatch, registrableDomain } from '../cookie/domain';
import { utf8Length } from '../cookie/utf8-length';
import type { AuditedCookie, JarView, LiveLine } from './rule-context';

const MAX_CANDIDATE_URLS = 64;

export function simulateJar(cookies: readonly AuditedCookie[], siteUrl: URL, at: number): JarView {
  const jar = createJar();
  const lines = cookies.flatMap((c) => (c.live ? [c.live] : [])).sort((a, b) => a.time - b.time);
  for (const live of lines) jarSetCookie(jar, live.line, { url: live.url, now: Math.min(live.time, at) });
  return { largestHeader: largestHeader(jar, candidateUrls(lines, siteUrl), at), perDomain: perDomain(jar) };
}

/** The site's root and every path a live cookie is scoped to, on the hosts that set them. */
function candidateUrls(lines: readonly LiveLine[], siteUrl: URL): string[] {
  const urls = new Set<string>([`${siteUrl.origin}/`]);
  for (const live of lines) {
    if (urls.size >= MAX_CANDIDATE_URLS) break;
    const path = live.stored.path;
    if (domainMatch(siteUrl.hostname, live.stored.domain)) urls.add(`${siteUrl.origin}${path}`);
    const origin = originOf(live.url);
    if (origin !== null) urls.add(`${origin}${path}`);
  }
  return [...urls];
}

function largestHeader(jar: Jar, urls: readonly string[], at: number): JarView['largestHeader'] {
  let best: JarView['largestHeader'] = null;
  for (const url of urls) {
    const sent = jarCookiesFor(jar, url, { now: at });
    if (sent.length === 0) continue;
    const header = sent.map((c) => (c.name === '' ? c.value : `${c.name}=${c.value}`)).join('; ');
    const bytes = utf8Length(header);
    if (best === null || bytes > best.bytes) best = { url, bytes, cookies: sent.length };
  }
  return best;
}

function perDomain(jar: Jar): JarView['perDomain'] {
  const counts = new Map<string, number>();
  for (const cookie of jar.cookies) {
    const domain = registrableDomain(cookie.domain);
    counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  return [...counts].map(([domain, cookies]) => ({ domain, cookies })).sort((a, b) => b.cookies - a.cookies || a.domain.localeCompare(b.domain));
}

function originOf(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}
