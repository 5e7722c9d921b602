import { describe, expect, it } from 'vitest';
import { LedgerStore } from '../../src/platform/ledger-store';
import { DEFAULT_LIMITS } from '../../src/core/ledger';
import { response, T0 } from '../core/ledger/observations';
import { FakeStorage } from './fake-storage';

const SITE = 'http://127.0.0.1:5000';

describe('LedgerStore', () => {
  it('writes every recorded response through, in few batched writes', async () => {
    const local = new FakeStorage();
    const store = new LedgerStore(local, new FakeStorage());
    await store.ready;
    for (let i = 0; i < 500; i++) store.record(response(`${SITE}/p${i}`, ['session=a.b.c; Path=/'], { time: T0 + i }));
    await store.flush();
    const reread = new LedgerStore(local, new FakeStorage());
    await reread.ready;
    expect(reread.ledger.sites[SITE]?.responses).toBe(500);
    expect(Object.values(reread.ledger.sites[SITE]?.cookies ?? {})[0]?.setCount).toBe(500);
    expect(local.writes).toBeLessThan(10);
  });

  it('loses nothing when responses arrive before the stored ledger is read back (worker wake-up)', async () => {
    const local = new FakeStorage();
    const first = new LedgerStore(local, null);
    await first.ready;
    for (let i = 0; i < 3; i++) first.record(response(`${SITE}/a${i}`, ['session=a.b.c; Path=/']));
    await first.flush();
    // The worker was stopped; a new one receives responses before its read of storage completes.
    const woken = new LedgerStore(local, null);
    for (let i = 0; i < 4; i++) woken.record(response(`${SITE}/b${i}`, ['session=a.b.c; Path=/']));
    await woken.ready;
    await woken.flush();
    expect(woken.ledger.sites[SITE]?.responses).toBe(7);
    const reread = new LedgerStore(local, null);
    await reread.ready;
    expect(reread.ledger.sites[SITE]?.responses).toBe(7);
  });

  it('never writes a private-window observation to storage.local', async () => {
    const local = new FakeStorage();
    const session = new FakeStorage();
    const store = new LedgerStore(local, session);
    await store.ready;
    store.record(response('https://secret.example/', ['sid=private-value; Secure'], { topUrl: 'https://secret.example/', incognito: true }));
    await store.flush();
    expect(JSON.stringify(local.data)).not.toContain('secret.example');
    expect(JSON.stringify(session.data)).toContain('private-value');
    expect(store.incognito.sites['https://secret.example']?.responses).toBe(1);
  });

  it('removes sites dropped by the site cap from storage too', async () => {
    const local = new FakeStorage();
    const store = new LedgerStore(local, null, { ...DEFAULT_LIMITS, maxSites: 2 });
    await store.ready;
    for (const [i, host] of ['a', 'b', 'c'].entries()) store.record(response(`https://${host}.example/`, [], { topUrl: `https://${host}.example/`, time: T0 + i }));
    await store.flush();
    expect(Object.keys(local.data).filter((k) => k.startsWith('site:')).sort()).toEqual(['site:https://b.example', 'site:https://c.example']);
  });

  it('evicts the oldest sites when storage is full, tells the user, and keeps recording', async () => {
    const local = new FakeStorage();
    const store = new LedgerStore(local, null);
    await store.ready;
    for (let i = 0; i < 5; i++) store.record(response(`https://s${i}.example/`, [`c=${'x'.repeat(200)}`], { topUrl: `https://s${i}.example/`, time: T0 + i }));
    await store.flush();
    local.quotaBytes = JSON.stringify(local.data).length + 500;
    store.record(response('https://new.example/', [`c=${'y'.repeat(1500)}`], { topUrl: 'https://new.example/', time: T0 + 10 }));
    await store.flush();
    expect(store.notice).toMatchObject({ kind: 'storage-full', sites: expect.any(Number) });
    expect(store.notice?.sites).toBe(6 - Object.keys(store.ledger.sites).length);
    expect(local.data['site:https://new.example']).toBeDefined();
    expect(local.data['site:https://s0.example']).toBeUndefined();
    store.record(response('https://new.example/2', [], { topUrl: 'https://new.example/', time: T0 + 11 }));
    await store.flush();
    expect((local.data['site:https://new.example'] as { responses: number }).responses).toBe(2);
    // A worker stopped and woken later still tells the user, until the data is cleared.
    const woken = new LedgerStore(local, null);
    await woken.ready;
    expect(woken.notice).toEqual(store.notice);
    await woken.clearAll();
    expect(woken.notice).toBeNull();
  });

  it("changes a site's revision whenever its record changes, and only then", async () => {
    const store = new LedgerStore(new FakeStorage(), new FakeStorage());
    await store.ready;
    const start = store.revision(SITE, false);
    store.record(response(`${SITE}/`, ['a=1']));
    const recorded = store.revision(SITE, false);
    expect(recorded).not.toBe(start);
    store.record(response('https://other.example/', ['b=1'], { topUrl: 'https://other.example/' }));
    expect(store.revision(SITE, false)).toBe(recorded);
    store.record(response(`${SITE}/p`, ['a=2'], { incognito: true }));
    expect(store.revision(SITE, false)).toBe(recorded);
    expect(store.revision(SITE, true)).not.toBe(0);
    await store.clearSite(SITE);
    expect(store.revision(SITE, false)).not.toBe(recorded);
  });

  it('clears one site, and everything, from memory and storage', async () => {
    const local = new FakeStorage();
    const store = new LedgerStore(local, null);
    await store.ready;
    store.record(response(`${SITE}/`, ['a=1']));
    store.record(response('https://b.example/', ['b=1'], { topUrl: 'https://b.example/' }));
    await store.flush();
    await store.clearSite(SITE);
    expect(Object.keys(local.data)).not.toContain(`site:${SITE}`);
    expect(local.data['site:https://b.example']).toBeDefined();
    await store.clearAll();
    expect(Object.keys(local.data).filter((k) => k.startsWith('site:'))).toEqual([]);
    expect(Object.keys(store.ledger.sites)).toEqual([]);
  });
});
