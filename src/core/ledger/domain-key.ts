/**
 * Responses are counted per cookie domain so that a refresh ratio compares a cookie only with the
 * responses that could have carried it: a page's third-party CDN responses never re-set the
 * site's session, and counting them would hide a cookie refreshed on every own response.
 */

/** 'h:host' for a host-only cookie, 'd:domain' for a domain cookie. */
export function domainKey(domain: string, hostOnly: boolean): string {
  return (hostOnly ? 'h:' : 'd:') + domain;
}

export function keyMatchesHost(key: string, host: string): boolean {
  const domain = key.slice(2);
  if (key.charCodeAt(0) === 104 /* h */) return host === domain;
  if (host === domain) return true;
  return host.length > domain.length && host.endsWith(domain) && host.charCodeAt(host.length - domain.length - 1) === 46;
}
