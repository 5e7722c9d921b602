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

/** Closes every page but `keep` (the welcome tab the extension opens on install, among others). */
export async function closeOtherPages(context, keep) {
  for (const page of context.pages()) if (page !== keep) await page.close().catch(() => undefined);
}
