/**
 * The known-secret search in Chromium, inside the extension: an extension page of dist/chrome
 * (report.html, under the extension's CSP) runs decodeSession over 50,000 candidates. The bench
 * code is bundled from src/ by esbuild and evaluated in the page through the DevTools protocol
 * (page.evaluate), so nothing of it ships in the extension. Baseline, in the same page and rounds:
 * the same search with WebCrypto (crypto.subtle: native, but one promise per HMAC), 1,000
 * candidates in flight at a time.
 */
import { readFileSync } from 'node:fs';
import { bundle } from '../lib/compile.mjs';
import { CHROME_DIST, chromiumAvailable, closeOtherPages, launch } from '../lib/chromium.mjs';
import { CANDIDATES, sessionCases, wordlist } from '../lib/session-cases.mjs';
import { median, ratios, spread } from '../lib/stats.mjs';
import { emit, fmt, log, row } from '../lib/row.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
if (!chromiumAvailable()) {
  emit([row({ measure: 'Known-secret search in Chromium', ours: 'not measured', baseline: '/usr/bin/chromium is missing', ratio: '' })]);
  process.exit(0);
}

const script = readFileSync(
  await bundle('session-browser', `import { decodeSession } from './src/core/session'; (globalThis as any).benchDecodeSession = decodeSession;`, { format: 'iife', platform: 'browser' }),
  'utf8',
);

/** Runs in the page: the search with crypto.subtle, the same hashes per candidate as decodeSession. */
async function webCryptoSearch([kind, cookie]) {
  const enc = new TextEncoder();
  const subtle = crypto.subtle;
  const sep = kind === 'Django' ? ':' : '.';
  const cut = cookie.lastIndexOf(sep);
  const message = enc.encode(cookie.slice(0, cut));
  const b64 = cookie.slice(cut + 1).replace(/-/g, '+').replace(/_/g, '/');
  const expected = Uint8Array.from(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0));
  const hash = kind === 'Django' ? 'SHA-256' : 'SHA-1';
  const hmac = async (key, data) => new Uint8Array(await subtle.sign('HMAC', await subtle.importKey('raw', key, { name: 'HMAC', hash }, false, ['sign']), data));
  const same = (a) => a.length === expected.length && a.every((x, i) => x === expected[i]);
  const prefixes = kind === 'Django' ? ['django.contrib.sessions.backends.signed_cookiessigner', 'django.core.signingsigner'] : ['itsdangerous.Signersigner'];
  const test = async (secret) => {
    if (kind === 'Flask') return same(await hmac(await hmac(enc.encode(secret), enc.encode('cookie-session')), message));
    for (const prefix of prefixes) {
      const key = new Uint8Array(await subtle.digest(hash, enc.encode(prefix + secret)));
      if (same(await hmac(key, message))) return true;
    }
    return false;
  };
  const secrets = globalThis.benchSecrets;
  const started = performance.now();
  let found = -1;
  for (let from = 0; from < secrets.length && found < 0; from += 1000) {
    const results = await Promise.all(secrets.slice(from, from + 1000).map(test));
    const at = results.indexOf(true);
    if (at >= 0) found = from + at;
  }
  return { ms: performance.now() - started, found };
}

function ourSearch(cookie) {
  const started = performance.now();
  const result = globalThis.benchDecodeSession(cookie, { secrets: globalThis.benchSecrets, tryKnownSecrets: false });
  return { ms: performance.now() - started, found: result.signature.status === 'valid' ? result.signature.tried - 1 : -1 };
}

const browser = await launch('session', CHROME_DIST);
const page = await browser.context.newPage();
await closeOtherPages(browser.context, page);
await page.goto(`chrome-extension://${browser.extensionId}/report.html`);
await page.evaluate(script);

const rows = [];
for (const { name, cookie, secret } of sessionCases()) {
  await page.evaluate((list) => {
    globalThis.benchSecrets = list;
  }, wordlist(secret));
  const t = { ours: [], web: [] };
  for (let round = 0; round < ROUNDS + 1; round++) {
    const order = round % 2 ? ['web', 'ours'] : ['ours', 'web'];
    for (const which of order) {
      const m = which === 'ours' ? await page.evaluate(ourSearch, cookie) : await page.evaluate(webCryptoSearch, [name, cookie]);
      if (m.found !== CANDIDATES) throw new Error(`${name} (${which}) found the secret at ${m.found}, not at the end of the list`);
      if (round > 0) t[which].push(m.ms);
    }
  }
  log(`session in Chromium ${name}: ours ${fmt(median(t.ours))} ms, WebCrypto ${fmt(median(t.web))} ms`);
  rows.push(
    row({
      measure: `Known-secret search in Chromium, ${name} (50,000 candidates, on report.html of dist/chrome)`,
      ours: `${fmt(median(t.ours))} ms`,
      baseline: 'the same hashes with WebCrypto (crypto.subtle), 1,000 in flight',
      base: `${fmt(median(t.web))} ms`,
      ratio: `${spread(ratios(t.ours, t.web))}× WebCrypto's time`,
      target: '< 1,000 ms',
      ok: median(t.ours) < 1000,
    }),
  );
}
await browser.close();
emit(rows);
