import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import { browserAvailable, CHROMIUM, FIREFOX } from './browsers';

/** What a test reads on an extension page, the same in both browsers. */
export interface ExtensionView {
  text(selector: string): Promise<string | null>;
  texts(selector: string): Promise<string[]>;
  /** The value of `attribute` on every element matching `selector`. */
  attrs(selector: string, attribute: string): Promise<string[]>;
  click(selector: string): Promise<void>;
  /** Types `text` into the input matching `selector`, replacing what it held. */
  type(selector: string, text: string): Promise<void>;
  /** Presses one key (e.g. 'Enter', 'Tab') on whatever has the focus. */
  press(key: string): Promise<void>;
  /** Evaluates a script's source in the page (not subject to the page's CSP) and returns its JSON value. */
  evaluate<T>(source: string): Promise<T>;
  screenshot(path: string, size: { width: number; height: number }): Promise<void>;
  close(): Promise<void>;
}

export interface OpenedPage {
  tabId: number;
  evaluate<T>(source: string): Promise<T>;
  screenshot(path: string, size: { width: number; height: number }): Promise<void>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Where the browser saves downloads, under the name the extension gives them, without asking. */
  downloadDir?: string;
  /** The system colour scheme every page sees (prefers-color-scheme); the browser's default if unset. */
  colorScheme?: 'light' | 'dark';
}

/**
 * Firefox's WebDriver BiDi cannot emulate media features, so the scheme is set by prefs at launch:
 * the system theme, and content (extension pages included) following it.
 */
const FIREFOX_SCHEME_PREFS = {
  light: { 'ui.systemUsesDarkTheme': 0, 'layout.css.prefers-color-scheme.content-override': 1 },
  dark: { 'ui.systemUsesDarkTheme': 1, 'layout.css.prefers-color-scheme.content-override': 0 },
} as const;

/** One browser with the extension loaded, driven the same way whichever browser it is. */
export interface Harness {
  name: 'chromium' | 'firefox';
  /** Opens `url` in a new tab and waits for its document.title to become `title`. */
  openPage(url: string, title: string): Promise<OpenedPage>;
  popup(tabId: number): Promise<ExtensionView>;
  reportPage(): Promise<ExtensionView>;
  /** The text of the toolbar badge on a tab. */
  badgeText(tabId: number): Promise<string>;
  close(): Promise<void>;
}

export async function chromiumHarness(options: HarnessOptions = {}): Promise<Harness> {
  const chrome = await launchChromium({
    ...(options.downloadDir ? { downloadDir: options.downloadDir } : {}),
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
  });
  const view = (page: PwPage): ExtensionView => ({
    text: (s) => page.locator(s).first().textContent({ timeout: 2000 }).catch(() => null),
    texts: (s) => page.locator(s).allTextContents(),
    attrs: (s, a) => page.locator(s).evaluateAll((els, name) => els.map((el) => el.getAttribute(name) ?? ''), a),
    click: (s) => page.locator(s).first().click(),
    type: (s, text) => page.locator(s).first().fill(text),
    press: (key) => page.keyboard.press(key),
    evaluate: (source) => page.evaluate(source),
    async screenshot(path, size) {
      await page.setViewportSize(size);
      await page.screenshot({ path });
    },
    close: () => page.close(),
  });
  return {
    name: 'chromium',
    async openPage(url, title) {
      const page = await chrome.context.newPage();
      await page.goto(url);
      await page.waitForFunction((t) => document.title === t, title, { timeout: 60_000 });
      return {
        tabId: await chrome.tabIdOf(page),
        evaluate: (source) => page.evaluate(source),
        async screenshot(path, size) {
          await page.setViewportSize(size);
          await page.screenshot({ path });
        },
        close: () => page.close(),
      };
    },
    popup: async (tabId) => view(await chrome.openExtensionPage(`popup.html?tab=${tabId}`)),
    reportPage: async () => view(await chrome.openExtensionPage('report.html')),
    badgeText: (tabId) =>
      chrome.worker.evaluate((id: number) => {
        const api = (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome;
        return api.action.getBadgeText({ tabId: id });
      }, tabId),
    close: () => chrome.close(),
  };
}

export async function firefoxHarness(options: HarnessOptions = {}): Promise<Harness> {
  const firefox = await launchFirefox({
    ...(options.downloadDir ? { downloadDir: options.downloadDir } : {}),
    ...(options.colorScheme ? { prefs: FIREFOX_SCHEME_PREFS[options.colorScheme] } : {}),
  });
  // One extension tab serves every view: Firefox lets only the extension's own tab reach its pages.
  const view = (page: PpPage): ExtensionView => ({
    text: (s) => page.$eval(s, (el) => el.textContent).catch(() => null),
    texts: (s) => page.$$eval(s, (els) => els.map((el) => el.textContent ?? '')),
    attrs: (s, a) => page.$$eval(s, (els, name) => els.map((el) => el.getAttribute(name) ?? ''), a),
    click: (s) => page.$eval(s, (el) => (el as HTMLElement).click()),
    type: async (s, text) => {
      await page.$eval(s, (el) => {
        (el as HTMLInputElement).value = '';
        el.dispatchEvent(new Event('input', { bubbles: true }));
      });
      if (text !== '') await page.type(s, text);
    },
    // Keys go to the window in front: the extension's tab may be behind the pages the test opened.
    press: async (key) => {
      await page.bringToFront();
      await page.keyboard.press(key as never);
    },
    evaluate: <T,>(source: string) => page.evaluate(source) as Promise<T>,
    async screenshot(path, size) {
      await page.setViewport(size);
      await page.screenshot({ path: path as `${string}.png` });
    },
    close: async () => undefined,
  });
  return {
    name: 'firefox',
    async openPage(url, title) {
      const page = await firefox.browser.newPage();
      await page.goto(url);
      await page.waitForFunction((t: string) => document.title === t, { timeout: 60_000 }, title);
      const tabId = await firefox.tabIdFor(url);
      return {
        tabId,
        evaluate: <T,>(source: string) => page.evaluate(source) as Promise<T>,
        async screenshot(path, size) {
          await page.setViewport(size);
          await page.screenshot({ path: path as `${string}.png` });
        },
        close: () => page.close(),
      };
    },
    popup: async (tabId) => view(await firefox.showExtensionPage(`popup.html?tab=${tabId}`)),
    reportPage: async () => view(await firefox.showExtensionPage('report.html')),
    badgeText: (tabId) =>
      firefox.extensionPage.evaluate((id: number) => {
        const api = (globalThis as unknown as { browser: { action: { getBadgeText(d: object): Promise<string> } } }).browser;
        return api.action.getBadgeText({ tabId: id });
      }, tabId),
    close: () => firefox.close(),
  };
}

/** The two browsers every UI suite runs in; `available` is false where the browser is missing (CI then fails, see browsers.ts). */
export const BROWSERS: { name: string; available: () => boolean; launch: (options?: HarnessOptions) => Promise<Harness> }[] = [
  { name: 'Chromium', available: () => browserAvailable(CHROMIUM), launch: chromiumHarness },
  { name: 'Firefox', available: () => browserAvailable(FIREFOX), launch: firefoxHarness },
];
