import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeZip, listFiles } from '../../tools/zip.mjs';

type Manifest = Record<string, unknown> & {
  background: { service_worker?: string; scripts?: string[] };
  permissions: string[];
  content_security_policy: { extension_pages: string };
  browser_specific_settings?: { gecko: { id: string; strict_min_version: string; data_collection_permissions: { required: string[] } } };
};

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
    const dir = mkdtempSync(join(tmpdir(), 'zip-src-'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(join(dir, 'b', 'two.txt'), 'two');
    writeFileSync(join(dir, 'a.txt'), 'one'.repeat(100));
    const first = join(dir, '..', `${Date.now()}-1.zip`);
    const second = join(dir, '..', `${Date.now()}-2.zip`);
    writeZip(dir, first);
    writeFileSync(join(dir, 'a.txt'), 'one'.repeat(100));
    writeZip(dir, second);
    expect(readFileSync(first).equals(readFileSync(second))).toBe(true);
    expect(listFiles(dir)).toEqual(['a.txt', 'b/two.txt']);
    const listing = execFileSync('python3', ['-c', 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); print(z.testzip() or "ok", *z.namelist())', first], { encoding: 'utf8' });
    expect(listing.trim()).toBe('ok a.txt b/two.txt');
  });
});
