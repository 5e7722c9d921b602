import { describe, expect, it } from 'vitest';
import { createExports } from '../../src/background/exports';
import { createMessageHandler } from '../../src/background/message-handler';
import { createSiteAudits } from '../../src/background/site-audits';
import { FIRST_PAGE } from '../../src/core/view';
import type { DownloadRequest, MessageMap, MessageType, Reply } from '../../src/core/messages';
import { LedgerStore } from '../../src/platform/ledger-store';
import { SettingsStore } from '../../src/platform/settings-store';
import { WordlistStore } from '../../src/platform/wordlist-store';
import { response, T0 } from '../core/ledger/observations';
import { FakeStorage } from '../platform/fake-storage';

const ID = 'cookie-audit-id';
const PAGE = `chrome-extension://${ID}/report.html`;
const NORMAL = 'https://shop.example';
const PRIVATE = 'https://secret.example';

interface Tab {
  id: number;
  url: string;
  incognito: boolean;
}

/** The background's message handler over real stores in fake storage, with the tabs given. */
async function background(options: { save?: boolean; tabs?: Tab[] } = {}) {
  const local = new FakeStorage();
  const store = new LedgerStore(local, new FakeStorage());
  const settings = new SettingsStore(local);
  const wordlist = new WordlistStore(local);
  const ready = Promise.all([store.ready, settings.ready, wordlist.ready]);
  await ready;
  store.record(response(`${NORMAL}/`, ['sid=1; Path=/'], { topUrl: `${NORMAL}/`, time: T0 }));
  store.record(response(`${PRIVATE}/`, ['hidden=1; Path=/'], { topUrl: `${PRIVATE}/`, time: T0, incognito: true }));
  const audits = createSiteAudits({ store, wordlist, jar: async () => [], now: () => T0 + 1000 });
  const saved: { file: DownloadRequest; incognito: boolean }[] = [];
  const save = options.save ? async (file: DownloadRequest, o: { incognito: boolean }) => void saved.push({ file, incognito: o.incognito }) : null;
  const exports = createExports({ audits, store, settings, wordlist, toolVersion: '0.1.0', now: () => T0 + 1000, save });
  const tabs = options.tabs ?? [];
  const handler = createMessageHandler({
    runtime: { id: ID, getURL: (path) => `chrome-extension://${ID}/${path}` },
    tabs: {
      get: async (id: number) => {
        const tab = tabs.find((t) => t.id === id);
        if (!tab) throw new Error('No tab with id');
        return tab as never;
      },
      query: async () => tabs.slice(0, 1) as never,
    },
    store,
    settings,
    wordlist,
    audits,
    exports,
    ready,
    drain: async () => undefined,
    onChanged: () => undefined,
  });
  const ask = async <T extends MessageType>(type: T, payload: MessageMap[T]['request'], sender: object = { id: ID, url: PAGE }) =>
    (await handler({ type, payload }, sender as never)) as Reply<T> | undefined;
  const data = async <T extends MessageType>(type: T, payload: MessageMap[T]['request'], sender?: object) => {
    const reply = await ask(type, payload, sender);
    if (!reply?.ok) throw new Error(`no data: ${JSON.stringify(reply)}`);
    return reply.data;
  };
  return { ask, data, local, saved, store };
}

/** How many log entries storage holds. */
function loggedEntries(area: FakeStorage): number {
  return Object.entries(area.data)
    .filter(([key]) => key.startsWith('log:'))
    .reduce((n, [, value]) => n + (JSON.parse(value as string) as unknown[]).length, 0);
}

const nextTask = () => new Promise((done) => setTimeout(done, 0));

