import type { Cookies } from '../../src/platform/browser';

/** A cookie as the cookies API reports it (a host-only, non-secure 'theme' on 127.0.0.1), with overrides. */
export function browserCookie(extra: Partial<Cookies.Cookie> = {}): Cookies.Cookie {
  return {
    name: 'theme',
    value: 'dark',
    domain: '127.0.0.1',
    hostOnly: true,
    path: '/',
    secure: false,
    httpOnly: false,
    sameSite: 'lax',
    session: true,
    storeId: '0',
    firstPartyDomain: '',
    ...extra,
  };
}
