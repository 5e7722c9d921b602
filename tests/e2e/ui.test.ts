import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPORT_FORMATS, type ReportFormat } from '../../src/core/report';
import type { ReportSite } from '../../src/core/report/report-types';
import { schemaErrors } from '../core/report/validate-report';
import { sarifErrors } from '../core/report/validate-sarif';
import { parseCsv } from '../core/report/parse-csv';
import { axeViolations } from './support/axe';
import { BROWSERS, type ExtensionView, type Harness } from './support/harness';
import { startFlask, XSS_APP, type FlaskServer } from './support/flask-server';
import { waitFor } from './support/wait-for';

const SCREENSHOTS = process.env.SCREENSHOTS === '1';
/** How long what the user sees may take to follow a click: a round trip to the background. */
const SETTLE = { timeout: 10_000, interval: 50 };
/** Every run's screenshots, for a person to look at (git-ignored); docs/screenshots only under SCREENSHOTS=1. */
const ARTIFACTS = 'tests/.artifacts';
const IMG = '<img src=x onerror=alert(1)>';
const SVG = '<svg onload=alert(1)>';

/**
 * Elements made from page text: any event-handler attribute, any img or b, and any svg other than
 * the page's own charts (`ownSvg`).
 */
function injected(ownSvg: string): string {
  return `[...document.querySelectorAll('[onerror], [onload], img, b'), ...[...document.querySelectorAll('svg')].filter((el) => !el.matches('${ownSvg}'))].map((el) => el.outerHTML.slice(0, 80))`;
}

interface DrawnCharts {
  chart: { width: number; height: number };
  /** Per severity: whether its bar has a rendered width and a fill colour. */
  bars: Record<string, boolean>;
  /** Per cookie row with a timeline: its ticks, and whether the sparkline and every tick take room on the page. */
  sparks: { cookie: string; ticks: number; drawn: boolean }[];
}

/** What the HTML report's charts look like once rendered: sizes from layout, not from the markup. */
const DRAWN_CHARTS = `(() => {
  const box = (el) => el.getBoundingClientRect();
  const chart = document.querySelector('svg.chart');
  const bars = {};
  for (const severity of ['critical', 'high', 'medium', 'low', 'info']) {
    const bar = chart.querySelector('rect.fill-' + severity);
    const fill = getComputedStyle(bar).fill;
    bars[severity] = box(bar).width > 0 && fill !== 'none' && fill !== 'rgba(0, 0, 0, 0)';
  }
  const sparks = [...document.querySelectorAll('svg.spark')].map((svg) => {
    const ticks = [...svg.querySelectorAll('line.tick')];
    const drawn = box(svg).width > 0 && box(svg).height > 0 && ticks.every((t) => box(t).height > 0 && getComputedStyle(t).stroke !== 'none');
    return { cookie: svg.closest('tr').querySelector('td').textContent, ticks: ticks.length, drawn };
  });
  return { chart: { width: box(chart).width, height: box(chart).height }, bars, sparks };
})()`;

