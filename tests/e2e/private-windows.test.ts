import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { browserAvailable, CHROMIUM } from './support/browsers';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { startFlask, type FlaskServer } from './support/flask-server';
import { waitFor } from './support/wait-for';

interface ChromeApi {
  windows: { create(d: object): Promise<{ id: number }> };
  tabs: { query(q: object): Promise<{ id?: number; title?: string; incognito: boolean }[]> };
  storage: { local: { get(k: null): Promise<object> }; session: { get(k: null): Promise<object> } };
}

/**
 * Turns on "Allow in Incognito" for the unpacked extension the way the settings page would: in the
 * profile's Preferences, written while the browser is closed.
 */
function allowInIncognito(userDataDir: string, extensionId: string): void {
  const path = join(userDataDir, 'Default', 'Preferences');
  const prefs = JSON.parse(readFileSync(path, 'utf8')) as { extensions: { settings: Record<string, { incognito?: boolean }> } };
  const settings = prefs.extensions.settings[extensionId];
  if (!settings) throw new Error(`no settings for ${extensionId} in ${path}`);
  settings.incognito = true;
  writeFileSync(path, JSON.stringify(prefs));
}

describe.runIf(browserAvailable(CHROMIUM))('private windows in Chromium', () => {
  let flask: FlaskServer;
  let chrome: ChromiumSession;
  let extensionPage: Page;

  beforeAll(async () => {
    flask = await startFlask();
    const first = await launchChromium();
    await first.close({ keepProfile: true });
    allowInIncognito(first.userDataDir, first.extensionId);
    chrome = await launchChromium({ userDataDir: first.userDataDir });
    extensionPage = await chrome.openExtensionPage('report.html');
  });
  afterAll(async () => {
    await chrome?.close();
    await flask?.stop();
  });

  const chromeApi = () => (globalThis as unknown as { chrome: ChromeApi }).chrome;

  it('records a private tab in memory and storage.session only, never in storage.local', async () => {
    await extensionPage.evaluate(`(${chromeApi})().windows.create({ incognito: true, url: ${JSON.stringify(`${flask.origin}/burst?n=20`)} })`);
    const tabId = await waitFor('the private tab to finish its burst', () =>
      extensionPage.evaluate<number | undefined>(`(${chromeApi})().tabs.query({}).then((tabs) => tabs.find((t) => t.incognito && t.title === 'done')?.id)`),
    );
    const served = await flask.served();
    const popup = await chrome.openExtensionPage(`popup.html?tab=${tabId}`);
    await expect(popup.locator('li[data-cookie="session"] .set-count').first().textContent()).resolves.toBe(`set by ${served} of ${served} responses`);
    const local = await extensionPage.evaluate<string>(`(${chromeApi})().storage.local.get(null).then(JSON.stringify)`);
    const session = await extensionPage.evaluate<string>(`(${chromeApi})().storage.session.get(null).then(JSON.stringify)`);
    expect(session).toContain(flask.origin);
    expect(local).not.toContain(flask.origin);
    expect(local).not.toContain('127.0.0.1:' + new URL(flask.origin).port);
  });
});
