/** One HAR entry → the Observation the extension would have recorded for that response. */
import type { Observation } from '../observation';
import { firstHeader, headersOf, headerValues, isObject, numberAt, objectAt, stringAt, type HarHeader, type JsonObject } from './har-json';
import type { PageTracker } from './page-tracker';
import { inferKind } from './resource-type';
import { setCookieLines } from './set-cookie-lines';

export type EntryOutcome =
  | { kind: 'observation'; observation: Observation; rebuilt: boolean; requestCookies: boolean }
  /** not-an-object, no-url, not-http (data:, blob:, chrome-extension:), no-response (blocked, failed, aborted: status 0). */
  | { kind: 'skipped'; reason: 'not-an-object' | 'no-url' | 'not-http' | 'no-response' };

/** `previousTime` stands in for a missing or unreadable startedDateTime, so time never runs backwards. */
export function entryObservation(entry: unknown, pages: PageTracker, previousTime: number): EntryOutcome {
  if (!isObject(entry)) return { kind: 'skipped', reason: 'not-an-object' };
  const request = objectAt(entry, 'request');
  const response = objectAt(entry, 'response');
  const url = request && stringAt(request, 'url');
  if (url === undefined) return { kind: 'skipped', reason: 'no-url' };
  if (!/^(https?|wss?):\/\//i.test(url)) return { kind: 'skipped', reason: 'not-http' };
  const status = response && numberAt(response, 'status');
  if (response === undefined || status === undefined || status <= 0) return { kind: 'skipped', reason: 'no-response' };

  const requestHeaders = headersOf(request);
  const responseHeaders = headersOf(response);
  const contentType = firstHeader(responseHeaders, 'content-type') ?? mimeType(response);
  const pageref = stringAt(entry, 'pageref');
  const referer = firstHeader(requestHeaders, 'referer');
  const fetchDest = firstHeader(requestHeaders, 'sec-fetch-dest');
  const kind = inferKind({
    url,
    status,
    resourceType: stringAt(entry, '_resourceType'),
    fetchDest,
    accept: firstHeader(requestHeaders, 'accept'),
    requestedWith: firstHeader(requestHeaders, 'x-requested-with'),
    upgrade: firstHeader(requestHeaders, 'upgrade'),
    contentType,
  });
  const initiator = objectAt(entry, '_initiator');
  const doc = { url, pageref, frameref: stringAt(entry, '_frameref'), fetchDest, initiator: initiator && stringAt(initiator, 'type') };
  const type = kind === 'document' ? pages.document(doc) : kind;
  const cookies = setCookieLines(response, responseHeaders);
  const observation: Observation = {
    tabId: -1,
    topUrl: type === 'main_frame' ? url : pages.topUrlFor(pageref, referer),
    url,
    type,
    status,
    fromCache: fromCache(entry),
    time: startedAt(entry) ?? previousTime,
    setCookies: cookies.lines,
  };
  addResponseHeaders(observation, responseHeaders, contentType);
  return { kind: 'observation', observation, rebuilt: cookies.rebuilt, requestCookies: sentCookies(request, requestHeaders) };
}

function addResponseHeaders(obs: Observation, headers: readonly HarHeader[], contentType: string | undefined): void {
  // Several Cache-Control headers mean one list (RFC 9110 §5.3), as webRequest's platform code joins them.
  const cacheControl = headerValues(headers, 'cache-control');
  if (cacheControl.length > 0) obs.cacheControl = cacheControl.join(', ');
  if (contentType !== undefined) obs.contentType = contentType;
  const vary = firstHeader(headers, 'vary');
  if (vary !== undefined) obs.vary = vary;
  const hsts = firstHeader(headers, 'strict-transport-security');
  if (hsts !== undefined) obs.hsts = hsts;
}

function mimeType(response: JsonObject): string | undefined {
  const content = objectAt(response, 'content');
  const type = content && stringAt(content, 'mimeType');
  return type === '' ? undefined : type;
}

function startedAt(entry: JsonObject): number | undefined {
  const text = stringAt(entry, 'startedDateTime');
  const ms = text === undefined ? NaN : Date.parse(text);
  return Number.isFinite(ms) ? ms : undefined;
}

/** Chrome writes `_fromCache: "memory" | "disk"`; Firefox fills `cache.afterRequest` (null when it has no details). */
function fromCache(entry: JsonObject): boolean {
  const chrome = entry['_fromCache'];
  if (typeof chrome === 'string' ? chrome !== '' : chrome === true) return true;
  const cache = objectAt(entry, 'cache');
  return cache !== undefined && 'afterRequest' in cache;
}

/** Whether the request carried cookies: a HAR where none do and none are set was probably sanitised. */
function sentCookies(request: JsonObject | undefined, headers: readonly HarHeader[]): boolean {
  if (firstHeader(headers, 'cookie') !== undefined) return true;
  const cookies = request?.['cookies'];
  return Array.isArray(cookies) && cookies.length > 0;
}