/** The width and height a PNG file declares in its IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe.each(BROWSERS)('the popup, the report page and the exports in $name', ({ name, available, launch }) => {
  const browserName = name.toLowerCase();
  let flask: FlaskServer;
  let xss: FlaskServer;
  let browser: Harness;
  let downloads: string;

  beforeAll(async () => {
    if (!available()) return;
    downloads = mkdtempSync(join(tmpdir(), `cookie-audit-downloads-${browserName}-`));
    flask = await startFlask('dev');
    // Its own secret: the two apps share the 127.0.0.1 cookie jar, and this one must not adopt the other's session.
    xss = await startFlask('xss-fixture-secret-5b1e', XSS_APP);
    browser = await launch({ downloadDir: downloads });
  });
  afterAll(async () => {
    try {
      await browser?.close();
    } finally {
      await flask?.stop();
      await xss?.stop();
      if (downloads) rmSync(downloads, { recursive: true, force: true });
    }
  });

  /** Opens the popup on a tab until the Flask session's refresh finding shows (the burst has settled). */
  async function popupWithFindings(tabId: number, cookie: string, rule: string): Promise<ExtensionView> {
    return waitFor(`the ${rule} finding on ${cookie}`, async () => {
      const view = await browser.popup(tabId);
      if ((await view.attrs(`[data-rule][data-cookie-name="${cookie}"]`, 'data-rule')).includes(rule)) return view;
      await view.close();
      return undefined;
    });
  }

  /** Clicks an export button and returns the file it saved: its name and text. */
  async function exportFrom(view: ExtensionView, format: ReportFormat, site: string | null): Promise<{ name: string; text: string }> {
    const slug = site === null ? 'all-sites' : site.replace(/^https?:\/\//, '').replace(/[^a-z0-9.-]/g, '-');
    const pattern = new RegExp(`^cookie-audit-${slug.replace(/\./g, '\\.')}-\\d{4}-\\d\\d-\\d\\d\\.${format}$`);
    for (const old of readdirSync(downloads).filter((f) => pattern.test(f))) rmSync(join(downloads, old));
    await view.click(`button[data-format="${format}"]`);
    const file = await waitFor(`a ${format} file in ${downloads}`, () => {
      const files = readdirSync(downloads);
      const found = files.find((f) => pattern.test(f));
      const partial = files.some((f) => f.endsWith('.part') || f.endsWith('.crdownload'));
      return found && !partial ? found : undefined;
    });
    expect(await view.text('.export-status')).toBe(`Saved ${file}`);
    return { name: file, text: readFileSync(join(downloads, file), 'utf8') };
  }

  /** Ticks or clears the report page's "include cookie values in exports" box, as a user would, until the background keeps it. */
  async function setIncludeValues(on: boolean): Promise<void> {
    const checked = `document.querySelector('#include-values').checked`;
    const report = await browser.reportPage();
    if ((await report.evaluate<boolean>(checked)) !== on) await report.click('#include-values');
    await report.close();
    // A freshly opened page draws the setting the background stored.
    await waitFor(`the include-values setting to be stored as ${on}`, async () => {
      const view = await browser.reportPage();
      const stored = await view.evaluate<boolean>(checked);
      await view.close();
      return stored === on;
    });
  }

  /** Opens a saved HTML report as a page of its own. */
  async function openHtml(file: { name: string; text: string }) {
    const title = /<title>([^<]*)<\/title>/.exec(file.text)?.[1]?.replace(/&amp;/g, '&').replace(/&#39;/g, "'") ?? '';
    return browser.openPage(pathToFileURL(join(downloads, file.name)).href, title);
  }

  it.runIf(available())('shows the Flask site: grade, filters, a cookie opened, keyboard use, and no axe violation', async () => {
    const page = await browser.openPage(`${flask.origin}/problems/`, 'ready');
    const popup = await popupWithFindings(page.tabId, 'session', 'constantly-refreshed');
    expect(await popup.text('.site-name')).toBe(flask.origin);
    expect(await popup.text('.site-grade')).toMatch(/^(A\+|A|B|C|D|F)$/);
    expect(await popup.texts('.severity-counts li')).toHaveLength(5);

    const all = await popup.attrs('[data-rule]', 'data-severity');
    expect(all).toContain('info');
    // Each filter asks the background for the matching screenful: what the user sees follows it.
    await popup.click('button[data-filter="info"]');
    await expect.poll(() => popup.attrs('[data-rule]', 'data-severity'), SETTLE).toEqual(all.filter((s) => s !== 'info'));
    await popup.click('button[data-filter="info"]');
    await expect.poll(() => popup.attrs('[data-rule]', 'data-severity'), SETTLE).toEqual(all);
    await popup.type('input[type="search"]', 'track');
    await expect.poll(async () => [...new Set(await popup.attrs('[data-rule]', 'data-cookie-name'))], SETTLE).toEqual(['tracker']);
    await popup.type('input[type="search"]', '');
    await expect.poll(() => popup.attrs('[data-rule]', 'data-severity'), SETTLE).toEqual(all);

    await popup.evaluate(`document.querySelector('input[type="search"]').focus()`);
    await popup.press('Tab');
    expect(await popup.evaluate<string>(`document.activeElement.dataset.filter`)).toBe('critical');
    expect(await popup.evaluate<string>(`getComputedStyle(document.activeElement).outlineStyle`)).toBe('solid');
    await popup.press(' ');
    expect(await popup.attrs('button[data-filter="critical"]', 'aria-pressed')).toEqual(['false']);
    await expect.poll(() => popup.attrs('[data-rule][data-severity="critical"]', 'data-rule'), SETTLE).toEqual([]);
    await popup.press(' ');
    await expect.poll(() => popup.attrs('[data-rule]', 'data-severity'), SETTLE).toEqual(all);

    await popup.evaluate(`document.querySelector('li[data-cookie="session"] summary').focus()`);
    await popup.press('Enter');
    await waitFor('the session cookie detail', async () => (await popup.text('li[data-cookie="session"] .session-detail')) !== null);
    expect(await popup.text('li[data-cookie="session"] .signature')).toMatch(/^valid, signed with the publicly known secret dev/);
    const keys = await popup.texts('li[data-cookie="session"] .session-table tbody th');
    expect(keys).toEqual(expect.arrayContaining(['_permanent', 'user', 'password']));
    expect(await popup.text('li[data-cookie="session"] .is-sensitive td')).toContain('‹hidden: looks secret›');
    expect(await popup.text('li[data-cookie="session"] .raw-line')).toMatch(/^session=‹redacted \d+ bytes›; Expires=/);

    expect(await axeViolations(popup)).toEqual([]);
    await popup.click('li[data-cookie="session"] .is-sensitive button');
    expect(await popup.text('li[data-cookie="session"] .is-sensitive td')).toContain('hunter2');
    if (SCREENSHOTS) {
      mkdirSync('docs/screenshots', { recursive: true });
      await popup.evaluate(`document.querySelector('li[data-cookie="session"] details').open = false; scrollTo(0, 0)`);
      await popup.screenshot(`docs/screenshots/popup-${browserName}.png`, { width: 480, height: 600 });
    }
    await popup.close();
    await page.close();
  });

  it.runIf(available())('exports the site from the popup in every format, named by reportFileName, values redacted', async () => {
    const page = await browser.openPage(`${flask.origin}/problems/`, 'ready');
    const popup = await popupWithFindings(page.tabId, 'session', 'constantly-refreshed');
    const files = new Map<ReportFormat, { name: string; text: string }>();
    for (const format of REPORT_FORMATS) files.set(format, await exportFrom(popup, format, flask.origin));
    for (const file of files.values()) expect(file.text).not.toContain('hunter2');

    const json = JSON.parse(files.get('json')?.text ?? '') as { includeValues: boolean; sites: ReportSite[] };
    expect(schemaErrors(json)).toBe('');
    expect(json.includeValues).toBe(false);
    expect(json.sites.map((s) => s.site)).toEqual([flask.origin]);
    expect(json.sites[0]?.findings.map((f) => f.ruleId)).toContain('session-known-secret');

    const sarif = JSON.parse(files.get('sarif')?.text ?? '') as { version: string; runs: { tool: { driver: { name: string; rules: unknown[] } }; results: { ruleId: string; level: string }[] }[] };
    expect(sarifErrors(sarif)).toBe('');
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0]?.tool.driver.name).toBe('cookie-audit');
    expect(sarif.runs[0]?.results.find((r) => r.ruleId === 'session-known-secret')?.level).toBe('error');

    expect(files.get('csv')?.text.split('\n')[0]).toMatch(/^site,/);
    expect(files.get('md')?.text).toContain(flask.origin);

    const html = await openHtml(files.get('html') ?? { name: '', text: '' });
    expect(await html.evaluate<string>(`document.body.textContent`)).toContain('session-known-secret');
    const drawn = await html.evaluate<DrawnCharts>(DRAWN_CHARTS);
    const site = json.sites[0];
    if (!site) throw new Error('the JSON report has no site');
    expect(drawn.chart.width * drawn.chart.height, 'the severity chart takes room on the page').toBeGreaterThan(0);
    // A bar is drawn, and painted, for exactly the severities the site has findings of.
    expect(drawn.bars).toEqual(Object.fromEntries(Object.entries(site.summary.counts).map(([severity, n]) => [severity, n > 0])));
    const timelines = site.cookies.filter((c) => c.timeline.length > 0).map((c) => ({ cookie: c.name, ticks: c.timeline.length, drawn: true }));
    expect(timelines.map((t) => t.cookie)).toContain('session');
    expect(drawn.sparks).toEqual(timelines);
    mkdirSync(ARTIFACTS, { recursive: true });
    const shot = `${ARTIFACTS}/report-html-${browserName}.png`;
    await html.screenshot(shot, { width: 1000, height: 800 });
    expect(pngSize(readFileSync(shot))).toEqual({ width: 1000, height: 800 });
    if (SCREENSHOTS) await html.screenshot(`docs/screenshots/report-html-${browserName}.png`, { width: 1000, height: 800 });
    await html.close();
    await popup.close();
    await page.close();
  });

  it.runIf(available())('lists every site on the report page, opens one, exports them all, and passes axe', async () => {
    const page = await browser.openPage(`${flask.origin}/problems/`, 'ready');
    await (await popupWithFindings(page.tabId, 'session', 'constantly-refreshed')).close();
    const report = await browser.reportPage();
    expect(await report.attrs(`tr[data-site="${flask.origin}"]`, 'data-site')).toEqual([flask.origin]);
    expect(await axeViolations(report)).toEqual([]);
    if (SCREENSHOTS) await report.screenshot(`docs/screenshots/report-page-${browserName}.png`, { width: 1100, height: 760 });
    await report.click(`tr[data-site="${flask.origin}"] button.expander`);
    expect(await report.attrs(`tr[data-site="${flask.origin}"] button.expander`, 'aria-expanded')).toEqual(['true']);
    await expect.poll(() => report.attrs('.site-detail [data-rule="session-known-secret"]', 'data-severity'), SETTLE).toEqual(['critical']);
    expect(await axeViolations(report)).toEqual([]);

    const json = await exportFrom(report, 'json', null);
    const parsed = JSON.parse(json.text) as { sites: { site: string }[] };
    expect(schemaErrors(parsed)).toBe('');
    expect(parsed.sites.map((s) => s.site)).toContain(flask.origin);
    await report.close();
    await page.close();
  });

  it.runIf(available())('shows markup from cookies and sessions as text in the popup, the report page and every export', async () => {
    const page = await browser.openPage(`${xss.origin}/`, 'ready');
    const popup = await popupWithFindings(page.tabId, 'note', 'cookie-over-http');
    expect(await popup.attrs('li[data-cookie]', 'data-cookie')).toEqual(expect.arrayContaining(['<b>bold</b>', 'note', 'session']));
    await popup.evaluate(`document.querySelectorAll('li[data-cookie] details').forEach((d) => (d.open = true))`);
    await waitFor('the decoded session', async () => (await popup.texts('li[data-cookie="session"] .session-table tbody th')).length > 0);
    await popup.evaluate(`document.querySelectorAll('.raw-block button').forEach((b) => b.click())`);
    expect(await popup.texts('li[data-cookie="session"] .session-table tbody th')).toEqual(expect.arrayContaining([IMG, SVG, 'user']));
    expect(await popup.text('li[data-cookie="note"] .raw-line')).toBe(`note=${IMG}${SVG}; Path=/; SameSite=Lax`);
    expect(await popup.evaluate<string[]>(injected('.sparkline svg'))).toEqual([]);

    const exported = new Map<ReportFormat, { name: string; text: string }>();
    for (const format of REPORT_FORMATS) exported.set(format, await exportFrom(popup, format, xss.origin));
    const json = JSON.parse(exported.get('json')?.text ?? '') as { sites: { cookies: { name: string; session: { keys: string[] } | null }[] }[] };
    expect(schemaErrors(json)).toBe('');
    expect(sarifErrors(JSON.parse(exported.get('sarif')?.text ?? ''))).toBe('');
    expect(json.sites[0]?.cookies.find((c) => c.name === 'session')?.session?.keys).toEqual(expect.arrayContaining([IMG, SVG]));
    // Markdown escapes '<' as '\\<'; an unescaped one would be markup in most renderers.
    expect(exported.get('md')?.text).not.toMatch(/(^|[^\\])<(img|svg|b>)/m);
    expect(exported.get('html')?.text).not.toMatch(/<img|<svg onload|<b>/);
    const html = await openHtml(exported.get('html') ?? { name: '', text: '' });
    expect(await html.evaluate<string[]>(injected('svg.chart, svg.spark'))).toEqual([]);
    expect(await html.evaluate<string>(`document.body.textContent`)).toContain(IMG);
    await html.close();
    await popup.close();

    const report = await browser.reportPage();
    await report.click(`tr[data-site="${xss.origin}"] button.expander`);
    await waitFor('the opened site on the report page', async () => (await report.attrs('.site-detail li[data-cookie]', 'data-cookie')).length > 0);
    await report.evaluate(`document.querySelectorAll('.site-detail li[data-cookie] details').forEach((d) => (d.open = true))`);
    await waitFor('the decoded session on the report page', async () => (await report.texts('.site-detail .session-table tbody th')).length > 0);
    expect(await report.texts('.site-detail .session-table tbody th')).toEqual(expect.arrayContaining([IMG, SVG]));
    expect(await report.evaluate<string[]>(injected('.sparkline svg'))).toEqual([]);
    await report.close();
    await page.close();
  });

  it.runIf(available())('with values included, shows markup from cookie values and sessions as escaped text in every export and as text in the opened HTML report', async () => {
    const page = await browser.openPage(`${xss.origin}/`, 'ready');
    await (await popupWithFindings(page.tabId, 'note', 'cookie-over-http')).close();
    await setIncludeValues(true);
    try {
      const popup = await popupWithFindings(page.tabId, 'note', 'cookie-over-http');
      const exported = new Map<ReportFormat, { name: string; text: string }>();
      for (const format of REPORT_FORMATS) exported.set(format, await exportFrom(popup, format, xss.origin));
      await popup.close();
      const text = (format: ReportFormat) => exported.get(format)?.text ?? '';
      const noteLine = `note=${IMG}${SVG}; Path=/; SameSite=Lax`;
      const payload = { [IMG]: SVG, user: IMG, [SVG]: { nested: IMG } };

      // JSON and SARIF hold the markup as data, inside JSON strings.
      const json = JSON.parse(text('json')) as { includeValues: boolean; sites: ReportSite[] };
      expect(schemaErrors(json)).toBe('');
      expect(json.includeValues).toBe(true);
      const cookies = json.sites[0]?.cookies ?? [];
      expect(cookies.find((c) => c.name === 'note')?.lastLine).toBe(noteLine);
      expect(cookies.find((c) => c.name === 'session')?.session?.payload).toMatchObject(payload);
      const sarif = JSON.parse(text('sarif')) as { runs: { results: { properties: { cookie: { name: string } | null; evidence: string } }[] }[] };
      expect(sarifErrors(sarif)).toBe('');
      const sarifEvidence = sarif.runs[0]?.results.filter((r) => r.properties.cookie?.name === 'note').map((r) => r.properties.evidence) ?? [];
      expect(sarifEvidence).toContainEqual(expect.stringContaining(`note=${IMG}${SVG}`));

      // CSV cells hold the text as it is (a spreadsheet shows it, it does not render it).
      const csvEvidence = parseCsv(text('csv')).filter((row) => row[3] === 'note').map((row) => row[8]);
      expect(csvEvidence).toContainEqual(expect.stringContaining(`note=${IMG}${SVG}`));

      // Markdown backslash-escapes every '<' and '>'; an unescaped one would be markup in most renderers.
      expect(text('md')).toContain('note=\\<img src=x onerror=alert(1)\\>\\<svg onload=alert(1)\\>');
      expect(text('md')).not.toMatch(/(^|[^\\])<(img|svg|b>)/m);

      // HTML escapes them as entities, and the opened report shows them as text: no element injected.
      expect(text('html')).toContain('note=&lt;img src=x onerror=alert(1)&gt;&lt;svg onload=alert(1)&gt;');
      expect(text('html')).not.toMatch(/<img|<svg onload|<b>/);
      const html = await openHtml(exported.get('html') ?? { name: '', text: '' });
      expect(await html.evaluate<string[]>(injected('svg.chart, svg.spark'))).toEqual([]);
      const shown = await html.evaluate<string>(`document.body.textContent`);
      expect(shown).toContain(noteLine);
      expect(shown).toContain(`"user": "${IMG}"`);
      expect(shown).toContain(`"nested": "${IMG}"`);
      await html.close();
    } finally {
      await setIncludeValues(false);
    }
    await page.close();
  });
});
