/**
 * HARs recorded here from the real Flask app of tests/fixtures/flask_app.py (a permanent session
 * refreshed on every response): by Playwright's recordHar through real headless Chromium, and, since
 * Firefox cannot export a HAR headlessly, built in the layout of Firefox's own export from what
 * WebDriver BiDi reports of real headless Firefox driven by puppeteer (support/firefox-har.ts). Each
 * is read by the HAR reader, streamed and whole, and audited through the CLI.
 */
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import puppeteer, { type Page } from 'puppeteer-core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHarFile } from '../../src/cli/har-file';
import { audit } from '../../src/core/audit/audit';
import type { Finding } from '../../src/core/audit/types';
import { harNotes } from '../../src/core/har/har-notes';
import { readHar } from '../../src/core/har/read-har';
import { run } from '../cli/fake-io';
import { recordBidiNetwork, type BidiNetworkLog } from './support/bidi-network-log';
import { browserAvailable, CHROMIUM, FIREFOX } from './support/browsers';
import { buildFirefoxHar, type FirefoxHar } from './support/firefox-har';
import { startFlask, type FlaskServer } from './support/flask-server';
import { waitFor } from './support/wait-for';

const available = browserAvailable(CHROMIUM);
const firefoxAvailable = browserAvailable(FIREFOX);
const BUILT_CLI = resolve('dist/cli/cookie-audit.js');
/** tests/fixtures/flask_app.py's default SECRET_KEY. */
const FLASK_SECRET = 'a-long-random-test-secret-3f9c1b7e';

interface RecordedHar {
  log: { creator: { name: string }; pages: { id: string }[]; entries: { _resourceType?: string; pageref?: string; request: { url: string } }[] };
}

