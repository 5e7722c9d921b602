/**
 * "Session-like" cookie names (FINDINGS.md): known session cookie names, and names containing
 * sess, sid, auth, token or login. Two refinements keep the stricter severities off cookies that
 * merely share letters:
 * - `sid` counts only as a word of the name (`connect.sid`, `SID`, Google's `SSID`/`APISID`),
 *   not inside one (`inside`, `sidebar`, `consider`); `auth` not as part of `author`.
 * - CSRF cookies (`csrftoken`, `XSRF-TOKEN`, `.AspNetCore.Antiforgery.*`) are excluded although
 *   they contain "token": the double-submit pattern needs scripts to read them, so holding them to
 *   session rules (HttpOnly!) would be a false positive.
 */

const KNOWN_NAMES = new Set([
  'session',
  'sessionid',
  'phpsessid',
  'jsessionid',
  'connect.sid',
  'asp.net_sessionid',
  '.aspxauth',
  'laravel_session',
  'ci_session',
  '_session_id',
  'rack.session',
  'express:sess',
  'koa:sess',
  'koa.sess',
  'cfid',
  'cftoken',
]);

const KNOWN_PREFIXES = ['.aspnetcore.', 'wordpress_logged_in_', 'wordpress_sec_'];
const CSRF = /csrf|xsrf|antiforgery/i;

export function isSessionLikeName(name: string): boolean {
  if (typeof name !== 'string' || name === '' || CSRF.test(name)) return false;
  const lower = name.toLowerCase();
  if (KNOWN_NAMES.has(lower)) return true;
  if (KNOWN_PREFIXES.some((prefix) => lower.startsWith(prefix))) return true;
  if (/^_.+_session$/.test(lower)) return true;
  if (lower.includes('sess') || lower.includes('token') || lower.includes('login')) return true;
  if (/auth(?!or)/.test(lower)) return true;
  return hasSidWord(name);
}

/** `sid` as a word: split on separators and camelCase; an all-capitals word may end in SID (SSID, APISID). */
function hasSidWord(name: string): boolean {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[^A-Za-z0-9]+/);
  return words.some((word) => word.toLowerCase() === 'sid' || (/^[A-Z0-9]+SID$/.test(word)));
}

/**
 * Names under which servers keep only an id and the session itself on their side (PHP, Java
 * servlets, ASP.NET, express-session, ColdFusion, Django's database backend, Rails' store).
 * Under these names the value is the id whatever it looks like, so even a short one is judged.
 */
const SERVER_SESSION_ID_NAMES = new Set([
  'phpsessid',
  'jsessionid',
  'asp.net_sessionid',
  'connect.sid',
  'sid',
  'sessionid',
  'session_id',
  '_session_id',
  'cfid',
  'cftoken',
]);

export function isServerSessionIdName(name: string): boolean {
  return typeof name === 'string' && SERVER_SESSION_ID_NAMES.has(name.toLowerCase());
}
