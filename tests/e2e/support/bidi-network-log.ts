/**
 * Every request a puppeteer-driven Firefox makes, as WebDriver BiDi reports it: the raw
 * `network.*` and `browsingContext.*` events, kept for building a HAR (see firefox-har.ts).
 *
 * Why the raw events and not puppeteer's `page.on('response')`: HTTPResponse.headers() folds the
 * headers into an object keyed by lower-cased name, while the BiDi event keeps Firefox's own list,
 * with its names, order and sizes, which is what Firefox's HAR export writes.
 *
 * Set-Cookie does come through BiDi (unlike CDP's Network.responseReceived, which hides it), but
 * Firefox merges a response's Set-Cookie headers into one whose value joins the lines with "\n",
 * the way it hands them to extensions too; firefox-har.ts splits them again.
 */
import type { Browser } from 'puppeteer-core';

export interface BidiHeader {
  name: string;
  value: { type: 'string' | 'base64'; value: string };
}

export interface BidiTimings {
  requestTime: number;
  fetchStart: number;
  dnsStart: number;
  dnsEnd: number;
  connectStart: number;
  connectEnd: number;
  tlsStart: number;
  tlsEnd: number;
  requestStart: number;
  responseStart: number;
  responseEnd: number;
}

export interface BidiRequest {
  request: string;
  url: string;
  method: string;
  headers: BidiHeader[];
  cookies: { name: string; value: { type: string; value: string } }[];
  headersSize: number;
  bodySize: number | null;
  destination?: string;
  timings: BidiTimings;
}

export interface BidiResponse {
  url: string;
  protocol: string;
  status: number;
  statusText: string;
  fromCache: boolean;
  headers: BidiHeader[];
  mimeType: string;
  headersSize: number | null;
  bodySize: number | null;
}

/** network.responseCompleted and network.fetchError, in the order they came. */
export interface BidiExchange {
  context: string;
  navigation: string | null;
  timestamp: number;
  request: BidiRequest;
  /** Absent when the request failed (network.fetchError). */
  response?: BidiResponse;
  errorText?: string;
}

/** browsingContext.navigationStarted, domContentLoaded or load. */
export interface BidiNavigationEvent {
  context: string;
  navigation: string | null;
  timestamp: number;
  url: string;
}

export interface BidiNetworkLog {
  /** Tabs, as opposed to frames: only their navigations start a HAR page. */
  topLevelContexts: Set<string>;
  exchanges: BidiExchange[];
  navigations: BidiNavigationEvent[];
  domContentLoaded: BidiNavigationEvent[];
  loads: BidiNavigationEvent[];
  /** True when every request that started has completed or failed. */
  settled(): boolean;
}

interface BidiEvents {
  on(event: string, listener: (params: never) => void): unknown;
}

/** Starts recording; call before the first navigation. */
export function recordBidiNetwork(browser: Browser): BidiNetworkLog {
  const connection = bidiConnection(browser);
  const open = new Set<string>();
  const log: BidiNetworkLog = {
    topLevelContexts: new Set(),
    exchanges: [],
    navigations: [],
    domContentLoaded: [],
    loads: [],
    settled: () => open.size === 0,
  };
  connection.on('browsingContext.contextCreated', (event: { context: string; parent: string | null }) => {
    if (event.parent === null) log.topLevelContexts.add(event.context);
  });
  connection.on('network.beforeRequestSent', (event: { request: BidiRequest; redirectCount: number }) => {
    open.add(`${event.request.request}/${event.redirectCount}`);
  });
  const ended = (event: BidiExchange & { redirectCount: number }) => {
    open.delete(`${event.request.request}/${event.redirectCount}`);
    log.exchanges.push(event);
  };
  connection.on('network.responseCompleted', ended);
  connection.on('network.fetchError', ended);
  connection.on('browsingContext.navigationStarted', (event: BidiNavigationEvent) => log.navigations.push(event));
  connection.on('browsingContext.domContentLoaded', (event: BidiNavigationEvent) => log.domContentLoaded.push(event));
  connection.on('browsingContext.load', (event: BidiNavigationEvent) => log.loads.push(event));
  return log;
}

/** puppeteer subscribes its BiDi session to every network and browsingContext event; its connection relays them. */
function bidiConnection(browser: Browser): BidiEvents {
  const connection = (browser as unknown as { connection?: Partial<BidiEvents> }).connection;
  if (typeof connection?.on !== 'function') throw new Error('this puppeteer-core does not expose its WebDriver BiDi connection as browser.connection');
  return connection as BidiEvents;
}
