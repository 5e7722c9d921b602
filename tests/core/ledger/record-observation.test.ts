import { beforeAll, describe, expect, it } from 'vitest';
import { createLedger, recordObservation, DEFAULT_LIMITS, domainKey } from '../../../src/core/ledger';
import { flaskValue, response, T0 } from './observations';

const SITE = 'http://127.0.0.1:5000';
const FLASK = (ts: string, payload = 'eyJfcGVybWFuZW50Ijp0cnVlLCJ1c2VyIjoiZGVtbyJ9') =>
  `session=${flaskValue(payload, ts)}; Expires=Thu, 24 Dec 2026 18:25:02 GMT; HttpOnly; Path=/; SameSite=Lax`;

describe('recordObservation', () => {
  it('counts every response of the site, not only those that set cookies', () => {
    const ledger = createLedger();
    recordObservation(ledger, response(`${SITE}/`, [], { type: 'main_frame', topUrl: null }));
    recordObservation(ledger, response(`${SITE}/app.js`, [], { type: 'script' }));
    recordObservation(ledger, response(`${SITE}/api`, [FLASK('awSE_g')]));
    expect(ledger.sites[SITE]?.responses).toBe(3);
    expect(Object.keys(ledger.sites[SITE]?.cookies ?? {})).toHaveLength(1);
  });

  it("tells Flask's refresh (only the timestamp moved) from a real payload change", () => {
    const ledger = createLedger();
    const stamps = ['awSE_g', 'awSE_h', 'awSE_i', 'awSE_j', 'awSE_k', 'awSE_l'];
    stamps.forEach((ts, i) => recordObservation(ledger, response(`${SITE}/p${i}`, [FLASK(ts)], { time: T0 + i })));
    recordObservation(ledger, response(`${SITE}/login`, [FLASK('awSE_m', 'eyJ1c2VyIjoiYWxpY2UifQ')], { time: T0 + 9 }));
    const session = Object.values(ledger.sites[SITE]?.cookies ?? {})[0];
    expect(session).toMatchObject({ name: 'session', domain: '127.0.0.1', hostOnly: true, path: '/', setCount: 7, valueChanges: 6, payloadChanges: 1, live: true });
    expect(session?.timeline).toHaveLength(7);
    expect(session?.history.at(-1)?.url).toBe(`${SITE}/login`);
  });

  it('records a deletion as a deletion of the same cookie, not as a new live cookie', () => {
    const ledger = createLedger();
    recordObservation(ledger, response(`${SITE}/`, [FLASK('awSE_g')]));
    recordObservation(ledger, response(`${SITE}/logout`, ['session=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; HttpOnly; Path=/'], { time: T0 + 1 }));
    const cookies = Object.values(ledger.sites[SITE]?.cookies ?? {});
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatchObject({ setCount: 1, deletions: 1, live: false });
  });

  it('marks a cookie set by another site as third-party', () => {
    const ledger = createLedger();
    const top = 'https://shop.example/';
    recordObservation(ledger, response('https://www.google-analytics.com/collect', ['_ga=GA1.2.1.2; Domain=google-analytics.com; Path=/; Secure; SameSite=None'], { topUrl: top, type: 'image' }));
    recordObservation(ledger, response('https://shop.example/', ['cart=1; Path=/; Secure'], { topUrl: top, type: 'main_frame' }));
    const site = ledger.sites['https://shop.example'];
    const byName = Object.fromEntries(Object.values(site?.cookies ?? {}).map((c) => [c.name, c]));
    expect(byName._ga?.firstParty).toBe(false);
    expect(byName.cart?.firstParty).toBe(true);
  });

  it("counts only the responses a cookie's domain could carry it on", () => {
    const ledger = createLedger();
    const top = 'https://shop.example/';
    recordObservation(ledger, response('https://shop.example/', ['sid=abc; Path=/; Secure; HttpOnly'], { topUrl: top, type: 'main_frame' }));
    for (let i = 0; i < 10; i++) recordObservation(ledger, response(`https://cdn.other.example/a${i}.js`, [], { topUrl: top, type: 'script' }));
    recordObservation(ledger, response('https://shop.example/api', ['sid=abc; Path=/; Secure; HttpOnly'], { topUrl: top }));
    const site = ledger.sites['https://shop.example'];
    const sid = Object.values(site?.cookies ?? {})[0];
    expect(site?.responses).toBe(12);
    expect((site?.domainResponses[domainKey('shop.example', true)] ?? 0) - (sid?.responseBaseline ?? 0)).toBe(2);
  });

  it('records a line the browser rejects as a rejection, never as a live cookie', () => {
    const ledger = createLedger();
    recordObservation(ledger, response(`${SITE}/`, ['__Host-id=1; Path=/; Domain=127.0.0.1']));
    const record = Object.values(ledger.sites[SITE]?.cookies ?? {})[0];
    expect(record).toMatchObject({ name: '__Host-id', setCount: 0, rejections: 1, live: false });
  });

  it('ignores responses that belong to no web page', () => {
    const ledger = createLedger();
    expect(recordObservation(ledger, response('http://127.0.0.1:5000/x', ['a=1'], { topUrl: 'chrome-extension://abc/popup.html' }))).toBeNull();
    expect(recordObservation(ledger, response('not a url', ['a=1'], { topUrl: null }))).toBeNull();
    expect(Object.keys(ledger.sites)).toHaveLength(0);
  });

  it('counts the Set-Cookie bytes in UTF-8, as they go over the wire, not in UTF-16 code units', () => {
    const ledger = createLedger();
    // 17 code units and 18 bytes ('é' takes two); 15 code units and 17 bytes ('🍪' is a surrogate pair, four bytes).
    recordObservation(ledger, response(`${SITE}/`, ['name=café; Path=/']));
    recordObservation(ledger, response(`${SITE}/`, ['name=🍪; Path=/'], { time: T0 + 1 }));
    const record = Object.values(ledger.sites[SITE]?.cookies ?? {})[0];
    expect(record?.bytes).toBe(18 + 17);
  });

  describe('after 100,000 observations that overrun every cap', () => {
    const limits = DEFAULT_LIMITS;
    const N = 100_000;
    const HOT_SITES = ['https://hot0.example', 'https://hot1.example'];
    const ledger = createLedger();
    /** What the ledger should keep, computed the simple way: when each site and cookie was last seen, and every set's time. */
    const siteSeen = new Map<string, number>();
    const cookieSeen = new Map<string, Map<string, number>>(HOT_SITES.map((s) => [s, new Map()]));
    const setTimes = new Map<string, number[]>();

    /**
     * Every tenth response comes from a new site (10,000 sites against a cap of 200); the rest go to
     * two busy sites, each setting one of five cookies that come back every few responses (history
     * overruns its cap of 20) and one of 1,000 names in turn (cookies overrun their cap of 400).
     */
    function observationAt(i: number): { site: string; lines: string[] } {
      if (i % 10 === 0) return { site: `https://cold${i}.example`, lines: [`c=${i}; Path=/`] };
      return { site: HOT_SITES[Math.floor(i / 10) % 2] ?? '', lines: [`hot${i % 5}=${i}; Path=/`, `c${i % 1000}=${i}; Path=/`] };
    }

    beforeAll(() => {
      for (let i = 0; i < N; i++) {
        const { site, lines } = observationAt(i);
        const time = T0 + i;
        recordObservation(ledger, response(`${site}/r${i}`, lines, { topUrl: `${site}/`, time }), { limits });
        siteSeen.set(site, time);
        for (const line of lines) {
          const name = line.slice(0, line.indexOf('='));
          cookieSeen.get(site)?.set(name, time);
          const key = `${site} ${name}`;
          setTimes.set(key, [...(setTimes.get(key) ?? []), time].slice(-limits.historyPerCookie));
        }
      }
    }, 60_000);

    /** The `count` keys of `seen` seen last. */
    const newest = (seen: Map<string, number>, count: number) =>
      [...seen.entries()].sort((a, b) => b[1] - a[1]).slice(0, count).map(([key]) => key).sort();

    it('keeps the cap of sites, dropping those seen least recently', () => {
      expect(Object.keys(ledger.sites)).toHaveLength(limits.maxSites);
      expect(ledger.evictedSites).toBe(siteSeen.size - limits.maxSites);
      expect(Object.keys(ledger.sites).sort()).toEqual(newest(siteSeen, limits.maxSites));
      for (const site of HOT_SITES) expect(ledger.sites[site]).toBeDefined();
    });

    it('keeps the cap of cookies per site, dropping those seen least recently', () => {
      for (const site of HOT_SITES) {
        const record = ledger.sites[site];
        const seen = cookieSeen.get(site) ?? new Map<string, number>();
        expect(Object.keys(record?.cookies ?? {})).toHaveLength(limits.maxCookiesPerSite);
        expect(record?.evictedCookies).toBeGreaterThan(seen.size - limits.maxCookiesPerSite);
        expect(Object.values(record?.cookies ?? {}).map((c) => c.name).sort()).toEqual(newest(seen, limits.maxCookiesPerSite));
      }
    });

    it('keeps the cap of Set-Cookie lines per cookie, the newest, oldest first', () => {
      for (const site of HOT_SITES) {
        for (const n of [0, 1, 2, 3, 4]) {
          const record = Object.values(ledger.sites[site]?.cookies ?? {}).find((c) => c.name === `hot${n}`);
          const times = setTimes.get(`${site} hot${n}`) ?? [];
          expect(record?.setCount).toBeGreaterThan(limits.historyPerCookie * 100);
          expect(record?.history.map((h) => h.time)).toEqual(times.slice(-limits.historyPerCookie));
          expect(record?.history.at(-1)?.line).toBe(`hot${n}=${(times.at(-1) ?? 0) - T0}; Path=/`);
          expect(record?.timeline).toHaveLength(limits.timelinePerCookie);
        }
      }
    });

    it('holds no site, cookie or list over its cap anywhere', () => {
      const sites = Object.values(ledger.sites);
      expect(sites.length).toBeLessThanOrEqual(limits.maxSites);
      for (const site of sites) {
        const cookies = Object.values(site.cookies);
        expect(cookies.length).toBeLessThanOrEqual(limits.maxCookiesPerSite);
        for (const c of cookies) {
          expect(c.history.length).toBeLessThanOrEqual(limits.historyPerCookie);
          expect(c.timeline.length).toBeLessThanOrEqual(limits.timelinePerCookie);
        }
      }
    });
  });
});
