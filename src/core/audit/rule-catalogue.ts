/** The audit rules of FINDINGS.md: stable ids, a short title, the default severity and help text. */
import type { Severity } from './types';

export interface RuleInfo {
  id: string;
  title: string;
  /** The severity FINDINGS.md lists first (session-like cookies where it gives two). */
  severity: Severity;
  /** Why it matters and how to fix it, in plain words. */
  help: string;
}

export const RULES: readonly RuleInfo[] = [
  {
    id: 'cookie-without-secure',
    title: 'Cookie set over HTTPS without Secure',
    severity: 'high',
    help: 'Without Secure the browser also sends the cookie over plain HTTP requests to the host, where anyone on the network path can read it. Add Secure (Flask: SESSION_COOKIE_SECURE = True). Lowered one step when the site sends HSTS with a max-age of at least six months.',
  },
  {
    id: 'cookie-over-http',
    title: 'Cookie set by a plain HTTP response',
    severity: 'high',
    help: 'A cookie delivered over unencrypted HTTP can be read and replayed by anyone on the network path. Serve the site over HTTPS only. Loopback addresses are reported as info.',
  },
  {
    id: 'secure-cookie-over-http',
    title: 'Secure cookie set by a plain HTTP response',
    severity: 'medium',
    help: 'Browsers refuse a Secure cookie that arrives over plain HTTP (RFC 6265bis section 5.7), so it is never stored. Set it from an HTTPS response.',
  },
  {
    id: 'cookie-without-httponly',
    title: 'Cookie without HttpOnly',
    severity: 'high',
    help: 'Any script running on the page can read the cookie, so a single XSS flaw leaks it. Add HttpOnly unless scripts genuinely need it (Flask: SESSION_COOKIE_HTTPONLY = True).',
  },
  {
    id: 'samesite-missing',
    title: 'SameSite not set',
    severity: 'medium',
    help: 'Browsers do not agree on the default when SameSite is absent or empty. Set SameSite=Lax or SameSite=Strict explicitly (Flask: SESSION_COOKIE_SAMESITE = "Lax").',
  },
  {
    id: 'samesite-none-insecure',
    title: 'SameSite=None without Secure',
    severity: 'high',
    help: 'Browsers reject a SameSite=None cookie that lacks Secure. Add Secure, or choose Lax or Strict.',
  },
  {
    id: 'samesite-invalid',
    title: 'Invalid SameSite value',
    severity: 'low',
    help: 'Only Strict, Lax and None are valid; any other value is treated as if SameSite were not set. Use one of the three.',
  },
  {
    id: 'cookie-oversized',
    title: 'Cookie larger than 4096 bytes',
    severity: 'high',
    help: 'Chrome and Firefox drop the whole cookie when name and value together exceed 4096 bytes. Keep the data on the server and store only an identifier in the cookie.',
  },
  {
    id: 'cookie-large',
    title: 'Large or growing cookie',
    severity: 'low',
    help: 'The cookie exceeds 1024 bytes or its session payload grows between responses; it travels with every request to the site. Move the data server-side (for Flask, Flask-Session).',
  },
  {
    id: 'attribute-oversized',
    title: 'Attribute value longer than 1024 bytes',
    severity: 'medium',
    help: 'Browsers ignore an attribute whose value exceeds 1024 bytes, so the cookie is stored without it. Shorten the value.',
  },
  {
    id: 'cookie-header-too-large',
    title: 'Cookie header too large for common servers',
    severity: 'medium',
    help: 'The cookies sent to one URL of the site add up to more than 8190 bytes; nginx (8k) and Apache (8190) answer such requests with 400 or 431. Remove or shrink cookies.',
  },
  {
    id: 'too-many-cookies',
    title: 'More than 150 cookies for one domain',
    severity: 'medium',
    help: 'Past their per-domain quota (Firefox 150, Chrome 180) browsers start evicting cookies, possibly the session. Consolidate cookies.',
  },
  {
    id: 'constantly-refreshed',
    title: 'Cookie re-sent on almost every response',
    severity: 'medium',
    help: 'The cookie is set again on at least 90% of responses, mostly unchanged: bytes wasted on every response, shared caching defeated and real changes hidden. Flask re-sends a permanent session on every request while SESSION_REFRESH_EACH_REQUEST is True (the default); set it to False to send the cookie only when the session changes.',
  },
  {
    id: 'set-cookie-on-cacheable-response',
    title: 'Set-Cookie on a response shared caches may store',
    severity: 'high',
    help: 'A CDN or proxy may store the response, Set-Cookie included, and hand one user\'s session to another. Mark such responses Cache-Control: private or no-store, or do not set cookies on them.',
  },
  {
    id: 'set-cookie-on-static-asset',
    title: 'Set-Cookie on a static asset',
    severity: 'low',
    help: 'Images, fonts, stylesheets and scripts should not set cookies; this is usually a framework refreshing the session on every request (Flask does it on favicon 404s). Serve static files without touching the session.',
  },
  {
    id: 'set-cookie-on-api-response',
    title: 'Set-Cookie on an API response',
    severity: 'info',
    help: 'A JSON API answering fetch or XMLHttpRequest hands out a session cookie. Check which session keys it carries and which library put them there.',
  },
  {
    id: 'prefix-violation',
    title: 'Cookie prefix requirements not met',
    severity: 'high',
    help: 'Browsers reject a __Secure- cookie without Secure, and a __Host- cookie without Secure, with a Domain attribute, or with a Path other than /. Meet the prefix rules or rename the cookie.',
  },
  {
    id: 'domain-too-broad',
    title: 'Domain attribute wider than the host',
    severity: 'low',
    help: 'Domain names a parent of the host, so every sibling subdomain receives the cookie. Omit Domain to keep the cookie host-only.',
  },
  {
    id: 'domain-public-suffix',
    title: 'Domain attribute is a public suffix',
    severity: 'high',
    help: 'Browsers reject a cookie whose Domain is a public suffix (Public Suffix List). Use the site\'s own domain or omit Domain.',
  },
  {
    id: 'expiry-over-400-days',
    title: 'Expiry beyond 400 days',
    severity: 'info',
    help: 'Browsers cap Expires and Max-Age at 400 days, so the longer lifetime is never honoured. Ask for 400 days or less.',
  },
  {
    id: 'long-lived-session',
    title: 'Session cookie lives longer than 30 days',
    severity: 'medium',
    help: 'A stolen session stays usable for as long as the cookie lives. Shorten the lifetime (Flask: PERMANENT_SESSION_LIFETIME).',
  },
  {
    id: 'invalid-attribute',
    title: 'Invalid or ignored attribute',
    severity: 'low',
    help: 'An unparsable Expires, a non-integer Max-Age, an unknown or duplicated attribute, a flag given a value, or Partitioned without Secure: the browser ignores or reinterprets it. The finding states what the browser does instead.',
  },
  {
    id: 'rejected-by-browser',
    title: 'Cookie the browser would not store',
    severity: 'high',
    help: 'The browser\'s storage model (RFC 6265bis section 5.7) rejects this Set-Cookie line, for example because of a domain mismatch or control characters. The finding states the reason.',
  },
  {
    id: 'client-session-readable',
    title: 'Readable client-side session',
    severity: 'info',
    help: 'The cookie is a signed but not encrypted client-side session: anyone holding it can read its contents. Keep nothing confidential in it; raised to high when it holds something that looks secret.',
  },
  {
    id: 'session-sensitive-data',
    title: 'Secret-looking data in a cookie',
    severity: 'high',
    help: 'A decoded payload or plain value holds a password, secret, token, API key, card number or private key. Move it server-side.',
  },
  {
    id: 'session-known-secret',
    title: 'Session signed with a known or weak secret',
    severity: 'critical',
    help: 'The signature verifies with a publicly known or weak secret, so anyone can forge a session. Rotate the secret (Flask: SECRET_KEY) to a long random value.',
  },
  {
    id: 'jwt-alg-none',
    title: 'JWT with alg none',
    severity: 'critical',
    help: 'The token is unsigned; anyone can change its claims. Reject alg none on the server and sign tokens.',
  },
];
