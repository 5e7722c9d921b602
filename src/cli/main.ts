/**
 * The `cookie-audit` executable (build.mjs bundles it to dist/cli/cookie-audit.js). It runs the CLI
 * only when started as a program, so a Node script or benchmark can also import it for
 * `auditHarFile`, `readHarFile` and `main`.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { main } from './cli';
import { processIo } from './io';

export { main } from './cli';
export { auditHarFile, readHarFile, type HarFileAudit, type HarFileOptions, type HarFileResult } from './har-file';
export type { CliIo, OutputStream } from './io';

function startedAsProgram(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (startedAsProgram()) {
  process.exitCode = await main(process.argv.slice(2), processIo());
}
