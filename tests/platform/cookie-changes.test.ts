import { describe, expect, it } from 'vitest';
import type { Cookies } from '../../src/platform/browser';
import { changesFor, isPrivateStore, jarChanges } from '../../src/platform/cookie-changes';
import { createLedger, recordObservation } from '../../src/core/ledger';
import { response, T0 } from '../core/ledger/observations';
import { browserCookie } from './browser-cookie';

/** The cookies of these tests are Secure ones of shop.example. */
const cookie = (extra: Partial<Cookies.Cookie> = {}) => browserCookie({ domain: 'shop.example', secure: true, ...extra });

/** A ledger that has seen one page of each of these sites. */
function ledgerOf(...sites: string[]) {
  const ledger = createLedger();
  for (const site of sites) recordObservation(ledger, response(`${site}/`, [], { type: 'main_frame', topUrl: null }));
  return ledger;
}

describe('isPrivateStore', () => {
  it.each([
    ['1', 'Chrome incognito', true],
    ['firefox-private', 'Firefox private browsing', true],
    ['0', 'Chrome', false],
    ['firefox-default', 'Firefox', false],
    ['firefox-container-1', 'a Firefox container', false],
  ])("takes store '%s' (%s) as private: %s", (storeId, _browser, expected) => {
    expect(isPrivateStore(storeId)).toBe(expected);
  });
});

describe('changesFor', () => {
  it('gives the recorded site of a host-only cookie its name, value, scope and the time of the change', () => {
    const ledger = ledgerOf('https://shop.example');
    expect(changesFor(Object.keys(ledger.sites), cookie(), T0 + 5)).toEqual([
      { site: 'https://shop.example', name: 'theme', value: 'dark', domain: 'shop.example', hostOnly: true, path: '/', secure: true, time: T0 + 5 },
    ]);
  });

  it('does not give a host-only cookie to a site on another host, even a subdomain', () => {
    const ledger = ledgerOf('https://www.shop.example', 'https://other.example');
    expect(changesFor(Object.keys(ledger.sites), cookie(), T0)).toEqual([]);
  });

  it("gives a domain cookie to every recorded site under its domain, without the domain's leading dot", () => {
    const ledger = ledgerOf('https://shop.example', 'https://www.shop.example', 'https://notshop.example', 'https://other.example');
    const changes = changesFor(Object.keys(ledger.sites), cookie({ domain: '.shop.example', hostOnly: false }), T0);
    expect(changes.map((c) => c.site).sort()).toEqual(['https://shop.example', 'https://www.shop.example']);
    expect(changes.every((c) => c.domain === 'shop.example' && !c.hostOnly)).toBe(true);
  });

  it('gives nothing for a cookie of a site never recorded', () => {
    expect(changesFor(Object.keys(createLedger().sites), cookie(), T0)).toEqual([]);
  });
});

describe('jarChanges', () => {
  it('gives the cookies that are new or hold another value, whatever their order', () => {
    const before = [cookie({ name: 'a', value: '1' }), cookie({ name: 'b', value: '1' }), cookie({ name: 'gone' })];
    const after = [cookie({ name: 'b', value: '2' }), cookie({ name: 'a', value: '1' }), cookie({ name: 'new' })];
    expect(jarChanges(before, after).map((c) => c.name)).toEqual(['b', 'new']);
  });

  it('tells apart cookies of one name in other stores, domains or paths', () => {
    const before = [cookie()];
    const after = [cookie(), cookie({ storeId: '1' }), cookie({ domain: '.127.0.0.1', hostOnly: false }), cookie({ path: '/app' })];
    expect(jarChanges(before, after)).toHaveLength(3);
  });
});
