#!/usr/bin/env node
// Writes a large, realistic HAR for benchmarks and streaming tests: Chrome DevTools' layout (pages
// first, `_resourceType`, `_initiator`), a dozen first-party sites with Flask, Express and PHP
// sessions refreshed on every response, third-party analytics, and response bodies of realistic
// size. Seeded and deterministic: the same --mb and --seed give the same bytes.
//
//   node bench/make-har.mjs out.har [--mb 200] [--seed 1]
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const START = Date.UTC(2026, 10, 23, 9, 0, 0);
const SITES = [
  { origin: 'https://shop.example', cookie: 'session', kind: 'flask' },
  { origin: 'https://news.example', cookie: 'connect.sid', kind: 'express' },
  { origin: 'https://forum.example', cookie: 'PHPSESSID', kind: 'php' },
  { origin: 'https://bank.example', cookie: '__Host-session', kind: 'flask' },
  { origin: 'https://blog.example', cookie: 'session', kind: 'flask' },
  { origin: 'https://wiki.example', cookie: 'sessionid', kind: 'php' },
  { origin: 'http://intranet.example', cookie: 'session', kind: 'flask' },
  { origin: 'https://tickets.example', cookie: 'connect.sid', kind: 'express' },
  { origin: 'https://maps.example', cookie: 'session', kind: 'flask' },
  { origin: 'https://mail.example', cookie: 'PHPSESSID', kind: 'php' },
  { origin: 'https://video.example', cookie: 'sessionid', kind: 'php' },
  { origin: 'https://store.example', cookie: 'session', kind: 'flask' },
];
const ANALYTICS = 'https://stats.tracker-cdn.example';
const ASSETS = [
  { type: 'stylesheet', path: '/static/site.css', mime: 'text/css', dest: 'style', bytes: 6000 },
  { type: 'script', path: '/static/app.js', mime: 'text/javascript', dest: 'script', bytes: 14000 },
  { type: 'script', path: '/static/vendor.js', mime: 'application/javascript', dest: 'script', bytes: 30000 },
  { type: 'image', path: '/static/logo.png', mime: 'image/png', dest: 'image', bytes: 3000 },
  { type: 'image', path: '/img/photo-%.jpg', mime: 'image/jpeg', dest: 'image', bytes: 9000 },
  { type: 'font', path: '/fonts/inter.woff2', mime: 'font/woff2', dest: 'font', bytes: 12000 },
  { type: 'fetch', path: '/api/items?page=%', mime: 'application/json', dest: 'empty', bytes: 2500 },
  { type: 'xhr', path: '/api/notifications', mime: 'application/json', dest: 'empty', bytes: 400 },
  { type: 'image', path: '/favicon.ico', mime: 'text/html; charset=utf-8', dest: 'image', bytes: 200, status: 404 },
];
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** mulberry32: small, fast and good enough to make test data. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(rnd, list) {
  return list[Math.floor(rnd() * list.length)];
}

const POOL_SIZE = 1 << 20;
const pools = new Map();

/** A fixed MiB of random text per alphabet: bodies are slices of it, which keeps generation fast. */
function pool(alphabet) {
  let text = pools.get(alphabet);
  if (text === undefined) {
    const rnd = random(alphabet.length);
    const parts = [];
    for (let i = 0; i < POOL_SIZE; i++) parts.push(alphabet[Math.floor(rnd() * alphabet.length)]);
    text = parts.join('');
    pools.set(alphabet, text);
  }
  return text;
}

function chars(rnd, n, alphabet = B64) {
  if (n > 64) {
    const start = Math.floor(rnd() * (POOL_SIZE - n));
    return pool(alphabet).slice(start, start + n);
  }
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(rnd() * alphabet.length)];
  return s;
}

