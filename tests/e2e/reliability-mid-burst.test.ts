import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { browserAvailable, CHROMIUM } from './support/browsers';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { startFlask, type FlaskServer } from './support/flask-server';
import { parseSetCount, type SetCount } from './support/set-count';
import { waitForStored } from './support/stored-responses';
import { waitFor } from './support/wait-for';

/** Fetches the busy tab fires; the worker is stopped once the first BUSY_BEFORE_STOP are in. */
const BUSY = 600;
const BUSY_BEFORE_STOP = 100;
/** Fetches the probe tab fires, all answered in the middle of the busy tab's burst. */
const PROBE = 40;

type BurstWindow = Window & { finished: number; burst: Promise<unknown> };

async function popupCount(chrome: ChromiumSession, tabId: number) {
  const popup = await chrome.openExtensionPage(`popup.html?tab=${tabId}`);
  try {
    return parseSetCount(await popup.locator('li[data-cookie="session"] .set-count').first().textContent({ timeout: 2000 }).catch(() => null));
  } finally {
    await popup.close();
  }
}

/** Opens a Flask site's empty burst page (itself one response) in a new tab. */
async function openSite(chrome: ChromiumSession, flask: FlaskServer): Promise<{ page: Page; tabId: number }> {
  const page = await chrome.context.newPage();
  await page.goto(`${flask.origin}/burst?n=0`);
  await page.waitForFunction(() => document.title === 'done');
  return { page, tabId: await chrome.tabIdOf(page) };
}

/** Starts `n` fetches in the page; window.finished counts those whose response has arrived. */
function fire(page: Page, n: number): Promise<void> {
  return page.evaluate((count: number) => {
    const w = window as unknown as BurstWindow;
    w.finished = 0;
    const ping = (i: number) => fetch(`/ping?i=${i}`, { cache: 'no-store' }).then(() => void (w.finished += 1));
    w.burst = Promise.all(Array.from({ length: count }, (_, i) => ping(i)));
  }, n);
}

const finished = (page: Page) => page.evaluate(() => (window as unknown as BurstWindow).finished);

async function finishedAtLeast(page: Page, n: number): Promise<void> {
  await page.waitForFunction((k: number) => (window as unknown as BurstWindow).finished >= k, n, { polling: 20, timeout: 60_000 });
}

/**
 * The running status of the extension's service worker as DevTools reports it. Chromium keeps
 * the worker's DevTools target when it restarts a stopped worker, so this, not the target, shows
 * the stop and the restart.
 */
async function watchWorkerStatus(page: Page, extensionId: string): Promise<{ cdp: CDPSession; statuses: string[] }> {
  const cdp = await page.context().newCDPSession(page);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) if (v.scriptURL.startsWith(`chrome-extension://${extensionId}/`) && statuses.at(-1) !== v.runningStatus) statuses.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  return { cdp, statuses };
}

describe.runIf(browserAvailable(CHROMIUM))('nothing lost in Chromium when the worker stops mid-burst', () => {
  let busyFlask: FlaskServer;
  let probeFlask: FlaskServer;
  let chrome: ChromiumSession;

  beforeEach(async () => {
    busyFlask = await startFlask();
    probeFlask = await startFlask();
    chrome = await launchChromium();
  });
  afterEach(async () => {
    await chrome?.close();
    await busyFlask?.stop();
    await probeFlask?.stop();
  });

  // Two sites: a busy tab whose burst the stop cuts through, and a probe tab whose whole burst is
  // answered in the middle of it, interleaved with the busy tab's responses, just before the stop.
  // The stop comes once storage holds every probe response (a log entry leaves within one write
  // gap and a storage round trip of its response, durable-ledger.ts; a forced stop before that may
  // take it), so each must be counted, once, after the wake. The busy tab's log writes are still
  // going out when the stop comes: its count must reach at least the responses received before
  // the stop, though not exactly (one counted after the wake cannot be told apart from one counted
  // before the stop, and a response whose request was in flight may be lost inside Chromium before
  // any extension code runs, see reliability.test.ts).
  it('counts every response received before the stop, after the worker wakes', async ({ annotate }) => {
    const busy = await openSite(chrome, busyFlask);
    const probe = await openSite(chrome, probeFlask);
    const { cdp, statuses } = await watchWorkerStatus(busy.page, chrome.extensionId);
    await waitFor('DevTools to report the running worker', () => statuses.at(-1) === 'running');
    await chrome.worker.evaluate(() => void ((globalThis as unknown as { beforeStop: boolean }).beforeStop = true));

    await fire(busy.page, BUSY);
    await finishedAtLeast(busy.page, BUSY_BEFORE_STOP);
    await fire(probe.page, PROBE);
    await finishedAtLeast(probe.page, PROBE);
    const probeStoredAfter = await waitForStored(chrome.worker, probeFlask.origin, PROBE + 1);
    const busyBeforeStop = 1 + (await finished(busy.page));
    await cdp.send('ServiceWorker.stopAllWorkers');
    await waitFor('the worker to stop', () => statuses.includes('stopped'));
    const busyWhenStopped = 1 + (await finished(busy.page));
    expect(busyWhenStopped, 'busy responses still to come when the worker had stopped').toBeLessThan(BUSY + 1);

    await busy.page.evaluate(() => (window as unknown as BurstWindow).burst);
    const probeServed = await probeFlask.served();
    expect(probeServed).toBe(PROBE + 1);
    let last: SetCount | null = null;
    await waitFor(() => `the popup to count all ${probeServed} probe responses (last: ${JSON.stringify(last)})`, async () => {
      last = await popupCount(chrome, probe.tabId);
      return last?.sets === probeServed && last.of === probeServed;
    }, 30_000);
    const busyCount = await waitFor(() => `the popup to count the ${busyBeforeStop} busy responses received before the stop (last: ${JSON.stringify(last)})`, async () => {
      last = await popupCount(chrome, busy.tabId);
      return last && last.sets >= busyBeforeStop ? last : undefined;
    }, 30_000);
    const busyServed = await busyFlask.served();
    expect(busyCount.sets).toBeLessThanOrEqual(busyCount.of);
    expect(busyCount.of).toBeLessThanOrEqual(busyServed);
    await annotate(`probe tab: all stored ${probeStoredAfter} ms after the page had them; busy tab: ${busyWhenStopped} of ${BUSY + 1} responses received when the worker stopped; ${busyCount.sets} counted of ${busyServed} served`);

    await waitFor(() => `the worker to run again (statuses: ${statuses.join(', ')})`, () => statuses.at(-1) === 'running');
    await cdp.detach();
    const marker = await chrome.worker.evaluate(() => (globalThis as unknown as { beforeStop?: boolean }).beforeStop ?? 'gone');
    expect(marker, 'a fresh worker global after the restart').toBe('gone');
  });
});
