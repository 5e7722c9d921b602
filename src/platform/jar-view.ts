import type { JarCookie } from '../core/audit/types';
import { registrableDomain } from '../core/cookie/domain';
import type { Cookies } from './browser';

type CookiesApi = Pick<Cookies.Static, 'getAll' | 'getAllCookieStores'>;

/**
 * The browser's own jar for a site: every cookie of the site's registrable domain, in the cookie
 * store of the given tab, or without a tab in the store of that kind of window (private windows
 * have their own store).
 */
export async function jarFor(cookies: CookiesApi, site: string, where: { tabId: number | null; incognito: boolean }): Promise<JarCookie[]> {
  const storeId = await storeOf(cookies, where);
  if (where.incognito && storeId === undefined) return [];
  return (await cookiesIn(cookies, site, storeId)).map(toJarCookie);
}

/** Every cookie of the site's registrable domain in one cookie store (the default one without an id), as the cookies API reports them. */
export async function cookiesIn(cookies: Pick<CookiesApi, 'getAll'>, site: string, storeId: string | undefined): Promise<Cookies.Cookie[]> {
  let host: string;
  try {
    host = new URL(site).hostname;
  } catch {
    return [];
  }
  const domain = registrableDomain(host) ?? host;
  return cookies.getAll({ domain, ...(storeId ? { storeId } : {}) }).catch(() => []);
}

/** The private store is the one holding a private tab (Chrome's stores say nothing else of it); Firefox marks it. */
async function storeOf(cookies: CookiesApi, where: { tabId: number | null; incognito: boolean }): Promise<string | undefined> {
  const { tabId } = where;
  if (tabId === null && !where.incognito) return undefined;
  const stores = await cookies.getAllCookieStores().catch(() => []);
  if (tabId !== null) return stores.find((s) => s.tabIds.includes(tabId))?.id;
  return stores.find((s) => (s as { incognito?: boolean }).incognito === true)?.id;
}

export function toJarCookie(c: Cookies.Cookie): JarCookie {
  const sameSite = c.sameSite === 'no_restriction' ? 'none' : c.sameSite === 'lax' || c.sameSite === 'strict' ? c.sameSite : 'unspecified';
  return {
    name: c.name,
    value: c.value,
    domain: c.domain.replace(/^\./, ''),
    hostOnly: c.hostOnly,
    path: c.path,
    secure: c.secure,
    httpOnly: c.httpOnly,
    sameSite,
    expiresAt: typeof c.expirationDate === 'number' ? Math.round(c.expirationDate * 1000) : null,
  };
}
