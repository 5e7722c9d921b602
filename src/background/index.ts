// The background worker: wires the browser's events to the ledger store. Every listener is
// registered synchronously at the top level, so a worker woken by an event receives it; each one
// waits on the stores' `ready` promises before touching state.
import { browser } from '../platform/browser';
import { LedgerStore } from '../platform/ledger-store';
import { TabTracker } from '../platform/tab-tracker';
import { SettingsStore } from '../platform/settings-store';
import { headersReceivedOptions } from '../platform/web-request';
import { createHeadersHandler } from './headers-handler';
import { createMessageHandler } from './message-handler';
import { createCookieChangeHandler } from './cookie-change-handler';
import { createBadgeUpdater } from './badge-updater';
import { createExports } from './exports';
import { createSiteAudits } from './site-audits';
import { WordlistStore } from '../platform/wordlist-store';
import { cookiesIn, jarFor } from '../platform/jar-view';
import { canCreateBlobUrls, downloadText } from '../platform/downloads';

const session = browser.storage.session ?? null;
const store = new LedgerStore(browser.storage.local, session);
const settings = new SettingsStore(browser.storage.local);
const tabs = new TabTracker(async (tabId) => {
  const tab = await browser.tabs.get(tabId);
  return { url: tab.url ?? null, incognito: tab.incognito };
}, session);
const wordlist = new WordlistStore(browser.storage.local);
const ready = Promise.all([store.ready, settings.ready, tabs.ready, wordlist.ready]).then(() => {
  store.setLimits({ ...store.limits, historyPerCookie: settings.current.historyPerCookie });
});

const audits = createSiteAudits({
  store,
  wordlist,
  jar: (site, incognito, tabId) => jarFor(browser.cookies, site, { tabId, incognito }),
  now: Date.now,
});
const exports = createExports({
  audits,
  store,
  settings,
  wordlist,
  toolVersion: browser.runtime.getManifest().version,
  now: Date.now,
  save: canCreateBlobUrls() ? (file, options) => downloadText(browser.downloads, file, options).then(() => undefined) : null,
});
const badge = createBadgeUpdater({ audits, tabs });
const cookieChanges = createCookieChangeHandler({
  store,
  settings,
  ready,
  storm: { event: browser.cookies.onChanged, jar: (site, storeId) => cookiesIn(browser.cookies, site, storeId) },
});
const headers = createHeadersHandler({
  store,
  tabs,
  settings,
  ready,
  onRecorded: (tabId) => {
    badge.schedule(tabId);
    cookieChanges.noteResponse();
  },
});

browser.webRequest.onHeadersReceived.addListener(
  headers.onHeadersReceived,
  { urls: ['<all_urls>'] },
  headersReceivedOptions(browser.webRequest as never) as never,
);
browser.tabs.onCreated.addListener((tab) => {
  if (tab.id !== undefined) tabs.set(tab.id, { url: tab.url ?? null, incognito: tab.incognito });
});
browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.url) tabs.setUrl(tabId, change.url, tab.incognito);
});
browser.tabs.onRemoved.addListener((tabId) => tabs.forget(tabId));
browser.cookies.onChanged.addListener(cookieChanges.onChanged);
browser.runtime.onMessage.addListener(
  createMessageHandler({
    runtime: browser.runtime,
    tabs: browser.tabs,
    store,
    settings,
    wordlist,
    audits,
    exports,
    ready,
    drain: headers.drain,
    onChanged: badge.scheduleAll,
  }),
);
browser.runtime.onInstalled.addListener((details) => {
  if (details.reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('report.html?welcome=1') });
});
