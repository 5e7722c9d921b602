import type { ScriptChange } from '../core/ledger';
import type { Ledger } from '../core/ledger';
import { keyMatchesHost, domainKey, hostOf } from '../core/ledger';
import type { Cookies } from './browser';

/** Private windows have their own cookie store: Chrome calls it '1', Firefox 'firefox-private'. */
export function isPrivateStore(storeId: string): boolean {
  return storeId === '1' || storeId === 'firefox-private';
}

/** The recorded sites whose pages a changed cookie belongs to (its domain matches the site's host). */
export function changesFor(ledger: Ledger, cookie: Cookies.Cookie, time: number): ScriptChange[] {
  const domain = cookie.domain.replace(/^\./, '');
  const key = domainKey(domain, cookie.hostOnly);
  const out: ScriptChange[] = [];
  for (const site of Object.keys(ledger.sites)) {
    const host = hostOf(site);
    if (host === null || !keyMatchesHost(key, host)) continue;
    out.push({ site, name: cookie.name, value: cookie.value, domain, hostOnly: cookie.hostOnly, path: cookie.path, secure: cookie.secure, time });
  }
  return out;
}
