/** The Set-Cookie parser, the browser storage model and the helpers reports need. */
export { parseCookieDate } from './cookie-date';
export { isDeletion, parseSetCookie, MAX_AGE_CAP_SECONDS } from './parse-set-cookie';
export type { ParseOptions } from './parse-set-cookie';
export {
  canonicalHost,
  defaultPath,
  domainMatch,
  isIpAddress,
  isLoopback,
  isPublicSuffix,
  pathMatch,
  registrableDomain,
  sameSite,
} from './domain';
export { decideStorage, isSecureOrigin } from './storage-model';
export type { StorageOptions } from './storage-model';
export { createJar, jarCookieHeader, jarCookiesFor, jarSetCookie, MAX_COOKIES_PER_SITE, PURGE_TO } from './jar';
export type { Jar, JarGetOptions, JarSetOptions } from './jar';
export { redactSetCookie, redactValue } from './redact';
export { utf8Length } from './utf8-length';
export type * from './types';
