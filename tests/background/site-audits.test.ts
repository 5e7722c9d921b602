import { describe, expect, it } from 'vitest';
import type { JarCookie } from '../../src/core/audit/types';
import { createSiteAudits } from '../../src/background/site-audits';
import { LedgerStore } from '../../src/platform/ledger-store';
import { WordlistStore } from '../../src/platform/wordlist-store';
import { response, T0 } from '../core/ledger/observations';
import { FLASK_PASSWORD_VALUE } from '../ui/support/fixtures';
import { FakeStorage } from '../platform/fake-storage';

const SITE = 'http://127.0.0.1:5000';
/** Signed with 'dev', a publicly known secret. */
const LEAKY = `leaky=${FLASK_PASSWORD_VALUE}; HttpOnly; Path=/; SameSite=Lax`;
/** A real Flask cookie (tests/fixtures/sessions) signed with a random 32-byte key, and that key as a wordlist line. */
const RANDOM_KEY_COOKIE = 'session=eyJ1c2VyX2lkIjo0MiwidXNlcm5hbWUiOiJhbGljZSJ9.awR_EA.E4LqTBdN87TekV9sPjN2ienty8s; Path=/';
const RANDOM_KEY_LINE = String.raw`b'o\x1d,;JYhw\x86\x95\xa4\xb3\xc2\xd1\xe0\xf0\x01\x12#4EVgx\x89\x9a\xab\xbc\xcd\xde\xef\xf0'`;

async function setup() {
  const store = new LedgerStore(new FakeStorage(), new FakeStorage());
  const wordlist = new WordlistStore(new FakeStorage());
  await Promise.all([store.ready, wordlist.ready]);
  const jar: { cookies: JarCookie[]; reads: number } = { cookies: [], reads: 0 };
  const audits = createSiteAudits({
    store,
    wordlist,
    jar: async () => {
      jar.reads += 1;
      return jar.cookies;
    },
    now: () => T0 + 10_000,
  });
  const ref = { site: SITE, incognito: false, tabId: 3, wordlist: false };
  return { store, wordlist, jar, audits, ref };
}

describe('the background audits', () => {
  it('audit a site once, and hand the same audit out while nothing changed', async () => {
    const { store, audits, ref, jar } = await setup();
    store.record(response(`${SITE}/`, [LEAKY], { time: T0 }));
    const first = await audits.model(ref);
    expect(first?.audit.findings.some((f) => f.ruleId === 'session-known-secret')).toBe(true);
    expect(await audits.model(ref)).toBe(first);
    expect(jar.reads).toBe(2);
  });

  it('audit again once a response was recorded, or the jar changed', async () => {
    const { store, audits, ref, jar } = await setup();
    store.record(response(`${SITE}/`, ['a=1; Path=/'], { time: T0 }));
    const first = await audits.model(ref);
    store.record(response(`${SITE}/x`, ['b=1; Path=/'], { time: T0 + 1 }));
    const second = await audits.model(ref);
    expect(second).not.toBe(first);
    expect(second?.cookies.map((c) => c.summary.name).sort()).toEqual(['a', 'b']);
    jar.cookies = [{ name: 'js', value: '1', domain: '127.0.0.1', hostOnly: true, path: '/', secure: false, httpOnly: false, sameSite: 'lax', expiresAt: null }];
    const third = await audits.model(ref);
    expect(third?.cookies.map((c) => c.summary.name).sort()).toEqual(['a', 'b', 'js']);
  });

  it("try the user's wordlist only when asked, and again once it changed", async () => {
    const { store, audits, wordlist, ref } = await setup();
    store.record(response(`${SITE}/`, [RANDOM_KEY_COOKIE], { time: T0 }));
    await wordlist.set({ name: 'mine.txt', text: `not-it\n${RANDOM_KEY_LINE}\n` });
    const builtIn = await audits.model(ref);
    const withList = await audits.model({ ...ref, wordlist: true });
    const known = (m: typeof builtIn) => m?.audit.findings.filter((f) => f.ruleId === 'session-known-secret').length;
    expect(known(builtIn)).toBe(0);
    expect(known(withList)).toBe(1);
    expect(await audits.model({ ...ref, wordlist: true })).toBe(withList);
    await wordlist.set(null);
    expect(await audits.model({ ...ref, wordlist: true })).not.toBe(withList);
  });

  it('keep private and normal windows apart', async () => {
    const { store, audits, ref } = await setup();
    store.record(response(`${SITE}/`, ['private=1'], { time: T0, incognito: true }));
    expect(await audits.model(ref)).toBeNull();
    expect((await audits.model({ ...ref, incognito: true }))?.cookies.map((c) => c.summary.name)).toEqual(['private']);
  });

  it("give the report page's row of a site, and forget everything when asked", async () => {
    const { store, audits, ref, jar } = await setup();
    store.record(response(`${SITE}/`, [LEAKY, 'a=1'], { time: T0 }));
    const row = await audits.row({ ...ref, tabId: null });
    expect(jar.reads).toBe(1);
    expect(row).toMatchObject({ site: SITE, private: false, responses: 1, cookies: 2, lastSeen: T0 });
    expect(row?.summary.counts.critical).toBeGreaterThan(0);
    const model = await audits.model(ref);
    audits.forgetAll();
    expect(await audits.model(ref)).not.toBe(model);
  });
});
