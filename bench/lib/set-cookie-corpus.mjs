/**
 * A deterministic corpus of realistic Set-Cookie lines: the names, value shapes, date forms and
 * attribute orders real servers send (analytics ids, framework sessions, CSRF tokens, load
 * balancer stickiness, consent strings), plus the mistakes a cookie audit exists to catch (bad
 * dates, `Secure=true`, unknown attributes, duplicates, stray whitespace and empty segments).
 */
import { ALNUM, B64URL, HEX, createRandom } from './prng.mjs';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const LONG_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DOMAINS = ['example.com', 'shop.example.com', 'example.co.uk', 'app.example.org', 'cdn.example.net', 'localhost'];
const PATHS = ['/', '/', '/', '/app', '/api/v1', '/account/settings'];

const pad = (n) => String(n).padStart(2, '0');

/** Expires in the forms servers really write, a few of them malformed. */
function expires(r) {
  const d = new Date(Date.UTC(r.int(1995, 2040), r.int(0, 11), r.int(1, 28), r.int(0, 23), r.int(0, 59), r.int(0, 59)));
  const day = DAYS[(d.getUTCDay() + 6) % 7];
  const dd = pad(d.getUTCDate());
  const mon = MONTHS[d.getUTCMonth()];
  const yyyy = d.getUTCFullYear();
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const form = r.int(0, 19);
  if (form < 11) return `${day}, ${dd} ${mon} ${yyyy} ${time} GMT`; // IMF-fixdate (RFC 7231)
  if (form < 14) return `${day}, ${dd}-${mon}-${yyyy} ${time} GMT`; // Netscape, common in PHP
  if (form < 16) return `${LONG_DAYS[(d.getUTCDay() + 6) % 7]}, ${dd}-${mon}-${String(yyyy).slice(2)} ${time} GMT`; // RFC 850
  if (form < 17) return `${day} ${mon} ${String(d.getUTCDate()).padStart(2, ' ')} ${time} ${yyyy}`; // asctime
  if (form < 18) return `${day} ${mon} ${dd} ${yyyy} ${time} GMT+0000 (Coordinated Universal Time)`; // JS Date#toString
  return r.pick(['0', 'Session', 'tomorrow', '2027-01-01T00:00:00Z', 'Thu, 32 Dec 2026 25:00:00 GMT']);
}

function hex(r, n) {
  return r.text(HEX, n);
}

/** Value shapes, from the one-character flag to the 3 kB Flask session. */
function value(r, name) {
  switch (name) {
    case '_ga':
      return `GA1.2.${r.int(1e8, 2e9)}.${r.int(1.6e9, 1.8e9)}`;
    case '_gid':
      return `GA1.2.${r.int(1e8, 2e9)}.${r.int(1.6e9, 1.8e9)}`;
    case '_fbp':
      return `fb.1.${r.int(1.6e12, 1.8e12)}.${r.int(1e8, 2e9)}`;
    case 'session':
      return flaskSession(r);
    case 'connect.sid':
      return `s%3A${r.text(B64URL, 32)}.${r.text(ALNUM, 43)}`;
    case 'PHPSESSID':
      return r.text('0123456789abcdefghijklmnopqrstuv', 26);
    case 'JSESSIONID':
      return hex(r, 32).toUpperCase();
    case 'csrftoken':
    case 'XSRF-TOKEN':
      return r.text(ALNUM, 64);
    case 'access_token':
      return `eyJ${r.text(B64URL, 33)}.eyJ${r.text(B64URL, r.int(60, 400))}.${r.text(B64URL, 43)}`;
    case 'OptanonConsent':
      return `isGpcEnabled=0&datestamp=${encodeURIComponent(new Date(Date.UTC(2026, 0, r.int(1, 28))).toUTCString())}&version=202301.1.0&groups=C0001%3A1%2CC0002%3A${r.int(0, 1)}`;
    case 'prefs':
      return `"${r.text(ALNUM, r.int(4, 24))}"`;
    case 'lang':
      return r.pick(['en', 'en-GB', 'fr', 'de-DE', 'ja']);
    default:
      return r.chance(0.2) ? '' : r.text(ALNUM, r.int(1, 40));
  }
}

