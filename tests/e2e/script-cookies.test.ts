import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type ExtensionView, type Harness } from './support/harness';
import { startFlask, type FlaskServer } from './support/flask-server';
import { waitFor } from './support/wait-for';

/** What the popup says of a cookie only the cookies API saw change (messages.json 'sourceScript'). */
const SET_BY_SCRIPT = 'set by a page script';
/** ...and of one only found in the jar ('sourceJar'). */
const IN_THE_JAR = "already in the browser's jar";

describe.each(BROWSERS)('cookies set by page scripts in $name', ({ available, launch }) => {
  let flask: FlaskServer;
  let browser: Harness;

  beforeAll(async () => {
    if (!available()) return;
    flask = await startFlask();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await flask?.stop();
  });

  /** Reopens the tab's popup until the line under the cookie's name says `expected`; returns that popup. */
  async function popupSaying(tabId: number, cookie: string, expected: string): Promise<ExtensionView> {
    let last: string | null = null;
    return waitFor(
      () => `the popup to say "${expected}" of ${cookie} (it said ${JSON.stringify(last)})`,
      async () => {
        const popup = await browser.popup(tabId);
        last = await popup.text(`li[data-cookie="${cookie}"] .cookie-sub`);
        if (last?.includes(expected)) return popup;
        await popup.close();
        return undefined;
      },
    );
  }

  /** Flips the popup's recording switch and waits until the background reports the new state. */
  async function setRecording(tabId: number, on: boolean): Promise<void> {
    const popup = await browser.popup(tabId);
    await popup.click('button[role="switch"]');
    await popup.close();
    await waitFor(`recording to be ${on ? 'on' : 'paused'}`, async () => {
      const view = await browser.popup(tabId);
      const [checked] = await view.attrs('button[role="switch"]', 'aria-checked');
      await view.close();
      return checked === String(on);
    });
  }

  it.runIf(available())('lists a cookie set with document.cookie as set by a page script, not by a response', async () => {
    const page = await browser.openPage(`${flask.origin}/script-cookie?name=theme&value=dark`, 'ready');
    const popup = await popupSaying(page.tabId, 'theme', SET_BY_SCRIPT);
    expect(await popup.text('li[data-cookie="theme"] .cookie-sub')).not.toMatch(/set by \d+ of \d+ responses/);
    expect(await popup.text('li[data-cookie="theme"] .raw-line')).toBeNull();
    // The same page's Flask session, set by its response, is still counted as a header cookie.
    expect(await popup.text('li[data-cookie="session"] .set-count')).toMatch(/^set by \d+ of \d+ responses$/);
    await popup.close();
    await page.close();
  });

  // 40 responses each setting a cookie (and re-setting the Flask session) within a second make a
  // storm of cookie changes, in which the extension stops listening to them one by one and
  // compares the jar instead (cookie-storm.ts). 42 cookies fit on the popup's first screen.
  it.runIf(available())('finds a cookie a page script set in the middle of a storm of cookie changes', async () => {
    const page = await browser.openPage(`${flask.origin}/storm?n=40&name=stormy&value=1`, 'ready');
    const popup = await popupSaying(page.tabId, 'stormy', SET_BY_SCRIPT);
    expect(await popup.text('li[data-cookie="c39"] .set-count')).toMatch(/^set by 1 of \d+ responses$/);
    expect(await popup.text('li[data-cookie="c20"] .cookie-sub')).not.toContain(SET_BY_SCRIPT);
    await popup.close();
    await page.close();
  });

  it.runIf(available())('records no script cookie while recording is paused', async () => {
    const first = await browser.openPage(`${flask.origin}/`, 'ready');
    await setRecording(first.tabId, false);
    const paused = await browser.openPage(`${flask.origin}/script-cookie?name=whilepaused&value=1`, 'ready');
    // The jar has it (the popup reads the cookies API) before recording resumes.
    await (await popupSaying(paused.tabId, 'whilepaused', IN_THE_JAR)).close();
    await setRecording(first.tabId, true);
    const resumed = await browser.openPage(`${flask.origin}/script-cookie?name=afterresume&value=1`, 'ready');
    // Changes are handled in order after the same grace period: once the later one is recorded,
    // the one made while paused has had its turn, and must have been left out.
    const popup = await popupSaying(resumed.tabId, 'afterresume', SET_BY_SCRIPT);
    const whilePaused = await popup.text('li[data-cookie="whilepaused"] .cookie-sub');
    expect(whilePaused).toContain(IN_THE_JAR);
    expect(whilePaused).not.toContain(SET_BY_SCRIPT);
    await popup.close();
    for (const page of [first, paused, resumed]) await page.close();
  });
});
