import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browserAvailable, FIREFOX } from './support/browsers';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { startFlask, type FlaskServer } from './support/flask-server';
import { startRecordingProxy } from './support/recording-proxy';
import { unexplainedRequests } from './support/unexplained-requests';

/**
 * Firefox's own calls home: remote settings and the CDN of their signatures, fetched with no
 * extension loaded too. Everything else would be the extension's.
 */
const FIREFOX_OWN = /^(CONNECT|GET|POST) (https?:\/\/)?([a-z0-9-]+\.)*(services\.mozilla\.com|cdn\.mozilla\.net)[:/]/;

/** Every proxy setting, loopback included: Firefox never proxies localhost unless told to. */
function proxyPrefs(port: number): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
  };
}

interface BidiRequestEvent {
  context: string | null;
  request: { method: string; url: string };
}

/**
 * The requests WebDriver BiDi sees web pages make. It sees none from the extension's background
 * page; one from the extension's own tab is left out, and so would stay unexplained.
 */
function watchPageRequests(firefox: FirefoxSession): string[] {
  // Puppeteer keeps a frame's BiDi browsing-context id in its (untyped) _id.
  const extensionTab = (firefox.extensionPage.mainFrame() as unknown as { _id: string })._id;
  const pages: string[] = [];
  const bidi = (firefox.browser as unknown as { connection: { on(event: string, listener: (e: BidiRequestEvent) => void): void } }).connection;
  bidi.on('network.beforeRequestSent', ({ context, request }) => {
    if (context !== null && context !== extensionTab) pages.push(`${request.method} ${request.url}`);
  });
  return pages;
}

describe.runIf(browserAvailable(FIREFOX))('nothing leaves the machine in Firefox', () => {
  let proxy: Awaited<ReturnType<typeof startRecordingProxy>>;
  let flask: FlaskServer;
  let firefox: FirefoxSession;
  let launch: string[];
  let pages: string[];

  // Every request Firefox makes, loopback included, goes through a recording proxy, which passes
  // only those for the loopback test sites on; WebDriver BiDi tells which of them web pages made.
  beforeEach(async () => {
    proxy = await startRecordingProxy({ forwardLoopback: true });
    flask = await startFlask('dev');
    firefox = await launchFirefox({ prefs: proxyPrefs(proxy.port) });
    launch = proxy.requests.splice(0);
    pages = watchPageRequests(firefox);
  });
  afterEach(async () => {
    await firefox?.close();
    await flask?.stop();
    await proxy?.close();
  });

  const unexplained = () => unexplainedRequests({ proxied: proxy.requests, launch, pages, browserOwn: FIREFOX_OWN });

  async function browseAndAudit(): Promise<void> {
    const page = await firefox.browser.newPage();
    await page.goto(`${flask.origin}/problems/`);
    await page.waitForFunction(() => document.title === 'ready');
    const popup = await firefox.showExtensionPage(`popup.html?tab=${await firefox.tabIdFor(flask.origin)}`);
    await popup.waitForSelector('li[data-cookie="session"]');
    const report = await firefox.showExtensionPage('report.html');
    await report.waitForSelector(`tr[data-site="${flask.origin}"]`);
  }

  it('makes no network request of its own', async () => {
    await browseAndAudit();
    expect(pages).toContain(`GET ${flask.origin}/problems/`);
    expect(unexplained()).toEqual([]);
  });

  // The watch is not blind: a download the extension starts from the loopback test site, which
  // the browser sends on its behalf, is caught by the proxy.
  it('would catch a request the extension made, even to the loopback test site', async () => {
    await browseAndAudit();
    const download = `${flask.origin}/ping?from=download`;
    await firefox.extensionPage.evaluate((url: string) => {
      const api = (globalThis as unknown as { browser: { downloads: { download(o: object): Promise<number> } } }).browser;
      return api.downloads.download({ url });
    }, download);
    await expect.poll(unexplained, { timeout: 10_000 }).toEqual([`GET ${download}`]);
  });
});
