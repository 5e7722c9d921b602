import { describe, expect, it } from 'vitest';
import { browserAvailable, CHROMIUM } from './support/browsers';
import { launchChromium } from './support/chromium';
import { startFlask } from './support/flask-server';
import { startRecordingProxy } from './support/recording-proxy';

/**
 * Chromium's own sign-in and component-updater calls, which no command-line flag silences in this
 * build; they happen with no extension loaded too. Everything else would be the extension's.
 */
const CHROMIUM_OWN = /^(CONNECT|GET|POST) (https?:\/\/)?(accounts\.google\.com|update\.googleapis\.com|[a-z0-9-]+\.gvt1\.com)[:/]/;

describe.runIf(browserAvailable(CHROMIUM))('nothing leaves the machine', () => {
  // Every request the browser would send anywhere but the loopback test site goes to a recording
  // proxy; after browsing, opening the popup and the report page, it must have seen nothing.
  it('makes no network request of its own', async () => {
    const proxy = await startRecordingProxy();
    const flask = await startFlask('dev');
    const chrome = await launchChromium({ extraArgs: [`--proxy-server=http://127.0.0.1:${proxy.port}`, '--proxy-bypass-list=<-loopback>;127.0.0.1'] });
    try {
      const page = await chrome.context.newPage();
      await page.goto(`${flask.origin}/problems/`);
      await page.waitForFunction(() => document.title === 'ready');
      const popup = await chrome.openExtensionPage(`popup.html?tab=${await chrome.tabIdOf(page)}`);
      await popup.locator('li[data-cookie="session"]').first().waitFor();
      const report = await chrome.openExtensionPage('report.html');
      await report.locator(`tr[data-site="${flask.origin}"]`).first().waitFor();
      expect(proxy.requests.filter((r) => !CHROMIUM_OWN.test(r))).toEqual([]);
    } finally {
      await chrome.close();
      await flask.stop();
      await proxy.close();
    }
  });
});
