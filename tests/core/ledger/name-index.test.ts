import { describe, expect, it } from 'vitest';
import { createLedger, DEFAULT_LIMITS, recordObservation, recordScriptChange } from '../../../src/core/ledger';
import { recordsNamed } from '../../../src/core/ledger/name-index';
import { response, T0 } from './observations';

const HTTPS = 'https://shop.example';
const HTTP = 'http://shop.example';
/** Both origins are one site here: the page is the https one, a sub-resource comes over http. */
const top = { topUrl: `${HTTPS}/` };
const site = (ledger: ReturnType<typeof createLedger>) => ledger.sites[HTTPS];
const named = (ledger: ReturnType<typeof createLedger>, name: string) => Object.values(site(ledger)?.cookies ?? {}).filter((c) => c.name === name);

describe('the live cookies of a name, as the Secure-overwrite check sees them', () => {
  it('keep an http response from overwriting a Secure cookie an https response set', () => {
    const ledger = createLedger();
    recordObservation(ledger, response(`${HTTPS}/`, ['id=1; Secure; Path=/'], { ...top, time: T0 }));
    recordObservation(ledger, response(`${HTTP}/x`, ['id=2; Path=/'], { ...top, time: T0 + 1 }));
    expect(named(ledger, 'id').map((c) => [c.setCount, c.rejections, c.lastValue])).toEqual([[1, 1, '1']]);
  });

  it('include a Secure cookie a page script set', () => {
    const ledger = createLedger();
    recordObservation(ledger, response(`${HTTPS}/`, [], { ...top, type: 'main_frame', time: T0 }));
    const siteRecord = site(ledger);
    if (!siteRecord) throw new Error('no site');
    recordsNamed(siteRecord, 'id');
    recordScriptChange(ledger, { site: HTTPS, name: 'id', value: 'js', domain: 'shop.example', hostOnly: true, path: '/', secure: true, time: T0 + 1 });
    recordObservation(ledger, response(`${HTTP}/x`, ['id=2; Path=/'], { ...top, time: T0 + 2 }));
    expect(named(ledger, 'id').map((c) => [c.rejections, c.lastValue])).toEqual([[1, 'js']]);
  });

  it('forget a cookie the per-site cap evicted', () => {
    const ledger = createLedger();
    const limits = { ...DEFAULT_LIMITS, maxCookiesPerSite: 2 };
    recordObservation(ledger, response(`${HTTPS}/`, ['id=1; Secure; Path=/'], { ...top, time: T0 }), { limits });
    recordObservation(ledger, response(`${HTTPS}/a`, ['a=1; Path=/', 'b=1; Path=/'], { ...top, time: T0 + 1 }), { limits });
    expect(named(ledger, 'id')).toEqual([]);
    const siteRecord = site(ledger);
    expect(siteRecord && recordsNamed(siteRecord, 'id')).toEqual([]);
    recordObservation(ledger, response(`${HTTP}/x`, ['id=2; Path=/'], { ...top, time: T0 + 2 }), { limits });
    expect(named(ledger, 'id').map((c) => [c.rejections, c.lastValue])).toEqual([[0, '2']]);
  });

  it('are found in a site record read back from storage as well', () => {
    const ledger = createLedger();
    recordObservation(ledger, response(`${HTTPS}/`, ['id=1; Secure; Path=/'], { ...top, time: T0 }));
    const reread = JSON.parse(JSON.stringify(ledger)) as typeof ledger;
    recordObservation(reread, response(`${HTTP}/x`, ['id=2; Path=/'], { ...top, time: T0 + 1 }));
    expect(named(reread, 'id').map((c) => c.rejections)).toEqual([1]);
  });
});
