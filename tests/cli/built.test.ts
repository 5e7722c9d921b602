/**
 * The built package, as users get it after `npm install` (whose prepare script runs build.mjs):
 * the executable in a real process, the CLI module, the library bundle and its types.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { harPath, harText } from '../core/har/fixtures';
import { sarifErrors } from '../core/report/validate-sarif';
import { scratchDir } from './temp-files';

const ROOT = resolve(__dirname, '../..');
const CLI = resolve(ROOT, 'dist/cli/cookie-audit.js');
const LIB = resolve(ROOT, 'dist/lib/index.js');
const VERSION = (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const tmp = scratchDir();

beforeAll(() => {
  execFileSync(process.execPath, ['build.mjs'], { cwd: ROOT, stdio: 'pipe' });
}, 180_000);

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the built cookie-audit executable', () => {
  it('prints the package version', () => {
    expect(cli(['--version'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    expect(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('writes a plain summary to a pipe, and exits 1 at --fail-on', () => {
    const result = cli(['audit', harPath('firefox'), '--fail-on', 'critical']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`cookie-audit ${VERSION} · 1 HAR file · 8 responses · 1 site`);
    expect(result.stdout).not.toContain('\u001b[');
    expect(result.stderr).toBe('');
  });

  it('writes a report file', () => {
    const out = tmp.path('report.sarif');
    expect(cli(['audit', harPath('chrome'), '-o', out]).code).toBe(0);
    const log = JSON.parse(readFileSync(out, 'utf8')) as unknown;
    expect(log).toMatchObject({ version: '2.1.0' });
    expect(sarifErrors(log)).toBe('');
  });

  it('warns about a sanitized HAR on stderr and exits 0', () => {
    const result = cli(['audit', harPath('sanitized'), '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('"Allow to generate HAR with sensitive data"');
  });

  it.each([
    [['audit', 'missing.har'], /^cookie-audit: missing\.har: no such file$/],
    [['audit', 'truncated.har'], /^cookie-audit: .*truncated\.har: truncated JSON: the file ends inside log\.entries\[0\]$/],
    [['audit', 'array.har'], /^cookie-audit: .*array\.har: not a HAR file: the top-level value is not an object$/],
    [['audit', 'tests/fixtures/har/firefox-flask.har', '--format', 'pdf'], /^cookie-audit: unknown format "pdf"/],
    [['audit', 'tests/fixtures/har/firefox-flask.har', '--fail-on', 'bad'], /^cookie-audit: unknown severity "bad"/],
    [['audit'], /^cookie-audit: audit needs at least one HAR file/],
    [['launch'], /^cookie-audit: unknown command "launch"/],
    [['parse'], /^cookie-audit: parse takes one Set-Cookie value/],
    [['decode', ''], /^cookie-audit: nothing to decode: the value is empty$/],
  ])('%j exits 2 with one line on stderr and no stack trace', (args, message) => {
    tmp.write('truncated.har', '{"log":{"entries":[{"request":');
    tmp.write('array.har', '[]');
    const resolved = args.map((a) => (a === 'truncated.har' || a === 'array.har' ? tmp.path(a) : a));
    const result = cli(resolved);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.endsWith('\n')).toBe(true);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr.trimEnd()).toMatch(message);
  });

  it('runs parse and decode', () => {
    expect(JSON.parse(cli(['parse', 'a=1; Secure', '--json']).stdout)).toMatchObject({ stored: { name: 'a', secure: true } });
    expect(JSON.parse(cli(['decode', 'eyJ1c2VyX2lkIjo0MiwidXNlcm5hbWUiOiJhbGljZSJ9.awR_EA.EtVOe0ZfhHxbG6ae9QRMsV5qido', '--json']).stdout)).toMatchObject({
      format: 'flask',
      signature: { status: 'valid', secret: 'dev' },
    });
  });
});

describe('the built modules', () => {
  it('lets a script import auditHarFile from the executable without running the CLI', async () => {
    const mod = (await import(pathToFileURL(CLI).href)) as { auditHarFile: (path: string, options: object) => Promise<{ summary: { responses: number } }> };
    const { summary } = await mod.auditHarFile(harPath('firefox'), { now: 0 });
    expect(summary.responses).toBe(8);
  });

  it('gives library users auditHar, parseSetCookie and decodeSession, with types', async () => {
    const lib = (await import(pathToFileURL(LIB).href)) as typeof import('../../src/lib');
    expect(lib.auditHar(harText('firefox'), { now: 0 }).sites[0]?.summary.grade).toBe('F');
    expect(lib.parseSetCookie('a=1').cookie?.name).toBe('a');
    expect(lib.decodeSession('eyJ1c2VyX2lkIjo0MiwidXNlcm5hbWUiOiJhbGljZSJ9.awR_EA.EtVOe0ZfhHxbG6ae9QRMsV5qido').format).toBe('flask');
    expect(lib.VERSION).toBe(VERSION);
    expect(existsSync(resolve(ROOT, 'dist/types/lib/index.d.ts'))).toBe(true);
  });

  it('keeps Node built-ins out of the library bundle, so it also runs in browsers', () => {
    expect(readFileSync(LIB, 'utf8')).not.toMatch(/from ["']node:|require\(["'](fs|path|zlib|crypto)["']\)/);
  });
});
