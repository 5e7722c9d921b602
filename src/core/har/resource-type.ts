/**
 * The webRequest resource type of a HAR entry. Chrome and Playwright record it (`_resourceType`);
 * Firefox and proxies do not, so it is inferred from what the browser said it wanted (the
 * `Sec-Fetch-Dest` request header, then `Accept`) and from what came back (`Content-Type`), in that
 * order: the request states the purpose, while a 404 page for an image is still text/html.
 * A document is returned as 'document': whether it is the top-level page or a frame depends on the
 * rest of the HAR (page-tracker.ts).
 */
import type { ResourceType } from '../observation';

export type EntryKind = ResourceType | 'document';

export interface KindFacts {
  url: string;
  status: number;
  /** Chrome / Playwright `_resourceType`. */
  resourceType?: string;
  /** Request headers, values as sent. */
  fetchDest?: string;
  accept?: string;
  requestedWith?: string;
  upgrade?: string;
  /** Response Content-Type (or content.mimeType). */
  contentType?: string;
}

/** A Map, so that keys from the file such as 'constructor' find nothing. */
function table(entries: Record<string, EntryKind>): ReadonlyMap<string, EntryKind> {
  return new Map(Object.entries(entries));
}

/** Chrome DevTools Protocol resource types, lower-cased as DevTools and Playwright write them. */
const CHROME_TYPES: ReadonlyMap<string, EntryKind> = table({
  document: 'document',
  stylesheet: 'stylesheet',
  script: 'script',
  image: 'image',
  font: 'font',
  media: 'media',
  texttrack: 'media',
  xhr: 'xmlhttprequest',
  fetch: 'fetch',
  eventsource: 'fetch',
  websocket: 'websocket',
  ping: 'ping',
  cspviolationreport: 'csp_report',
});

/** Sec-Fetch-Dest values (Fetch Metadata), sent by Chrome, Firefox and Safari to secure origins. */
const FETCH_DESTS: ReadonlyMap<string, EntryKind> = table({
  document: 'document',
  iframe: 'sub_frame',
  frame: 'sub_frame',
  fencedframe: 'sub_frame',
  image: 'image',
  style: 'stylesheet',
  script: 'script',
  worker: 'script',
  sharedworker: 'script',
  serviceworker: 'script',
  audioworklet: 'script',
  paintworklet: 'script',
  font: 'font',
  audio: 'media',
  video: 'media',
  track: 'media',
  object: 'object',
  embed: 'object',
  report: 'csp_report',
});

export function inferKind(facts: KindFacts): EntryKind {
  if (/^wss?:/i.test(facts.url) || facts.status === 101 || facts.upgrade?.toLowerCase() === 'websocket') return 'websocket';
  const chrome = facts.resourceType?.toLowerCase();
  if (chrome !== undefined) return CHROME_TYPES.get(chrome) ?? 'other';
  const dest = facts.fetchDest?.trim().toLowerCase();
  if (dest === 'empty') return scriptRequest(facts);
  const byDest = dest === undefined ? undefined : FETCH_DESTS.get(dest);
  if (byDest !== undefined) return byDest;
  if (facts.requestedWith?.toLowerCase() === 'xmlhttprequest') return 'xmlhttprequest';
  return fromAccept(facts.accept) ?? fromContentType(facts.contentType) ?? fromExtension(facts.url) ?? 'other';
}

/** `Sec-Fetch-Dest: empty` is fetch(), XMLHttpRequest, EventSource or sendBeacon. */
function scriptRequest(facts: KindFacts): EntryKind {
  return facts.requestedWith?.toLowerCase() === 'xmlhttprequest' ? 'xmlhttprequest' : 'fetch';
}

/** Only the first media range says something: fetch(), scripts and Chrome's fonts send a bare *\/*. */
function fromAccept(accept: string | undefined): EntryKind | undefined {
  const first = accept?.split(',')[0]?.trim().toLowerCase() ?? '';
  if (first.startsWith('text/html') || first.startsWith('application/xhtml+xml')) return 'document';
  if (first.startsWith('text/css')) return 'stylesheet';
  if (first.startsWith('image/')) return 'image';
  if (first.startsWith('application/font-') || first.startsWith('font/')) return 'font';
  if (first.startsWith('application/json')) return 'fetch';
  return undefined;
}

function fromContentType(contentType: string | undefined): EntryKind | undefined {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === '') return undefined;
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'document';
  if (type === 'text/css') return 'stylesheet';
  if (type.includes('javascript') || type.includes('ecmascript')) return 'script';
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('font/') || type.includes('font-woff') || type.includes('x-font')) return 'font';
  if (type.startsWith('audio/') || type.startsWith('video/')) return 'media';
  if (type === 'application/json' || type.endsWith('+json')) return 'fetch';
  return undefined;
}

const EXTENSIONS: ReadonlyMap<string, EntryKind> = table({
  js: 'script',
  mjs: 'script',
  css: 'stylesheet',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  svg: 'image',
  webp: 'image',
  avif: 'image',
  ico: 'image',
  woff: 'font',
  woff2: 'font',
  ttf: 'font',
  otf: 'font',
  mp4: 'media',
  webm: 'media',
  mp3: 'media',
});

function fromExtension(url: string): EntryKind | undefined {
  const path = url.replace(/[?#].*$/, '');
  const dot = path.lastIndexOf('.');
  if (dot < 0 || dot < path.lastIndexOf('/')) return undefined;
  return EXTENSIONS.get(path.slice(dot + 1).toLowerCase());
}
