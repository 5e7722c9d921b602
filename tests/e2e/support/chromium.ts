import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM } from './browsers';
import { CHROMIUM_FLAGS } from './chromium-flags.mjs';
import { waitFor } from './wait-for';
import { startWarmUpServer } from './warm-up-server';

export const CHROME_DIST = resolve('dist/chrome');

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  userDataDir: string;
  /** Opens an extension page (e.g. 'popup.html?tab=3'). */
  openExtensionPage(path: string): Promise<Page>;
  /** The id the extension's tabs API gives the tab showing `page`. */
  tabIdOf(page: Page): Promise<number>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export async function launchChromium(
  options: { userDataDir?: string; extraArgs?: string[]; downloadDir?: string; colorScheme?: 'light' | 'dark' } = {},
): Promise<ChromiumSession> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'cookie-audit-chromium-'));
  if (options.downloadDir) setDownloadDir(userDataDir, options.downloadDir);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    args: [
      `--disable-extensions-except=${CHROME_DIST}`,
      `--load-extension=${CHROME_DIST}`,
      ...CHROMIUM_FLAGS,
      ...(options.extraArgs ?? []),
    ],
  });
  let closing = false;
  // A browser that goes away by itself fails the test at its next step with only "Target page,
  // context or browser has been closed", which reads like a test closing it too early: say which.
  context.on('close', () => {
    if (!closing) void reportUnaskedExit(userDataDir);
  });
  if (options.downloadDir) await useBrowserDownloads(context);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  await warmUp(context, worker);
  const session: ChromiumSession = {
    context,
    worker,
    extensionId,
    userDataDir,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
      return page;
    },
    async tabIdOf(page) {
      const url = page.url();
      const current = session.worker;
      return current.evaluate(async (target: string) => {
        const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
        const tabs = await api.tabs.query({});
        const tab = tabs.find((t) => t.url === target);
        if (!tab?.id) throw new Error(`no tab shows ${target}`);
        return tab.id;
      }, url);
    },
    async close({ keepProfile = false } = {}) {
      closing = true;
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return session;
}

/**
 * Says that the browser of `userDataDir` went away by itself, with what Playwright logged of its
 * process (see browser-log.ts) once the log's last lines are written: found by the launch line
 * that names the profile, then by its pid; D-Bus complaints, which every launch prints, left out.
 */
async function reportUnaskedExit(userDataDir: string): Promise<void> {
  const at = new Date().toISOString();
  await new Promise((done) => setTimeout(done, 500));
  const logFile = process.env.DEBUG_FILE;
  const lines = logFile && existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n') : [];
  const launch = lines.findIndex((line) => line.includes('<launching>') && line.includes(`--user-data-dir=${userDataDir}`));
  const pid = lines.slice(launch + 1).map((line) => /<launched> pid=(\d+)/.exec(line)?.[1]).find(Boolean);
  const own = pid && launch >= 0 ? lines.filter((line) => line.includes(`[pid=${pid}]`) && !line.includes('dbus')).slice(-30) : [];
  const log = own.length > 0 ? own.join('\n') : '(nothing found in the browser log; with DEBUG set by hand it went to stderr)';
  process.stderr.write(`Chromium (profile ${userDataDir}) exited without being asked to, at ${at}. What it last printed, and how it ended:\n${log}\n`);
}

/** Loads a cookie-setting page until the extension has recorded its Set-Cookie (see warm-up-server). */
async function warmUp(context: BrowserContext, worker: Worker): Promise<void> {
  const server = await startWarmUpServer();
  const page = await context.newPage();
  try {
    await waitFor('the extension to record its first Set-Cookie', async () => {
      await page.goto(server.origin);
      // Recorded responses reach storage as log entries first (see src/platform/durable-ledger.ts).
      return worker.evaluate(async (origin: string) => {
        const api = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
        const stored = JSON.stringify(await api.storage.local.get(null));
        return stored.includes(origin) && stored.includes('warmup=1');
      }, server.origin);
    }, 30_000);
  } finally {
    await page.close();
    await server.close();
  }
}

/** The profile's download folder, with the "ask where to save" prompt off. */
function setDownloadDir(userDataDir: string, dir: string): void {
  mkdirSync(join(userDataDir, 'Default'), { recursive: true });
  const prefs = { download: { default_directory: dir, prompt_for_download: false, directory_upgrade: true } };
  writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify(prefs));
}

/**
 * Playwright routes every download to its own folder under a GUID name, which hides the name the
 * extension chose; the browser's own download flow keeps it, in the profile's download folder.
 */
async function useBrowserDownloads(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
    await cdp.detach();
  } finally {
    await page.close();
  }
}
