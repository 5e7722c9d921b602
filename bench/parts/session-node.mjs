/**
 * The known-secret search in Node: decodeSession over 50,000 candidates (pure JavaScript HMAC via
 * @noble/hashes, as in the extension), against the same search done with node:crypto's native
 * HMAC, hash for hash the work decodeSession does for that format.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { importCore } from '../lib/compile.mjs';
import { CANDIDATES, sessionCases, wordlist } from '../lib/session-cases.mjs';
import { interleave, median, ratios, spread } from '../lib/stats.mjs';
import { emit, fmt, log, row } from '../lib/row.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const { decodeSession } = await importCore();
const b64url = (s) => Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64');

/** What decodeSession computes per candidate, one native call per hash. */
const NATIVE = {
  Flask(cookie) {
    const cut = cookie.lastIndexOf('.');
    const message = cookie.slice(0, cut);
    const expected = b64url(cookie.slice(cut + 1));
    return (secret) => {
      const key = createHmac('sha1', secret).update('cookie-session').digest();
      return timingSafeEqual(createHmac('sha1', key).update(message).digest(), expected);
    };
  },
  Django(cookie) {
    const cut = cookie.lastIndexOf(':');
    const message = cookie.slice(0, cut);
    const expected = b64url(cookie.slice(cut + 1));
    const prefixes = ['django.contrib.sessions.backends.signed_cookiessigner', 'django.core.signingsigner'];
    return (secret) =>
      prefixes.some((prefix) => {
        const key = createHash('sha256').update(prefix + secret).digest();
        return timingSafeEqual(createHmac('sha256', key).update(message).digest(), expected);
      });
  },
  Starlette(cookie) {
    const cut = cookie.lastIndexOf('.');
    const message = cookie.slice(0, cut);
    const expected = b64url(cookie.slice(cut + 1));
    return (secret) => {
      const key = createHash('sha1').update(`itsdangerous.Signersigner${secret}`).digest();
      return timingSafeEqual(createHmac('sha1', key).update(message).digest(), expected);
    };
  },
};

const rows = [];
for (const { name, cookie, secret } of sessionCases()) {
  const secrets = wordlist(secret);
  const test = NATIVE[name](cookie);
  let found = 0;
  const t = await interleave(
    {
      ours: () => {
        const result = decodeSession(cookie, { secrets, tryKnownSecrets: false });
        if (result.signature.status === 'valid' && result.signature.tried === CANDIDATES + 1) found++;
      },
      native: () => {
        if (secrets.findIndex(test) === CANDIDATES) found++;
      },
    },
    { rounds: ROUNDS, warmup: 1 },
  );
  if (found !== 2 * (ROUNDS + 1)) throw new Error(`${name}: a search did not find the secret at the end of the list`);
  log(`session ${name}: ours ${fmt(median(t.ours))} ms, node:crypto ${fmt(median(t.native))} ms`);
  const ms = median(t.ours);
  rows.push(
    row({
      measure: `Known-secret search in Node, ${name} (50,000 candidates)`,
      ours: `${fmt(ms)} ms`,
      baseline: 'the same hashes with node:crypto (native HMAC)',
      base: `${fmt(median(t.native))} ms`,
      ratio: `${spread(ratios(t.ours, t.native))}× native's time`,
      target: '< 1,000 ms',
      ok: ms < 1000,
    }),
  );
}
emit(rows);
