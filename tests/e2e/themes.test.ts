import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { runAxe } from './support/axe';
import { BROWSERS, type ExtensionView, type Harness } from './support/harness';
import { startFlask, type FlaskServer } from './support/flask-server';
import { waitFor } from './support/wait-for';

/** How long what the user sees may take to follow a click: a round trip to the background. */
const SETTLE = { timeout: 10_000, interval: 50 };
const ARTIFACTS = 'tests/.artifacts';

/** What the theme must look like: the page background's relative luminance (WCAG), 0 black to 1 white. */
const SCHEMES = [
  { scheme: 'light', background: (luminance: number) => luminance > 0.9 },
  { scheme: 'dark', background: (luminance: number) => luminance < 0.05 },
] as const;

const CASES = BROWSERS.flatMap((browser) => SCHEMES.map((scheme) => ({ ...browser, ...scheme })));

/** WCAG relative luminance of a computed CSS colour such as 'rgb(22, 25, 31)'. */
function luminance(color: string): number {
  const channels = /^rgba?\((\d+), (\d+), (\d+)/.exec(color)?.slice(1).map(Number);
  if (!channels || channels.length !== 3) throw new Error(`not an rgb() colour: ${color}`);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The scheme the page says the system prefers, and its body's computed background colour. */
async function themeOf(view: ExtensionView): Promise<{ dark: boolean; background: string }> {
  return view.evaluate(`({ dark: matchMedia('(prefers-color-scheme: dark)').matches, background: getComputedStyle(document.body).backgroundColor })`);
}

describe.each(CASES)('the $scheme theme in $name', ({ name, scheme, background, available, launch }) => {
  let flask: FlaskServer;
  let browser: Harness;

  beforeAll(async () => {
    if (!available()) return;
    mkdirSync(ARTIFACTS, { recursive: true });
    flask = await startFlask('dev');
    browser = await launch({ colorScheme: scheme });
  });
  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await flask?.stop();
    }
  });

  async function expectTheme(view: ExtensionView): Promise<void> {
    const theme = await themeOf(view);
    expect(theme.dark, 'prefers-color-scheme: dark').toBe(scheme === 'dark');
    expect(background(luminance(theme.background)), `background ${theme.background}`).toBe(true);
    const axe = await runAxe(view);
    expect(axe.violations).toEqual([]);
    expect(axe.contrastPassed, 'axe measured the colour contrast of some text').toBe(true);
  }

  /** Opens the Flask problems page, and its popup once the session's refresh finding shows. */
  async function problemsPopup() {
    const page = await browser.openPage(`${flask.origin}/problems/`, 'ready');
    const popup = await waitFor('the constantly-refreshed finding on the session cookie', async () => {
      const view = await browser.popup(page.tabId);
      if ((await view.attrs('[data-rule][data-cookie-name="session"]', 'data-rule')).includes('constantly-refreshed')) return view;
      await view.close();
      return undefined;
    });
    return { page, popup };
  }

  it.runIf(available())(`draws the popup, a cookie opened, in ${scheme} colours that pass axe, contrast included`, async () => {
    const { page, popup } = await problemsPopup();
    await popup.evaluate(`document.querySelector('li[data-cookie="session"] details').open = true`);
    await expect.poll(() => popup.texts('li[data-cookie="session"] .session-table tbody th'), SETTLE).toContain('password');
    await expectTheme(popup);
    await popup.screenshot(`${ARTIFACTS}/popup-${scheme}-${name.toLowerCase()}.png`, { width: 480, height: 600 });
    await popup.close();
    await page.close();
  });

  it.runIf(available())(`draws the report page, a site opened, in ${scheme} colours that pass axe, contrast included`, async () => {
    const { page, popup } = await problemsPopup();
    await popup.close();
    const report = await browser.reportPage();
    expect(await report.attrs(`tr[data-site="${flask.origin}"]`, 'data-site')).toEqual([flask.origin]);
    await report.click(`tr[data-site="${flask.origin}"] button.expander`);
    await expect.poll(() => report.attrs('.site-detail [data-rule="session-known-secret"]', 'data-severity'), SETTLE).toEqual(['critical']);
    await expectTheme(report);
    await report.screenshot(`${ARTIFACTS}/report-page-${scheme}-${name.toLowerCase()}.png`, { width: 1100, height: 760 });
    await report.close();
    await page.close();
  });
});
