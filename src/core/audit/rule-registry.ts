/** Every rule, in the order of FINDINGS.md; each returns the findings of one rule id. */
import type { Rule } from './rule-context';
import { constantlyRefreshed } from './rules/constantly-refreshed';
import { domainPublicSuffix, domainTooBroad } from './rules/domain-scope';
import { expiryOver400Days, longLivedSession } from './rules/expiry';
import { cookieWithoutHttpOnly } from './rules/http-only';
import { invalidAttribute } from './rules/invalid-attribute';
import { cookieHeaderTooLarge, tooManyCookies } from './rules/jar-limits';
import { prefixViolation } from './rules/prefix';
import { rejectedByBrowser } from './rules/rejected';
import { setCookieOnApiResponse, setCookieOnCacheableResponse, setCookieOnStaticAsset } from './rules/response-context';
import { sameSiteInvalid, sameSiteMissing, sameSiteNoneInsecure } from './rules/same-site';
import { clientSessionReadable, jwtAlgNone, sessionKnownSecret, sessionSensitiveData } from './rules/session-content';
import { attributeOversized, cookieLarge, cookieOversized } from './rules/size';
import { cookieOverHttp, cookieWithoutSecure, secureCookieOverHttp } from './rules/transport';

export const RULE_CHECKS: Readonly<Record<string, Rule>> = {
  'cookie-without-secure': cookieWithoutSecure,
  'cookie-over-http': cookieOverHttp,
  'secure-cookie-over-http': secureCookieOverHttp,
  'cookie-without-httponly': cookieWithoutHttpOnly,
  'samesite-missing': sameSiteMissing,
  'samesite-none-insecure': sameSiteNoneInsecure,
  'samesite-invalid': sameSiteInvalid,
  'cookie-oversized': cookieOversized,
  'cookie-large': cookieLarge,
  'attribute-oversized': attributeOversized,
  'cookie-header-too-large': cookieHeaderTooLarge,
  'too-many-cookies': tooManyCookies,
  'constantly-refreshed': constantlyRefreshed,
  'set-cookie-on-cacheable-response': setCookieOnCacheableResponse,
  'set-cookie-on-static-asset': setCookieOnStaticAsset,
  'set-cookie-on-api-response': setCookieOnApiResponse,
  'prefix-violation': prefixViolation,
  'domain-too-broad': domainTooBroad,
  'domain-public-suffix': domainPublicSuffix,
  'expiry-over-400-days': expiryOver400Days,
  'long-lived-session': longLivedSession,
  'invalid-attribute': invalidAttribute,
  'rejected-by-browser': rejectedByBrowser,
  'client-session-readable': clientSessionReadable,
  'session-sensitive-data': sessionSensitiveData,
  'session-known-secret': sessionKnownSecret,
  'jwt-alg-none': jwtAlgNone,
};
