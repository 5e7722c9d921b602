/**
 * The page-load part keeps every run's rounds here, one file per run, named by the build it
 * measured: a single run's median moves by more than the target's margin (its A/A pair has come
 * out up to 1.06× apart), so runs of the same build are pooled by bench/pool-page-load.mjs.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CACHE } from './compile.mjs';
import { CHROME_DIST } from './chromium.mjs';

export const PAGE_LOAD_RUNS = join(CACHE, 'page-load-runs');

/** A digest of every file of dist/chrome: two runs measured the same extension if and only if it is equal. */
export function buildId(dir = CHROME_DIST) {
  const hash = createHash('sha256');
  for (const file of filesUnder(dir).sort()) {
    hash.update(relative(dir, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** The kept runs, oldest first. */
export function readRuns() {
  if (!existsSync(PAGE_LOAD_RUNS)) return [];
  return readdirSync(PAGE_LOAD_RUNS)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(PAGE_LOAD_RUNS, name), 'utf8')));
}
