import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { writeZip, listFiles } from '../../tools/zip.mjs';
import { packageWithWebExt } from '../../tools/web-ext-package.mjs';
import { catalogueMessages, mergeMessages } from '../../src/core/i18n/locale-messages';
import { tempDir } from './temp-dir';

type Manifest = Record<string, unknown> & {
  background: { service_worker?: string; scripts?: string[] };
  permissions: string[];
  content_security_policy: { extension_pages: string };
  browser_specific_settings?: { gecko: { id: string; strict_min_version: string; data_collection_permissions: { required: string[] } } };
};

interface ZipListing {
  ok: boolean;
  names: string[];
  /** Each entry's [year, month, day, hour, minute, second] and Unix mode. */
  times: number[][];
  modes: number[];
}

/** What Python's zipfile (an independent reader) finds in an archive. */
function zipListing(file: string): ZipListing {
  const script = [
    'import json, sys, zipfile',
    'z = zipfile.ZipFile(sys.argv[1])',
    'entries = z.infolist()',
    'print(json.dumps({"ok": z.testzip() is None, "names": [e.filename for e in entries], "times": [list(e.date_time) for e in entries], "modes": [e.external_attr >> 16 for e in entries]}))',
  ].join('\n');
  return JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' })) as ZipListing;
}

/** Runs `npm run package` and returns the bytes of both store zips. */
function buildPackages(): Record<'chrome' | 'firefox', Buffer> {
  execFileSync(process.execPath, ['build.mjs', '--package'], { stdio: 'pipe' });
  const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
  const zip = (browser: string) => readFileSync(`dist/cookie-audit-${version}-${browser}.zip`);
  return { chrome: zip('chrome'), firefox: zip('firefox') };
}

const FIXED_TIME = [1980, 1, 1, 0, 0, 0];

const manifest = (browser: string): Manifest => JSON.parse(readFileSync(`dist/${browser}/manifest.json`, 'utf8')) as Manifest;

describe('the build', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['build.mjs'], { stdio: 'pipe' });
  }, 60_000);

  it('gives Chrome a service worker and Firefox an event page from the one manifest', () => {
    expect(manifest('chrome').background).toEqual({ service_worker: 'background.js' });
    expect(manifest('firefox').background).toEqual({ scripts: ['background.js'] });
  });

  it('gives Firefox an add-on id, a minimum version and a declaration that no data is collected', () => {
    const gecko = manifest('firefox').browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/@/);
    expect(gecko?.data_collection_permissions.required).toEqual(['none']);
    expect(manifest('chrome').browser_specific_settings).toBeUndefined();
  });

  it('asks for no more than it needs and forbids remote code and connections in its pages', () => {
    for (const browser of ['chrome', 'firefox']) {
      const m = manifest(browser);
      expect(m.permissions.filter((p) => !['webRequest', 'cookies', 'storage', 'downloads'].includes(p))).toEqual([]);
      const csp = m.content_security_policy.extension_pages;
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/unsafe-(eval|inline)/);
    }
  });

  it("writes the UI's English messages and every phrase of core's catalogue into each browser's _locales/en", () => {
    const ui = JSON.parse(readFileSync('extension/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
    const expected = mergeMessages(ui, catalogueMessages()).messages;
    for (const browser of ['chrome', 'firefox']) {
      expect(JSON.parse(readFileSync(`dist/${browser}/_locales/en/messages.json`, 'utf8'))).toEqual(expected);
    }
  });

  it("ships no innerHTML sink: Preact's dangerouslySetInnerHTML is replaced by an error", () => {
    for (const page of ['popup.js', 'report.js']) {
      const bundle = readFileSync(`dist/chrome/${page}`, 'utf8');
      expect(bundle).toContain('dangerouslySetInnerHTML is disabled in Cookie Audit');
      expect(bundle).not.toMatch(/\.innerHTML=(?![="'`])/);
    }
  });
});

describe('release zips', () => {
  it('are byte-for-byte reproducible, with entries sorted', () => {
    const out = tempDir('zip-out-');
    const dir = tempDir('zip-src-');
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'b', 'two.txt'), 'two');
    writeFileSync(join(dir, 'a.txt'), 'one'.repeat(100));
    const first = join(out, '1.zip');
    const second = join(out, '2.zip');
    writeZip(dir, first);
    writeFileSync(join(dir, 'a.txt'), 'one'.repeat(100));
    writeZip(dir, second);
    expect(readFileSync(first).equals(readFileSync(second))).toBe(true);
    expect(listFiles(dir)).toEqual(['a.txt', 'b/two.txt']);
    const listing = execFileSync('python3', ['-c', 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.testzip() or "ok", *z.namelist())', first], { encoding: 'utf8' });
    expect(listing.trim()).toBe('ok a.txt b/two.txt');
  });
});

describe('the store packages of npm run package', () => {
  it('are the same bytes from two builds, entries sorted, times and modes fixed, every built file inside', () => {
    const first = buildPackages();
    const second = buildPackages();
    for (const browser of ['chrome', 'firefox'] as const) {
      expect(first[browser].equals(second[browser]), `${browser} zip differs between builds`).toBe(true);
      const dir = tempDir(`package-${browser}-`);
      writeFileSync(join(dir, 'package.zip'), first[browser]);
      const listing = zipListing(join(dir, 'package.zip'));
      expect(listing.ok).toBe(true);
      expect(listing.names).toEqual(listFiles(`dist/${browser}`));
      expect(listing.names).toEqual([...listing.names].sort());
      expect(new Set(listing.times.map((t) => t.join()))).toEqual(new Set([FIXED_TIME.join()]));
      expect(new Set(listing.modes)).toEqual(new Set([0o100644]));
    }
  }, 120_000);

  it("packages Firefox with web-ext build, so web-ext's file filter decides what goes in", async () => {
    const dir = tempDir('web-ext-src-');
    const source = join(dir, 'extension');
    mkdirSync(join(source, 'b'), { recursive: true });
    writeFileSync(join(source, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'Test', version: '1.0' }));
    writeFileSync(join(source, 'b', 'two.js'), 'two');
    writeFileSync(join(source, 'a.js'), 'one'.repeat(100));
    writeFileSync(join(source, '.hidden'), 'left out by web-ext');
    writeFileSync(join(source, 'old.zip'), 'left out by web-ext');
    await packageWithWebExt(source, join(dir, 'first.zip'));
    // Newer mtimes and a later clock must not change a byte.
    const later = new Date(Date.now() + 5 * 60_000);
    for (const file of ['manifest.json', 'a.js', 'b/two.js']) utimesSync(join(source, file), later, later);
    await packageWithWebExt(source, join(dir, 'second.zip'));
    expect(readFileSync(join(dir, 'first.zip')).equals(readFileSync(join(dir, 'second.zip')))).toBe(true);
    const listing = zipListing(join(dir, 'first.zip'));
    expect(listing.names).toEqual(['a.js', 'b/two.js', 'manifest.json']);
    expect(listing.times).toEqual([FIXED_TIME, FIXED_TIME, FIXED_TIME]);
  }, 60_000);
});