function sessionValue(rnd, kind, user, time) {
  if (kind === 'express') return `s%3A${chars(rnd, 32)}.${chars(rnd, 43)}`;
  if (kind === 'php') return chars(rnd, 26, '0123456789abcdefghijklmnopqrstuv');
  const payload = Buffer.from(JSON.stringify({ _permanent: true, cart: user % 7, user_id: user })).toString('base64url');
  const ts = Buffer.from([(time / 1000) >>> 24, ((time / 1000) >>> 16) & 255, ((time / 1000) >>> 8) & 255, (time / 1000) & 255]).toString('base64url');
  return `${payload}.${ts}.${chars(rnd, 27)}`;
}

function httpDate(ms) {
  return new Date(ms).toUTCString();
}

function header(name, value) {
  return { name, value };
}

function requestHeaders(site, url, dest, referer, cookie) {
  const headers = [
    header(':authority', new URL(url).host),
    header(':method', 'GET'),
    header(':path', new URL(url).pathname + new URL(url).search),
    header('accept', dest === 'document' ? 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' : '*/*'),
    header('accept-encoding', 'gzip, deflate, br, zstd'),
    header('accept-language', 'en-GB,en;q=0.9'),
    header('sec-fetch-dest', dest),
    header('sec-fetch-mode', dest === 'document' ? 'navigate' : 'no-cors'),
    header('sec-fetch-site', url.startsWith(site.origin) ? 'same-origin' : 'cross-site'),
    header('user-agent', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36'),
  ];
  if (referer) headers.push(header('referer', referer));
  if (cookie) headers.push(header('cookie', cookie));
  return headers;
}

function entry(ctx, { url, type, dest, mime, bytes, status = 200, setCookies, cacheControl }) {
  const { rnd, page, site, time } = ctx;
  const responseHeaders = [
    header('content-type', mime),
    header('content-length', String(bytes)),
    header('date', httpDate(time)),
    header('server', 'nginx/1.26.2'),
    header('cache-control', cacheControl),
  ];
  if (site.origin.startsWith('https:') && url.startsWith(site.origin)) responseHeaders.push(header('strict-transport-security', 'max-age=31536000'));
  for (const line of setCookies) responseHeaders.push(header('set-cookie', line));
  const text = mime.startsWith('image/') || mime.startsWith('font/') ? chars(rnd, Math.ceil(bytes * 1.34)) : chars(rnd, bytes, 'abcdefghij klmnopqrstuvwxyz;{}()=\n');
  return {
    _initiator: type === 'document' ? { type: 'other' } : { type: 'parser', url: page.url, lineNumber: Math.floor(rnd() * 80) },
    _priority: type === 'document' ? 'VeryHigh' : 'High',
    _resourceType: type,
    cache: {},
    connection: String(400 + Math.floor(rnd() * 100)),
    pageref: page.id,
    request: {
      method: 'GET',
      url,
      httpVersion: 'http/2.0',
      headers: requestHeaders(site, url, dest, type === 'document' ? null : page.url, ctx.cookie),
      queryString: [],
      cookies: [],
      headersSize: -1,
      bodySize: 0,
    },
    response: {
      status,
      statusText: status === 200 ? '' : 'Not Found',
      httpVersion: 'http/2.0',
      headers: responseHeaders,
      cookies: [],
      content: mime.startsWith('image/') || mime.startsWith('font/') ? { size: bytes, mimeType: mime, text, encoding: 'base64' } : { size: bytes, mimeType: mime, text },
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
      _transferSize: bytes + 300,
      _error: null,
    },
    serverIPAddress: '203.0.113.' + (1 + Math.floor(rnd() * 200)),
    startedDateTime: new Date(time).toISOString(),
    time: 20 + rnd() * 200,
    timings: { blocked: 1.2, dns: -1, ssl: -1, connect: -1, send: 0.2, wait: 15 + rnd() * 100, receive: 2.5, _blocked_queueing: 0.8 },
  };
}

/** The entries of page `index`: its document, its assets and a third-party beacon, each refreshing the session. */
function pageEntries(seed, index) {
  const rnd = random(seed * 7919 + index * 104729);
  const site = SITES[index % SITES.length];
  const page = { id: `page_${index + 1}`, url: `${site.origin}/view/${index}` };
  const user = 1000 + (index % 97);
  let time = START + index * 4000;
  const out = [];
  const sessionLine = () =>
    `${site.cookie}=${sessionValue(rnd, site.kind, user, time)}; Expires=${httpDate(time + 31 * 86400000)}; ${site.kind === 'php' ? '' : 'HttpOnly; '}Path=/${site.origin.startsWith('https:') && rnd() < 0.5 ? '; Secure' : ''}`;
  const ctx = { rnd, page, site, time, cookie: `${site.cookie}=x` };
  const document = { url: page.url, type: 'document', dest: 'document', mime: 'text/html; charset=utf-8', bytes: 18000, setCookies: [sessionLine()], cacheControl: 'private, no-cache' };
  out.push(entry(ctx, document));
  const assets = 8 + Math.floor(rnd() * 25);
  for (let i = 0; i < assets; i++) {
    time += 5 + Math.floor(rnd() * 40);
    const asset = pick(rnd, ASSETS);
    const url = site.origin + asset.path.replace('%', String(i));
    const setCookies = site.kind === 'flask' || rnd() < 0.2 ? [sessionLine()] : [];
    // One site in twelve caches assets publicly while still refreshing the session on them.
    const cacheControl = index % 12 === 5 && asset.type !== 'fetch' ? 'public, max-age=3600' : 'private, max-age=0';
    out.push(entry({ ...ctx, time }, { ...asset, url, setCookies, cacheControl }));
  }
  time += 30;
  const beacon = `_trk=${chars(rnd, 22)}.${Math.floor(time / 1000)}; Domain=tracker-cdn.example; Path=/; Expires=${httpDate(time + 390 * 86400000)}; SameSite=None; Secure`;
  out.push(entry({ ...ctx, time }, { url: `${ANALYTICS}/collect?v=2&tid=${index}`, type: 'ping', dest: 'empty', mime: 'image/gif', bytes: 43, setCookies: [beacon], cacheControl: 'no-store' }));
  return { page: { startedDateTime: new Date(START + index * 4000).toISOString(), id: page.id, title: page.url, pageTimings: { onContentLoad: 420.5, onLoad: 910.2 } }, entries: out };
}

function pageChunks(seed, index) {
  const { page, entries } = pageEntries(seed, index);
  return { page, text: entries.map((e) => JSON.stringify(e, null, 2)) };
}

/** How many pages reach `bytes` of entries (the pages array is written first, as Chrome does). */
function pagesFor(seed, bytes) {
  let total = 0;
  let pages = 0;
  while (total < bytes) total += pageChunks(seed, pages++).text.reduce((n, t) => n + t.length + 2, 0);
  return pages;
}

/** Yields the HAR text in pieces, so a 200 MB file never sits in memory. */
export function* harPieces({ mb = 10, seed = 1 } = {}) {
  const count = pagesFor(seed, mb * 1024 * 1024);
  const pages = Array.from({ length: count }, (_, i) => pageEntries(seed, i).page);
  yield `{\n  "log": {\n    "version": "1.2",\n    "creator": { "name": "WebInspector", "version": "537.36" },\n    "pages": ${JSON.stringify(pages, null, 2)},\n    "entries": [\n`;
  for (let i = 0; i < count; i++) {
    const { text } = pageChunks(seed, i);
    yield (i === 0 ? '' : ',\n') + text.join(',\n');
  }
  yield '\n    ]\n  }\n}\n';
}

export function makeHarText(options) {
  return [...harPieces(options)].join('');
}

export async function writeHar(path, options) {
  const out = createWriteStream(path);
  for (const piece of harPieces(options)) {
    if (!out.write(piece)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values, positionals } = parseArgs({ options: { mb: { type: 'string', default: '200' }, seed: { type: 'string', default: '1' } }, allowPositionals: true });
  const path = positionals[0];
  if (!path) {
    console.error('usage: node bench/make-har.mjs out.har [--mb 200] [--seed 1]');
    process.exit(2);
  }
  await writeHar(path, { mb: Number(values.mb), seed: Number(values.seed) });
}
