import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../../src/core/audit/types';
import { FIRST_PAGE, normalisePageQuery, sitePage } from '../../../src/core/view';
import { flaskSteps, ledgerOf, manyCookieSteps, modelOf } from '../../ui/support/fixtures';

function bigModel() {
  const model = modelOf(ledgerOf(manyCookieSteps(300), { maxCookies: 300 }));
  if (!model) throw new Error('no model');
  return model;
}

describe('sitePage', () => {
  it('sends only the groups and cookies asked for, and says how many more there are', () => {
    const model = bigModel();
    const page = sitePage(model, { ...FIRST_PAGE, groups: 10, cookies: 20 });
    expect(page.groups).toHaveLength(10);
    expect(page.cookies).toHaveLength(20);
    expect(page.cookieCount).toEqual({ total: 300, matching: 300 });
    expect(page.moreCookies).toBe(280);
    expect(page.moreGroups).toBe(page.findings.total > 0 ? new Set(model.audit.findings.map((f) => f.cookie?.name)).size - 10 : 0);
    expect(page.findings.matching).toBe(model.audit.findings.length);
  });

  it('filters by severity and by name before cutting, counting what matches', () => {
    const model = modelOf(ledgerOf(flaskSteps()));
    if (!model) throw new Error('no model');
    const onlyCritical = sitePage(model, { ...FIRST_PAGE, severities: ['critical'] });
    expect(onlyCritical.groups.flatMap((g) => g.findings.map((f) => f.severity))).toEqual(expect.arrayContaining(['critical']));
    expect(new Set(onlyCritical.groups.flatMap((g) => g.findings.map((f) => f.severity)))).toEqual(new Set(['critical']));
    expect(onlyCritical.findings.matching).toBeLessThan(onlyCritical.findings.total);
    const tracker = sitePage(model, { ...FIRST_PAGE, query: 'TRACK' });
    expect(tracker.cookies.map((c) => c.summary.name)).toEqual(['tracker']);
    expect(tracker.cookieCount).toEqual({ total: 3, matching: 1 });
    expect(tracker.groups.map((g) => g.cookie?.name)).toEqual(['tracker']);
  });

  it('holds the decoded session values of the cookies it sends, which the audit redacts', () => {
    const model = modelOf(ledgerOf(flaskSteps()));
    const leaky = model && sitePage(model, FIRST_PAGE).cookies.find((c) => c.summary.name === 'leaky');
    expect(JSON.stringify(leaky?.summary.session?.payload)).not.toContain('hunter2');
    expect(leaky?.payload).toMatchObject({ password: 'hunter2', user: 'alice' });
    const tracker = model && sitePage(model, FIRST_PAGE).cookies.find((c) => c.summary.name === 'tracker');
    expect(tracker?.payload).toBeNull();
  });
});

describe('normalisePageQuery', () => {
  it('takes a well-formed query as it is', () => {
    const q = { severities: ['high', 'critical'], query: 'sid', groups: 80, cookies: 100, wordlist: true };
    expect(normalisePageQuery(q)).toEqual({ ...q, severities: ['critical', 'high'] });
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'get me everything'],
    ['wrong types', { severities: 'high', query: 3, groups: -1, cookies: 1.5, wordlist: 'yes' }],
  ])('falls back on the first screenful for %s', (_label, raw) => {
    expect(normalisePageQuery(raw)).toEqual(FIRST_PAGE);
  });

  it('keeps only the severities it knows, in order', () => {
    expect(normalisePageQuery({ severities: ['info', 'bogus', 'critical'] }).severities).toEqual(['critical', 'info']);
    expect(normalisePageQuery({ severities: [] }).severities).toEqual([]);
    expect(SEVERITIES).toHaveLength(5);
  });

  it('caps what a page may ask for', () => {
    const q = normalisePageQuery({ query: 'x'.repeat(10_000), groups: 1e12, cookies: 1e12 });
    expect(q.query).toHaveLength(200);
    expect(q.groups).toBe(100_000);
    expect(q.cookies).toBe(100_000);
  });
});
