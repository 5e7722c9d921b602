import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { browserAvailable, FIREFOX } from './support/browsers';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { startFlask, type FlaskServer } from './support/flask-server';
import { waitFor } from './support/wait-for';

interface FirefoxApi {
  tabs: { create(d: object): Promise<unknown>; query(q: object): Promise<{ id?: number; url?: string }[]> };
  runtime: { reload(): void; getBackgroundPage(): Promise<Record<string, unknown>> };
  storage: { local: { get(k: null): Promise<Record<string, unknown>> } };
}

const href = (page: Page) => page.evaluate(() => location.href).catch(() => '');

/**
 * Sends the parked tab back through its history to the extension's page. The extension may still
 * be starting when the tab gets there (on a loaded machine the page then stays an error page), so
 * the tab is sent back again, or reloaded, until the page has rendered.
 */
async function returnToExtension(page: Page, base: string): Promise<void> {
  let tries = 0;
  await waitFor(
    'the parked tab to show the extension again',
    async () => {
      const rendered = await page.evaluate((b: string) => location.href.startsWith(b) && document.body?.dataset.ready === 'true', base).catch(() => false);
      if (rendered) return true;
      tries += 1;
      // Every 3 s (a navigation's time to finish, so none is sent twice): back from about:blank,
      // or a reload of a page that came up before the extension had.
      if (tries % 30 === 1) await page.evaluate(() => (location.href === 'about:blank' ? history.back() : location.reload())).catch(() => undefined);
      return false;
    },
    45_000,
  );
}

/**
 * browser.runtime.reload() shuts the extension down, drops everything in memory and closes every
 * tab showing one of its pages, then starts it again (same id, same moz-extension:// origin, same
 * storage.local). WebDriver BiDi may not navigate to moz-extension://, so the extension's own tab
 * is parked on about:blank across the reload and sent back through its history afterwards; a
 * second tab the extension opens sends the reload.
 */
describe.runIf(browserAvailable(FIREFOX))('nothing lost across an extension reload in Firefox', () => {
  let flask: FlaskServer;
  let firefox: FirefoxSession;

  beforeAll(async () => {
    flask = await startFlask();
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
    await flask?.stop();
  });

  const firefoxApi = () => (globalThis as unknown as { browser: FirefoxApi }).browser;

  it('counts every response recorded before the reload, once, after it', async ({ annotate }) => {
    const { extensionPage } = firefox;
    const base = `moz-extension://${new URL(await href(extensionPage)).host}/`;
    await extensionPage.evaluate(`(${firefoxApi})().tabs.create({ url: 'report.html?reloader' })`);
    const reloader = await waitFor('the tab the extension opened', async () => {
      for (const page of await firefox.browser.pages()) if ((await href(page)).endsWith('report.html?reloader')) return page;
      return undefined;
    });
    await extensionPage.evaluate(() => void (location.href = 'about:blank'));
    await waitFor('the extension tab to park on about:blank', async () => (await href(extensionPage)) === 'about:blank');

    const burst = await firefox.browser.newPage();
    await burst.goto(`${flask.origin}/burst?n=150`);
    await burst.waitForFunction(() => document.title === 'done', { timeout: 60_000 });
    const tabId = Number(await reloader.evaluate(`(${firefoxApi})().tabs.query({}).then((tabs) => tabs.find((t) => t.url?.startsWith(${JSON.stringify(flask.origin)}))?.id)`));

    // Straight after the burst: the popup's count, then in one go a marker on the running
    // background page and the reload. The last responses are then likely still write-ahead log
    // entries, not yet compacted into the site record.
    await reloader.evaluate((path: string) => void (location.href = path), `${base}popup.html?tab=${tabId}`);
    await waitFor('the popup to render in the tab that will reload the extension', () =>
      reloader.evaluate(() => document.body?.dataset.ready === 'true' && document.querySelector('li[data-cookie="session"] .set-count') !== null).catch(() => false),
    );
    const before = (await reloader.evaluate(`(async (api) => {
      const count = document.querySelector('li[data-cookie="session"] .set-count').textContent;
      (await api.runtime.getBackgroundPage()).beforeReload = true;
      const logs = Object.keys(await api.storage.local.get(null)).filter((k) => k.startsWith('log:')).length;
      setTimeout(() => api.runtime.reload(), 0);
      return { count, logs };
    })((${firefoxApi})())`)) as { count: string; logs: number };
    const served = await flask.served();
    expect(served).toBeGreaterThanOrEqual(151);
    expect(before.count).toBe(`set by ${served} of ${served} responses`);
    await annotate(`${before.logs} write-ahead log entries not yet compacted at the reload`);

    await waitFor('the reload to close the extension tab it came from', async () => (await href(reloader)) === '');
    await returnToExtension(extensionPage, base);
    const marker = await extensionPage.evaluate(`(${firefoxApi})().runtime.getBackgroundPage().then((bg) => bg.beforeReload ?? 'gone')`);
    expect(marker, 'a new background page after the reload').toBe('gone');

    const popup = await firefox.showExtensionPage(`popup.html?tab=${tabId}`);
    await expect(popup.$eval('li[data-cookie="session"] .set-count', (el) => el.textContent)).resolves.toBe(before.count);
  });
});
