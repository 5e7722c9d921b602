/**
 * Bundles the project's TypeScript sources for the bench with esbuild, the way build.mjs bundles
 * them for the extension, into node_modules/.cache (nothing the repository tracks): the bench
 * measures the code as it is in src/ now, whether or not dist/lib exists yet.
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CACHE = join(ROOT, 'node_modules/.cache/cookie-audit-bench');
const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

/**
 * Bundles `source` (module text whose imports are relative to the repository root) and returns
 * the output path. `format: 'esm'` for Node, `'iife'` for a script evaluated in a browser page.
 */
export async function bundle(name, source, { format = 'esm', platform = 'node' } = {}) {
  mkdirSync(CACHE, { recursive: true });
  const outfile = join(CACHE, `${name}.${format === 'esm' ? 'mjs' : 'js'}`);
  await build({
    stdin: { contents: source, resolveDir: ROOT, loader: 'ts', sourcefile: `bench-${name}.ts` },
    outfile,
    bundle: true,
    format,
    platform,
    target: platform === 'node' ? 'node20' : 'chrome120',
    define: { __BROWSER__: JSON.stringify(platform === 'node' ? 'node' : 'chrome'), __VERSION__: JSON.stringify(version) },
    logLevel: 'warning',
  });
  return outfile;
}

/** The core modules the Node parts of the bench use, bundled once per run and imported. */
export async function importCore() {
  const file = await bundle(
    'core',
    `export { parseSetCookie } from './src/core/cookie';
     export { createLedger, recordObservation, DEFAULT_LIMITS } from './src/core/ledger';
     export { audit } from './src/core/audit';
     export { decodeSession } from './src/core/session';`,
  );
  return import(pathToFileURL(file).href);
}
