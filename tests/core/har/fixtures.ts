/** The HAR fixtures of tests/fixtures/har, and how each was made (see docs/cli.md). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HAR_DIR = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../fixtures/har');

export const FIXTURES = {
  /** Recorded by Playwright's recordHar through headless Chromium from tests/fixtures/flask_app.py. */
  playwright: 'playwright-flask.har',
  /** Firefox's "Save All As HAR" layout, written by hand: no _resourceType, pages titled with the URL, cookies arrays. */
  firefox: 'firefox-flask.har',
  /** Chrome DevTools' "Export HAR (with sensitive data)" layout, written by hand: pages, iframe, CDN, cache, data: URL, blocked request. */
  chrome: 'chrome-devtools.har',
  /** The same HAR as Chrome's default sanitized export writes it: no Cookie, no Set-Cookie. */
  sanitized: 'chrome-sanitized.har',
  /** A proxy capture (mitmproxy layout): no pages, two sites interleaved. */
  proxy: 'proxy-no-pages.har',
  /** An exporter that keeps response.cookies[] but no Set-Cookie headers. */
  cookiesOnly: 'cookies-only.har',
} as const;

export function harPath(name: keyof typeof FIXTURES): string {
  return resolve(HAR_DIR, FIXTURES[name]);
}

export function harText(name: keyof typeof FIXTURES): string {
  return readFileSync(harPath(name), 'utf8');
}

export function harJson(name: keyof typeof FIXTURES): { log: { entries: unknown[]; pages?: unknown[] } } {
  return JSON.parse(harText(name)) as { log: { entries: unknown[]; pages?: unknown[] } };
}
