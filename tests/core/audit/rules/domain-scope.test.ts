import { describe, expect, it } from 'vitest';
import { auditOf, findingFor, page, rulesFor } from '../helpers';
import { DJANGO_SESSION } from '../lines';

describe('domain-too-broad', () => {
  it('flags Domain naming a parent of the host', () => {
    const line = 'sessionid=abc123def456; Domain=example.com; Path=/; Secure; HttpOnly; SameSite=Lax';
    const site = auditOf([page('https://app.example.com/', [line])]);
    const finding = findingFor(site, 'sessionid', 'domain-too-broad');
    expect(finding?.severity).toBe('low');
    expect(finding?.message).toContain('every sibling subdomain of example.com');
    expect(finding?.fix).toBe('In the Django settings set SESSION_COOKIE_DOMAIN = None.');
  });

  it.each([
    ['a host-only cookie', 'https://app.example.com/', DJANGO_SESSION],
    ['Domain equal to the host', 'https://example.com/', 'pref=1; Domain=example.com; Path=/; Secure; HttpOnly; SameSite=Lax'],
  ])('leaves %s alone', (_, url, line) => {
    const site = auditOf([page(url, [line])]);
    expect(site.findings.map((f) => f.ruleId)).not.toContain('domain-too-broad');
  });
});

describe('domain-public-suffix', () => {
  it.each([
    ['co.uk', 'https://shop.example.co.uk/', 'track=1; Domain=co.uk; Path=/; Secure'],
    ['github.io (private section of the list)', 'https://alice.github.io/', 'track=1; Domain=github.io; Path=/; Secure'],
  ])('flags Domain=%s, and nothing about the refused cookie besides', (_, url, line) => {
    const site = auditOf([page(url, [line])]);
    expect(rulesFor(site, 'track')).toEqual(['domain-public-suffix']);
    expect(findingFor(site, 'track', 'domain-public-suffix')?.severity).toBe('high');
  });

  it('accepts Domain equal to a host that is itself a public suffix (stored host-only)', () => {
    const site = auditOf([page('https://github.io/', ['track=1; Domain=github.io; Path=/; Secure; HttpOnly; SameSite=Lax'])]);
    expect(rulesFor(site, 'track')).toEqual([]);
  });
});
