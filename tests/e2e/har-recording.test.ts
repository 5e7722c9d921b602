/**
 * HARs recorded here, by Playwright's recordHar through real headless Chromium, from the real Flask
 * app of tests/fixtures/flask_app.py (a permanent session refreshed on every response), then read by
 * the HAR reader, streamed and whole, and audited through the CLI.
 */
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHarFile } from '../../src/cli/har-file';
import { audit } from '../../src/core/audit/audit';
import type { Finding } from '../../src/core/audit/types';
import { harNotes } from '../../src/core/har/har-notes';
import { readHar } from '../../src/core/har/read-har';
import { run } from '../cli/fake-io';
import { browserAvailable, CHROMIUM } from './support/browsers';
import { startFlask, type FlaskServer } from './support/flask-server';

const available = browserAvailable(CHROMIUM);
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
