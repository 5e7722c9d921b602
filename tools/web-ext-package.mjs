// The Firefox store package, made by `web-ext build` (its file filter decides what goes in) and
// then made reproducible. web-ext zips through zip-dir and JSZip, which stamp every entry with the
// time of the build (not the file's mtime, so fixing mtimes would not help) and add entries in
// the order parallel reads happen to finish. Rewriting the archive with tools/zip.mjs gives sorted
// entries, fixed times and fixed modes, with exactly the files web-ext chose.
import webExt from 'web-ext';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readZip } from './read-zip.mjs';
import { zipEntries } from './zip.mjs';

export async function packageWithWebExt(sourceDir, target) {
  const artifactsDir = mkdtempSync(join(tmpdir(), 'cookie-audit-web-ext-'));
  try {
    const { extensionPath } = await webExt.cmd.build({ sourceDir, artifactsDir, overwriteDest: true }, { showReadyMessage: false });
    writeFileSync(target, zipEntries(readZip(readFileSync(extensionPath))));
  } finally {
    rmSync(artifactsDir, { recursive: true, force: true });
  }
}
