/**
 * What the browser does with a Set-Cookie line it ignores, caps or refuses (parse-diagnostics.ts,
 * storage-diagnostics.ts). Quoted values ($1…) arrive quoted, and never include a cookie's value.
 */
export const COOKIE_DIAGNOSTICS = {
  diagControlCharacter: 'The line contains the control character $1 at position $2; browsers ignore the whole Set-Cookie line.',
  diagEmptyNameAndValue: 'The cookie has neither a name nor a value; browsers ignore the whole Set-Cookie line.',
  diagNoEquals:
    'The cookie has no "=", so it has no name: browsers store it as a nameless cookie whose value is the whole text and send it back without a name.',
  diagNameValueTooLong: 'The name and value add up to $1 bytes, over the 4096-byte limit; browsers drop the whole cookie.',
  diagAttributeTooLong: 'The $1 value is $2 bytes, over the 1024-byte limit; browsers ignore this attribute.',
  diagInvalidExpires: 'Expires=$1 is not a date browsers can read; they ignore it (without Max-Age the cookie ends with the browser session).',
  diagInvalidMaxAge: 'Max-Age=$1 is not a whole number of seconds; browsers ignore it and fall back on Expires, if any.',
  diagExpiryCapped: "$1 lies more than 400 days ahead; browsers shorten the cookie's lifetime to 400 days.",
  diagUnknownAttribute: '$1 is not a cookie attribute browsers know; they ignore it.',
  diagLegacyAttribute: '$1 comes from the obsolete RFC 2965 cookies; browsers ignore it.',
  diagDuplicateAttribute: '$1 appears more than once; browsers use the last valid one.',
  diagFlagWithValue: '$1 takes no value; browsers ignore $2 and set the $1 flag all the same.',
  diagInvalidSameSite: 'SameSite=$1 is not Strict, Lax or None; browsers treat the cookie as if SameSite were not set (Chrome then applies Lax).',
  diagEmptyDomain: 'Domain is empty; browsers ignore it (the cookie stays host-only unless another Domain applies).',
  diagLeadingDotDomain: 'The leading dot of Domain is ignored; the cookie goes to the domain and all its subdomains either way.',
  diagInvalidPath: 'Path=$1 does not start with "/"; browsers use the default path (the directory of the request URL) instead.',
  diagInvalidUrl: '$1 is not a URL with a host; no browser would store a cookie from it.',
  diagDomainMismatch: 'Domain=$1 is neither the host $2 nor a parent domain of it; the browser rejects the cookie.',
  diagDomainPublicSuffix: 'Domain=$1 is a public suffix (anyone can register a site under it); the browser rejects the cookie.',
  diagPublicSuffixHostOnly: 'Domain=$1 is a public suffix but also the host itself; the browser stores a host-only cookie instead.',
  diagDomainIpAddress: 'The host $1 is an IP address, which has no parent domains; Domain=$2 is not that address, so the browser rejects the cookie.',
  diagSecureFromInsecureOrigin: 'A Secure cookie may only be set by an https:// response (or from localhost); the browser rejects it.',
  diagOverwriteSecureFromInsecure:
    'A Secure cookie named $1 already exists for this domain and path; a non-Secure cookie from an http:// response may not overwrite or shadow it, so the browser rejects it.',
  diagPrefixSecure: 'A __Secure- cookie must have the Secure attribute; the browser rejects it.',
  diagPrefixHost: 'A __Host- cookie must be Secure, have no Domain and have Path=/ (here: $1); the browser rejects it.',
  diagPrefixHostNoSecure: 'no Secure',
  diagPrefixHostDomain: 'Domain=$1',
  diagPrefixHostNoPath: 'no Path=/',
  diagPrefixHostPath: 'Path=$1',
  diagNamelessPrefix: 'A nameless cookie whose value starts with __Secure- or __Host- would be sent as if it had that prefix; the browser rejects it.',
  diagSameSiteNoneWithoutSecure: 'SameSite=None requires Secure; the browser rejects the cookie.',
  diagPartitionedWithoutSecure:
    'Partitioned requires Secure; Chrome rejects the cookie (Firefox, which does not partition this way yet, ignores the attribute).',
  diagHttpOnlyFromScript: 'A page script cannot set an HttpOnly cookie; the browser rejects it.',
  diagOverwriteHttpOnlyFromScript: 'An HttpOnly cookie named $1 already exists; a script cannot overwrite it, so the browser rejects it.',
  diagDeletion:
    'The cookie is already expired (Max-Age ≤ 0 or Expires in the past): the browser removes any cookie with this name, domain and path and stores nothing.',
} as const;
