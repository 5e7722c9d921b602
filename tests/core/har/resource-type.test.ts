import { describe, expect, it } from 'vitest';
import { inferKind, type KindFacts } from '../../../src/core/har/resource-type';

const URL_ = 'https://shop.example/x';
const facts = (extra: Partial<KindFacts>): KindFacts => ({ url: URL_, status: 200, ...extra });

describe('inferKind', () => {
  it.each([
    ['document', 'document'],
    ['stylesheet', 'stylesheet'],
    ['script', 'script'],
    ['image', 'image'],
    ['font', 'font'],
    ['media', 'media'],
    ['texttrack', 'media'],
    ['xhr', 'xmlhttprequest'],
    ['fetch', 'fetch'],
    ['eventsource', 'fetch'],
    ['websocket', 'websocket'],
    ['ping', 'ping'],
    ['cspviolationreport', 'csp_report'],
    ['preflight', 'other'],
    ['manifest', 'other'],
    ['Image', 'image'],
    ['constructor', 'other'],
  ])('maps Chrome\'s _resourceType %j to %j', (resourceType, kind) => {
    expect(inferKind(facts({ resourceType }))).toBe(kind);
  });

  it.each([
    ['document', 'document'],
    ['iframe', 'sub_frame'],
    ['frame', 'sub_frame'],
    ['image', 'image'],
    ['style', 'stylesheet'],
    ['script', 'script'],
    ['worker', 'script'],
    ['font', 'font'],
    ['video', 'media'],
    ['embed', 'object'],
    ['report', 'csp_report'],
    ['empty', 'fetch'],
    ['manifest', 'other'],
    ['toString', 'other'],
  ])('without _resourceType maps Sec-Fetch-Dest %j to %j', (fetchDest, kind) => {
    expect(inferKind(facts({ fetchDest }))).toBe(kind);
  });

  it('prefers _resourceType to Sec-Fetch-Dest', () => {
    expect(inferKind(facts({ resourceType: 'xhr', fetchDest: 'empty' }))).toBe('xmlhttprequest');
  });

  it('tells XMLHttpRequest from fetch by X-Requested-With', () => {
    expect(inferKind(facts({ fetchDest: 'empty', requestedWith: 'XMLHttpRequest' }))).toBe('xmlhttprequest');
    expect(inferKind(facts({ requestedWith: 'XMLHttpRequest', contentType: 'application/json' }))).toBe('xmlhttprequest');
  });

  it.each([
    ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'text/html', 'document'],
    ['text/css,*/*;q=0.1', 'text/css', 'stylesheet'],
    ['image/avif,image/webp,image/png,image/svg+xml,image/*;q=0.8,*/*;q=0.5', 'text/html; charset=utf-8', 'image'],
    ['application/font-woff2;q=1.0,application/font-woff;q=0.9,*/*;q=0.8', 'font/woff2', 'font'],
    ['application/json', 'application/json', 'fetch'],
  ])('reads the request\'s purpose from Accept %j before the Content-Type %j', (accept, contentType, kind) => {
    expect(inferKind(facts({ accept, contentType }))).toBe(kind);
  });

  it.each([
    ['text/html; charset=utf-8', 'document'],
    ['text/css', 'stylesheet'],
    ['application/javascript', 'script'],
    ['text/javascript; charset=utf-8', 'script'],
    ['image/svg+xml', 'image'],
    ['font/woff2', 'font'],
    ['application/x-font-ttf', 'font'],
    ['video/mp4', 'media'],
    ['application/json', 'fetch'],
    ['application/problem+json', 'fetch'],
    ['application/octet-stream', 'other'],
  ])('falls back to the Content-Type %j: %j', (contentType, kind) => {
    expect(inferKind(facts({ accept: '*/*', contentType }))).toBe(kind);
  });

  it.each([
    ['https://cdn.example/app.min.js?v=3', 'script'],
    ['https://cdn.example/a.CSS', 'stylesheet'],
    ['https://cdn.example/logo.webp#x', 'image'],
    ['https://cdn.example/inter.woff2', 'font'],
    ['https://cdn.example/archive.tar', 'other'],
    ['https://cdn.example', 'other'],
  ])('falls back to the extension of %j: %j', (url, kind) => {
    expect(inferKind({ url, status: 200 })).toBe(kind);
  });

  it.each([
    [{ url: 'wss://chat.example/socket', status: 101 }],
    [{ url: 'https://chat.example/socket', status: 101 }],
    [{ url: 'https://chat.example/socket', status: 200, upgrade: 'websocket' }],
  ])('recognises a WebSocket handshake %j', (f) => {
    expect(inferKind(f)).toBe('websocket');
  });
});
