import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { audit } from '../../src/core/audit/audit';
import { readHar } from '../../src/core/har/read-har';
import { buildReport, REPORT_FORMATS, writeReport } from '../../src/core/report';
import { VERSION } from '../../src/lib/version';
import { harPath, harText } from '../core/har/fixtures';
import { schemaErrors } from '../core/report/validate-report';
import { sarifErrors } from '../core/report/validate-sarif';
import { NOW, run } from './fake-io';
import { scratchDir } from './temp-files';

const tmp = scratchDir();
const FIREFOX = harPath('firefox');
const CHROME = harPath('chrome');
const PLAYWRIGHT = harPath('playwright');
/** The secret tests/fixtures/flask_app.py signs with, which recorded the Playwright fixture. */
const FLASK_TEST_SECRET = 'a-long-random-test-secret-3f9c1b7e';
/** The escape that starts every colour code. */
const ANSI = '\u001b[';

describe('cookie-audit audit', () => {
  it.each(REPORT_FORMATS)('writes the %s report exactly as the report writers do', async (format) => {
    const result = await run(['audit', FIREFOX, '--format', format]);
    const read = readHar(harText('firefox'));
    if (!read.ok) throw new Error('fixture unreadable');
    // The CLI reads its clock once for the audit: the first reading after the start.
    const report = buildReport(audit(read.ledger, { now: NOW + 1000 }), { toolName: 'cookie-audit', toolVersion: VERSION, includeValues: false });
    expect(result).toEqual({ code: 0, stdout: writeReport(report, format), stderr: '' });
  });

  it('writes a JSON report that the shipped schema accepts', async () => {
    const { stdout } = await run(['audit', FIREFOX, CHROME, '--format', 'json']);
    const report = JSON.parse(stdout) as { sites: { site: string }[] };
    expect(schemaErrors(report)).toBe('');
    expect(report.sites.map((s) => s.site).sort()).toEqual(['http://192.168.1.20:5000', 'https://shop.example']);
  });

  it.each([[[]], [['--include-values']]])('writes SARIF that the SARIF 2.1.0 schema accepts (%j)', async (extra) => {
    const { stdout } = await run(['audit', FIREFOX, CHROME, PLAYWRIGHT, '--format', 'sarif', ...extra]);
    const log = JSON.parse(stdout) as { runs: { results: unknown[] }[] };
    expect(sarifErrors(log)).toBe('');
    expect(log.runs[0]?.results.length).toBeGreaterThan(0);
  });

  it.each([
    ['report.html', '<!doctype html>'],
    ['report.JSON', '{\n  "schemaVersion": 1'],
    ['report.md', '# '],
    ['report.sarif', '{\n  "$schema"'],
    ['report.csv', 'site,'],
    ['report.txt', 'cookie-audit dev · 1 HAR file'],
  ])('picks the format from the -o file name %s', async (name, start) => {
    const file = tmp.path(name);
    const result = await run(['audit', FIREFOX, '-o', file], { stdoutTty: true });
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith(start)).toBe(true);
    expect(text).not.toContain(ANSI);
  });

  it('lets --format win over the -o file name', async () => {
    const file = tmp.path('report.html');
    await run(['audit', FIREFOX, '--output', file, '--format', 'csv']);
    expect(readFileSync(file, 'utf8').startsWith('site,')).toBe(true);
  });

  it.each([
    [FIREFOX, 'critical', 1],
    [CHROME, 'critical', 0],
    [CHROME, 'high', 1],
    [PLAYWRIGHT, 'high', 0],
    [PLAYWRIGHT, 'medium', 1],
    [PLAYWRIGHT, 'INFO', 1],
  ])('exits per --fail-on: %s at %s → %i', async (file, severity, code) => {
    expect((await run(['audit', file, '--fail-on', severity, '--format', 'json'])).code).toBe(code);
  });

  it('redacts values unless --include-values is given', async () => {
    const value = 'EtVOe0ZfhHxbG6ae9QRMsV5qido';
    expect((await run(['audit', FIREFOX, '--format', 'json'])).stdout).not.toContain(value);
    expect((await run(['audit', FIREFOX, '--format', 'json', '--include-values'])).stdout).toContain(value);
  });

  it('tries --secret and --wordlist secrets on signed sessions', async () => {
    const without = await run(['audit', PLAYWRIGHT, '--fail-on', 'critical']);
    expect(without.code).toBe(0);
    const withSecret = await run(['audit', PLAYWRIGHT, '--fail-on', 'critical', '--secret', 'wrong', '--secret', FLASK_TEST_SECRET]);
    expect(withSecret.code).toBe(1);
    expect(withSecret.stdout).toContain('session-known-secret');
    const words = tmp.write('words.txt', `dev\n'${FLASK_TEST_SECRET}'\nb'\\xzz'\n`);
    const withWordlist = await run(['audit', PLAYWRIGHT, '--fail-on', 'critical', '--wordlist', words]);
    expect(withWordlist.code).toBe(1);
    expect(withWordlist.stderr).toMatch(/^cookie-audit: warning: .*words\.txt: 1 line written as a Python literal but not a valid one, left out\n$/);
  });

  it('warns on stderr, and still exits 0, when the HAR was exported without cookies', async () => {
    const result = await run(['audit', harPath('sanitized')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^cookie-audit: warning: .*chrome-sanitized\.har: none of its 8 responses carries a cookie header, .*"Export HAR \(with sensitive data\)…".*\n$/);
  });

  it('refuses to gate on a HAR exported without cookies, unless told the site sets none', async () => {
    const refused = await run(['audit', harPath('sanitized'), '--fail-on', 'high']);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/^cookie-audit: .*chrome-sanitized\.har: cannot gate with --fail-on: none of its 8 responses carries a cookie header.*--allow-no-cookies gates it anyway\)\n$/);
    const allowed = await run(['audit', harPath('sanitized'), '--fail-on', 'high', '--allow-no-cookies']);
    expect(allowed.code).toBe(0);
  });

  it('notes on stderr when Set-Cookie lines were rebuilt from response.cookies[]', async () => {
    const result = await run(['audit', harPath('cookiesOnly'), '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^cookie-audit: note: .*cookies-only\.har: 2 responses have no Set-Cookie header/);
  });

  it('audits several files as one browsing session', async () => {
    const { stdout } = await run(['audit', FIREFOX, CHROME, harPath('proxy')]);
    expect(stdout.split('\n')[0]).toBe('cookie-audit dev · 3 HAR files · 22 responses · 4 sites · values redacted (--include-values shows them)');
  });

  it('shows a progress bar on a terminal\'s stderr, and erases it', async () => {
    const result = await run(['audit', FIREFOX, '--format', 'json'], { stderrTty: true });
    // eslint-disable-next-line no-control-regex -- the bar is drawn with carriage returns and erase-line codes
    expect(result.stderr).toMatch(/^\r.*firefox-flask\.har █+ 100% 0\.0\/0\.0 MB · 9 entries\u001b\[K\r\u001b\[K$/);
  });
});
