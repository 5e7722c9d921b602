import { describe, expect, it } from 'vitest';
import { entryObservation, type EntryOutcome } from '../../../src/core/har/entry-observation';
import { createPageTracker } from '../../../src/core/har/page-tracker';
import { harJson, type FIXTURES } from './fixtures';

/** Every entry of a fixture, in order, through one page tracker, as the converter does it. */
function outcomes(name: keyof typeof FIXTURES): EntryOutcome[] {
  const har = harJson(name);
  const pages = createPageTracker();
  pages.addPages(har.log.pages);
  let time = 0;
  return har.log.entries.map((entry) => {
    const outcome = entryObservation(entry, pages, time);
    if (outcome.kind === 'observation') time = outcome.observation.time;
    return outcome;
  });
}

/** [type, url path, page URL, number of Set-Cookie lines] per entry, or the reason it was skipped. */
function shape(outcome: EntryOutcome): [string, string, string | null, number] | string {
  if (outcome.kind === 'skipped') return outcome.reason;
  const { type, url, topUrl, setCookies } = outcome.observation;
  return [type, url, topUrl, setCookies.length];
}

describe('entryObservation', () => {
  it('reads a Chrome DevTools HAR: frames, third parties, a data: URL and a blocked request', () => {
    const shop = 'https://shop.example/';
    expect(outcomes('chrome').map(shape)).toEqual([
      ['main_frame', shop, shop, 2],
      ['stylesheet', `${shop}assets/site.css`, shop, 0],
      ['script', 'https://cdn.shop-static.example/app.js', shop, 1],
      ['sub_frame', 'https://widgets.example/embed?product=42', shop, 1],
      ['image', 'https://widgets.example/pixel.gif', shop, 1],
      'not-http',
      ['xmlhttprequest', `${shop}api/cart`, shop, 1],
      'no-response',
      ['main_frame', `${shop}cart`, `${shop}cart`, 2],
      ['fetch', `${shop}api/recommendations`, `${shop}cart`, 1],
    ]);
  });

  it('reads the response headers Chrome records', () => {
    const [page, css, , , , , , , , api] = outcomes('chrome').map((o) => (o.kind === 'observation' ? o.observation : null));
    expect(page).toMatchObject({ status: 200, fromCache: false, hsts: 'max-age=63072000; includeSubDomains', contentType: 'text/html; charset=utf-8', tabId: -1 });
    expect(page?.time).toBe(Date.parse('2026-11-23T18:20:11.131Z'));
    expect(css).toMatchObject({ fromCache: true, cacheControl: 'public, max-age=31536000, immutable' });
    expect(api).toMatchObject({ cacheControl: 'public, max-age=600', contentType: 'application/json' });
  });

  it('infers the types of a Firefox HAR from Accept and Content-Type, and skips an aborted request', () => {
    const home = 'http://192.168.1.20:5000/';
    expect(outcomes('firefox').map(shape)).toEqual([
      ['main_frame', home, home, 1],
      ['stylesheet', `${home}static/style.css`, home, 1],
      ['script', `${home}static/app.js`, home, 1],
      ['image', `${home}static/logo.png`, home, 1],
      ['fetch', `${home}api/cart`, home, 1],
      ['main_frame', `${home}login`, `${home}login`, 2],
      ['main_frame', home, home, 1],
      ['image', `${home}favicon.ico`, home, 1],
      'no-response',
    ]);
  });

  it('reads Firefox\'s time zone offsets and one Set-Cookie header per line', () => {
    const login = outcomes('firefox')[5];
    expect(login?.kind === 'observation' && login.observation.setCookies.map((l) => l.split('=')[0])).toEqual(['session', 'remember_token']);
    const first = outcomes('firefox')[0];
    expect(first?.kind === 'observation' && first.observation.time).toBe(Date.parse('2026-11-23T18:10:03.111Z'));
  });

  it('follows a Playwright page through its navigations by _frameref', () => {
    const shapes = outcomes('playwright').map(shape);
    const first = shapes[0];
    const origin = Array.isArray(first) ? first[1] : '';
    expect(shapes.map((s) => (typeof s === 'string' ? s : [s[0], s[2]?.replace(origin, '/')]))).toEqual([
      ['main_frame', '/'],
      ['image', '/'],
      ['script', '/'],
      ['fetch', '/'],
      ['main_frame', '/burst?n=3'],
      ['fetch', '/burst?n=3'],
      ['fetch', '/burst?n=3'],
      ['fetch', '/burst?n=3'],
      ['main_frame', '/'],
      ['image', '/'],
      ['script', '/'],
      ['fetch', '/'],
    ]);
  });

  it('places the responses of a HAR without pages by Referer, then by the latest page', () => {
    expect(outcomes('proxy').map(shape)).toEqual([
      ['main_frame', 'http://blog.example/', 'http://blog.example/', 1],
      ['main_frame', 'http://news.example/', 'http://news.example/', 1],
      ['stylesheet', 'http://blog.example/style.css', 'http://blog.example/', 0],
      ['image', 'http://ads.tracker.example/pixel.gif?u=1', 'http://blog.example/', 1],
      ['xmlhttprequest', 'http://news.example/api/latest', 'http://news.example/', 1],
      ['image', 'http://news.example/logo.png', 'http://news.example/', 0],
    ]);
  });

  it('says when the lines were rebuilt from response.cookies[] and whether the request sent cookies', () => {
    expect(outcomes('cookiesOnly').map((o) => (o.kind === 'observation' ? [o.rebuilt, o.requestCookies] : o.reason))).toEqual([
      [true, false],
      [true, true],
      [false, true],
    ]);
  });

  it.each([
    [null, 'not-an-object'],
    [[], 'not-an-object'],
    [{}, 'no-url'],
    [{ request: { url: 42 } }, 'no-url'],
    [{ request: { url: 'blob:https://x.example/1' }, response: { status: 200 } }, 'not-http'],
    [{ request: { url: 'https://x.example/' } }, 'no-response'],
    [{ request: { url: 'https://x.example/' }, response: { status: '200' } }, 'no-response'],
    [{ request: { url: 'https://x.example/' }, response: { status: 0 } }, 'no-response'],
  ])('skips the malformed entry %j: %s', (entry, reason) => {
    expect(entryObservation(entry, createPageTracker(), 0)).toEqual({ kind: 'skipped', reason });
  });

  it('keeps the previous time when startedDateTime is missing or unreadable, and tolerates odd headers', () => {
    const entry = {
      startedDateTime: 'yesterday',
      request: { url: 'https://x.example/a.css', headers: [null, { name: 'Accept' }, { name: 'accept', value: 'text/css' }] },
      response: { status: 200, headers: [{ name: 'Content-Length', value: 12 }, { name: 'Cache-Control', value: 'no-cache' }, { name: 'cache-control', value: 'no-store' }] },
    };
    const outcome = entryObservation(entry, createPageTracker(), 1234);
    expect(outcome.kind === 'observation' && outcome.observation).toMatchObject({ time: 1234, type: 'stylesheet', cacheControl: 'no-cache, no-store', topUrl: null });
  });
});
