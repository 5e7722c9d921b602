/**
 * Hostile input, the real figures behind the generous bounds of the robustness tests: a 1 MB
 * Set-Cookie line, 100,000 semicolons, a 1 MB cookie value (parsed, and decoded as a session), a
 * session payload nested 100,000 levels deep, and a 10 MB zlib bomb in a Flask cookie. Each is
 * timed side by side with the least any tool must do with the same input: set-cookie-parser on
 * the same line; Node's native base64 and JSON.parse of the same payload; Node's native zlib
 * inflating at most the 1 MiB the decoder allows a compressed payload.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { inflateSync } from 'node:zlib';
import { zlibSync } from 'fflate';
import { parseString } from 'set-cookie-parser';
import { importCore } from '../lib/compile.mjs';
import { interleave, median, ratios, spread } from '../lib/stats.mjs';
import { emit, fmt, log, row } from '../lib/row.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const NOW = Date.UTC(2026, 10, 1);
const { parseSetCookie, decodeSession } = await importCore();
const utf8 = (text) => new TextEncoder().encode(text);

/** A Flask cookie signed with 'dev', built by hand so it can be as big or as deep as wanted. */
function flaskCookie(payload, compressed) {
  const bytes = typeof payload === 'string' ? utf8(payload) : payload;
  const body = (compressed ? '.' : '') + Buffer.from(compressed ? zlibSync(bytes) : bytes).toString('base64url');
  const signed = `${body}.awR_EA`;
  const key = hmac(sha1, utf8('dev'), utf8('cookie-session'));
  return `${signed}.${Buffer.from(hmac(sha1, key, utf8(signed))).toString('base64url')}`;
}

const MB = 1024 * 1024;
const scp = { baseline: 'set-cookie-parser parseString(line, {silent:true})', run: (s) => parseString(s, { silent: true }) };
/** What any reader of a Flask payload does at least: base64 and JSON.parse, natively. */
const nativeDecode = (compressed) => ({
  baseline: compressed ? "Node's native base64, zlib inflate (capped at 1 MiB) and JSON.parse" : "Node's native base64 and JSON.parse",
  run: (s) => {
    const body = s.slice(compressed ? 1 : 0, s.indexOf('.', 1));
    const bytes = Buffer.from(body, 'base64url');
    try {
      return JSON.parse((compressed ? inflateSync(bytes, { maxOutputLength: MB }) : bytes).toString('utf8'));
    } catch {
      return null;
    }
  },
});
const nested = `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`;
const CASES = [
  { name: '1 MB Set-Cookie line (200,000 attributes)', input: `sid=1; ${'a=b; '.repeat(MB / 5)}Path=/`, run: (s) => parseSetCookie(s, { now: NOW }), base: scp },
  { name: '100,000 semicolons', input: `sid=1${';'.repeat(100_000)}`, run: (s) => parseSetCookie(s, { now: NOW }), base: scp },
  { name: '1 MB cookie value, parsed', input: `sid=${'v'.repeat(MB)}; Path=/`, run: (s) => parseSetCookie(s, { now: NOW }), base: scp },
  {
    name: '1 MB Flask session, decoded (over 16 KiB: no built-in secrets tried)',
    input: flaskCookie(JSON.stringify({ pad: 'x'.repeat(MB - 20) }), false),
    run: (s) => decodeSession(s, { name: 'session' }),
    base: nativeDecode(false),
  },
  { name: 'Session payload nested 100,000 deep (600 kB of JSON), decoded', input: flaskCookie(nested, true), run: (s) => decodeSession(s, { name: 'session' }), base: nativeDecode(true) },
  { name: '10 MB zlib bomb in a Flask cookie, refused', input: flaskCookie(new Uint8Array(10 * MB), true), run: (s) => decodeSession(s, { name: 'session' }), base: nativeDecode(true) },
];

let sink = 0;
const rows = [];
for (const c of CASES) {
  const t = await interleave(
    {
      ours: () => {
        const r = c.run(c.input);
        sink += r.diagnostics?.length ?? r.warnings?.length ?? 0;
      },
      baseline: () => {
        sink += c.base.run(c.input) === null ? 0 : 1;
      },
    },
    { rounds: ROUNDS, warmup: 2 },
  );
  log(`hostile: ${c.name}: ${fmt(median(t.ours), 1)} ms (input ${fmt(c.input.length)} chars), baseline ${fmt(median(t.baseline), 1)} ms`);
  rows.push(
    row({
      measure: `Hostile input: ${c.name}`,
      ours: `${fmt(median(t.ours), 1)} ms`,
      baseline: c.base.baseline,
      base: `${fmt(median(t.baseline), 1)} ms`,
      ratio: `${spread(ratios(t.ours, t.baseline), 1)}× its time`,
    }),
  );
}
log(`hostile: checksum ${sink}`);
emit(rows);