/** A Flask-shaped value: payload.timestamp.signature, compressed ('.eJ…') when it is large. */
function flaskSession(r) {
  const size = r.chance(0.8) ? r.int(20, 200) : r.int(800, 3000);
  const payload = size > 300 ? `.eJ${r.text(B64URL, size)}` : `eyJ${r.text(B64URL, size)}`;
  return `${payload}.${r.text(B64URL, 6)}.${r.text(B64URL, 27)}`;
}

const NAMES = [
  '_ga', '_gid', '_fbp', 'session', 'session', 'connect.sid', 'PHPSESSID', 'JSESSIONID', 'csrftoken', 'XSRF-TOKEN',
  'access_token', 'OptanonConsent', 'prefs', 'lang', 'AWSALB', '__cf_bm', '__Secure-next-auth.session-token',
  '__Host-csrf', 'remember_user_token', 'ab_test_bucket', 'theme', 'tz', 'cart_id', 'visitor_id',
];

/** The attributes a well-configured server writes, in one of the orders frameworks use. */
function wellFormed(r) {
  const out = [];
  if (r.chance(0.7)) out.push(`Path=${r.pick(PATHS)}`);
  const lifetime = r.int(0, 9);
  if (lifetime < 4) out.push(`Expires=${expires(r)}`);
  else if (lifetime < 6) out.push(`Max-Age=${r.pick(['0', '3600', '86400', '2592000', '31536000', '63072000'])}`);
  else if (lifetime < 8) out.push(`Expires=${expires(r)}`, `Max-Age=${r.pick(['0', '-1', '1209600', '2678400'])}`);
  if (r.chance(0.3)) out.push(`Domain=${r.chance(0.5) ? '.' : ''}${r.pick(DOMAINS)}`);
  if (r.chance(0.55)) out.push('Secure');
  if (r.chance(0.5)) out.push(r.pick(['HttpOnly', 'HttpOnly', 'httponly']));
  if (r.chance(0.5)) out.push(`SameSite=${r.pick(['Lax', 'Lax', 'Strict', 'None', 'lax'])}`);
  if (r.chance(0.03)) out.push('Partitioned');
  if (r.chance(0.05)) out.push(`Priority=${r.pick(['High', 'Medium'])}`);
  // Express writes Path first; PHP and Flask write the lifetime first.
  if (r.chance(0.4)) out.reverse();
  return out;
}

/** What an audit exists to catch: attributes browsers ignore, misread or reject. */
function mistake(r, name) {
  return r.pick([
    'Secure=true', 'HttpOnly=1', 'secure=false', 'SameSite=', 'SameSite=Relaxed', 'Max-Age=1h', 'Max-Age=',
    'Expires=tomorrow', 'Expires=0', 'Version=1', 'Comment=see privacy policy', 'Discard', 'expiry=30d',
    'Domian=example.com', 'Path=app', 'Domain=', 'Path', '', ' ', name, 'Path=/', 'Secure', 'HTTPONLY',
  ]);
}

/** `count` lines from `seed`; the same arguments always give the same lines. */
export function setCookieCorpus(count, seed = 6265) {
  const r = createRandom(seed);
  const lines = [];
  for (let i = 0; i < count; i++) {
    const name = r.pick(NAMES);
    const parts = [`${name}=${value(r, name)}`, ...wellFormed(r)];
    if (r.chance(0.25)) {
      const mistakes = r.int(1, 2);
      for (let m = 0; m < mistakes; m++) parts.splice(r.int(1, parts.length), 0, mistake(r, name));
    }
    // Most servers write "; " between parts; some write ";" or " ; ".
    const sep = r.chance(0.85) ? '; ' : r.pick([';', ' ; ', ';  ']);
    lines.push(parts.join(sep));
  }
  return lines;
}
