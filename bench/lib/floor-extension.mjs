/**
 * The floor any webRequest-based design pays: a minimal MV3 extension whose only code is the same
 * onHeadersReceived listener as Cookie Audit's (all URLs, responseHeaders + extraHeaders),
 * counting Set-Cookie headers in memory. Generated into a temporary directory by the bench.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MANIFEST = {
  manifest_version: 3,
  name: 'webRequest floor',
  version: '1.0.0',
  permissions: ['webRequest'],
  host_permissions: ['<all_urls>'],
  background: { service_worker: 'background.js' },
};

// `benchRuns` keeps, per page load of the bench, how many responses the listener saw and when it
// saw the last one: the same figures the bench reads from Cookie Audit's storage writes.
const BACKGROUND = `
let setCookies = 0;
const runs = {};
globalThis.benchRuns = runs;
globalThis.benchSetCookies = () => setCookies;
chrome.webRequest.onHeadersReceived.addListener(
  (details) => {
    for (const header of details.responseHeaders ?? []) if (header.name.toLowerCase() === 'set-cookie') setCookies++;
    const run = /[?&]run=([\\w-]+)/.exec(details.url);
    if (run) {
      const entry = (runs[run[1]] ??= { count: 0, last: 0 });
      entry.count++;
      entry.last = performance.timeOrigin + performance.now();
    }
  },
  { urls: ['<all_urls>'] },
  ['responseHeaders', 'extraHeaders'],
);
`;

export function writeFloorExtension() {
  const dir = mkdtempSync(join(tmpdir(), 'cookie-audit-bench-floor-'));
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(MANIFEST, null, 2));
  writeFileSync(join(dir, 'background.js'), BACKGROUND);
  return dir;
}
