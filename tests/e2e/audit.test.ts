import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, CHROMIUM, FIREFOX } from './support/browsers';
import { chromiumHarness, firefoxHarness, type ExtensionView, type Harness } from './support/harness';
import { startFlask, type FlaskServer } from './support/flask-server';
import { waitFor } from './support/wait-for';

/** The Flask fixture's /problems/ page: one classic mistake per cookie, signed with the docs' 'dev' key. */
const EXPECTED: Record<string, { present: string[]; absent: string[] }> = {
  session: {
    present: ['constantly-refreshed', 'set-cookie-on-static-asset', 'set-cookie-on-api-response', 'set-cookie-on-cacheable-response', 'session-known-secret', 'session-sensitive-data', 'client-session-readable', 'cookie-over-http'],
    absent: ['cookie-without-httponly', 'samesite-missing', 'cookie-oversized', 'rejected-by-browser'],
  },
  tracker: { present: ['samesite-none-insecure'], absent: ['samesite-missing', 'cookie-oversized'] },
  big: { present: ['cookie-oversized'], absent: ['constantly-refreshed', 'samesite-none-insecure'] },
  '__Host-id': { present: ['prefix-violation'], absent: ['cookie-oversized', 'constantly-refreshed'] },
  remember_token: { present: ['expiry-over-400-days', 'long-lived-session'], absent: ['cookie-without-httponly', 'samesite-missing'] },
};

const BROWSERS = [
  { name: 'Chromium', available: () => browserAvailable(CHROMIUM), launch: chromiumHarness },
  { name: 'Firefox', available: () => browserAvailable(FIREFOX), launch: firefoxHarness },
];

describe.each(BROWSERS)('audit findings in $name', ({ available, launch }) => {
  let flask: FlaskServer;
  let browser: Harness;

  beforeAll(async () => {
    if (!available()) return;
    flask = await startFlask('dev');
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await flask?.stop();
  });

  async function rulesFor(popup: ExtensionView, cookie: string): Promise<string[]> {
    return popup.attrs(`[data-rule][data-cookie-name="${cookie}"]`, 'data-rule');
  }

  it.runIf(available())('shows the expected rule ids for each cookie of a badly configured Flask site, and nothing it should not', async () => {
    const page = await browser.openPage(`${flask.origin}/problems/`, 'ready');
    const popup = await waitFor('the constantly-refreshed finding on the session cookie', async () => {
      const view = await browser.popup(page.tabId);
      if ((await rulesFor(view, 'session')).includes('constantly-refreshed')) return view;
      await view.close();
      return undefined;
    });
    for (const [cookie, { present, absent }] of Object.entries(EXPECTED)) {
      const rules = await rulesFor(popup, cookie);
      for (const rule of present) expect(rules, `${cookie} should have ${rule}`).toContain(rule);
      for (const rule of absent) expect(rules, `${cookie} should not have ${rule}`).not.toContain(rule);
    }
    const critical = await popup.attrs('[data-rule="session-known-secret"]', 'data-severity');
    expect(critical[0]).toBe('critical');
    const serious = (await popup.attrs('[data-rule]', 'data-severity')).filter((s) => s === 'critical' || s === 'high');
    expect(serious.length).toBeGreaterThanOrEqual(6);
    await waitFor('the badge to show the high and critical findings', async () => (await browser.badgeText(page.tabId)) === String(serious.length));
    await popup.close();
    await page.close();
  });
});