describe('the message handler', () => {
  it('hands the responses waiting for the log write gap to storage as soon as a page reads the ledger', async () => {
    const { data, local, store } = await background();
    await nextTask();
    expect(loggedEntries(local)).toBe(1);
    store.record(response(`${NORMAL}/more`, ['sid=2; Path=/'], { topUrl: `${NORMAL}/`, time: T0 + 1 }));
    await nextTask();
    expect(loggedEntries(local)).toBe(1);
    await data('get-sites', { wordlist: false });
    await nextTask();
    expect(loggedEntries(local)).toBe(2);
  });

  it('does not answer anything but the extension\'s own pages', async () => {
    const { ask } = await background();
    expect(await ask('get-sites', { wordlist: false }, { id: 'other-extension', url: 'chrome-extension://other-extension/x.html' })).toBeUndefined();
    expect(await ask('get-sites', { wordlist: false }, { id: ID, url: 'https://shop.example/' })).toBeUndefined();
  });

  it('refuses message types it does not know', async () => {
    const { ask } = await background();
    expect(await ask('eval' as MessageType, {} as never)).toEqual({ ok: false, error: 'unknown message' });
  });

  it("shows a normal window's report page the normal sites only, and a private one both", async () => {
    const { data } = await background();
    const fromPrivateTab = { id: ID, url: PAGE, tab: { incognito: true } };
    expect((await data('get-sites', { wordlist: false })).sites.map((s) => s.site)).toEqual([NORMAL]);
    const fromPrivate = await data('get-sites', { wordlist: false }, fromPrivateTab);
    expect(fromPrivate.sites.map((s) => [s.site, s.private]).sort()).toEqual([
      [PRIVATE, true],
      [NORMAL, false],
    ].sort());
    expect((await data('get-site-page', { site: PRIVATE, private: true, query: FIRST_PAGE })).page).toBeNull();
    expect((await data('get-site-page', { site: PRIVATE, private: true, query: FIRST_PAGE }, fromPrivateTab)).page?.cookies.map((c) => c.summary.name)).toEqual(['hidden']);
    expect((await data('get-site-page', { site: NORMAL, private: false, query: FIRST_PAGE })).page?.cookies.map((c) => c.summary.name)).toEqual(['sid']);
  });

  it("gives the popup its tab's site, private or not", async () => {
    const tabs = [
      { id: 1, url: `${NORMAL}/cart`, incognito: false },
      { id: 2, url: `${PRIVATE}/`, incognito: true },
    ];
    const { data } = await background({ tabs });
    const privateTab = await data('get-tab-view', { tabId: 2, query: FIRST_PAGE });
    expect(privateTab).toMatchObject({ tabId: 2, site: PRIVATE, incognito: true });
    expect(privateTab.page?.cookies.map((c) => c.summary.name)).toEqual(['hidden']);
    expect((await data('get-tab-view', { tabId: 1, query: FIRST_PAGE })).page?.cookies.map((c) => c.summary.name)).toEqual(['sid']);
    expect(await data('get-tab-view', { tabId: 99, query: FIRST_PAGE })).toMatchObject({ tabId: -1, site: null, page: null });
  });

  it('leaves private sites out of "export all" from a normal window', async () => {
    const { data } = await background();
    const { fileName, file } = await data('export-report', { target: { site: null }, format: 'json' });
    expect(fileName).toMatch(/^cookie-audit-all-sites-\d{4}-\d\d-\d\d\.json$/);
    expect(file?.text).toContain(NORMAL);
    expect(file?.text).not.toContain(PRIVATE);
    const fromPrivate = await data('export-report', { target: { site: null }, format: 'json' }, { id: ID, url: PAGE, tab: { incognito: true } });
    expect(fromPrivate.file?.text).toContain(NORMAL);
    expect(fromPrivate.file?.text).toContain(PRIVATE);
  });

  it('saves the file itself where it can, keeping a private export private', async () => {
    const { data, saved } = await background({ save: true, tabs: [{ id: 2, url: `${PRIVATE}/`, incognito: true }] });
    const reply = await data('export-report', { target: { tabId: 2 }, format: 'csv' });
    expect(reply.file).toBeNull();
    expect(saved).toHaveLength(1);
    expect(saved[0]?.incognito).toBe(true);
    expect(saved[0]?.file.fileName).toBe(reply.fileName);
    expect(saved[0]?.file.text).toContain('hidden');
  });

  it('erases the recorded sites, the wordlist and the settings on "clear all data"', async () => {
    const { data, local } = await background();
    await data('set-wordlist', { wordlist: { name: 'mine.txt', text: 'hunter2\n' } });
    await data('set-settings', { settings: { includeValues: true } });
    expect(JSON.stringify(local.data)).toContain('hunter2');
    await data('clear-all', {});
    expect(JSON.stringify(local.data)).not.toContain('hunter2');
    expect(Object.keys(local.data).filter((k) => k.startsWith('site:'))).toEqual([]);
    expect((await data('get-sites', { wordlist: false })).settings.includeValues).toBe(false);
    expect((await data('get-wordlist', {})).wordlist).toBeNull();
  });
});
