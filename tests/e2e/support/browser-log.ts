/*
 * A setup file of the e2e project, run before each suite imports playwright-core. Playwright logs
 * what each browser it launched prints on stderr, and how its process ended, only when DEBUG names
 * `pw:browser`; DEBUG_FILE sends that log to a file instead of the test output. So every e2e
 * process keeps it in tests/.artifacts/, and the Chromium harness prints its tail when a browser
 * exits without being asked to (tests/e2e/support/chromium.ts): the exit code or signal, and the
 * browser's last words, instead of only Playwright's "Target page, context or browser has been
 * closed". A DEBUG of the developer's own is left alone.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

if (process.env.DEBUG === undefined) {
  mkdirSync('tests/.artifacts', { recursive: true });
  process.env.DEBUG = 'pw:browser';
  process.env.DEBUG_FILE = resolve(`tests/.artifacts/browser-log-${process.pid}.txt`);
}
