import { describe, expect, it } from 'vitest';
import { auditOf, page, sub } from '../helpers';

const SITE = 'https://app.example.com/';

function bigCookie(name: string, bytes: number, attributes = 'Path=/; Secure; HttpOnly; SameSite=Lax'): string {
  return `${name}=${'v'.repeat(bytes)}; ${attributes}`;
}

function findings(site: ReturnType<typeof auditOf>, ruleId: string) {
  return site.findings.filter((f) => f.ruleId === ruleId);
}

describe('cookie-header-too-large', () => {
  it('flags cookies that add up to more than 8190 bytes for one URL of the site', () => {
    const site = auditOf([page(SITE, [bigCookie('a', 3000), bigCookie('b', 3000), bigCookie('c', 3000)])]);
    const [finding] = findings(site, 'cookie-header-too-large');
    expect(finding?.severity).toBe('medium');
    expect(finding?.cookie).toBeNull();
    expect(finding?.evidence).toBe('Cookie header of 9,010 bytes from 3 cookies for https://app.example.com/ (limit 8,190)');
  });

  it('finds the largest header on a path only some cookies are scoped to', () => {
    const site = auditOf([
      page(SITE, [bigCookie('a', 3000), bigCookie('b', 3000)]),
      page('https://app.example.com/admin/', [bigCookie('c', 3000, 'Path=/admin; Secure; HttpOnly; SameSite=Lax')], { topUrl: SITE }),
    ]);
    expect(findings(site, 'cookie-header-too-large')[0]?.evidence).toContain('for https://app.example.com/admin');
  });

  it('does not count cookies that were deleted since', () => {
    const site = auditOf([
      page(SITE, [bigCookie('a', 3000), bigCookie('b', 3000), bigCookie('c', 3000)]),
      page(SITE, ['c=; Max-Age=0; Path=/; Secure; HttpOnly; SameSite=Lax']),
    ]);
    expect(findings(site, 'cookie-header-too-large')).toEqual([]);
  });

  it('leaves a header of 8190 bytes alone', () => {
    // 4094 + 2 ("a=") + 2 ("; ") + 2 ("b=") + 4090 = 8190
    const site = auditOf([page(SITE, [bigCookie('a', 4094), bigCookie('b', 4090)])]);
    expect(findings(site, 'cookie-header-too-large')).toEqual([]);
  });
});

describe('too-many-cookies', () => {
  const many = (count: number, prefix = 'c') =>
    Array.from({ length: count }, (_, i) => `${prefix}${i}=1; Path=/; Secure; HttpOnly; SameSite=Lax`);

  it('flags more than 150 live cookies for one domain', () => {
    const site = auditOf([page(SITE, many(160))]);
    const [finding] = findings(site, 'too-many-cookies');
    expect(finding?.severity).toBe('medium');
    expect(finding?.evidence).toBe('160 live cookies for example.com (Firefox evicts past 150, Chrome past 180)');
    expect(finding?.thirdParty).toBe(false);
  });

  it('counts what the browser keeps: 200 cookies on one host leave 169, as measured in Chrome and Firefox', () => {
    const site = auditOf([page(SITE, many(200))]);
    expect(findings(site, 'too-many-cookies')[0]?.evidence).toMatch(/^169 live cookies/);
  });

  it('marks a third-party domain with too many cookies as third-party', () => {
    const site = auditOf([page(SITE), sub(SITE, 'https://ads.tracker.example.net/pixel', many(155, 't'), { type: 'image' })]);
    const [finding] = findings(site, 'too-many-cookies');
    expect(finding?.message).toContain('for example.net');
    expect(finding?.thirdParty).toBe(true);
  });

  it('leaves 150 cookies alone', () => {
    expect(findings(auditOf([page(SITE, many(150))]), 'too-many-cookies')).toEqual([]);
  });
});
