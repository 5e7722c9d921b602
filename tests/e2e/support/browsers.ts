import { existsSync } from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';
export const FIREFOX = '/usr/bin/firefox-esr';

/**
 * Whether a browser's e2e suite can run. On a developer machine without the browser the suite is
 * skipped with a reason; in CI (CI=true) a missing browser is a failure.
 */
export function browserAvailable(path: string): boolean {
  const present = existsSync(path);
  if (!present && process.env.CI === 'true') throw new Error(`${path} is missing, and CI requires the e2e suites to run`);
  return present;
}
