// @vitest-environment jsdom
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/report/report-model';
import { REPORT_CSP, toHtml } from '../../../src/core/report/to-html';
import { HOSTILE, META, sampleAudit } from './sample-audit';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const redactedHtml = toHtml(buildReport(sampleAudit(), META));
const valuesHtml = toHtml(buildReport(sampleAudit(), { ...META, includeValues: true }));
const doc = parse(valuesHtml);
const texts = (selector: string, root: ParentNode = doc): string[] =>
  [...root.querySelectorAll(selector)].map((node) => node.textContent ?? '');

// Every element the writer itself emits; anything else would have come from the input.
const OWN_ELEMENTS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'body', 'header', 'h1', 'h2', 'h3', 'h4', 'p', 'nav', 'ul', 'li', 'a',
  'main', 'section', 'div', 'span', 'code', 'article', 'dl', 'dt', 'dd', 'pre', 'table', 'thead', 'tbody', 'tr',
  'th', 'td', 'footer', 'svg', 'text', 'rect', 'line',
]);

describe('toHtml', () => {
  it('writes the sample report for the lead to look at', () => {
    const dir = path.resolve(__dirname, '../../.artifacts');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'sample-report.html'), valuesHtml);
    expect(valuesHtml.startsWith('<!doctype html>')).toBe(true);
  });

  it('declares the strict CSP right after the charset, before any content', () => {
    const metas = doc.head.querySelectorAll('meta');
    expect(metas[0]?.getAttribute('charset')).toBe('utf-8');
    expect(metas[1]?.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    expect(metas[1]?.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(REPORT_CSP).toBe(metas[1]?.getAttribute('content'));
  });

  it.each([
    ['with values', valuesHtml],
    ['redacted', redactedHtml],
  ])('creates no element, attribute or link from the input (%s)', (_case, html) => {
    const page = parse(html);
    const all = [...page.querySelectorAll('*')];
    expect(all.map((el) => el.localName).filter((name) => !OWN_ELEMENTS.has(name))).toEqual([]);
    expect(page.querySelectorAll('script, img, link, iframe, object, svg [onload], svg svg')).toHaveLength(0);
    const attributes = all.flatMap((el) => [...el.attributes].map((attr) => attr.name));
    expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
    expect([...page.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      '#site-0',
      '#site-1',
    ]);
  });

  it('shows every hostile string as literal text', () => {
    const text = doc.body.textContent ?? '';
    for (const hostile of Object.values(HOSTILE)) expect(text).toContain(hostile.replaceAll('\r\n', '\n'));
    expect(valuesHtml).not.toContain('<img');
    expect(valuesHtml).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(valuesHtml).toContain('=cmd|&#39; /C calc&#39;!A0');
  });

  it('keeps page text out of SVG except in escaped titles', () => {
    const svgTexts = texts('svg text');
    expect(svgTexts.filter((t) => !/^(critical|high|medium|low|info|\d+(\.\d)?)$/.test(t))).toEqual([]);
    const hostileTitle = [...doc.querySelectorAll('svg.spark title')].find((t) => t.textContent?.startsWith('session:'));
    expect(hostileTitle?.textContent).toBe('session: 12 sets, 2025-03-14T10:00:00.000Z to 2025-03-14T10:00:55.000Z');
  });

  it('draws the severity bars in proportion to the counts', () => {
    const chart = doc.querySelector('#site-0 svg.chart');
    const width = (severity: string) => chart?.querySelector(`rect.fill-${severity}`)?.getAttribute('width');
    expect([width('critical'), width('high'), width('medium'), width('low'), width('info')]).toEqual(['60', '120', '120', '180', '0']);
    expect(chart?.querySelector('title')?.textContent).toBe('Findings by severity: 1 critical · 2 high · 2 medium · 3 low · 0 info');
  });

  it('draws one timeline tick per set across the observation window', () => {
    const row = doc.querySelector('#site-0 tbody tr');
    const ticks = [...(row?.querySelectorAll('svg.spark line.tick') ?? [])].map((line) => line.getAttribute('x1'));
    expect(ticks).toHaveLength(12);
    expect([ticks[0], ticks[11]]).toEqual(['3', '157']);
    const scriptCookie = doc.querySelectorAll('#site-0 tbody tr')[3];
    expect(scriptCookie?.querySelector('svg')).toBeNull();
  });

  it('heads each site with its origin, grade badge and figures', () => {
    expect(texts('section.site h2')).toEqual(['http://127.0.0.1:5000', 'https://xn--r8jz45g.jp']);
    expect(texts('.grade')).toEqual(['F', 'A+']);
    expect(doc.querySelector('#site-0 .grade')?.classList.contains('grade-f')).toBe(true);
    expect(doc.querySelector('#site-1 .grade')?.classList.contains('grade-a')).toBe(true);
    expect(doc.querySelector('#site-0 .site-title p')?.textContent).toBe(
      'Score 31 · 12 responses · 4 cookies · observed 2025-03-14T10:00:00.000Z to 2025-03-14T10:00:55.000Z',
    );
    expect(doc.querySelector('#site-1')?.textContent).toContain('No findings.');
  });

  it('groups findings by cookie, the group with the worst finding first', () => {
    const groups = [...doc.querySelectorAll('#site-0 article.group')];
    expect(groups.map((group) => group.querySelector('h4 code')?.textContent ?? 'site-wide')).toEqual([
      'session',
      '__Host-csrf',
      'site-wide',
      '_ga',
      `${HOSTILE.img}${HOSTILE.formula}`,
    ]);
    expect(texts('code.rule', groups[0]!)).toEqual(['session-known-secret', 'client-session-readable', 'constantly-refreshed']);
    expect(texts('.badge', groups[0]!)).toEqual(['critical', 'high', 'medium']);
    expect(texts('.tag', groups[3]!)).toEqual(['third-party', 'third-party']);
  });

  it('shows each fix beside its finding', () => {
    const finding = doc.querySelector('#site-0 li.finding.sev-critical');
    expect(texts('dd', finding!)).toEqual([
      "signature verifies with SECRET_KEY 'dev' (Flask documentation)",
      'Rotate SECRET_KEY to a long random value, e.g. secrets.token_hex(32).',
    ]);
  });

  it('prints the decoded payload only when values are included', () => {
    const card = doc.querySelector('#site-0 .session');
    expect(card?.querySelector('pre')?.textContent).toContain('"password": "hunter2"');
    expect(card?.textContent).toContain('_user_id — Flask-Login: the id of the logged-in user');
    expect(redactedHtml).not.toContain('hunter2');
    expect(parse(redactedHtml).querySelector('#site-0 .session')?.textContent).toContain('Hidden: values are redacted');
  });
});
