import { describe, expect, it } from 'vitest';
import { auditOf, page, rulesFor } from '../helpers';

const SITE = 'https://app.example.com/';
const GOOD = 'Path=/; Secure; HttpOnly; SameSite=Lax';

describe('invalid-attribute', () => {
  it.each([
    ['an unparsable Expires', `pref=1; Expires=tomorrow; ${GOOD}`, 'Expires'],
    ['a non-integer Max-Age', `pref=1; Max-Age=3600.5; ${GOOD}`, 'Max-Age'],
    ['an unknown attribute', `pref=1; Priority=High; HttpOnlyy; ${GOOD}`, 'HttpOnlyy'],
    ['a duplicated attribute', `pref=1; Path=/a; ${GOOD}`, 'more than once'],
    ['Secure with a value', 'pref=1; Path=/; Secure=true; HttpOnly; SameSite=Lax', 'takes no value'],
    ['Partitioned without Secure', 'pref=1; Path=/; HttpOnly; SameSite=Lax; Partitioned', 'Partitioned requires Secure'],
  ])('flags %s at low and states what the browser does', (_, line, wording) => {
    const site = auditOf([page(SITE, [line])]);
    const findings = site.findings.filter((f) => f.ruleId === 'invalid-attribute');
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.severity === 'low')).toBe(true);
    expect(findings.map((f) => f.message).join(' ')).toContain(wording);
  });

  it('gives one finding per problem', () => {
    const site = auditOf([page(SITE, [`pref=1; Expires=soon; Max-Age=1e3; ${GOOD}`])]);
    expect(rulesFor(site, 'pref')).toEqual(['invalid-attribute', 'invalid-attribute']);
  });

  it.each([
    ['Priority=High (Chrome knows it)', `pref=1; Priority=High; ${GOOD}`],
    ['Partitioned with Secure', `pref=1; ${GOOD}; Partitioned`],
    ['a leading dot in Domain', `pref=1; Domain=.example.com; ${GOOD}`],
  ])('leaves %s alone', (_, line) => {
    expect(rulesFor(auditOf([page(SITE, [line])]), 'pref')).not.toContain('invalid-attribute');
  });
});
