/**
 * A deterministic stream of browsing: page loads on a set of sites, each a main document and its
 * subresources, as the background would record them. Sites have their own cookies (a Flask
 * session re-sent on every own response with a new timestamp, a CSRF token, preferences, a
 * load-balancer cookie), pages pull third-party trackers that set theirs, and some responses delete
 * cookies. Most responses set nothing, as on the real web.
 */
import { ALNUM, B64URL, HEX, createRandom } from './prng.mjs';

const TYPES = ['script', 'stylesheet', 'image', 'image', 'image', 'font', 'xmlhttprequest', 'fetch'];
const TRACKERS = Array.from({ length: 12 }, (_, k) => `https://t${k}.tracker${k}.net`);

function siteOf(r, k) {
  const host = k % 5 === 0 ? `shop${k}.co.uk` : `www.site${k}.com`;
  const names = Array.from({ length: r.int(2, 30) }, (_, j) => `pref_${j}`);
  return { origin: `https://${host}`, host, names, flask: r.chance(0.4), weight: 1 / (k + 1) };
}

function flaskValue(r, time) {
  const ts = Math.floor(time / 1000).toString(36);
  return `eyJfcGVybWFuZW50Ijp0cnVlLCJ1c2VyIjoi${r.text(B64URL, 8)}In0.${ts}.${r.text(B64URL, 27)}`;
}

/** The Set-Cookie lines of one response of `site`. */
function ownLines(r, site, type, time) {
  const lines = [];
  if (site.flask) lines.push(`session=${flaskValue(r, time)}; Expires=${new Date(time + 31 * 864e5).toUTCString()}; HttpOnly; Path=/`);
  if (type === 'main_frame') {
    if (r.chance(0.5)) lines.push(`csrftoken=${r.text(ALNUM, 32)}; Max-Age=31449600; Path=/; SameSite=Lax`);
    if (r.chance(0.3)) lines.push(`AWSALB=${r.text(B64URL, 40)}; Expires=${new Date(time + 7 * 864e5).toUTCString()}; Path=/`);
    const pref = r.pick(site.names);
    if (r.chance(0.4)) lines.push(`${pref}=${r.text(ALNUM, r.int(1, 30))}; Path=/; Max-Age=${r.pick(['0', '86400', '31536000'])}`);
  }
  return lines;
}

/**
 * `count` observations over `sites` sites; the same arguments always give the same stream.
 * Popular sites get most page loads (weights 1/k), as in anyone's history.
 */
export function observationStream(count, { sites, seed = 2025, start = Date.UTC(2026, 10, 1) }) {
  const r = createRandom(seed);
  const all = Array.from({ length: sites }, (_, k) => siteOf(r, k));
  const total = all.reduce((s, x) => s + x.weight, 0);
  const pickSite = () => {
    let x = r.next() * total;
    for (const site of all) if ((x -= site.weight) <= 0) return site;
    return all[all.length - 1];
  };
  const out = [];
  let time = start;
  while (out.length < count) {
    const site = pickSite();
    const top = `${site.origin}/${r.text(HEX, 6)}`;
    const responses = r.int(5, 40);
    for (let k = 0; k < responses && out.length < count; k++) {
      time += r.int(1, 40);
      const type = k === 0 ? 'main_frame' : r.pick(TYPES);
      const tracker = k > 0 && r.chance(0.15) ? r.pick(TRACKERS) : null;
      const url = k === 0 ? top : `${tracker ?? site.origin}/${type}/${r.text(HEX, 8)}`;
      const setCookies = tracker
        ? r.chance(0.5) ? [`uid=${r.text(HEX, 32)}; Domain=${new URL(tracker).hostname.split('.').slice(1).join('.')}; Path=/; Max-Age=34560000; Secure; SameSite=None`] : []
        : ownLines(r, site, type, time);
      out.push({
        tabId: 1,
        topUrl: top,
        url,
        type,
        status: 200,
        fromCache: false,
        time,
        setCookies,
        ...(type === 'main_frame' ? { cacheControl: 'private, no-cache', contentType: 'text/html; charset=utf-8' } : {}),
      });
    }
  }
  return out;
}
