/**
 * The known-secret search in Firefox, inside the extension: the report page dist/firefox opens on
 * install (under the extension's CSP) runs decodeSession over 50,000 candidates; the bench code
 * is bundled from src/ and evaluated in the page over WebDriver BiDi, so nothing of it ships in
 * the extension. Baseline, in the same page and rounds: the same search with WebCrypto.
 */
import { firefoxAvailable, launchFirefox } from '../lib/firefox.mjs';
import { decoderScript, searchRows } from '../lib/session-search.mjs';
import { emit, row } from '../lib/row.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
if (!firefoxAvailable()) {
  emit([row({ measure: 'Known-secret search in Firefox', ours: 'not measured', baseline: '/usr/bin/firefox-esr is missing', ratio: '' })]);
  process.exit(0);
}

const script = await decoderScript();
const { browser, page } = await launchFirefox();
await page.evaluate(script);
const rows = await searchRows({ browserName: 'Firefox', where: 'report.html of dist/firefox', rounds: ROUNDS, evaluate: (fn, arg) => page.evaluate(fn, arg) });
await browser.close();
emit(rows);
