/**
 * Headless Chromium for the bench, with the flags of tests/e2e/support/chromium-flags.mjs, and with or
 * without an unpacked extension. Each variant gets its own browser and profile, launched once.
 */
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS } from '../../tests/e2e/support/chromium-flags.mjs';
import { ROOT } from './compile.mjs';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROME_DIST = join(ROOT, 'dist/chrome');

export function chromiumAvailable() {
  return existsSync(CHROMIUM);
}

/**
 * `extension`: the directory of an unpacked extension, or null for a browser without one.
 * `userDataDir`: a profile to start again (storage seeded by an earlier launch), else a new one.
 */
export async function launch(label, extension, { userDataDir = mkdtempSync(join(tmpdir(), `cookie-audit-bench-${label}-`)) } = {}) {
  const loadArgs = extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : [];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...loadArgs, ...CHROMIUM_FLAGS],
  });
  const worker = extension ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }))) : null;
  // Cookie Audit opens its welcome tab on install, some time after the launch: wait for it, or it
  // opens after the bench's own tab and takes the front, leaving the bench's page a background tab.
  if (extension && existsSync(join(extension, 'report.html')) && !context.pages().some(isWelcome)) {
    await context.waitForEvent('page', { predicate: isWelcome, timeout: 30_000 });
  }
  return {
    label,
    context,
    worker,
    extensionId: worker ? new URL(worker.url()).host : null,
    userDataDir,
    async close({ keepProfile = false } = {}) {
      await context.close().catch(() => undefined);
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

const isWelcome = (page) => page.url().includes('welcome=1');

/**
 * Closes every page but `keep` (the welcome tab the extension opens on install, among others) and
 * makes sure `keep` is the tab in front: a background tab gets one animation frame a second and
 * renders nothing, so a page loaded there costs the machine less than the same page in front.
 */
export async function closeOtherPages(context, keep) {
  for (const page of context.pages()) if (page !== keep) await page.close().catch(() => undefined);
  await keep.bringToFront();
  const frames = await keep.evaluate(
    () =>
      new Promise((done) => {
        const start = performance.now();
        let count = 0;
        const frame = () => (++count < 10 && performance.now() - start < 2000 ? requestAnimationFrame(frame) : done(count));
        requestAnimationFrame(frame);
      }),
  );
  if (frames < 10) throw new Error(`the bench's tab is not in front: ${frames} animation frames in 2 s`);
}
