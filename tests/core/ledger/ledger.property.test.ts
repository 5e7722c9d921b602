import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createLedger, recordObservation, siteFromJson, DEFAULT_LIMITS } from '../../../src/core/ledger';
import type { Observation, ResourceType } from '../../../src/core/observation';

const TYPES: ResourceType[] = ['main_frame', 'sub_frame', 'script', 'image', 'xmlhttprequest', 'fetch', 'other'];

const url = fc.oneof(
  fc.constantFrom('http://127.0.0.1:5000/', 'https://a.example/x', 'https://b.a.example/y?z=1', 'https://cdn.other.example/s.js', 'http://[::1]:8080/'),
  fc.webUrl(),
  fc.string(),
);

const line = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.tuple(fc.string({ maxLength: 20 }), fc.string({ maxLength: 60 }), fc.array(fc.constantFrom('; Path=/', '; Secure', '; HttpOnly', '; Max-Age=0', '; Domain=a.example', '; SameSite=None', '; Expires=Thu, 01 Jan 1970 00:00:00 GMT', '; Domain=com', ';;;='), { maxLength: 6 })).map(([n, v, a]) => `${n}=${v}${a.join('')}`),
);

const observation: fc.Arbitrary<Observation> = fc.record({
  tabId: fc.integer({ min: -1, max: 5 }),
  topUrl: fc.option(url, { nil: null }),
  url,
  type: fc.constantFrom(...TYPES),
  status: fc.integer({ min: 0, max: 599 }),
  fromCache: fc.boolean(),
  time: fc.integer({ min: 0, max: 4_000_000_000_000 }),
  setCookies: fc.array(line, { maxLength: 4 }),
  cacheControl: fc.option(fc.string(), { nil: undefined }),
  hsts: fc.option(fc.constantFrom('max-age=31536000', 'max-age="1"; includeSubDomains', 'junk'), { nil: undefined }),
});

describe('the ledger under random input', () => {
  it('never throws, stays within its caps and survives a JSON round trip', () => {
    const limits = { ...DEFAULT_LIMITS, maxSites: 3, maxCookiesPerSite: 4, historyPerCookie: 2, timelinePerCookie: 3 };
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 40 }), (observations) => {
        const ledger = createLedger();
        for (const obs of observations) recordObservation(ledger, obs, { limits });
        const sites = Object.values(ledger.sites);
        expect(sites.length).toBeLessThanOrEqual(limits.maxSites);
        for (const site of sites) {
          expect(Object.keys(site.cookies).length).toBeLessThanOrEqual(limits.maxCookiesPerSite);
          for (const c of Object.values(site.cookies)) expect(c.history.length).toBeLessThanOrEqual(limits.historyPerCookie);
          expect(siteFromJson(JSON.parse(JSON.stringify(site)))).toEqual(site);
        }
      }),
      { numRuns: 300, seed: 6265 },
    );
  });

  it('counts each response of a site exactly once', () => {
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 40 }), (observations) => {
        const ledger = createLedger();
        let recorded = 0;
        for (const obs of observations) if (recordObservation(ledger, obs) !== null) recorded += 1;
        const total = Object.values(ledger.sites).reduce((n, s) => n + s.responses, 0);
        expect(total).toBe(recorded);
      }),
      { numRuns: 200, seed: 1 },
    );
  });
});
