// `npm start`: builds the extension, starts the demo Flask site on 127.0.0.1 and opens Chromium
// with the extension loaded on it (`npm run start:firefox`: Firefox ESR through web-ext run). The demo site is the Flask app the end-to-end tests use: a
// permanent session refreshed on every response, and a page with one classic cookie mistake each.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const PYTHON = '/usr/bin/python3';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const useFirefox = process.argv.includes('--firefox');
const PORT = process.env.DEMO_PORT ?? '8765';

function fail(message) {
  console.error(`npm start: ${message}`);
  process.exit(2);
}

if (useFirefox && !existsSync(FIREFOX)) fail(`no Firefox at ${FIREFOX} (Debian: apt-get install firefox-esr; or set FIREFOX_PATH)`);
if (!useFirefox && !existsSync(CHROMIUM)) fail(`no Chromium at ${CHROMIUM} (Debian: apt-get install chromium; or set CHROMIUM_PATH)`);
try {
  execFileSync(PYTHON, ['-c', 'import flask'], { stdio: 'ignore' });
} catch {
  fail(`the demo site needs Flask for ${PYTHON} (Debian: apt-get install python3-flask)`);
}

execFileSync(process.execPath, ['build.mjs'], { stdio: 'inherit' });
// 'dev' is the example secret from Flask's own tutorial, so the demo shows the known-secret finding.
const flask = spawn(PYTHON, ['tests/fixtures/flask_app.py', PORT, 'dev'], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((done, reject) => {
  flask.stdout.on('data', (d) => String(d).includes('PORT') && done());
  flask.on('exit', (code) => reject(new Error(`the demo site exited with ${code}`)));
}).catch((e) => fail(e.message));

const origin = `http://127.0.0.1:${PORT}`;
if (useFirefox) {
  const webExt = spawn(resolve('node_modules/.bin/web-ext'), ['run', '--source-dir', 'dist/firefox', '--firefox', FIREFOX, '--start-url', `${origin}/problems/`], { stdio: 'inherit' });
  console.log(`Demo site: ${origin}/ and ${origin}/problems/ (Firefox opens with the extension as a temporary add-on)`);
  webExt.on('exit', () => {
    flask.kill('SIGTERM');
    process.exit(0);
  });
} else {
  await openChromium(origin);
}

async function openChromium(origin) {
  const dist = resolve('dist/chrome');
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'cookie-audit-demo-')), {
    executablePath: CHROMIUM,
    headless: false,
    viewport: null,
    args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // The browser wires the extension's webRequest listener up a moment after start: wait for the
  // worker, then open the demo, so its first responses are recorded too.
  if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${origin}/`);
  await page.goto(`${origin}/problems/`);
  console.log(`Demo site: ${origin}/ and ${origin}/problems/`);
  console.log('Click the Cookie Audit button in the toolbar (pin it from the puzzle-piece menu). Close the browser or press Ctrl-C to stop.');

  const stop = async () => {
    flask.kill('SIGTERM');
    await context.close().catch(() => undefined);
    process.exit(0);
  };
  context.on('close', stop);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
