import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, FIREFOX } from './support/browsers';
import { launchFirefox, type FirefoxSession } from './support/firefox';
import { startFlask, type FlaskServer } from './support/flask-server';
import { waitFor } from './support/wait-for';

interface FirefoxApi {
  extension: { isAllowedIncognitoAccess(): Promise<boolean> };
  windows: { create(d: object): Promise<{ id: number }> };
  tabs: { query(q: object): Promise<{ id?: number; title?: string; incognito: boolean }[]> };
  storage: { local: { get(k: null): Promise<object> }; session: { get(k: null): Promise<object> } };
}

/**
 * The extension is installed with "Run in Private Windows" on (see launchFirefox), and opens the
 * private window itself: WebDriver BiDi has no command for one, and an extension allowed there
 * may create it with windows.create({ incognito: true }).
 */
describe.runIf(browserAvailable(FIREFOX))('private windows in Firefox', () => {
  let flask: FlaskServer;
  let firefox: FirefoxSession;

  beforeAll(async () => {
    flask = await startFlask();
    firefox = await launchFirefox({ allowPrivateBrowsing: true });
  });
  afterAll(async () => {
    await firefox?.close();
    await flask?.stop();
  });

  const firefoxApi = () => (globalThis as unknown as { browser: FirefoxApi }).browser;
  const inExtension = <T,>(source: string) => firefox.extensionPage.evaluate(`(${firefoxApi})().${source}`) as Promise<T>;

  it('records a private tab in memory and storage.session only, never in storage.local', async () => {
    await expect(inExtension<boolean>('extension.isAllowedIncognitoAccess()')).resolves.toBe(true);
    await inExtension(`windows.create({ incognito: true, url: ${JSON.stringify(`${flask.origin}/burst?n=20`)} })`);
    const tabId = await waitFor('the private tab to finish its burst', () =>
      inExtension<number | undefined>(`tabs.query({}).then((tabs) => tabs.find((t) => t.incognito && t.title === 'done')?.id)`),
    );
    const served = await flask.served();
    expect(served).toBeGreaterThanOrEqual(21);
    const popup = await firefox.showExtensionPage(`popup.html?tab=${tabId}`);
    await expect(popup.$eval('li[data-cookie="session"] .set-count', (el) => el.textContent)).resolves.toBe(`set by ${served} of ${served} responses`);
    const local = await inExtension<string>('storage.local.get(null).then(JSON.stringify)');
    const session = await inExtension<string>('storage.session.get(null).then(JSON.stringify)');
    expect(session).toContain(flask.origin);
    expect(local).not.toContain(flask.origin);
    expect(local).not.toContain('127.0.0.1:' + new URL(flask.origin).port);
  });
});
