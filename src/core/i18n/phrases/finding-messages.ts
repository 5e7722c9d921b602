/**
 * The message of each finding (FINDINGS.md), one sentence per variant. $1 is the cookie's label
 * (COOKIE_LABELS) unless the finding is about the site as a whole; the rest are figures and names.
 */
export const FINDING_MESSAGES = {
  findingWithoutSecure: '$1 is set over HTTPS without Secure, so the browser also sends it in clear with any plain-HTTP request to $2.',
  findingWithoutSecureHsts:
    "$1 is set over HTTPS without Secure, so the browser also sends it in clear with any plain-HTTP request to $2. The site's HSTS (max-age $3 s) keeps browsers that have seen it on HTTPS, which lowers the risk.",
  findingOverHttp: '$1 is set by a plain http:// response: anyone on the network path can read and replay it.',
  findingOverHttpLoopback:
    '$1 is set by a plain http:// response: a loopback address never leaves the machine, so this only matters once the site is deployed.',
  findingSecureOverHttp: '$1 is marked Secure but set by a plain http:// response, so the browser refuses to store it.',
  findingWithoutHttpOnly: '$1 has no HttpOnly, so any script on the page can read it and a single XSS flaw leaks it.',
  findingSameSiteMissing: '$1 has no SameSite attribute, and browsers differ in the default they apply (Chrome Lax, Firefox and Safari None).',
  findingSameSiteEmpty: '$1 has an empty SameSite attribute, and browsers differ in the default they apply (Chrome Lax, Firefox and Safari None).',
  findingSameSiteInvalid: '$1 has SameSite=$2, which is not Strict, Lax or None, so browsers treat it as if SameSite were not set.',
  findingSameSiteNoneInsecure: '$1 has SameSite=None without Secure, so browsers refuse to store it.',
  findingOversized: '$1 is $2 bytes of name and value, over the 4096-byte limit, so browsers drop it entirely.',
  findingLarge: '$1 is $2 bytes, and the browser sends it with every request to the site.',
  findingLargeGrowing: '$1 has a payload that grew at each of its last $2 changes, to $3 bytes, and the browser sends it with every request to the site.',
  findingAttributeOversized: '$1 has a $2 value over 1024 bytes; browsers ignore that attribute and store the cookie without it.',
  findingAttributeUnnamed: 'attribute',
  findingHeaderTooLarge:
    'The browser would send $1 bytes of cookies to $2, more than common servers accept in one header (Apache 8190, nginx 8 KB), so such requests fail with 400 or 431.',
  findingTooManyCookies:
    "The browser would hold $1 live cookies for $2, past Firefox's quota of 150 (Chrome's is 180), so it starts evicting them, possibly the session.",
  findingRefreshedSameValue:
    '$1 is set again on $2 of $3 responses with the same value almost every time: bytes on every response for nothing, and shared caching defeated.',
  findingRefreshedSamePayload:
    '$1 is set again on $2 of $3 responses with a payload that almost never changes (only the timestamp and signature move): bytes on every response for nothing, shared caching defeated, and real changes hidden among the refreshes.',
  findingRefreshedChanging: '$1 is set again on $2 of $3 responses, and its payload really changes most of the time: still bytes on every response, and no shared caching.',
  findingCacheableOne: "$1 is set on 1 response that a shared cache may store, so a CDN or proxy can hand one user's cookie to another.",
  findingCacheableMany: "$1 is set on $2 responses that a shared cache may store, so a CDN or proxy can hand one user's cookie to another.",
  findingStaticAssetOne: '$1 is set on a static-asset response, usually a framework refreshing the session on every request.',
  findingStaticAssetMany: '$1 is set on $2 static-asset responses, usually a framework refreshing the session on every request.',
  findingApiOne: '$1 is set on 1 response of a JSON API to fetch or XMLHttpRequest.',
  findingApiMany: '$1 is set on $2 responses of a JSON API to fetch or XMLHttpRequest.',
  findingApiOneKeys: '$1 is set on 1 response of a JSON API to fetch or XMLHttpRequest, carrying the session keys listed in the evidence.',
  findingApiManyKeys: '$1 is set on $2 responses of a JSON API to fetch or XMLHttpRequest, carrying the session keys listed in the evidence.',
  findingPrefixViolation: '$1 breaks the rules of its $2 prefix, so browsers refuse to store it: $3',
  findingDomainTooBroad: '$1 is set by $2 for the parent domain $3, so every sibling subdomain of $3 receives it too.',
  findingDomainPublicSuffix: '$1 names the public suffix $2 as its Domain, so browsers refuse to store it.',
  findingExpiryOver400Days: '$1 asks to live more than 400 days; browsers cap it at 400 days.',
  findingLongLivedSession: '$1 lives $2 days, so a stolen session stays usable that long.',
  findingInvalidAttribute: '$1: $2',
  findingRejected: 'The browser would not store $1: $2',
  findingReadableSession: '$1 is a $2, signed but not encrypted: anyone holding the cookie can read its contents.',
  findingReadableSessionSensitive: '$1 is a $2, signed but not encrypted: anyone holding the cookie can read its contents, including data that looks secret.',
  findingSensitiveData: '$1 carries data that looks secret ($2), readable by anyone who holds the cookie.',
  findingKnownSecret: 'The signature of $1 verifies with a publicly known secret, so anyone can forge a session.',
  findingListedSecret: 'The signature of $1 verifies with a secret from the list you supplied, so anyone can forge a session.',
  findingJwtAlgNone: '$1 is a JWT with alg "$2": it is not signed, so anyone can change its claims.',
  sessionKindFlask: 'Flask session',
  sessionKindFlaskLegacy: 'Flask session (legacy itsdangerous)',
  sessionKindStarlette: 'Starlette session',
  sessionKindDjangoSigned: 'Django signed cookie',
  sessionKindCookieSession: 'cookie-session (Express) session',
  sessionKindJwt: 'JWT',
} as const;
