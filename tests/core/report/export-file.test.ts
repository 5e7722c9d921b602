import { describe, expect, it } from 'vitest';
import { audit } from '../../../src/core/audit';
import { exportFile, REPORT_FORMATS } from '../../../src/core/report';
import { FLASK_PASSWORD_VALUE, FLASK_XSS_VALUE, IMG, ledgerOf, NOW, SVG } from '../../ui/support/fixtures';

const LEDGER = ledgerOf([
  { path: '/', lines: [`session=${FLASK_XSS_VALUE}; Path=/`, `note=${IMG}${SVG}; Path=/`, `leaky=${FLASK_PASSWORD_VALUE}; Path=/`] },
]);

function file(format: (typeof REPORT_FORMATS)[number], includeValues: boolean, site: string | null = 'http://127.0.0.1:5000') {
  const { sites } = audit(LEDGER, { now: NOW, includeValues });
  return exportFile(sites, { site, format, includeValues, now: NOW, toolVersion: '0.1.0' });
}

describe('exportFile', () => {
  it.each(REPORT_FORMATS)('names the %s file after the site and the day, with its media type', (format) => {
    const f = file(format, false);
    expect(f.fileName).toBe(`cookie-audit-127.0.0.1-5000-2026-11-23.${format}`);
    expect(f.mediaType).toMatch(format === 'md' ? /^text\/markdown/ : format === 'sarif' ? /^application\/sarif\+json/ : new RegExp(format));
  });

  it('names an export of every site "all-sites"', () => {
    expect(file('json', false, null).fileName).toBe('cookie-audit-all-sites-2026-11-23.json');
  });

  it.each(REPORT_FORMATS)('leaves every cookie value and decoded value out of the %s file unless values are on', (format) => {
    const text = file(format, false).text;
    for (const secret of ['hunter2', 'alice', FLASK_PASSWORD_VALUE, SVG]) expect(text).not.toContain(secret);
    expect(file(format, true).text).toContain('hunter2');
  });

  it('writes markup from the page as escaped text in the HTML file', () => {
    const html = file('html', true).text;
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<svg onload');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('keeps markup from the page as plain strings in the JSON file', () => {
    const report = JSON.parse(file('json', true).text) as { sites: { cookies: { name: string; session: { keys: string[] } | null }[] }[] };
    const session = report.sites[0]?.cookies.find((c) => c.name === 'session');
    expect(session?.session?.keys).toContain(IMG);
  });
});
