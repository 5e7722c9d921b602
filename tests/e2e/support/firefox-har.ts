/**
 * A HAR in the layout of Firefox's own export (DevTools → Network → Save All As HAR), built from
 * what WebDriver BiDi reported (bidi-network-log.ts). Firefox cannot write that file itself here:
 * its export, the `devtools.netmonitor.har.enableAutoExportToFile` automation included, belongs to
 * the DevTools network panel, which a headless Firefox under automation does not open.
 *
 * The layout follows devtools/client/netmonitor/src/har/har-builder.js: creator and
 * browser "Firefox"; one page per top-level navigation, `page_<n>` titled with its URL, with
 * `pageTimings`; entries with `pageref` (the last page started before them), times with the local
 * zone offset, one header entry per Set-Cookie line, `response.cookies[]` parsed the way
 * NetworkHelper.parseSetCookieHeaders does, `_securityState`, `serverIPAddress` and `connection`.
 * What BiDi does not report is left as Firefox leaves what it does not know: no bodies (with
 * Firefox's comment for that), `send: 0`, and the server address taken from the URL, which here is
 * always an IP literal. Requests that failed (network.fetchError) are left out; Firefox would list
 * them with status 0, which the tests here never produce.
 */
import type { BidiExchange, BidiHeader, BidiNavigationEvent, BidiNetworkLog, BidiResponse, BidiTimings } from './bidi-network-log';

export interface HarHeader {
  name: string;
  value: string;
}

export interface HarCookie {
  name: string;
  value: string;
  [attribute: string]: string | boolean;
}

export interface HarPage {
  id: string;
  pageTimings: { onContentLoad: number; onLoad: number };
  startedDateTime: string;
  title: string;
}

export interface HarEntry {
  startedDateTime: string;
  request: {
    bodySize: number;
    method: string;
    url: string;
    httpVersion: string;
    headers: HarHeader[];
    cookies: HarCookie[];
    queryString: HarHeader[];
    headersSize: number;
  };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    headers: HarHeader[];
    cookies: HarCookie[];
    content: { mimeType: string; size: number; comment: string };
    redirectURL: string;
    headersSize: number;
    bodySize: number;
  };
  cache: { afterRequest?: null };
  timings: Record<(typeof TIMING_KEYS)[number], number>;
  time: number;
  _securityState: 'secure' | 'insecure';
  serverIPAddress?: string;
  connection?: string;
  pageref: string;
}

export interface FirefoxHar {
  log: {
    version: '1.2';
    creator: { name: 'Firefox'; version: string };
    browser: { name: 'Firefox'; version: string };
    pages: HarPage[];
    entries: HarEntry[];
  };
}

const TIMING_KEYS = ['blocked', 'dns', 'connect', 'ssl', 'send', 'wait', 'receive'] as const;
/** Firefox's har.responseBodyNotIncluded. */
const NO_BODY = 'Response bodies are not included.';

/** `version` is Firefox's, e.g. '153.8.0' (puppeteer's browser.version() says 'firefox/153.8.0'). */
export function buildFirefoxHar(log: BidiNetworkLog, version: string): FirefoxHar {
  const pages = log.navigations.filter((n) => log.topLevelContexts.has(n.context)).map((navigation, i) => page(navigation, i, log));
  const entries = log.exchanges.flatMap((e) => (e.response === undefined ? [] : [entry(e, e.response, pages)]));
  return {
    log: {
      version: '1.2',
      creator: { name: 'Firefox', version },
      browser: { name: 'Firefox', version },
      pages: pages.map((p) => p.har),
      entries,
    },
  };
}

interface PageStart {
  har: HarPage;
  startedMs: number;
}

/** A page starts when its document was requested, as Firefox dates it from its navigation request. */
function page(navigation: BidiNavigationEvent, index: number, log: BidiNetworkLog): PageStart {
  const document = log.exchanges.find((e) => e.navigation === navigation.navigation && e.context === navigation.context);
  const startedMs = document?.request.timings.requestTime || navigation.timestamp;
  const since = (events: BidiNavigationEvent[]) => {
    const event = events.find((e) => e.navigation === navigation.navigation);
    return event === undefined ? -1 : Math.round(event.timestamp - startedMs);
  };
  return {
    startedMs,
    har: {
      id: `page_${index}`,
      pageTimings: { onContentLoad: since(log.domContentLoaded), onLoad: since(log.loads) },
      startedDateTime: harDate(startedMs),
      // Firefox titles a page with its URL, not its document title.
      title: navigation.url,
    },
  };
}

