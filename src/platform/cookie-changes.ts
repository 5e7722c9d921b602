import type { ScriptChange } from '../core/ledger';
import { keyMatchesHost, domainKey, hostOf } from '../core/ledger';
import type { Cookies } from './browser';

/** Private windows have their own cookie store: Chrome calls it '1', Firefox 'firefox-private'. */
export function isPrivateStore(storeId: string): boolean {
  return storeId === '1' || storeId === 'firefox-private';
}

/** Of the recorded sites (their keys), those whose pages a changed cookie belongs to (its domain matches the site's host). */
export function changesFor(sites: readonly string[], cookie: Cookies.Cookie, time: number): ScriptChange[] {
  const domain = cookie.domain.replace(/^\./, '');
  const key = domainKey(domain, cookie.hostOnly);
  const out: ScriptChange[] = [];
  for (const site of sites) {
    const host = siteHost(site);
    if (host === null || !keyMatchesHost(key, host)) continue;
    out.push({ site, name: cookie.name, value: cookie.value, domain, hostOnly: cookie.hostOnly, path: cookie.path, secure: cookie.secure, time });
  }
  return out;
}

/** Sites are origins, and a page load reports hundreds of changes: each site's host is parsed once. */
const hosts = new Map<string, string | null>();
const MAX_HOSTS = 1000;

function siteHost(site: string): string | null {
  let host = hosts.get(site);
  if (host === undefined) {
    if (hosts.size >= MAX_HOSTS) hosts.clear();
    host = hostOf(site);
    hosts.set(site, host);
  }
  return host;
}

/** The cookies of `after` that `before` lacks or held with another value: what changed in between. */
export function jarChanges(before: Cookies.Cookie[], after: Cookies.Cookie[]): Cookies.Cookie[] {
  const held = new Map<string, string>();
  for (const c of before) held.set(jarKey(c), c.value);
  return after.filter((c) => held.get(jarKey(c)) !== c.value);
}

function jarKey(c: Cookies.Cookie): string {
  return `${c.storeId}\u0000${c.name}\u0000${c.domain}\u0000${c.path}`;
}
