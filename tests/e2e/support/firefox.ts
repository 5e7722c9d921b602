import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { resolve } from 'node:path';
import { FIREFOX } from './browsers';
import { waitFor } from './wait-for';
import { startWarmUpServer } from './warm-up-server';

export const FIREFOX_DIST = resolve('dist/firefox');

export interface FirefoxSession {
  browser: Browser;
  extensionId: string;
  /**
   * The report page the extension opened on install. Tests cannot navigate to moz-extension://
   * themselves, but this page can navigate itself to any page of the extension.
   */
  extensionPage: Page;
  /** Navigates the extension's own page to `path` (e.g. 'popup.html?tab=3') and waits until it rendered. */
  showExtensionPage(path: string): Promise<Page>;
  /** The tabs API id of the tab whose URL starts with `urlPrefix`. */
  tabIdFor(urlPrefix: string): Promise<number>;
  close(): Promise<void>;
}

export async function launchFirefox(options: { downloadDir?: string; prefs?: Record<string, unknown>; allowPrivateBrowsing?: boolean } = {}): Promise<FirefoxSession> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.experiments.enabled': true,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      ...(options.downloadDir ? downloadPrefs(options.downloadDir) : {}),
      ...options.prefs,
    },
  });
  const extensionId = await browser.installExtension(FIREFOX_DIST);
  // WebDriver BiDi reports the extension's tab as about:blank; ask each page where it really is.
  const extensionPage = await waitFor('the report page the extension opens on install', async () => {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && href.includes('report.html')) return page;
    }
    return undefined;
  });
  await waitForRendered(extensionPage, 'report.html?welcome=1');
  if (options.allowPrivateBrowsing) await allowInPrivateWindows(browser, extensionPage);
  const host = new URL(await extensionPage.evaluate(() => location.href)).host;
  await warmUp(browser, extensionPage);
  const session: FirefoxSession = {
    browser,
    extensionId,
    extensionPage,
    async showExtensionPage(path) {
      const base = `moz-extension://${host}/`;
      await extensionPage.evaluate((target: string) => {
        document.body.dataset.ready = 'false';
        location.href = target;
      }, base + path);
      await waitForRendered(extensionPage, path);
      return extensionPage;
    },
    async tabIdFor(urlPrefix) {
      return extensionPage.evaluate(async (prefix: string) => {
        const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).browser;
        const tabs = await api.tabs.query({});
        const tab = tabs.find((t) => t.url?.startsWith(prefix));
        if (!tab?.id) throw new Error(`no tab shows ${prefix}`);
        return tab.id;
      }, urlPrefix);
    },
    close: () => browser.close(),
  };
  return session;
}

/**
 * Turns on "Run in Private Windows". WebDriver BiDi's webExtension.install takes Firefox's own
 * `moz:allowPrivateBrowsing` (Puppeteer's installExtension does not pass it): it grants the
 * permission, then reloads the add-on. Installed that way from the start, the welcome tab of the
 * first start races that reload, and is left to the stopped instance or closed. So the extension
 * is installed as usual first; its tab is parked on about:blank, the extension installed again
 * with the permission (an upgrade: same origin, same storage), and the tab sent back through its
 * history to the restarted extension.
 */
async function allowInPrivateWindows(browser: Browser, extensionPage: Page): Promise<void> {
  await extensionPage.evaluate(() => void (location.href = 'about:blank'));
  await waitFor('the extension tab to park on about:blank', () => extensionPage.evaluate(() => location.href === 'about:blank').catch(() => false));
  const bidi = (browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }).connection;
  await bidi.send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_DIST }, 'moz:allowPrivateBrowsing': true });
  await extensionPage.evaluate(() => history.back());
  await waitForRendered(extensionPage, 'report.html?welcome=1');
}

/** Waits until the page shows `path` and the app marked itself rendered (body[data-ready]). */
async function waitForRendered(page: Page, path: string): Promise<void> {
  await waitFor(`${path} to render`, () =>
    page
      .evaluate((p: string) => location.href.endsWith(p) && document.body?.dataset.ready === 'true', path)
      .catch(() => false),
  );
}

/** Loads a cookie-setting page until the extension has recorded its Set-Cookie (see warm-up-server). */
async function warmUp(browser: Browser, extensionPage: Page): Promise<void> {
  const server = await startWarmUpServer();
  const page = await browser.newPage();
  try {
    await waitFor('the extension to record its first Set-Cookie', async () => {
      await page.goto(server.origin);
      // Recorded responses reach storage as log entries first (see src/platform/durable-ledger.ts).
      return extensionPage.evaluate(async (origin: string) => {
        const api = (globalThis as unknown as { browser: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).browser;
        const stored = JSON.stringify(await api.storage.local.get(null));
        return stored.includes(origin) && stored.includes('warmup=1');
      }, server.origin);
    }, 30_000);
  } finally {
    await page.close();
    await server.close();
  }
}

/** Downloads go straight to `dir` under the name the extension gives them, with no dialog or panel. */
function downloadPrefs(dir: string): Record<string, unknown> {
  return {
    'browser.download.dir': dir,
    'browser.download.folderList': 2,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.panel.shown': true,
  };
}