function entry(exchange: BidiExchange, response: BidiResponse, pages: readonly PageStart[]): HarEntry {
  const { request } = exchange;
  const startedMs = request.timings.requestTime || exchange.timestamp;
  const timings = harTimings(request.timings);
  const url = new URL(request.url);
  const responseHeaders = splitSetCookie(response.headers.map(harHeader));
  return {
    startedDateTime: harDate(startedMs),
    request: {
      bodySize: request.bodySize ?? 0,
      method: request.method,
      url: request.url,
      httpVersion: httpVersion(response.protocol),
      headers: request.headers.map(harHeader),
      cookies: request.cookies.map((c) => ({ name: c.name, value: c.value.value })),
      queryString: [...url.searchParams].map(([name, value]) => ({ name, value })),
      headersSize: request.headersSize,
    },
    response: {
      status: response.status,
      statusText: response.statusText,
      httpVersion: httpVersion(response.protocol),
      headers: responseHeaders,
      cookies: setCookieLines(responseHeaders).map(harCookie),
      content: { mimeType: response.mimeType, size: response.bodySize ?? -1, comment: NO_BODY },
      redirectURL: responseHeaders.find((h) => h.name.toLowerCase() === 'location')?.value ?? '',
      headersSize: response.headersSize ?? -1,
      bodySize: response.bodySize ?? -1,
    },
    // Firefox records cache details only for a 304; anything else gets an empty object.
    cache: response.status === 304 ? { afterRequest: null } : {},
    timings,
    time: TIMING_KEYS.reduce((sum, key) => (timings[key] === -1 ? sum : sum + timings[key]), 0),
    _securityState: url.protocol === 'https:' ? 'secure' : 'insecure',
    ...serverAddress(url),
    pageref: pageFor(startedMs, pages),
  };
}

function harHeader(header: BidiHeader): HarHeader {
  return { name: header.name, value: header.value.value };
}

/** Firefox hands over one Set-Cookie header with the lines joined by "\n"; its HAR has one entry a line. */
function splitSetCookie(headers: readonly HarHeader[]): HarHeader[] {
  return headers.flatMap((h) => (h.name.toLowerCase() === 'set-cookie' ? h.value.split('\n').map((value) => ({ name: h.name, value })) : [h]));
}

function setCookieLines(headers: readonly HarHeader[]): string[] {
  return headers.filter((h) => h.name.toLowerCase() === 'set-cookie').map((h) => h.value);
}

/**
 * One Set-Cookie line as Firefox's HAR lists it: name and value, then `secure`, `httpOnly`, `path`,
 * `domain`, `samesite` and `expires` (ISO) in the order they appear; Max-Age and anything else are
 * left out. (Firefox also unescapes %xx in the name and value; the fixture's cookies have none.)
 */
function harCookie(line: string): HarCookie {
  const [pair = '', ...attributes] = line.split(';');
  const equal = pair.indexOf('=');
  const cookie: HarCookie = { name: pair.slice(0, equal).trim(), value: pair.slice(equal + 1).trim() };
  for (const attribute of attributes.map((a) => a.trim())) {
    const [key = '', value = ''] = attribute.split('=');
    const lower = key.toLowerCase();
    if (lower === 'secure') cookie['secure'] = true;
    else if (lower === 'httponly') cookie['httpOnly'] = true;
    else if (lower === 'path' || lower === 'domain') cookie[lower] = value;
    else if (lower === 'samesite') cookie['samesite'] = sameSite(value);
    else if (lower === 'expires' && !Number.isNaN(Date.parse(value.replace(/-/g, ' ')))) cookie['expires'] = new Date(value.replace(/-/g, ' ')).toISOString();
  }
  return cookie;
}

function sameSite(value: string): string {
  const lower = value.toLowerCase();
  return lower === 'lax' ? 'Lax' : lower === 'strict' ? 'Strict' : 'None';
}

/** HAR timings (ms, -1 where it does not apply) from BiDi's fetch timing, all epoch milliseconds. */
function harTimings(t: BidiTimings): HarEntry['timings'] {
  const span = (from: number, to: number) => (from > 0 && to >= from ? Math.round(to - from) : -1);
  const firstStep = [t.dnsStart, t.connectStart, t.requestStart].find((time) => time > 0) ?? t.requestTime;
  return {
    blocked: Math.max(0, Math.round(firstStep - t.requestTime)),
    dns: span(t.dnsStart, t.dnsEnd),
    connect: span(t.connectStart, t.connectEnd),
    ssl: span(t.tlsStart, t.tlsEnd),
    // BiDi reports no end of sending; Firefox writes 0 for a request without a body, too.
    send: 0,
    wait: Math.max(0, span(t.requestStart, t.responseStart)),
    receive: Math.max(0, span(t.responseStart, t.responseEnd)),
  };
}

function httpVersion(protocol: string): string {
  return protocol === '' ? '' : protocol.toUpperCase();
}

/** BiDi does not say which address the response came from; the fixture server's URL holds it. */
function serverAddress(url: URL): { serverIPAddress?: string; connection?: string } {
  const isIp = /^\d+\.\d+\.\d+\.\d+$|^\[/.test(url.hostname);
  if (!isIp || !url.protocol.startsWith('http')) return {};
  return { serverIPAddress: url.hostname.replace(/^\[|\]$/g, ''), connection: url.port || (url.protocol === 'https:' ? '443' : '80') };
}

/** Firefox's getPage: the last page that started at or before the entry. */
function pageFor(startedMs: number, pages: readonly PageStart[]): string {
  const started = pages.filter((p) => p.startedMs <= startedMs);
  return (started[started.length - 1] ?? pages[0])?.har.id ?? 'page_0';
}

/** Firefox's dateToHarString: local time with its zone offset, e.g. 2026-11-23T19:10:03.111+01:00. */
function harDate(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const offset = -date.getTimezoneOffset();
  const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}${zone}`
  );
}
