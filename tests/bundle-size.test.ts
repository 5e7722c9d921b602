import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
const { gzipBytes } = JSON.parse(readFileSync(path.join(ROOT, 'bench/bundle-budget.json'), 'utf8')) as { gzipBytes: Record<string, number> };

function gzippedSize(file: string): number {
  return gzipSync(readFileSync(path.join(ROOT, 'dist/chrome', file)), { level: 9 }).length;
}

describe('the extension bundles', () => {
  // The unit run does not depend on a prior `npm run build`: the bundles are built from the
  // sources as they are now, so the budget judges the code under test.
  beforeAll(() => {
    execFileSync(process.execPath, ['build.mjs'], { cwd: ROOT, stdio: 'pipe' });
  }, 180_000);

  it.each(Object.entries(gzipBytes))('keeps %s within its gzip budget of %i bytes', (file, budget) => {
    expect(gzippedSize(file)).toBeLessThanOrEqual(budget);
  });
});
