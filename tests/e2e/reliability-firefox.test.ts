import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, FIREFOX } from './support/browsers';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { startFlask, type FlaskServer } from './support/flask-server';
import { waitFor } from './support/wait-for';

/**
 * Firefox runs an MV3 background as an event page that it suspends when idle, dropping everything
 * in memory. With the idle timeout cut to one second, the background is suspended between bursts,
 * and everything recorded before must still be counted when it wakes.
 */
describe.runIf(browserAvailable(FIREFOX))('nothing lost in Firefox', () => {
  let flask: FlaskServer;
  let firefox: FirefoxSession;

  beforeAll(async () => {
    flask = await startFlask();
    firefox = await launchFirefox({ prefs: { 'extensions.background.idle.timeout': 1000 } });
  });
  afterAll(async () => {
    await firefox?.close();
    await flask?.stop();
  });

  const backgroundContexts = () =>
    firefox.extensionPage.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { runtime: { getContexts(f: object): Promise<unknown[]> } } }).browser;
      return (await api.runtime.getContexts({ contextTypes: ['BACKGROUND'] })).length;
    });

  async function burstThenSuspend(n: number): Promise<void> {
    const page = await firefox.browser.newPage();
    await page.goto(`${flask.origin}/burst?n=${n}`);
    await page.waitForFunction(() => document.title === 'done', { timeout: 60_000 });
    await page.close();
    await waitFor('Firefox to suspend the idle background page', async () => (await backgroundContexts()) === 0, 30_000);
  }

  it('counts every response across suspensions of the background page', async () => {
    await burstThenSuspend(150);
    await burstThenSuspend(150);
    const tabId = await firefox.browser.newPage().then(async (page) => {
      await page.goto(`${flask.origin}/`);
      await page.waitForFunction(() => document.title === 'ready');
      return firefox.tabIdFor(`${flask.origin}/`);
    });
    let last = '';
    await waitFor(() => `the popup to count every response Flask served (last: ${last})`, async () => {
      const served = await flask.served();
      const popup = await firefox.showExtensionPage(`popup.html?tab=${tabId}`);
      const text = await popup.$eval('li[data-cookie="session"] .set-count', (el) => el.textContent).catch(() => null);
      last = `${text} of ${served} served`;
      return text === `set by ${served} of ${served} responses`;
    });
    expect(await flask.served()).toBeGreaterThanOrEqual(306);
  });
});
