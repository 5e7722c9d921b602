import { describe, expect, it } from 'vitest';
import { reportFileName } from '../../../src/core/report/file-name';

const DAY = Date.UTC(2025, 2, 14, 23, 59, 59);

describe('reportFileName', () => {
  it.each<[string | null, string, string]>([
    ['http://127.0.0.1:5000', 'html', 'cookie-audit-127.0.0.1-5000-2025-03-14.html'],
    ['https://Example.COM', 'json', 'cookie-audit-example.com-2025-03-14.json'],
    ['https://shop.example.co.uk:8443', 'sarif', 'cookie-audit-shop.example.co.uk-8443-2025-03-14.sarif'],
    ['http://[::1]:8080', 'csv', 'cookie-audit-1-8080-2025-03-14.csv'],
    [null, 'md', 'cookie-audit-all-sites-2025-03-14.md'],
    ['https://../../etc/passwd', 'html', 'cookie-audit-etc-passwd-2025-03-14.html'],
    ['<img src=x>', 'html', 'cookie-audit-img-src-x-2025-03-14.html'],
    ['https://日本.jp', 'html', 'cookie-audit-jp-2025-03-14.html'],
    ['', 'html', 'cookie-audit-site-2025-03-14.html'],
    ['https://example.com', '.HTML', 'cookie-audit-example.com-2025-03-14.html'],
    ['https://example.com', '', 'cookie-audit-example.com-2025-03-14'],
  ])('names %j with extension %j as %s', (site, ext, expected) => {
    expect(reportFileName(site, DAY, ext)).toBe(expected);
  });

  it('takes a Date as well as milliseconds, using the UTC day', () => {
    expect(reportFileName(null, new Date(DAY), 'json')).toBe('cookie-audit-all-sites-2025-03-14.json');
  });

  it('writes "undated" for an invalid date instead of throwing', () => {
    expect(reportFileName(null, new Date(Number.NaN), 'json')).toBe('cookie-audit-all-sites-undated.json');
    expect(reportFileName(null, Number.POSITIVE_INFINITY, 'json')).toBe('cookie-audit-all-sites-undated.json');
  });

  it('caps a very long site so the name stays short', () => {
    const name = reportFileName(`https://${'a'.repeat(500)}.example`, DAY, 'html');
    expect(name).toBe(`cookie-audit-${'a'.repeat(100)}-2025-03-14.html`);
  });
});
