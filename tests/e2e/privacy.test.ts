import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { browserAvailable, CHROMIUM } from './support/browsers';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { startFlask, type FlaskServer } from './support/flask-server';
import { startRecordingProxy } from './support/recording-proxy';
import { unexplainedRequests } from './support/unexplained-requests';

/**
 * Chromium's own sign-in and component-updater calls, which no command-line flag silences in this
 * build; they happen with no extension loaded too. Everything else would be the extension's.
 */
const CHROMIUM_OWN = /^(CONNECT|GET|POST) (https?:\/\/)?(accounts\.google\.com|update\.googleapis\.com|[a-z0-9-]+\.gvt1\.com)[:/]/;

/**
 * Every request DevTools sees in the browser, split by who made it: the extension's worker and
 * pages (loads of the extension's own files left out), or the web pages.
 */
function watchRequests(chrome: ChromiumSession): { extension: string[]; pages: string[] } {
  const own = `chrome-extension://${chrome.extensionId}/`;
  const seen = { extension: [] as string[], pages: [] as string[] };
  chrome.context.on('request', (request: Request) => {
    const line = `${request.method()} ${request.url()}`;
    // A worker's request has no frame; a navigation's frame still shows the page it leaves.
    const from = request.serviceWorker()?.url() ?? request.frame().url();
    if (!from.startsWith(own)) seen.pages.push(line);
    else if (!request.url().startsWith(own)) seen.extension.push(line);
  });
  return seen;
}

describe.runIf(browserAvailable(CHROMIUM))('nothing leaves the machine', () => {
  let proxy: Awaited<ReturnType<typeof startRecordingProxy>>;
  let flask: FlaskServer;
  let chrome: ChromiumSession;
  let launch: string[];
  let seen: ReturnType<typeof watchRequests>;

  // Every request the browser makes, loopback included, goes through a recording proxy, which
  // passes only those for the loopback test sites on; DevTools tells which of them web pages made.
  beforeEach(async () => {
    proxy = await startRecordingProxy({ forwardLoopback: true });
    flask = await startFlask('dev');
    chrome = await launchChromium({ extraArgs: [`--proxy-server=http://127.0.0.1:${proxy.port}`, '--proxy-bypass-list=<-loopback>'] });
    launch = proxy.requests.splice(0);
    seen = watchRequests(chrome);
  });
  afterEach(async () => {
    await chrome?.close();
    await flask?.stop();
    await proxy?.close();
  });

  const unexplained = () => unexplainedRequests({ proxied: proxy.requests, launch, pages: seen.pages, browserOwn: CHROMIUM_OWN });

  async function browseAndAudit(): Promise<number> {
    const page = await chrome.context.newPage();
    await page.goto(`${flask.origin}/problems/`);
    await page.waitForFunction(() => document.title === 'ready');
    const tabId = await chrome.tabIdOf(page);
    const popup = await chrome.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.locator('li[data-cookie="session"]').first().waitFor();
    const report = await chrome.openExtensionPage('report.html');
    await report.locator(`tr[data-site="${flask.origin}"]`).first().waitFor();
    return tabId;
  }

  // After browsing, opening the popup and the report page: no request anywhere, loopback included,
  // that the browser or the web page made, and none at all from the worker or an extension page.
  it('makes no network request of its own', async () => {
    await browseAndAudit();
    expect(seen.pages).toContain(`GET ${flask.origin}/problems/`);
    expect(unexplained()).toEqual([]);
    expect(seen.extension).toEqual([]);
  });

  // The watch is not blind: requests the extension is made to send to the loopback test site are
  // caught: by the proxy, both a download (which the browser sends for it, unseen by DevTools) and
  // a fetch from an extension page, which DevTools also puts down to the extension. (The page needs
  // its CSP, connect-src 'none', lifted to send one at all.)
  it('would catch a request the extension made, even to the loopback test site', async () => {
    await browseAndAudit();
    const download = `${flask.origin}/ping?from=download`;
    await chrome.worker.evaluate((url: string) => {
      const api = (globalThis as unknown as { chrome: { downloads: { download(o: object): Promise<number> } } }).chrome;
      return api.downloads.download({ url });
    }, download);
    const page = await chrome.openExtensionPage('report.html');
    const cdp = await chrome.context.newCDPSession(page);
    await cdp.send('Page.setBypassCSP', { enabled: true });
    await page.reload();
    const fetched = `${flask.origin}/ping?from=extension-page`;
    await page.evaluate((url: string) => fetch(url).then((r) => r.status), fetched);
    await expect.poll(() => unexplained().sort(), { timeout: 10_000 }).toEqual([`GET ${fetched}`, `GET ${download}`].sort());
    await expect.poll(() => seen.extension, { timeout: 10_000 }).toEqual([`GET ${fetched}`]);
  });
});