describe.runIf(available)('a HAR recorded by Playwright from Chromium', () => {
  let flask: FlaskServer;
  let dir: string;
  let harFile: string;

  beforeAll(async () => {
    flask = await startFlask();
    dir = mkdtempSync(join(tmpdir(), 'cookie-audit-har-'));
    harFile = join(dir, 'flask.har');
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const context = await browser.newContext({ recordHar: { path: harFile, content: 'omit' } });
      const page = await context.newPage();
      await page.goto(`${flask.origin}/`);
      await page.waitForFunction(() => document.title === 'ready');
      await page.goto(`${flask.origin}/burst?n=5`);
      await page.waitForFunction(() => document.title === 'done');
      await page.goto(`${flask.origin}/`);
      await page.waitForFunction(() => document.title === 'ready');
      // Closing the context writes the HAR.
      await context.close();
    } finally {
      await browser.close();
    }
  });

  afterAll(async () => {
    await flask?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function sessionFindings(findings: readonly Finding[]): Record<string, string> {
    return Object.fromEntries(findings.filter((f) => f.cookie?.name === 'session').map((f) => [f.ruleId, f.severity]));
  }

  it('records pages and Chrome resource types for every response the page made', async () => {
    const har = JSON.parse(readFileSync(harFile, 'utf8')) as RecordedHar;
    expect(har.log.creator.name).toBe('Playwright');
    expect(har.log.pages.length).toBeGreaterThan(0);
    const paths = har.log.entries.map((e) => new URL(e.request.url).pathname);
    expect(paths.filter((p) => p === '/ping')).toHaveLength(5);
    expect(new Set(har.log.entries.map((e) => e._resourceType))).toEqual(new Set(['document', 'image', 'script', 'fetch']));
    // Three page loads: /, its image, script and fetch; /burst and its five fetches; / again.
    expect(har.log.entries).toHaveLength(14);
    // Flask also served the browser's own favicon requests, which belong to no page.
    expect(await flask.served()).toBeGreaterThanOrEqual(14);
  });

  it('finds the refreshed Flask session on every kind of response', () => {
    const read = readHar(readFileSync(harFile, 'utf8'));
    if (!read.ok) throw new Error(read.problem.message);
    expect(harNotes(read.summary)).toEqual([]);
    const result = audit(read.ledger, { now: Date.now() });
    expect(result.sites.map((s) => s.site)).toEqual([flask.origin]);
    expect(sessionFindings(result.sites[0]?.findings ?? [])).toEqual({
      'client-session-readable': 'info',
      'constantly-refreshed': 'medium',
      'cookie-over-http': 'info',
      'long-lived-session': 'medium',
      'set-cookie-on-api-response': 'info',
      'set-cookie-on-static-asset': 'low',
    });
    const session = result.sites[0]?.cookies.find((c) => c.name === 'session');
    expect(session?.setCount).toBe(read.summary.responses);
  });

  it('streams the recording to the same ledger as reading it whole', async () => {
    const read = readHar(readFileSync(harFile, 'utf8'));
    if (!read.ok) throw new Error(read.problem.message);
    expect(await readHarFile(harFile)).toEqual({ ok: true, ledger: read.ledger, summary: read.summary, notes: [] });
  });

  it('exits by --fail-on, and finds the signing secret when given it', async () => {
    expect((await run(['audit', harFile, '--fail-on', 'high'])).code).toBe(0);
    expect((await run(['audit', harFile, '--fail-on', 'medium'])).code).toBe(1);
    const withSecret = await run(['audit', harFile, '--format', 'json', '--secret', FLASK_SECRET, '--fail-on', 'critical']);
    expect(withSecret.code).toBe(1);
    const report = JSON.parse(withSecret.stdout) as { sites: { findings: Finding[] }[] };
    expect(sessionFindings(report.sites[0]?.findings ?? [])['session-known-secret']).toBe('critical');
  });
});

/** What the audit finds for each cookie of the Firefox visit (/, /burst?n=5, /problems/); see FINDINGS.md. */
const EXPECTED_FIREFOX_FINDINGS: Record<string, Record<string, string>> = {
  // Re-set on all 16 responses, and /problems/ put a password in it; 31 days (Flask's default
  // PERMANENT_SESSION_LIFETIME); /problems/cached is `Cache-Control: public, max-age=600`.
  session: {
    'client-session-readable': 'high',
    'session-sensitive-data': 'high',
    'constantly-refreshed': 'medium',
    'long-lived-session': 'medium',
    'set-cookie-on-cacheable-response': 'high',
    'set-cookie-on-static-asset': 'low',
    'set-cookie-on-api-response': 'info',
    'cookie-over-http': 'info',
  },
  // Max-Age of 500 days, and a session-like name; HttpOnly and SameSite=Lax are set.
  remember_token: { 'expiry-over-400-days': 'info', 'long-lived-session': 'medium', 'cookie-over-http': 'info' },
  // Browsers reject these three, so the rejection is all there is to say about them.
  tracker: { 'samesite-none-insecure': 'high' },
  big: { 'cookie-oversized': 'high' },
  '__Host-id': { 'prefix-violation': 'high' },
};

describe.runIf(firefoxAvailable)('a HAR built in Firefox\'s export layout from what WebDriver BiDi reports of Firefox', () => {
  let flask: FlaskServer;
  let dir: string;
  let harFile: string;
  let har: FirefoxHar;

  beforeAll(async () => {
    flask = await startFlask();
    dir = mkdtempSync(join(tmpdir(), 'cookie-audit-har-'));
    harFile = join(dir, 'firefox.har');
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      // No favicon requests: Firefox sends them after the load event, where the next navigation
      // could abort one, so every request a page makes would no longer end before the test moves on.
      extraPrefsFirefox: { 'browser.chrome.site_icons': false, 'browser.shell.checkDefaultBrowser': false },
    });
    try {
      const network = recordBidiNetwork(browser);
      const page = await browser.newPage();
      await visit(page, network, `${flask.origin}/`, 'ready');
      await visit(page, network, `${flask.origin}/burst?n=5`, 'done');
      await visit(page, network, `${flask.origin}/problems/`, 'ready');
      har = buildFirefoxHar(network, (await browser.version()).replace(/^firefox\//, ''));
      writeFileSync(harFile, JSON.stringify(har, null, 2));
    } finally {
      await browser.close();
    }
  });

  afterAll(async () => {
    await flask?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Navigates, waits for the page's own signal, then for every request it made to end. */
  async function visit(page: Page, network: BidiNetworkLog, url: string, title: string): Promise<void> {
    await page.goto(url);
    await page.waitForFunction((t: string) => document.title === t, {}, title);
    await waitFor(`every request of ${url} to end`, () => network.settled());
  }

  function entryFor(path: string) {
    const found = har.log.entries.find((e) => new URL(e.request.url).pathname === path);
    if (found === undefined) throw new Error(`no entry for ${path}`);
    return found;
  }

  it('has Firefox\'s pages, with timings, and every entry in the page it was requested from', async () => {
    expect(har.log.creator).toEqual({ name: 'Firefox', version: expect.stringMatching(/^\d+\.\d+/) });
    expect(har.log.pages.map((p) => [p.id, p.title])).toEqual([
      ['page_0', `${flask.origin}/`],
      ['page_1', `${flask.origin}/burst?n=5`],
      ['page_2', `${flask.origin}/problems/`],
    ]);
    for (const page of har.log.pages) expect(page.pageTimings.onLoad).toBeGreaterThanOrEqual(page.pageTimings.onContentLoad);
    expect(har.log.pages.every((p) => p.pageTimings.onContentLoad >= 0)).toBe(true);
    const pageOf = (path: string) => har.log.entries.filter((e) => new URL(e.request.url).pathname === path).map((e) => e.pageref);
    expect([pageOf('/'), pageOf('/burst'), pageOf('/problems/')]).toEqual([['page_0'], ['page_1'], ['page_2']]);
    expect(pageOf('/ping')).toEqual(Array(5).fill('page_1'));
    expect(pageOf('/api/me')).toEqual(['page_0', 'page_2']);
    expect(har.log.entries.every((e) => /[+-]\d\d:\d\d$/.test(e.startedDateTime) && !('_resourceType' in e))).toBe(true);
    // Every response Flask served is in the HAR, and nothing else from it.
    const fromFlask = har.log.entries.filter((e) => e.request.url.startsWith(flask.origin));
    expect(fromFlask).toHaveLength(await flask.served());
    expect(fromFlask).toHaveLength(16);
  });

  it('writes one header entry per Set-Cookie line, and the cookie list Firefox parses from them', () => {
    const problems = entryFor('/problems/').response;
    const lines = problems.headers.filter((h) => h.name === 'Set-Cookie').map((h) => h.value);
    expect(lines.map((l) => l.slice(0, l.indexOf('=')))).toEqual(['tracker', 'big', '__Host-id', 'remember_token', 'session']);
    expect(lines.every((l) => !l.includes('\n'))).toBe(true);
    expect(problems.cookies.map((c) => c.name)).toEqual(['tracker', 'big', '__Host-id', 'remember_token', 'session']);
    expect(problems.cookies[0]).toEqual({ name: 'tracker', value: '1', samesite: 'None', path: '/' });
    expect(problems.cookies[3]).toEqual({ name: 'remember_token', value: 'r4nd0m', path: '/', httpOnly: true, samesite: 'Lax' });
    expect(problems.cookies[4]).toMatchObject({ name: 'session', httpOnly: true, path: '/', samesite: 'Lax', expires: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/) });
  });

  it('shows Firefox sending back only the cookies it stored, as the audit says it would', () => {
    // tracker (SameSite=None without Secure), big (over 4096 bytes) and __Host-id (with Domain) are rejected.
    expect(entryFor('/static/style.css').request.cookies.map((c) => c.name).sort()).toEqual(['remember_token', 'session']);
  });

  it('streams to the same ledger as reading it whole, skipping only the data: URL', async () => {
    const read = readHar(readFileSync(harFile, 'utf8'));
    if (!read.ok) throw new Error(read.problem.message);
    expect(await readHarFile(harFile)).toEqual({ ok: true, ledger: read.ledger, summary: read.summary, notes: [] });
    expect(read.summary).toMatchObject({ creator: 'Firefox', responses: 16, skipped: har.log.entries.length - 16, rebuiltResponses: 0 });
  });

  it('gets the findings for each cookie from the built CLI', () => {
    const stdout = execFileSync(process.execPath, [BUILT_CLI, 'audit', harFile, '--format', 'json'], { encoding: 'utf8' });
    const report = JSON.parse(stdout) as { sites: { site: string; findings: Finding[] }[] };
    expect(report.sites.map((s) => s.site)).toEqual([flask.origin]);
    const byCookie: Record<string, Record<string, string>> = {};
    for (const f of report.sites[0]?.findings ?? []) (byCookie[f.cookie?.name ?? '(site)'] ??= {})[f.ruleId] = f.severity;
    expect(byCookie).toEqual(EXPECTED_FIREFOX_FINDINGS);
  });
});
