/**
 * The two searches the browser parts of the bench run inside an extension page, as functions the
 * automation library serializes into the page: decodeSession over the wordlist (bundled from src/
 * and evaluated in the page first, as globalThis.benchDecodeSession), and the same hashes with
 * WebCrypto (crypto.subtle: native, but one promise per HMAC), 1,000 candidates in flight.
 * Both read the candidates from globalThis.benchSecrets.
 */
import { readFileSync } from 'node:fs';
import { bundle } from './compile.mjs';
import { CANDIDATES, sessionCases, wordlist } from './session-cases.mjs';
import { median, ratios, spread } from './stats.mjs';
import { fmt, log, row } from './row.mjs';

/** The session decoder as a browser script, for page.evaluate. */
export async function decoderScript() {
  const file = await bundle('session-browser', `import { decodeSession } from './src/core/session'; (globalThis as any).benchDecodeSession = decodeSession;`, {
    format: 'iife',
    platform: 'browser',
  });
  return readFileSync(file, 'utf8');
}

export async function webCryptoSearch([kind, cookie]) {
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

export function ourSearch(cookie) {
  const started = performance.now();
  const result = globalThis.benchDecodeSession(cookie, { secrets: globalThis.benchSecrets, tryKnownSecrets: false });
  return { ms: performance.now() - started, found: result.signature.status === 'valid' ? result.signature.tried - 1 : -1 };
}

/**
 * Times both searches for each real cookie, rounds alternating which goes first, in a page where
 * decoderScript() was evaluated; `evaluate(fn, arg)` runs `fn(arg)` there and returns its result.
 */
export async function searchRows({ browserName, where, rounds, evaluate }) {
  const rows = [];
  for (const { name, cookie, secret } of sessionCases()) {
    await evaluate((list) => {
      globalThis.benchSecrets = list;
    }, wordlist(secret));
    const t = { ours: [], web: [] };
    for (let round = 0; round < rounds + 1; round++) {
      const order = round % 2 ? ['web', 'ours'] : ['ours', 'web'];
      for (const which of order) {
        const m = which === 'ours' ? await evaluate(ourSearch, cookie) : await evaluate(webCryptoSearch, [name, cookie]);
        if (m.found !== CANDIDATES) throw new Error(`${name} (${which}) found the secret at ${m.found}, not at the end of the list`);
        if (round > 0) t[which].push(m.ms);
      }
    }
    log(`session in ${browserName} ${name}: ours ${fmt(median(t.ours))} ms, WebCrypto ${fmt(median(t.web))} ms`);
    rows.push(
      row({
        measure: `Known-secret search in ${browserName}, ${name} (50,000 candidates, on ${where})`,
        ours: `${fmt(median(t.ours))} ms`,
        baseline: 'the same hashes with WebCrypto (crypto.subtle), 1,000 in flight',
        base: `${fmt(median(t.web))} ms`,
        ratio: `${spread(ratios(t.ours, t.web))}× WebCrypto's time`,
        target: '< 1,000 ms',
        ok: median(t.ours) < 1000,
      }),
    );
  }
  return rows;
}
