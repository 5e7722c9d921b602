import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, type Harness } from './support/harness';
import { startFlask, type FlaskServer } from './support/flask-server';
import { parseSetCount } from './support/set-count';
import { waitFor } from './support/wait-for';

describe.each(BROWSERS)('recording in $name', ({ available, launch }) => {
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

  /** Reopens the popup until the session cookie's count matches what Flask served, and returns it. */
  async function countMatchingServer(tabId: number) {
    return waitFor('the popup to count every response Flask served', async () => {
      const served = await flask.served();
      const popup = await browser.popup(tabId);
      const count = parseSetCount(await popup.text('li[data-cookie="session"] .set-count'));
      if (count?.sets === served && count.of === served) return { popup, count };
      await popup.close();
      return undefined;
    });
  }

  it.runIf(available())('lists the Flask session cookie with its true set count', async () => {
    const page = await browser.openPage(`${flask.origin}/`, 'ready');
    const { popup } = await countMatchingServer(page.tabId);
    expect(await popup.text('.site-name')).toBe(flask.origin);
    expect(await popup.text('li[data-cookie="session"] .raw-line')).toMatch(/^session=‹redacted \d+ bytes›; Expires=.*; HttpOnly; Path=\/; SameSite=Lax$/);
    await popup.close();
    await page.close();
  });

  it.runIf(available())('counts all 500 responses of a burst, none lost', async () => {
    const page = await browser.openPage(`${flask.origin}/burst?n=500`, 'done');
    expect(await flask.served()).toBeGreaterThanOrEqual(501);
    const { popup, count } = await countMatchingServer(page.tabId);
    expect(count.sets).toBeGreaterThanOrEqual(501);
    await popup.close();
    await page.close();
  });

  it.runIf(available())('counts two tabs bursting at once, with the popup open, without losing or doubling a response', async () => {
    const first = await browser.openPage(`${flask.origin}/`, 'ready');
    const open = await browser.popup(first.tabId);
    const pages = await Promise.all([browser.openPage(`${flask.origin}/burst?n=200`, 'done'), browser.openPage(`${flask.origin}/burst?n=200`, 'done')]);
    const { popup, count } = await countMatchingServer(first.tabId);
    expect(count.sets).toBeGreaterThanOrEqual(403);
    await popup.close();
    await open.close();
    for (const page of [first, ...pages]) await page.close();
  });
});
