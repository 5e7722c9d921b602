/**
 * Headless Firefox ESR for the bench, with dist/firefox installed as a temporary add-on (the
 * prefs of tests/e2e/support/firefox.ts). A test cannot navigate to moz-extension://, but the
 * report page the extension opens on install can be evaluated: that is the page handed back.
 */
import puppeteer from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './compile.mjs';

export const FIREFOX = '/usr/bin/firefox-esr';
export const FIREFOX_DIST = join(ROOT, 'dist/firefox');

export function firefoxAvailable() {
  return existsSync(FIREFOX);
}

export async function launchFirefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: { 'xpinstall.signatures.required': false, 'browser.shell.checkDefaultBrowser': false, 'datareporting.policy.dataSubmissionEnabled': false },
  });
  await browser.installExtension(FIREFOX_DIST);
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && href.includes('report.html')) return { browser, page };
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  await browser.close();
  throw new Error('the extension did not open its report page');
}
