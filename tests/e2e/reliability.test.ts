import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, CHROMIUM } from './support/browsers';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { startFlask, type FlaskServer } from './support/flask-server';
import { parseSetCount } from './support/set-count';
import { waitForStored } from './support/stored-responses';
import { waitFor } from './support/wait-for';

/** Reopens the popup until the session cookie's count equals what Flask served. */
async function waitForCount(chrome: ChromiumSession, flask: FlaskServer, tabId: number) {
  let last = 'nothing';
  return waitFor(() => `the popup to count every response Flask served (last seen: ${last})`, async () => {
    const served = await flask.served();
    const popup = await chrome.openExtensionPage(`popup.html?tab=${tabId}`);
    const count = parseSetCount(await popup.locator('li[data-cookie="session"] .set-count').first().textContent({ timeout: 2000 }).catch(() => null));
    await popup.close();
    last = `${JSON.stringify(count)} with ${served} served`;
    return count?.sets === served && count.of === served ? count : undefined;
  }, 30_000);
}

async function stopServiceWorkers(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

describe.runIf(browserAvailable(CHROMIUM))('nothing lost in Chromium', () => {
  // A Flask app per test: each test compares the popup with what its own server served.
  let flask: FlaskServer;

  beforeEach(async () => {
    flask = await startFlask();
  });
  afterEach(async () => {
    await flask?.stop();
  });

  // The worker is stopped between two halves of a burst, as soon as storage holds the first half
  // (a forced stop may take what came within the last write gap and round trip, durable-ledger.ts):
  // nothing stored may be lost or counted twice, and the second half wakes the worker.
  // (Stopping it while requests are in flight can lose the responses of those very requests inside
  // Chromium itself, before any extension code runs: measured 4 of 506 once; not ours to fix.)
  it('counts every response of a burst interrupted by stopping the service worker', async () => {
    const chrome = await launchChromium();
    try {
      const page = await chrome.context.newPage();
      await page.goto(`${flask.origin}/burst-halves?n=250`);
      const tabId = await chrome.tabIdOf(page);
      await page.waitForFunction(() => document.title === 'half', undefined, { timeout: 60_000 });
      await waitForStored(chrome.worker, flask.origin, await flask.served());
      await stopServiceWorkers(page);
      await page.evaluate(() => (window as unknown as { resume: () => void }).resume());
      await page.waitForFunction(() => document.title === 'done', undefined, { timeout: 60_000 });
      const count = await waitForCount(chrome, flask, tabId);
      expect(count.sets).toBeGreaterThanOrEqual(501);
    } finally {
      await chrome.close();
    }
  });

  it('keeps what it recorded across a browser restart with the same profile', async () => {
    const first = await launchChromium();
    const page = await first.context.newPage();
    await page.goto(`${flask.origin}/burst?n=50`);
    await page.waitForFunction(() => document.title === 'done');
    const tabId = await first.tabIdOf(page);
    const before = await waitForCount(first, flask, tabId);
    await first.close({ keepProfile: true });

    const second = await launchChromium({ userDataDir: first.userDataDir });
    try {
      const view = await second.context.newPage();
      await view.goto(`${flask.origin}/burst?n=10`);
      await view.waitForFunction(() => document.title === 'done');
      const after = await waitForCount(second, flask, await second.tabIdOf(view));
      expect(after.sets).toBeGreaterThanOrEqual(before.sets + 11);
      expect(after.sets).toBe(await flask.served());
    } finally {
      await second.close();
    }
  });
});
