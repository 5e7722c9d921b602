import { describe, expect, it } from 'vitest';
import { createLedger, recordObservation, siteFromJson } from '../../../src/core/ledger';
import { response } from './observations';

describe('siteFromJson', () => {
  it('reads back exactly what was written', () => {
    const ledger = createLedger();
    recordObservation(ledger, response('http://127.0.0.1:5000/', ['session=abc.def.ghi; HttpOnly; Path=/'], { cacheControl: 'private', contentType: 'text/html' }));
    recordObservation(ledger, response('http://127.0.0.1:5000/x', ['b=1; Max-Age=0']));
    const site = ledger.sites['http://127.0.0.1:5000'];
    expect(siteFromJson(JSON.parse(JSON.stringify(site)))).toEqual(site);
  });

  it.each([null, 42, 'site', [], { cookies: {} }])('refuses an unusable record (%j)', (raw) => {
    expect(siteFromJson(raw)).toBeNull();
  });

  it('drops a damaged cookie and keeps the rest of the site', () => {
    const site = siteFromJson({ site: 'https://a.example', responses: 3, cookies: { bad: { name: 1 }, good: { name: 'x', domain: 'a.example', path: '/', setCount: 2, history: [{ nope: true }] } } });
    expect(Object.keys(site?.cookies ?? {})).toEqual(['good']);
    expect(site?.cookies.good?.setCount).toBe(2);
    expect(site?.cookies.good?.history).toEqual([]);
    expect(site?.responses).toBe(3);
  });
});
