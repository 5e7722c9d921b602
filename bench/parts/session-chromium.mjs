/**
 * The known-secret search in Chromium, inside the extension: an extension page of dist/chrome
 * (report.html, under the extension's CSP) runs decodeSession over 50,000 candidates. The bench
 * code is bundled from src/ by esbuild and evaluated in the page through the DevTools protocol
 * (page.evaluate), so nothing of it ships in the extension. Baseline, in the same page and rounds:
 * the same search with WebCrypto (see bench/lib/session-search.mjs).
 */
import { CHROME_DIST, chromiumAvailable, closeOtherPages, launch } from '../lib/chromium.mjs';
import { decoderScript, searchRows } from '../lib/session-search.mjs';
import { emit, row } from '../lib/row.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
if (!chromiumAvailable()) {
  emit([row({ measure: 'Known-secret search in Chromium', ours: 'not measured', baseline: '/usr/bin/chromium is missing', ratio: '' })]);
  process.exit(0);
}

const script = await decoderScript();

const browser = await launch('session', CHROME_DIST);
const page = await browser.context.newPage();
await closeOtherPages(browser.context, page);
await page.goto(`chrome-extension://${browser.extensionId}/report.html`);
await page.evaluate(script);

const rows = await searchRows({ browserName: 'Chromium', where: 'report.html of dist/chrome', rounds: ROUNDS, evaluate: (fn, arg) => page.evaluate(fn, arg) });
await browser.close();
emit(rows);
